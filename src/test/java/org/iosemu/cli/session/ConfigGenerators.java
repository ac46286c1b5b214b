package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid configuration command blocks (as typed in global configuration mode). */
final class ConfigGenerators {

    private ConfigGenerators() {}

    static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "w" + s);
    }

    static Arbitrary<String> ip() {
        return Arbitraries.integers().between(1, 223).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) % 256 + "." + l.get(2) % 256 + "." + l.get(3) % 256);
    }

    static Arbitrary<String> mask() {
        return Arbitraries.of("255.255.255.0", "255.255.0.0", "255.255.255.252", "255.0.0.0");
    }

    static Arbitrary<String> wildcard() {
        return Arbitraries.of("0.0.0.255", "0.0.255.255", "0.0.0.3");
    }

    static Arbitrary<List<String>> policy() {
        return Combinators.combine(Arbitraries.integers().between(1, 10000),
                Arbitraries.of("", "encryption des", "encryption 3des", "encr aes", "encryption aes 192", "encryption aes 256"),
                Arbitraries.of("", "hash md5", "hash sha", "hash sha256"),
                Arbitraries.of("", "authentication pre-share", "authentication rsa-sig", "authentication rsa-encr"),
                Arbitraries.of("", "group 1", "group 2", "group 5", "group 14"),
                Arbitraries.integers().between(59, 86400))
                .as((prio, enc, hash, auth, group, life) -> lines("crypto isakmp policy " + prio, enc, hash, auth, group,
                        life >= 60 ? "lifetime " + life : "", "exit"));
    }

    static Arbitrary<List<String>> key() {
        return Combinators.combine(word(), ip(), Arbitraries.of("", " 255.255.255.0", " 0.0.0.0"),
                Arbitraries.of("", " no-xauth"), Arbitraries.of(true, false), word(), Arbitraries.of("", "6 "))
                .as((k, addr, mask, nx, byAddress, host, type) -> List.of("crypto isakmp key " + type + k
                        + (byAddress ? " address " + addr + mask : " hostname " + host) + nx));
    }

    static Arbitrary<List<String>> keyring() {
        Arbitrary<String> psk = Combinators.combine(ip(), Arbitraries.of("", " 255.255.255.0", " 0.0.0.0"),
                Arbitraries.of("", "0 ", "6 "), word(), Arbitraries.of(true, false), word())
                .as((addr, mask, type, k, byAddress, host) -> "pre-shared-key "
                        + (byAddress ? "address " + addr + mask : "hostname " + host + ".example.com") + " key " + type + k);
        return Combinators.combine(Arbitraries.of("KR1", "KR2"), psk.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.of("", "local-address FastEthernet0", "local-address 10.9.9.9", "description to the cloud"))
                .as((name, keys, extra) -> {
                    List<String> out = lines("crypto keyring " + name, extra);
                    out.addAll(keys);
                    out.add("exit");
                    return out;
                });
    }

    static Arbitrary<List<String>> isakmpProfile() {
        Arbitrary<String> match = Combinators.combine(ip(), Arbitraries.of("", " 255.255.255.255", " 255.255.0.0"),
                word(), Arbitraries.integers().between(0, 2))
                .as((addr, mask, w, kind) -> "match identity " + switch (kind) {
                    case 0 -> "address " + addr + mask;
                    case 1 -> "host " + w + ".example.com";
                    default -> "group " + w;
                });
        return Combinators.combine(Arbitraries.of("P1", "P2"), match.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.of("", "keyring KR1", "keyring KR2"),
                Arbitraries.of("", "self-identity address", "self-identity fqdn", "self-identity user-fqdn u@example.com"),
                Arbitraries.of("", "keepalive 10 retry 2", "keepalive 3600 retry 60"),
                Arbitraries.of("", "initiate mode aggressive", "local-address Loopback0", "client authentication list L",
                        "isakmp authorization list N", "client configuration address respond", "virtual-template 1",
                        "client configuration group RA", "description hub"))
                .as((name, matches, ring, self, ka, extra) -> {
                    List<String> out = lines("crypto isakmp profile " + name, ring, self);
                    out.addAll(matches);
                    out.addAll(lines(ka, extra, "exit"));
                    return out;
                });
    }

    static Arbitrary<List<String>> ipsecProfile() {
        return Combinators.combine(Arbitraries.of("IPP1", "IPP2"), Arbitraries.of("", "set pfs group2", "set pfs"),
                Arbitraries.of("", "set security-association lifetime seconds 28800",
                        "set security-association lifetime kilobytes 102400"),
                Arbitraries.of("", "set isakmp-profile P1", "responder-only", "description vti"))
                .as((name, pfs, life, extra) -> lines("crypto ipsec profile " + name, "set transform-set TS1", pfs, life,
                        extra, "exit"));
    }

    static Arbitrary<List<String>> profileGlobals() {
        return Arbitraries.of("crypto isakmp identity hostname", "crypto isakmp identity dn",
                "crypto isakmp identity address", "crypto isakmp aggressive-mode disable", "crypto isakmp fragmentation")
                .map(List::of);
    }

    static Arbitrary<List<String>> keepalive() {
        return Combinators.combine(Arbitraries.integers().between(10, 3600), Arbitraries.integers().between(1, 60),
                Arbitraries.of("", " periodic", " on-demand"))
                .as((s, r, m) -> List.of("crypto isakmp keepalive " + s + (r >= 2 ? " " + r : "") + m));
    }

    static Arbitrary<List<String>> transformSet() {
        return Combinators.combine(Arbitraries.of("TS1", "TS2", "TS3"),
                Arbitraries.of("esp-des", "esp-3des", "esp-aes", "esp-aes 256", "esp-null"),
                Arbitraries.of("", " esp-sha-hmac", " esp-md5-hmac", " esp-sha256-hmac"),
                Arbitraries.of("", "mode transport", "mode tunnel"))
                .as((name, cipher, auth, mode) -> lines("crypto ipsec transform-set " + name + " " + cipher + auth, mode, "exit"));
    }

    static Arbitrary<List<String>> ezvpn() {
        return Combinators.combine(Arbitraries.of("EZ1", "EZ2"), Arbitraries.of("connect auto", "connect manual"),
                word(), word(), Arbitraries.of("mode client", "mode network-extension", "mode network-plus"),
                ip().list().ofMinSize(0).ofMaxSize(3))
                .as((name, connect, group, key, mode, peers) -> {
                    List<String> out = lines("crypto ipsec client ezvpn " + name, connect, "group " + group + " key " + key, mode);
                    peers.forEach(p -> out.add("peer " + p));
                    out.add("exit");
                    return out;
                });
    }

    static Arbitrary<List<String>> cryptoMap() {
        return Combinators.combine(Arbitraries.of("MAPA", "MAPB"), Arbitraries.integers().between(1, 100),
                ip().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.oneOf(Arbitraries.integers().between(100, 199).map(String::valueOf), word().map(w -> "EXT-" + w)),
                Arbitraries.of("", "set pfs group2", "set pfs group14", "set pfs"),
                Arbitraries.of("", "set security-association lifetime seconds 1800", "set security-association replay window-size 128",
                        "set security-association idle-time 600", "reverse-route static", "description branch link",
                        "set isakmp-profile P1"),
                Arbitraries.of(true, false))
                .as((name, seq, peers, acl, pfs, extra, defaultLast) -> {
                    List<String> out = lines("crypto map " + name + " " + seq + " ipsec-isakmp");
                    for (int i = 0; i < peers.size(); i++) {
                        out.add("set peer " + peers.get(i) + (defaultLast && i == peers.size() - 1 ? " default" : ""));
                    }
                    out.addAll(lines("set transform-set TS1", "match address " + acl, pfs, extra, "exit"));
                    return out;
                });
    }

    /** Each interface gets its own 10.N.0.0/16 so addresses never overlap; hosts end in 4k+1. */
    static Arbitrary<List<String>> iface() {
        List<String> names = List.of("FastEthernet0", "FastEthernet1", "fa2", "Loopback0", "Loopback7", "Ethernet0");
        return Combinators.combine(Arbitraries.integers().between(0, names.size() - 1),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 62),
                Arbitraries.of("255.255.255.0", "255.255.0.0", "255.255.255.252"),
                Arbitraries.of("", "shutdown", "no shutdown"), Arbitraries.of("", "crypto map MAPA"),
                Arbitraries.of("", "description uplink to hub"), Arbitraries.of("", "speed 100", "duplex full", "half-duplex"))
                .as((index, third, fourth, mask, shut, map, descr, phy) -> {
                    String name = names.get(index);
                    boolean loop = name.startsWith("Loop");
                    boolean fast = name.startsWith("Fast") || name.startsWith("fa");
                    String physical = loop || (!fast && !phy.equals("half-duplex")) || (fast && phy.equals("half-duplex")) ? "" : phy;
                    String address = "10." + (index + 1) + "." + third + "." + (4 * fourth + 1);
                    return lines("interface " + name, descr, "ip address " + address + " " + (loop ? "255.255.255.255" : mask),
                            shut, physical, map, "exit");
                });
    }

    static Arbitrary<List<String>> acl() {
        return Combinators.combine(Arbitraries.integers().between(100, 199), Arbitraries.of("permit", "deny"),
                Arbitraries.of("ip", "esp", "udp", "gre"), ip(), wildcard(), Arbitraries.of("any", "host 10.9.9.9"))
                .as((n, action, proto, addr, wild, dst) -> List.of("access-list " + n + " " + action + " " + proto + " "
                        + maskedNetwork(addr, wild) + " " + wild + " " + dst));
    }

    /** One extended rule as typed after `permit`/`deny` (network addresses consistent with their wildcards). */
    static Arbitrary<String> extendedRule() {
        return Combinators.combine(Arbitraries.of("permit", "deny"), Arbitraries.of("ip", "esp", "gre", "icmp", "tcp", "udp"),
                ip(), wildcard(), Arbitraries.of("any", "host 10.9.9.9", "10.8.0.0 0.0.255.255"),
                Arbitraries.of("", " eq 500", " range 1000 2000", " gt 1023"))
                .as((action, proto, addr, wild, dst, port) -> action + " " + proto + " " + maskedNetwork(addr, wild) + " "
                        + wild + " " + dst + (proto.equals("tcp") || proto.equals("udp") ? port : ""));
    }

    static Arbitrary<String> standardRule() {
        return Combinators.combine(Arbitraries.of("permit", "deny"), ip(), wildcard(), Arbitraries.of(0, 1, 2))
                .as((action, addr, wild, form) -> action + " " + switch (form) {
                    case 0 -> "any";
                    case 1 -> addr;
                    default -> maskedNetwork(addr, wild) + " " + wild;
                });
    }

    /**
     * A named list typed as IOS users do: created afresh (`no ip access-list` first), distinct rules entered with
     * sequence numbers out of order (or appended), remarks, an identical rule typed again (ignored), and an
     * extra rule inserted at an odd sequence number and removed again, by number or by repeating it after `no`.
     * Rules end up numbered 10, 20, ... as a reload numbers them, so the replayed model is the same.
     */
    static Arbitrary<List<String>> namedAcl() {
        Arbitrary<Boolean> extended = Arbitraries.of(true, false);
        return extended.flatMap(ext -> Combinators.combine(word(),
                (ext ? extendedRule() : standardRule()).list().uniqueElements().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.randoms(), word())
                .as((name, rules, sequenced, removeByNumber, random, remark) -> {
                    String header = "ip access-list " + (ext ? "extended EXT-" : "standard STD-") + name;
                    List<String> out = lines("no " + header, header, "remark " + remark);
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < rules.size(); i++) {
                        order.add(i);
                    }
                    if (sequenced) {
                        java.util.Collections.shuffle(order, random);
                    }
                    for (int i : order) {
                        out.add((sequenced ? (i + 1) * 10 + " " : "") + rules.get(i));
                    }
                    out.add(rules.get(0));
                    String extra = ext ? "permit ahp any any" : "permit 192.0.2.1";
                    if (!rules.contains(extra)) {
                        out.add("15 " + extra);
                        out.add(removeByNumber ? "no 15" : "no " + extra);
                    }
                    out.add("remark last " + remark);
                    out.add("exit");
                    return out;
                }));
    }

    static Arbitrary<List<String>> system() {
        return Arbitraries.oneOf(
                word().map(h -> List.of("hostname R" + h)),
                word().map(u -> List.of("username " + u + " privilege 15 password " + u + "pw")),
                word().map(d -> List.of("ip domain-name " + d + ".example")),
                word().map(d -> List.of("ip domain name " + d + ".example", "no ip domain lookup")),
                word().map(w -> List.of("enable secret " + w)),
                word().map(w -> List.of("username " + w + " algorithm-type sha256 secret " + w)),
                word().map(w -> List.of("username u" + w + " privilege 3 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM")),
                Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of("permit", "deny"), ip(), word())
                        .as((n, action, host, remark) -> List.of("access-list " + n + " remark " + remark,
                                "access-list " + n + " " + action + " " + host, "access-list " + n + " permit any")),
                Arbitraries.of(List.of("crypto map MAPA local-address FastEthernet0"), List.of("crypto ipsec nat-transparency spi-matching"),
                        List.of("crypto ipsec security-association idle-time 300 default"),
                        List.of("interface Loopback9", "ip address 172.16.0.1 255.255.255.0", "ip address 172.16.1.1 255.255.255.0 secondary",
                                "crypto ipsec df-bit set", "crypto ipsec fragmentation after-encryption", "exit")),
                Arbitraries.of(List.of("no ip domain-lookup"), List.of("service password-encryption"),
                        List.of("ip ssh version 2"), List.of("crypto logging session"), List.of("crypto isakmp invalid-spi-recovery"),
                        List.of("crypto ipsec df-bit clear"), List.of("crypto ipsec fragmentation after-encryption"),
                        List.of("crypto isakmp nat keepalive 20"), List.of("crypto ipsec security-association lifetime seconds 7200"),
                        List.of("crypto ipsec security-association replay disable"),
                        List.of("no crypto ipsec nat-transparency udp-encapsulation"),
                        List.of("line vty 0 4", "login local", "transport input ssh", "exec-timeout 0 0", "exit"),
                        List.of("line vty 0 15", "no login", "exit", "line vty 7 9", "privilege level 15", "exit"),
                        List.of("line con 0", "password cisco", "login", "privilege level 15", "exit"),
                        List.of("line con 0", "exec-timeout 0 0", "logging synchronous", "length 0", "width 132", "exit"),
                        List.of("line aux 0", "exec-timeout 0 0", "privilege level 15", "logging synchronous", "stopbits 1", "exit"),
                        List.of("line vty 0 4", "length 0", "width 132", "history size 50", "stopbits 2", "exit"),
                        List.of("line vty 5 15", "logging synchronous", "history size 0", "stopbits 1.5", "exit"),
                        List.of("line vty 0 15", "length 24", "width 80", "history size 10", "exit"),
                        List.of("line vty 2 6", "length 0", "no length", "logging synchronous", "no logging synchronous", "exit"),
                        List.of("service timestamps debug uptime"), List.of("no service timestamps log")),
                Combinators.combine(ip(), mask(), ip()).as((p, m, nh) -> List.of("ip route " + maskedNetwork(p, invert(m)) + " " + m + " " + nh)),
                // floating statics with their options, in the order typed (not the order show run writes them)
                Combinators.combine(ip(), mask(), ip(), Arbitraries.integers().between(1, 255),
                        Arbitraries.longs().between(1, 4294967295L), Arbitraries.of("", " FastEthernet0"))
                        .as((p, m, nh, distance, tag, iface) -> List.of("ip route " + maskedNetwork(p, invert(m)) + " " + m
                                + iface + " " + nh + " name BACKUP tag " + tag + " " + distance)));
    }

    /** Whole configurations: a transform set TS1 first (maps use it), then random blocks. */
    static Arbitrary<List<String>> configs() {
        Arbitrary<List<String>> block = Arbitraries.oneOf(policy(), key(), keepalive(), transformSet(), ezvpn(), cryptoMap(),
                iface(), acl(), namedAcl(), system(), ServiceGenerators.services(), keyring(), isakmpProfile(),
                ipsecProfile(), profileGlobals(), ServerGenerators.server());
        return block.list().ofMinSize(1).ofMaxSize(14).map(blocks -> {
            List<String> out = new ArrayList<>(List.of("crypto ipsec transform-set TS1 esp-aes esp-sha-hmac", "exit"));
            blocks.forEach(out::addAll);
            return out;
        });
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

    private static String invert(String mask) {
        String[] p = mask.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : ".").append(255 - Integer.parseInt(p[i]));
        }
        return b.toString();
    }

    /** The address with its wildcard bits cleared, so ACLs and routes are consistent. */
    private static String maskedNetwork(String addr, String wildcard) {
        String[] a = addr.split("\\.");
        String[] w = wildcard.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : ".").append(Integer.parseInt(a[i]) & ~Integer.parseInt(w[i]) & 255);
        }
        return b.toString();
    }
}
