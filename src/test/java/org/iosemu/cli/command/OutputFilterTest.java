package org.iosemu.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutputFilterTest {

    private static final List<String> RUN = List.of("!", "crypto map test 1 ipsec-isakmp ", " set peer 10.0.0.1",
            " match address 101", "!", "interface FastEthernet0", " ip address 10.1.1.1 255.255.255.0", " crypto map test",
            "!", "end");

    private static List<String> filter(OutputFilter.Kind kind, String regex) {
        return new OutputFilter(kind, Pattern.compile(regex)).apply(RUN);
    }

    @Test
    void sectionBringsChildrenOfMatchingParents() {
        assertEquals(List.of("crypto map test 1 ipsec-isakmp ", " set peer 10.0.0.1", " match address 101", " crypto map test"),
                filter(OutputFilter.Kind.SECTION, "crypto map"));
    }

    @Test
    void includeExcludeBeginAndCountAreCaseSensitive() {
        assertEquals(List.of(" crypto map test"), filter(OutputFilter.Kind.INCLUDE, "^ crypto"));
        assertEquals(List.of(), filter(OutputFilter.Kind.INCLUDE, "CRYPTO"));
        assertEquals(7, filter(OutputFilter.Kind.EXCLUDE, "^!").size());
        assertEquals(List.of("interface FastEthernet0", " ip address 10.1.1.1 255.255.255.0", " crypto map test", "!", "end"),
                filter(OutputFilter.Kind.BEGIN, "^interface"));
        assertEquals(List.of("Number of lines which match regexp = 2"), filter(OutputFilter.Kind.COUNT, "crypto map"));
    }
}
