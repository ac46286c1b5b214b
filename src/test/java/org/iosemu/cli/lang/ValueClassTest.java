package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueClassTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "INT,   0,               true",
        "INT,   4294967295,      true",
        "INT,   99999999999999999999999, true",
        "INT,   -1,              true",
        "INT,   -,               false",
        "INT,   --1,             false",
        "INT,   1-,              false",
        "INT,   1a,              false",
        "IPV4,  10.0.0.1,        true",
        "IPV4,  255.255.255.255, true",
        "IPV4,  0255.255.1,      false",
        "IPV4,  1.2.3.256,       false",
        "IPV4,  1.2.3,           false",
        "IPV4,  1.2.3.4.5,       false",
        "IPV4,  1..3.4,          false",
        "IPV4,  1.2.3.4.,        false",
        "IFNUM, 0,               true",
        "IFNUM, 0/1,             true",
        "IFNUM, 1/0/2,           true",
        "IFNUM, 0/0.100,         true",
        "IFNUM, 0/,              false",
        "IFNUM, /1,              false",
        "IFNUM, 0/0.,            false",
        "IFNUM, 0.1.2,           false",
    })
    void syntax(ValueClass valueClass, String word, boolean accepted) {
        assertEquals(accepted, valueClass.accepts(word));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "<10-3600>,       10,         true",
        "<10-3600>,       3600,       true",
        "<10-3600>,       9,          false",
        "<10-3600>,       0010,       true",
        "<2560-4294967295>, 4294967295, true",
        "<2560-4294967295>, 4294967296, false",
        "<2560-4294967295>, 99999999999999999999999, false",
        "<10-3600>,       -10,        false",
        "<-23 - 23>,      -5,         true",
        "<-23 - 23>,      -23,        true",
        "<-23 - 23>,      -24,        false",
        "<-23 - 23>,      23,         true",
        "<-23 - 23>,      -99999999999999999999999, false",
    })
    void ranges(String syntax, String word, boolean accepted) {
        assertEquals(accepted, ArgRow.of(syntax, "x").accepts(ValueClass.INT, word));
    }
}
