package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of Easy VPN server blocks: AAA lists, local pools, client groups, dynamic maps, map-wide lines. */
final class ServerGenerators {

    private ServerGenerators() {}

    static Arbitrary<List<String>> server() {
        return Arbitraries.oneOf(aaa(), pool(), group(), dynamicMap(), mapLines());
    }

    static Arbitrary<List<String>> aaa() {
        Arbitrary<String> list = Arbitraries.of("default", "XLIST", "VPN-USERS");
        Arbitrary<String> login = Arbitraries.of("local", "local none", "local-case", "none", "enable", "line local");
        Arbitrary<String> authz = Arbitraries.of("local", "local none", "if-authenticated", "none");
        return Combinators.combine(list, login, Arbitraries.of("exec", "network"), list, authz,
                Arbitraries.of("", "aaa session-id unique", "aaa session-id common"))
                .as((l1, m1, kind, l2, m2, sid) -> lines("aaa new-model", "aaa authentication login " + l1 + " " + m1,
                        "aaa authorization " + kind + " " + l2 + " " + m2, sid));
    }

    /**
     * Each pool name has its own second octet and each range is a function of (pool, third octet), so two draws either
     * repeat a range (accepted again, as on IOS) or do not overlap at all (IOS refuses overlapping ranges).
     */
    static Arbitrary<List<String>> pool() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 200))
                .as((n, third) -> {
                    String net = "10." + (200 + n) + "." + third + ".";
                    boolean single = third % 3 == 0;
                    return List.of("ip local pool P" + n + " " + net + "1" + (single ? "" : " " + net + (1 + third % 50)));
                });
    }

    static Arbitrary<List<String>> group() {
        Arbitrary<String> line = Arbitraries.of("key cisco123", "key 6 AbCdEf", "pool P0", "dns 10.0.0.1",
                "dns 10.0.0.1 10.0.0.2", "wins 10.0.0.3", "domain example.com", "acl 150", "acl SPLIT", "save-password",
                "include-local-lan", "pfs", "max-users 10", "max-logins 3", "netmask 255.255.255.0", "no pfs", "no dns");
        return Combinators.combine(Arbitraries.of("G1", "RA-GROUP"), line.list().ofMinSize(0).ofMaxSize(6))
                .as((name, body) -> {
                    List<String> out = new ArrayList<>(List.of("crypto isakmp client configuration group " + name));
                    out.addAll(body);
                    out.add("exit");
                    return out;
                });
    }

    static Arbitrary<List<String>> dynamicMap() {
        Arbitrary<String> line = Arbitraries.of("set transform-set TS1", "reverse-route", "reverse-route remote-peer 10.9.9.9",
                "set pfs group2", "match address 150", "set security-association lifetime seconds 1800", "set peer 10.1.1.1",
                "no reverse-route");
        return Combinators.combine(Arbitraries.of("DYN", "SPOKES"), Arbitraries.integers().between(1, 65535),
                line.list().ofMinSize(0).ofMaxSize(5), Arbitraries.of("", "xauth"))
                .as((name, seq, body, xauth) -> {
                    List<String> out = new ArrayList<>(List.of("crypto dynamic-map " + name + " " + seq));
                    out.addAll(body);
                    out.add("exit");
                    out.add("crypto map CM " + (seq % 100 + 1) + " ipsec-isakmp dynamic " + name);
                    if (!xauth.isEmpty()) {
                        out.add("crypto isakmp xauth timeout " + (5 + seq % 86));
                    }
                    return out;
                });
    }

    static Arbitrary<List<String>> mapLines() {
        return Arbitraries.of(List.of("crypto map CM client authentication list XLIST"),
                List.of("crypto map CM isakmp authorization list GLIST"),
                List.of("crypto map CM client configuration address respond"),
                List.of("crypto map CM client configuration address initiate", "no crypto map CM client configuration address"));
    }

    private static List<String> lines(String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }
}
