package org.iosemu.cli.lang;

import java.util.List;

/**
 * Micro benchmark (run by hand, not a test): lines/s for resolution alone (the ATN walk and word
 * resolution) and for resolution + parse tree, over typical replayed configuration lines.
 *
 * <pre>mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(deps) org.iosemu.cli.lang.LanguageBench</pre>
 */
public final class LanguageBench {

    private record Typed(Mode mode, String line) {
    }

    private static final List<Typed> LINES = List.of(
            new Typed(Mode.CONFIG, "hostname R1"),
            new Typed(Mode.CONFIG, "crypto isakmp policy 10"),
            new Typed(Mode.ISAKMP_POLICY, " encr aes 256"),
            new Typed(Mode.ISAKMP_POLICY, " hash sha"),
            new Typed(Mode.ISAKMP_POLICY, " authentication pre-share"),
            new Typed(Mode.ISAKMP_POLICY, " group 14"),
            new Typed(Mode.CONFIG, "crypto isakmp key cisco123 address 10.0.0.2"),
            new Typed(Mode.CONFIG, "crypto isakmp keepalive 10 3 periodic"),
            new Typed(Mode.CONFIG, "crypto ipsec transform-set TS esp-aes esp-sha-hmac"),
            new Typed(Mode.TRANSFORM_SET, " mode tunnel"),
            new Typed(Mode.CONFIG, "crypto map CM 10 ipsec-isakmp"),
            new Typed(Mode.CRYPTO_MAP, " set peer 10.0.0.2"),
            new Typed(Mode.CRYPTO_MAP, " set transform-set TS"),
            new Typed(Mode.CRYPTO_MAP, " match address 101"),
            new Typed(Mode.CONFIG, "interface FastEthernet0/0"),
            new Typed(Mode.INTERFACE, " ip address 192.168.1.1 255.255.255.0"),
            new Typed(Mode.INTERFACE, " crypto map CM"),
            new Typed(Mode.INTERFACE, " no shutdown"),
            new Typed(Mode.CONFIG, "access-list 101 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255"),
            new Typed(Mode.CONFIG, "ip route 0.0.0.0 0.0.0.0 10.0.0.1"),
            new Typed(Mode.CONFIG, "line vty 0 4"),
            new Typed(Mode.LINE, " transport input ssh"),
            new Typed(Mode.PRIV_EXEC, "sh cry isa sa"),
            new Typed(Mode.PRIV_EXEC, "show running-config | include crypto"));

    public static void main(String[] args) {
        CommandLanguage language = CommandLanguage.standard();
        LineWalker walker = new LineWalker(language.walker(),
                new WordResolver(language.walker().grammar(), language.walker().catalog()));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        for (int pass = 0; pass < 3; pass++) {
            long sink = 0;
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (Typed typed : LINES) {
                    sink += walker.walk(typed.mode(), typed.line(), WordSplitter.split(typed.line())).words().size();
                }
            }
            report("resolution only        ", rounds, start, sink);
            sink = 0;
            start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (Typed typed : LINES) {
                    if (language.resolve(typed.mode(), typed.line()) instanceof Resolution.Parsed parsed) {
                        sink += parsed.words().size();
                    }
                }
            }
            report("resolve (walk + parse) ", rounds, start, sink);
        }
        System.out.println("candidate nodes built: " + language.walker().internedNodes());
    }

    private static void report(String what, int rounds, long start, long sink) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long lines = (long) rounds * LINES.size();
        System.out.printf("%s %,12.0f lines/s  (%d lines, %.2f s, check %d)%n", what, lines / seconds, lines, seconds, sink);
    }
}
