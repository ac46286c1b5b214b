package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.iosemu.app.LabLaunch;
import org.iosemu.app.Launcher;
import org.iosemu.timeline.Category;
import org.iosemu.timeline.Message;
import org.iosemu.timeline.Note;
import org.iosemu.timeline.NoteKind;
import org.iosemu.timeline.Timeline;
import org.iosemu.timeline.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lab timeline` on the dead-peer scenario: what the lab network carried, named and in order, and the command. */
class LabTimelineTest {

    private static final long START = LabDriver.START;
    /** The scenario runs once: the tests only read its recording (and `lab timeline` does not move the clock). */
    private static LabDriver d;

    @BeforeAll
    static void runScenario() {
        d = DeadPeerScenario.run();
    }

    private static Timeline whole() {
        return Timeline.of(d.lab.wireLog().snapshot(), d.lab.routers().stream().map(Router::name).toList(),
                new Window(START, d.time.now()));
    }

    private static String line(Message m) {
        return String.format("%6d %s>%s %s%s%s", m.sentAt() - START, m.sender(), m.receiver(), m.label(),
                m.retransmission() ? " (re)" : "", m.allLost() ? " (lost)" : "");
    }

    @Test
    void everyIkeAndEspPacketTheLabCarriedIsDrawnOnce() {
        Timeline t = whole();
        // in this lab everything on the wire is IKE or ESP (the pings travel inside the tunnels)
        assertEquals(d.lab.network().deliveredCount() + d.lab.network().droppedCount(), t.packetCount());
        assertEquals(List.of("BRANCH", "HUB1", "HUB2", "HUB3"), t.routers());
        for (int i = 1; i < t.messages().size(); i++) {
            assertTrue(t.messages().get(i).sentAt() >= t.messages().get(i - 1).sentAt(), "time order");
        }
    }

    @Test
    void theDeadPeerStoryReadsAsOnTheWire() {
        Timeline t = whole();
        String story = t.messages().stream().filter(m -> m.category() != Category.ESP).map(LabTimelineTest::line)
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "     0 BRANCH>HUB1 MM1", "     1 HUB1>BRANCH MM2", "     2 BRANCH>HUB1 MM3", "     3 HUB1>BRANCH MM4",
                "     4 BRANCH>HUB1 MM5", "     5 HUB1>BRANCH MM6",
                "     6 BRANCH>HUB1 QM1", "     7 HUB1>BRANCH QM2", "     8 BRANCH>HUB1 QM3",
                " 10005 HUB1>BRANCH R_U_THERE seq 1", " 10006 BRANCH>HUB1 R_U_THERE_ACK seq 1",
                " 20006 BRANCH>HUB1 R_U_THERE seq 1", " 20007 HUB1>BRANCH R_U_THERE_ACK seq 1",
                // HUB1 powered off at 27.008: BRANCH's next probe and its four retries vanish, 2 s apart
                " 30008 BRANCH>HUB1 R_U_THERE seq 2 (lost)",
                " 32008 BRANCH>HUB1 R_U_THERE seq 3 (re) (lost)", " 34008 BRANCH>HUB1 R_U_THERE seq 4 (re) (lost)",
                " 36008 BRANCH>HUB1 R_U_THERE seq 5 (re) (lost)", " 38008 BRANCH>HUB1 R_U_THERE seq 6 (re) (lost)",
                " 40008 BRANCH>HUB1 DELETE ISAKMP SA (lost)",
                // the next ping after the failover negotiates with HUB2
                " 57008 BRANCH>HUB2 MM1", " 57009 HUB2>BRANCH MM2", " 57010 BRANCH>HUB2 MM3", " 57011 HUB2>BRANCH MM4",
                " 57012 BRANCH>HUB2 MM5", " 57013 HUB2>BRANCH MM6",
                " 57014 BRANCH>HUB2 QM1", " 57015 HUB2>BRANCH QM2", " 57016 BRANCH>HUB2 QM3",
                " 67013 HUB2>BRANCH R_U_THERE seq 1", " 67014 BRANCH>HUB2 R_U_THERE_ACK seq 1"), story);
        assertEquals("BRANCH is powered off".replace("BRANCH", "HUB1"), t.messages().stream().filter(Message::allLost)
                .findFirst().orElseThrow().lostReason());

        List<Note> notes = t.notes().stream().filter(n -> n.kind() != NoteKind.IKE_SA_UP).toList();
        assertEquals(List.of("27008 HUB1 HUB1 powered off", "40008 BRANCH DPD: peer 10.0.0.1 declared dead",
                "40008 BRANCH crypto map green 1: peer 10.0.0.1 \u2192 10.0.0.2 (peer dead)"),
                notes.stream().map(n -> (n.time() - START) + " " + n.router() + " " + n.text()).toList());
    }

    @Test
    void espBurstsCountThePingsEchoesEachWay() {
        List<Message> esp = whole().messages().stream().filter(m -> m.category() == Category.ESP).toList();
        // each ping: the first echo waits for the tunnel and is dropped, the other four cross it and are answered
        assertEquals(List.of("BRANCH>HUB1 4", "HUB1>BRANCH 4", "BRANCH>HUB2 4", "HUB2>BRANCH 4"),
                esp.stream().map(m -> m.sender() + ">" + m.receiver() + " " + m.count()).toList());
        assertTrue(esp.stream().noneMatch(m -> m.lost() > 0));
    }

    @Test
    void behindANatMainModeKeepsCountingOnPort4500AndEspInUdpIsBursts() {
        LabDriver nat = LabDriver.ofSamples("site-to-site-nat-t");
        nat.on("R2", "enable", "ping 10.1.1.1 source Loopback0", "lab wait 45");
        Timeline t = Timeline.of(nat.lab.wireLog().snapshot(), List.of("R1", "R2"), new Window(START, nat.time.now()));
        List<String> labels = t.messages().stream().map(m -> m.sender() + ">" + m.receiver() + " " + m.label()).toList();
        // MM5 onwards travel on UDP 4500 behind the non-ESP marker; the pings' ESP in UDP 4500
        assertEquals(List.of("R2>R1 MM1", "R1>R2 MM2", "R2>R1 MM3", "R1>R2 MM4", "R2>R1 MM5", "R1>R2 MM6",
                "R2>R1 QM1", "R1>R2 QM2", "R2>R1 QM3"), labels.subList(0, 9));
        assertEquals(List.of(4, 4), t.messages().stream().filter(m -> m.category() == Category.ESP).map(Message::count).toList());
        assertTrue(labels.contains("R1>R2 R_U_THERE seq 1") && labels.contains("R2>R1 R_U_THERE_ACK seq 1"), labels.toString());
        assertTrue(t.messages().stream().noneMatch(m -> m.category() == Category.OTHER_IKE), "NAT keepalives are not drawn");
    }

    @Test
    void aReplayedScriptDrawsItsTimelineFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("dead-peer.html");
        Path script = Files.writeString(dir.resolve("timeline.txt"),
                Files.readString(DeadPeerScenario.SCRIPT).replace("lab timeline dead-peer.html", "lab timeline " + page));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LabLaunch launch = LabLaunch.parse(List.of("--lab", DeadPeerScenario.DIR.toString(), "--replay", script.toString()));
        int status = new Launcher(launch.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false).run(launch.remaining());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("% Lab: timeline of 34 messages (46 packets) from *Mar  1 00:00:00.000 to *Mar  1 00:01:11.016 written to " + page));
        assertEquals(34, Files.readString(page).split("<g class=\"message ", -1).length - 1);
    }

    @Test
    void theCommandWritesTheWindowAsHtmlOrSvg(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("dead peer.html".replace(' ', '-'));
        String said = d.type("lab timeline " + html + " from 25 to 45");
        assertTrue(said.contains("% Lab: timeline of 6 messages (6 packets) from *Mar  1 00:00:25.000 to *Mar  1 00:00:45.000 written to "
                + html + "\n"), said);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertEquals(6, page.split("<g class=\"message ", -1).length - 1);

        Path svg = dir.resolve("last.svg");
        assertTrue(d.type("lab timeline " + svg + " last 5").contains("timeline of 2 messages"));
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), picture);
        assertTrue(picture.contains("data-label=\"R_U_THERE seq 1\""), picture);

        Path refused = dir.resolve("backwards.html");
        assertTrue(d.type("lab timeline " + refused + " from 45 to 25").contains("% Lab: the window ends before it starts\n"));
        assertFalse(Files.exists(refused));
        String unwritable = d.type("lab timeline " + html + "/x.html"); // under a file, not a directory
        assertTrue(unwritable.contains("% Lab: cannot write " + html + "/x.html: "), unwritable);
        assertFalse(unwritable.contains("written"), unwritable);
    }
}
