package org.iosemu.ike.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Encode → decode → encode is the identity for any well-formed message; junk only raises DecodeException. */
class CodecPropertyTest {

    private static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<Attribute> attribute() {
        Arbitrary<Integer> type = Arbitraries.integers().between(1, 0x7fff);
        Arbitrary<Attribute> tv = Combinators.combine(type, Arbitraries.integers().between(0, 0xffff)).as(Attribute::tv);
        Arbitrary<Attribute> tlv = Combinators.combine(type, bytes(0, 40)).as((t, v) -> new Attribute(t, false, v));
        return Arbitraries.oneOf(tv, tlv);
    }

    private static Arbitrary<Transform> transform() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255), attribute().list().ofMaxSize(6))
                .as(Transform::new);
    }

    private static Arbitrary<Proposal> proposal() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255), bytes(0, 16), transform().list().ofMinSize(1).ofMaxSize(4))
                .as(Proposal::new);
    }

    @Provide
    Arbitrary<List<Payload>> payloads() {
        return payload().list().ofMaxSize(8);
    }

    private static Arbitrary<Payload> payload() {
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xffff);
        Arbitrary<Integer> u32 = Arbitraries.integers();
        return Arbitraries.oneOf(
                Combinators.combine(u32, u32, proposal().list().ofMinSize(1).ofMaxSize(3)).as(Payload.Sa::new),
                bytes(0, 300).map(Payload.KeyExchange::new),
                Combinators.combine(u8, u8, u16, bytes(0, 16)).as(Payload.Identification::new),
                bytes(0, 64).map(Payload.Hash::new),
                bytes(0, 64).map(Payload.Nonce::new),
                Combinators.combine(u32, u8, u16, bytes(0, 16), bytes(0, 16)).as(Payload.Notify::new),
                Combinators.combine(u32, u8, Arbitraries.integers().between(0, 16), Arbitraries.integers().between(0, 5))
                        .flatAs((doi, proto, size, count) -> bytes(size, size).list().ofSize(count).map(spis -> new Payload.Delete(doi, proto, size, spis))),
                bytes(0, 40).map(Payload.VendorId::new),
                Combinators.combine(Arbitraries.of(PayloadType.NAT_D, PayloadType.NAT_D_DRAFT), bytes(0, 32)).as(Payload.NatD::new),
                Combinators.combine(Arbitraries.integers().between(22, 127), bytes(0, 32)).as(Payload.Unknown::new));
    }

    @Property(tries = 1500)
    void encodeDecodeRoundTrip(@ForAll("payloads") List<Payload> payloads, @ForAll @Size(8) byte[] icky,
                               @ForAll @Size(8) byte[] rcky, @ForAll int messageId) throws DecodeException {
        IsakmpHeader h = new IsakmpHeader(icky, rcky, 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.QUICK_MODE, 0, messageId, 0);
        byte[] wire = IsakmpCodec.encode(h, payloads);
        IsakmpMessage m = IsakmpCodec.decode(wire);
        assertEquals(payloads.size(), m.chain().payloads().size());
        for (int i = 0; i < payloads.size(); i++) {
            assertEquals(payloads.get(i).type(), m.chain().payloads().get(i).type());
        }
        assertEquals(messageId, m.header().messageId());
        assertArrayEquals(wire, IsakmpCodec.encode(m.header(), m.chain().payloads()));
    }

    @Property(tries = 3000)
    void junkOnlyRaisesDecodeException(@ForAll @Size(max = 600) byte[] junk, @ForAll boolean realHeader) {
        if (realHeader && junk.length >= 28) {
            junk[16] = 1;
            junk[17] = 0x10;
            int len = junk.length;
            junk[24] = (byte) (len >>> 24);
            junk[25] = (byte) (len >>> 16);
            junk[26] = (byte) (len >>> 8);
            junk[27] = (byte) len;
        }
        try {
            IsakmpCodec.decode(junk);
        } catch (DecodeException expected) {
            // typed error is the only acceptable failure
        }
        try {
            IsakmpCodec.decodePayloads(junk.length > 0 ? junk[0] & 0xff : 0, junk, Math.min(1, junk.length), junk.length, true);
        } catch (DecodeException expected) {
            // typed error is the only acceptable failure
        }
    }
}
