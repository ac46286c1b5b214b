package org.iosemu.config;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The port names IOS accepts in access-list rules, per protocol, and the name it prints instead of a number
 * (`eq isakmp`, `eq www`); ports without a name (22, 443, ...) stay numbers, as on classic IOS 15.x.
 */
public final class PortNames {

    private static final Map<String, Integer> TCP = Map.ofEntries(
            Map.entry("bgp", 179), Map.entry("chargen", 19), Map.entry("cmd", 514), Map.entry("daytime", 13),
            Map.entry("discard", 9), Map.entry("domain", 53), Map.entry("echo", 7), Map.entry("exec", 512),
            Map.entry("finger", 79), Map.entry("ftp", 21), Map.entry("ftp-data", 20), Map.entry("gopher", 70),
            Map.entry("hostname", 101), Map.entry("ident", 113), Map.entry("irc", 194), Map.entry("klogin", 543),
            Map.entry("kshell", 544), Map.entry("login", 513), Map.entry("lpd", 515), Map.entry("nntp", 119),
            Map.entry("pop2", 109), Map.entry("pop3", 110), Map.entry("smtp", 25), Map.entry("sunrpc", 111),
            Map.entry("tacacs", 49), Map.entry("talk", 517), Map.entry("telnet", 23), Map.entry("time", 37),
            Map.entry("uucp", 540), Map.entry("whois", 43), Map.entry("www", 80));

    private static final Map<String, Integer> UDP = Map.ofEntries(
            Map.entry("biff", 512), Map.entry("bootpc", 68), Map.entry("bootps", 67), Map.entry("discard", 9),
            Map.entry("dnsix", 195), Map.entry("domain", 53), Map.entry("echo", 7), Map.entry("isakmp", 500),
            Map.entry("mobile-ip", 434), Map.entry("nameserver", 42), Map.entry("netbios-dgm", 138),
            Map.entry("netbios-ns", 137), Map.entry("netbios-ss", 139), Map.entry("non500-isakmp", 4500),
            Map.entry("ntp", 123), Map.entry("rip", 520), Map.entry("snmp", 161), Map.entry("snmptrap", 162),
            Map.entry("sunrpc", 111), Map.entry("syslog", 514), Map.entry("tacacs", 49), Map.entry("talk", 517),
            Map.entry("tftp", 69), Map.entry("time", 37), Map.entry("who", 513), Map.entry("xdmcp", 177));

    private PortNames() {}

    /** The port {@code name} stands for in a {@code protocol} (`tcp`/`udp`) rule; empty where IOS rejects it. */
    public static OptionalInt number(String protocol, String name) {
        Integer n = table(protocol).get(name.toLowerCase(java.util.Locale.ROOT));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** How IOS prints {@code port} in a {@code protocol} rule: its name if it has one, else the number. */
    public static String render(String protocol, int port) {
        return name(protocol, port).orElse(Integer.toString(port));
    }

    static Optional<String> name(String protocol, int port) {
        return table(protocol).entrySet().stream().filter(e -> e.getValue() == port).map(Map.Entry::getKey).findFirst();
    }

    private static Map<String, Integer> table(String protocol) {
        return switch (protocol) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            default -> Map.of();
        };
    }
}
