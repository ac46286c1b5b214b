package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * Pastes the real-world IPsec configurations of {@code src/test/resources/realconfigs} (origins in their headers
 * and the README there) into configuration mode and counts the crypto lines iosemu accepts and rejects. A crypto
 * line is a line starting with `crypto` (global or in an interface), an indented line under a rejected `crypto`
 * line (the body of a block IOS would have opened), or a line typed while a crypto sub-mode is open that is
 * indented or stays in that sub-mode (not a global command such as `interface`). The figures are printed and
 * pinned per file: any change, better or worse, has to be recorded here.
 */
class RealConfigsReplayTest {

    /** Pinned figures: file → {crypto lines, accepted}. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    // Still rejected: `set security-association lifetime kilobytes disable` (not in 15.1) and a `set
    // transform-set` naming a set the published config never defines.
    static {
        EXPECTED.put("aviatrix-site2cloud-ios.cfg", new int[] {21, 21});
        EXPECTED.put("aws-vpn-cisco-ios-bgp.cfg", new int[] {46, 46});
        EXPECTED.put("aws-vpn-cisco-ios-static.cfg", new int[] {46, 46});
        EXPECTED.put("aws-vpn-cml-lab.cfg", new int[] {19, 19});
        EXPECTED.put("batfish-lhr-border-02.cfg", new int[] {37, 37});
        EXPECTED.put("dmvpn-hub-csr-lab.cfg", new int[] {8, 8});
        EXPECTED.put("dmvpn-phase2-hub.cfg", new int[] {11, 11});
        EXPECTED.put("ezvpn-server-7200.cfg", new int[] {27, 26});
        EXPECTED.put("ezvpn-server-blog.cfg", new int[] {20, 20});
        EXPECTED.put("ezvpn-server-ccna-notes.cfg", new int[] {16, 16});
        EXPECTED.put("ezvpn-server-ra-blog.cfg", new int[] {17, 16});
        EXPECTED.put("gre-over-ipsec-vti-aggressive.cfg", new int[] {17, 17});
        EXPECTED.put("p2p-gre-profile-client.cfg", new int[] {18, 18});
        EXPECTED.put("p2p-gre-profile-gateway.cfg", new int[] {17, 17});
    }

    /** Words that only start global commands: such a line is not part of the crypto block above it. */
    private static final List<String> GLOBAL_ONLY = List.of("interface", "router", "hostname", "username", "aaa",
            "line", "access-list", "route-map", "control-plane");

    private static final List<String> CRYPTO_PROMPTS = List.of("(config-isakmp)#", "(cfg-crypto-trans)#",
            "(config-crypto-map)#", "(config-crypto-ezvpn)#", "(conf-keyring)#", "(conf-isa-prof)#", "(ipsec-profile)#",
            "(config-isakmp-group)#");

    /** One replayed file: its crypto lines and the ones rejected, with IOS's first error line. */
    record Figures(int cryptoLines, List<String> rejected) {
        int accepted() {
            return cryptoLines - rejected.size();
        }
    }

    @Test
    void cryptoLinesOfRealConfigsAreCountedAndPinned() throws IOException {
        Map<String, Figures> actual = new LinkedHashMap<>();
        for (Path file : files()) {
            actual.put(file.getFileName().toString(), replay(Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        System.out.println(table(actual));
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        EXPECTED.forEach((k, v) -> expected.put(k, List.of(v[0], v[1])));
        Map<String, List<Integer>> got = new LinkedHashMap<>();
        actual.forEach((k, f) -> got.put(k, List.of(f.cryptoLines(), f.accepted())));
        assertEquals(expected, got, table(actual));
    }

    @Test
    void whatIsAcceptedShowsBackTheSameWhenPastedAgain() throws IOException {
        for (Path file : files()) {
            String first = showRun(replayedRouter(Files.readAllLines(file, StandardCharsets.UTF_8)));
            List<String> body = new ArrayList<>();
            boolean in = false;
            for (String l : first.split("\n")) {
                in |= l.equals("!");
                if (in && !l.equals("end")) {
                    body.add(l);
                }
            }
            String second = showRun(replayedRouter(body));
            assertEquals(cryptoSection(first), cryptoSection(second), file.toString());
        }
    }

    static Figures replay(List<String> lines) {
        IosSession session = newSession();
        StringBuilder screen = new StringBuilder();
        int crypto = 0;
        List<String> rejected = new ArrayList<>();
        boolean parentRejected = false;
        boolean foreignBlock = false;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("!")) {
                continue;
            }
            ensureConfigMode(session, screen);
            boolean indented = Character.isWhitespace(line.charAt(0));
            String text = line.strip().toLowerCase(Locale.ROOT);
            String firstWord = text.split("\\s+")[0];
            boolean subModeBefore = inCryptoSubMode(session);
            LineOutcome outcome = session.submit(line, screen::append);
            boolean startsCrypto = firstWord.equals("crypto");
            boolean subModeLine = subModeBefore && !GLOBAL_ONLY.contains(firstWord);
            boolean isCrypto;
            if (firstWord.equals("exit")) {
                isCrypto = false;
            } else if (indented) {
                isCrypto = startsCrypto || parentRejected || (!foreignBlock && subModeLine);
            } else {
                // a rejected unindented line typed in a crypto sub-mode counts against the figure unless IOS
                // names it as a global command iosemu does not emulate (conservative: a mistyped global line counts)
                isCrypto = startsCrypto || (subModeLine && !outcome.rejected() && inCryptoSubMode(session))
                        || (subModeLine && outcome.rejected() && !outcome.message().contains("Not emulated"));
                parentRejected = startsCrypto && outcome.rejected();
                foreignBlock = !isCrypto;
            }
            if (isCrypto) {
                crypto++;
                if (outcome.rejected() || outcome.skipped()) {
                    rejected.add(line.strip() + "  -> " + (outcome.skipped() ? "skipped" : outcome.message()));
                }
            }
        }
        return new Figures(crypto, rejected);
    }

    private static IosSession replayedRouter(List<String> lines) {
        IosSession session = newSession();
        StringBuilder screen = new StringBuilder();
        for (String line : lines) {
            ensureConfigMode(session, screen);
            session.submit(line, screen::append);
        }
        return session;
    }

    private static String showRun(IosSession session) {
        StringBuilder screen = new StringBuilder();
        session.submit("end", s -> { });
        ensureExec(session);
        session.submit("show running-config", screen::append);
        return screen.toString();
    }

    private static void ensureExec(IosSession session) {
        if (session.prompt().contains("(")) {
            session.submit("end", s -> { });
        }
    }

    /** The crypto lines of a show run (blocks starting with `crypto`), without the change-stamp lines. */
    private static List<String> cryptoSection(String showRun) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : showRun.split("\n")) {
            if (!l.startsWith(" ")) {
                in = l.startsWith("crypto ");
            }
            if (in) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean inCryptoSubMode(IosSession session) {
        String prompt = session.prompt();
        return CRYPTO_PROMPTS.stream().anyMatch(prompt::endsWith);
    }

    /** A pasted `exit` (or a rejected block's) may leave configuration mode; the paster goes back in. */
    private static void ensureConfigMode(IosSession session, StringBuilder screen) {
        if (!session.prompt().contains("(")) {
            session.submit("configure terminal", screen::append);
        }
    }

    private static IosSession newSession() {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
                Optional.empty(), new StandaloneRouterServices(), new Random(3));
        IosSession session = new IosSession(router);
        session.submit("enable", s -> { });
        session.submit("configure terminal", s -> { });
        return session;
    }

    private static List<Path> files() {
        try {
            Path dir = Path.of(RealConfigsReplayTest.class.getResource("/realconfigs").toURI());
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String table(Map<String, Figures> figures) {
        StringBuilder b = new StringBuilder("real-world configs: crypto lines accepted / total\n");
        int total = 0;
        int accepted = 0;
        for (var e : figures.entrySet()) {
            Figures f = e.getValue();
            total += f.cryptoLines();
            accepted += f.accepted();
            b.append(String.format("  %-36s %3d / %3d%n", e.getKey(), f.accepted(), f.cryptoLines()));
            f.rejected().forEach(r -> b.append("      rejected: ").append(r).append('\n'));
        }
        b.append(String.format("  %-36s %3d / %3d (%.1f%%)%n", "all", accepted, total, 100.0 * accepted / total));
        return b.toString();
    }
}
