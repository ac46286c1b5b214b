package org.iosemu.ike.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The Transaction exchange's attribute payload: it round-trips in TV and TLV form, split-tunnel records survive
 * encoding, and the value readers answer anything a peer sends without throwing.
 */
class ConfigAttributesPropertyTest {

    private static Arbitrary<Attribute> attribute() {
        Arbitrary<Integer> type = Arbitraries.oneOf(Arbitraries.of(1, 2, 3, 4, 7, 16520, 16521, 16522, 16524, 16527, 28672, 28673, 28674,
                28676, 28678, 28679, 28681), Arbitraries.integers().between(0, 0x7fff));
        Arbitrary<Attribute> tv = Combinators.combine(type, Arbitraries.integers().between(0, 0xffff)).as(Attribute::tv);
        Arbitrary<Attribute> tlv = Combinators.combine(type, Arbitraries.bytes().array(byte[].class).ofMaxSize(60))
                .as((t, v) -> new Attribute(t, false, v));
        return Arbitraries.oneOf(tv, tlv);
    }

    @Provide
    Arbitrary<Payload.Attributes> attributes() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xffff),
                attribute().list().ofMaxSize(12)).as(Payload.Attributes::new);
    }

    @Property(tries = 2000)
    void theAttributePayloadRoundTrips(@ForAll("attributes") Payload.Attributes payload) throws DecodeException {
        IsakmpHeader h = new IsakmpHeader(new byte[8], new byte[8], 0, IsakmpHeader.VERSION_IKEV1, ExchangeType.TRANSACTION, 0, 7, 0);
        byte[] wire = IsakmpCodec.encode(h, List.of(payload));
        Payload.Attributes back = (Payload.Attributes) IsakmpCodec.decode(wire).chain().payloads().get(0);
        assertEquals(payload.cfgType(), back.cfgType());
        assertEquals(payload.identifier(), back.identifier());
        assertEquals(payload.attributes().size(), back.attributes().size());
        for (int i = 0; i < payload.attributes().size(); i++) {
            assertEquals(payload.attributes().get(i).type(), back.attributes().get(i).type());
            assertEquals(payload.attributes().get(i).basic(), back.attributes().get(i).basic());
            assertArrayEquals(payload.attributes().get(i).value(), back.attributes().get(i).value());
        }
    }

    @Property(tries = 3000)
    void valueReadersNeverThrow(@ForAll int type, @ForAll boolean basic, @ForAll @Size(max = 80) byte[] value) {
        Attribute a = new Attribute(type & 0x7fff, basic, value);
        ConfigAttributes.number16(a);
        ConfigAttributes.address(a);
        ConfigAttributes.textOf(a);
        ConfigAttributes.splitRecords(a);
        ConfigAttributes.name(type);
        ConfigAttributes.cfgTypeName(type);
    }

    @Property(tries = 500)
    void splitRecordsSurviveEncoding(@ForAll("recordLists") List<ConfigAttributes.SplitRecord> records) {
        Attribute a = ConfigAttributes.splitAttribute(ConfigAttributes.UNITY_SPLIT_INCLUDE, records);
        assertEquals(records, ConfigAttributes.splitRecords(a).orElseThrow());
    }

    @Provide
    Arbitrary<List<ConfigAttributes.SplitRecord>> recordLists() {
        Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xffff);
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), u16, u16, u16).as(ConfigAttributes.SplitRecord::new)
                .list().ofMaxSize(8);
    }

    @Example
    void sixteenBitValuesAreReadAsTvOrAsStrongSwansTwoByteTlv() {
        assertEquals(1, ConfigAttributes.number16(Attribute.tv(ConfigAttributes.UNITY_SAVE_PASSWD, 1)).orElseThrow());
        assertEquals(1, ConfigAttributes.number16(new Attribute(ConfigAttributes.UNITY_SAVE_PASSWD, false, new byte[] {0, 1})).orElseThrow());
        assertEquals(true, ConfigAttributes.number16(new Attribute(ConfigAttributes.UNITY_SAVE_PASSWD, false, new byte[] {1})).isEmpty());
        assertEquals(true, ConfigAttributes.splitRecords(new Attribute(ConfigAttributes.UNITY_SPLIT_INCLUDE, false, new byte[13])).isEmpty(),
                "a record cut short is no record");
        assertEquals("a?b", ConfigAttributes.textOf(new Attribute(ConfigAttributes.UNITY_BANNER, false, new byte[] {'a', 27, 'b'})),
                "no escape sequences reach the console");
    }
}
