package org.iosemu.cli.session;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of the system-service commands: clock, NTP, logging, SNMP, banners, IP switches, AAA. */
final class ServiceGenerators {

    private ServiceGenerators() {}

    static Arbitrary<List<String>> services() {
        return Arbitraries.oneOf(clock(), ntp(), logging(), snmp(), banner(), switches());
    }

    static Arbitrary<List<String>> clock() {
        return Combinators.combine(ConfigGenerators.word(), Arbitraries.integers().between(-23, 23),
                Arbitraries.of("", " 0", " 30"), Arbitraries.of(true, false))
                .as((zone, hours, minutes, summer) -> summer
                        ? List.of("clock timezone " + zone + " " + hours + minutes, "clock summer-time S" + zone + " recurring")
                        : List.of("clock timezone " + zone + " " + hours + minutes));
    }

    static Arbitrary<List<String>> ntp() {
        return ConfigGenerators.ip().list().ofMinSize(1).ofMaxSize(4).flatMap(servers ->
                Arbitraries.of("", " prefer").list().ofSize(servers.size()).map(prefer -> {
                    List<String> out = new java.util.ArrayList<>();
                    for (int i = 0; i < servers.size(); i++) {
                        out.add("ntp server " + servers.get(i) + prefer.get(i));
                    }
                    return out;
                }));
    }

    static Arbitrary<List<String>> logging() {
        return Arbitraries.oneOf(
                ConfigGenerators.ip().map(h -> List.of("logging " + h)),
                ConfigGenerators.ip().map(h -> List.of("logging host " + h)),
                Combinators.combine(Arbitraries.of("", " 4096", " 8192", " 51200"),
                        Arbitraries.of("", " warnings", " informational", " debugging", " 3"))
                        .as((size, level) -> List.of("logging buffered" + size + (size.isEmpty() && level.equals(" 3") ? "" : level))),
                Arbitraries.of(List.of("no logging console"), List.of("logging console warnings"), List.of("logging console")));
    }

    static Arbitrary<List<String>> snmp() {
        return Combinators.combine(ConfigGenerators.word(), Arbitraries.of("", " RO", " RW", " rw"))
                .as((name, access) -> List.of("snmp-server community " + name + access));
    }

    /** One-line and multi-line banners; the delimiter never occurs in the text. */
    static Arbitrary<List<String>> banner() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ .,:*-!").ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(Arbitraries.of("motd", "login", "exec"), Arbitraries.of("#", "%", "^", "&"),
                text.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                .as((kind, delimiter, lines, oneLine) -> {
                    if (oneLine) {
                        return List.of("banner " + kind + " " + delimiter + lines.get(0) + delimiter);
                    }
                    List<String> out = new java.util.ArrayList<>();
                    out.add("banner " + kind + " " + delimiter);
                    out.addAll(lines);
                    out.add(delimiter);
                    return out;
                });
    }

    static Arbitrary<List<String>> switches() {
        return Arbitraries.of(List.of("no ip cef"), List.of("ip cef"), List.of("ipv6 cef"), List.of("no ipv6 cef"),
                List.of("no ip subnet-zero"), List.of("ip subnet-zero"), List.of("no ip classless"), List.of("ip classless"),
                List.of("ip tcp synwait-time 5"), List.of("ip tcp synwait-time 300"), List.of("aaa new-model"),
                List.of("no aaa new-model"), List.of("version 15.2"));
    }
}
