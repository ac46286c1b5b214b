package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.testing.InMemoryNetwork.Datagram;
import org.junit.jupiter.api.Test;

/**
 * Golden transcript of both routers' debug and syslog lines (with virtual times) for Main Mode and Quick
 * Mode under PFS mismatches and lost messages: the retransmission, duplicate and rejection paths that the
 * happy-path tests never reach. The seeds are fixed, so message IDs and timings repeat exactly. On a
 * difference the actual transcript is written to target/ for diffing.
 */
class ExchangeLossTranscriptTest {

    private static final String GOLDEN = "/ike/exchange-loss.transcript";
    private static final int QUICK_MODE = 32;
    private static final int MAIN_MODE = 2;
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";

    @Test
    void lossesAndMismatchesGiveTheRecordedDebugLines() throws IOException {
        List<String> transcript = new ArrayList<>();
        transcript.addAll(run("plain", 0, 0, d -> false));
        transcript.addAll(run("pfs group 2 both", 2, 2, d -> false));
        transcript.addAll(run("pfs group 2 vs group 5", 2, 5, d -> false));
        transcript.addAll(run("pfs only on the responder", 0, 2, d -> false));
        transcript.addAll(run("first QM2 lost", 0, 0, nth(1, d -> exchange(d) == QUICK_MODE && from(d, B))));
        transcript.addAll(run("QM3 lost once", 0, 0, nth(2, d -> exchange(d) == QUICK_MODE && from(d, A))));
        transcript.addAll(run("every QM2 lost (pfs)", 2, 2, d -> exchange(d) == QUICK_MODE && from(d, B)));
        transcript.addAll(run("MM4 lost once", 0, 0, nth(2, d -> exchange(d) == MAIN_MODE && from(d, B))));
        transcript.addAll(run("MM6 lost once", 0, 0, nth(3, d -> exchange(d) == MAIN_MODE && from(d, B))));
        String actual = String.join("\n", transcript) + "\n";
        String expected = golden();
        if (!actual.equals(expected)) {
            Path written = Path.of("target", "exchange-loss.actual.transcript");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual);
            assertEquals(expected, actual, "transcript differs; actual written to " + written);
        }
    }

    private static List<String> run(String name, int pfsA, int pfsB, Predicate<Datagram> lost) {
        Lab lab = new Lab();
        Lab.Router a = lab.router(A, 1);
        Lab.Router b = lab.router(B, 2);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", List.of(PeerCandidate.of(B)), Optional.empty(),
                List.of(Lab.POLICY_3DES), Lab.TS_3DES, pfsA));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", List.of(PeerCandidate.of(A)), Optional.empty(),
                List.of(Lab.POLICY_3DES), Lab.TS_3DES, pfsB));
        lab.network.setDropFilter(lost);
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.scheduler.advance(200_000);
        List<String> lines = new ArrayList<>();
        lines.add("=== " + name);
        a.events.forEach(t -> lines.add(line("A", t)));
        b.events.forEach(t -> lines.add(line("B", t)));
        lines.removeIf(l -> l.isEmpty());
        return lines;
    }

    private static String line(String router, Lab.Timed timed) {
        if (timed.event() instanceof IkeEvent.Debug d) {
            return router + " " + timed.time() + " " + d.text();
        }
        if (timed.event() instanceof IkeEvent.Syslog s) {
            return router + " " + timed.time() + " " + s.text();
        }
        return "";
    }

    /** The ISAKMP header's exchange type. */
    private static int exchange(Datagram d) {
        return d.payload().length > 18 ? d.payload()[18] & 0xff : -1;
    }

    private static boolean from(Datagram d, String address) {
        return d.from().ip().toString().equals(address);
    }

    /** Loses only the n-th datagram (1-based) that {@code which} selects. */
    private static Predicate<Datagram> nth(int n, Predicate<Datagram> which) {
        int[] seen = {0};
        return d -> which.test(d) && ++seen[0] == n;
    }

    private static String golden() throws IOException {
        try (InputStream in = ExchangeLossTranscriptTest.class.getResourceAsStream(GOLDEN)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
