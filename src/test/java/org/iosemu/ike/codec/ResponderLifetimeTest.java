package org.iosemu.ike.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.iosemu.ike.crypto.Bytes;
import org.junit.jupiter.api.Test;

/** RESPONDER-LIFETIME (RFC 2407 4.6.3.1): its wire form, the round trip through a QM2, and junk data refused. */
class ResponderLifetimeTest {

    @Test
    void wireFormIsAnAttributeListOfLifeTypeAndDuration() {
        Payload.Notify n = new ResponderLifetime(OptionalLong.of(1200), OptionalLong.of(4608000))
                .toNotify(Proposal.PROTO_ESP, new byte[] {0x12, 0x34, 0x56, 0x78});
        assertEquals(Payload.Sa.DOI_IPSEC, n.doi());
        assertEquals(3, n.protocolId());
        assertEquals(24576, n.notifyType());
        assertArrayEquals(new byte[] {0x12, 0x34, 0x56, 0x78}, n.spi());
        // life type seconds (TV), duration 1200 (TV), life type kilobytes (TV), duration 4608000 (4-byte TLV)
        assertEquals("80010001" + "800204b0" + "80010002" + "0002000400465000", Bytes.hex(n.data()).toLowerCase());
    }

    @Provide
    Arbitrary<OptionalLong> duration() {
        return Arbitraries.longs().between(1, 0xffffffffL).injectNull(0.3)
                .map(v -> v == null ? OptionalLong.empty() : OptionalLong.of(v));
    }

    @Property(tries = 500)
    void survivesAQuickModeMessage(@ForAll("duration") OptionalLong seconds, @ForAll("duration") OptionalLong kilobytes,
                                   @ForAll @Size(4) byte[] spi) throws DecodeException {
        if (seconds.isEmpty() && kilobytes.isEmpty()) {
            return;
        }
        ResponderLifetime sent = new ResponderLifetime(seconds, kilobytes);
        IsakmpHeader h = new IsakmpHeader(new byte[8], new byte[8], 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.QUICK_MODE, 0, 7, 0);
        byte[] wire = IsakmpCodec.encode(h, List.of(new Payload.Nonce(new byte[16]), sent.toNotify(Proposal.PROTO_ESP, spi)));
        Payload.Notify received = IsakmpCodec.decode(wire).chain().first(Payload.Notify.class).orElseThrow();
        assertEquals(Optional.of(sent), ResponderLifetime.of(received));
        assertArrayEquals(spi, received.spi());
    }

    @Property(tries = 2000)
    void anyDataEitherParsesToALifetimeOrIsRefused(@ForAll @Size(max = 40) byte[] data) {
        Optional<ResponderLifetime> parsed = ResponderLifetime.of(
                new Payload.Notify(1, Proposal.PROTO_ESP, NotifyType.RESPONDER_LIFETIME, new byte[4], data));
        parsed.ifPresent(l -> assertTrue(l.seconds().orElse(1) > 0 && l.kilobytes().orElse(1) > 0));
    }

    @Test
    void aDurationWithoutItsTypeOrAnotherNotificationIsNoLifetime() {
        byte[] durationOnly = IsakmpCodec.encodeAttributeList(List.of(Attribute.tv(2, 600)));
        assertEquals(Optional.empty(), ResponderLifetime.of(new Payload.Notify(1, 3, NotifyType.RESPONDER_LIFETIME, new byte[4], durationOnly)));
        byte[] good = IsakmpCodec.encodeAttributeList(List.of(Attribute.tv(1, 1), Attribute.tv(2, 600)));
        assertEquals(Optional.empty(), ResponderLifetime.of(new Payload.Notify(1, 3, NotifyType.INITIAL_CONTACT, new byte[4], good)));
        assertEquals(Optional.of(new ResponderLifetime(OptionalLong.of(600), OptionalLong.empty())),
                ResponderLifetime.of(new Payload.Notify(1, 3, NotifyType.RESPONDER_LIFETIME, new byte[4], good)));
        byte[] truncated = {(byte) 0x80, 0x01, 0x00};
        assertEquals(Optional.empty(), ResponderLifetime.of(new Payload.Notify(1, 3, NotifyType.RESPONDER_LIFETIME, new byte[4], truncated)));
    }
}
