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
        "IFNUM, 0.4294967295,    true",
        "IFNUM, 0.4294967296,    false",
        "IFNUM, 0.99999999999,   false",
        "IFNUM, 0/2147483648,    false",
        "HOST_NAME, r2,                 true",
        "HOST_NAME, r2.lab-1.example,   true",
        "HOST_NAME, 3com.example,       true",
        "HOST_NAME, host.example.,      true",
        "HOST_NAME, 999.1.1.1,          false",
        "HOST_NAME, 1.1.1,              false",
        "HOST_NAME, 1..1.1,             false",
        "HOST_NAME, 1.1.1.1/24,         false",
        "HOST_NAME, -r2,                false",
        "HOST_NAME, r2-,                false",
        "HOST_NAME, r_2,                false",
        "HOST_NAME, .r2,                false",
        "HOST_NAME, r2..example,        false",
    })
    void syntax(ValueClass valueClass, String word, boolean accepted) {
        assertEquals(accepted, valueClass.accepts(word));
    }

    @org.junit.jupiter.api.Test
    void hostNamesHaveAtMost63CharactersPerLabel() {
        assertEquals(true, ValueClass.HOST_NAME.accepts("a".repeat(63) + ".example"));
        assertEquals(false, ValueClass.HOST_NAME.accepts("a".repeat(64) + ".example"));
        assertEquals(false, ValueClass.HOST_NAME.accepts(("a".repeat(60) + ".").repeat(5) + "example"));
    }

    @org.junit.jupiter.api.Test
    void statedTextLengthsComeFromTheHelp() {
        assertEquals(240, ArgRow.of("LINE", "Up to 240 characters describing this interface").maxLength());
        assertEquals(100, ArgRow.of("LINE", "Comment up to 100 characters").maxLength());
        assertEquals(-1, ArgRow.of("LINE", "Regular Expression").maxLength());
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
        "<-23 - 23>,      9223372036854775808, false",
        "<-23 - 23>,      9223372036854775807, false",
        "<-23 - 23>,      18446744073709551615, false",
        "<-23 - 23>,      -9223372036854775808, false",
        "<-23 - 23>,      -9223372036854775809, false",
        "<0-59>,          18446744073709551616, false",
        "<1-2147483647>,  2147483647, true",
        "<1-2147483647>,  2147483648, false",
    })
    void ranges(String syntax, String word, boolean accepted) {
        assertEquals(accepted, ArgRow.of(syntax, "x").accepts(ValueClass.INT, word));
    }
}
