package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.iosemu.timeline.Markup;
import org.iosemu.timeline.Message;
import org.iosemu.timeline.Timeline;
import org.iosemu.timeline.TimelinePage;
import org.iosemu.timeline.Window;
import org.junit.jupiter.api.Test;

/**
 * The timeline page in a real browser (Debian's headless Chromium): it loads, the browser lays out every arrow of
 * the window (the page's script counts the arrows with a non-empty box), every message is in the rendered DOM with
 * its facts, and the screenshot shows the arrows' colours. The screenshot of the dead-peer scenario is the README's
 * picture: {@code -Diosemu.bless=true} copies it and the page to {@code docs/}. Skips, saying why, without Chromium
 * ({@code .ci/run} installs it).
 */
class TimelineBrowserTest {

    private static final boolean BLESS = Boolean.getBoolean("iosemu.bless");
    private static final Path DOCS = Path.of("docs");
    private static final int WIDTH = 1300;

    private static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theDeadPeerTimelineRendersEveryMessageInChromium() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "chromium not installed (apt-get install --no-install-recommends chromium; .ci/run does): "
                + "the timeline page was not checked in a browser");
        LabDriver d = DeadPeerScenario.run();
        Timeline t = Timeline.of(d.lab.wireLog().snapshot(), d.lab.routers().stream().map(Router::name).toList(),
                new Window(LabDriver.START, d.time.now()));
        Path work = Files.createDirectories(Path.of("target", "timeline-browser"));
        Path page = work.resolve("timeline-dead-peer.html");
        String html = TimelinePage.html(t);
        Files.writeString(page, html);
        Path png = work.resolve("timeline-dead-peer.png");
        Files.deleteIfExists(png);
        Path dom = work.resolve("dom.html");

        Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + work.resolve("profile").toAbsolutePath(),
                "--window-size=" + WIDTH + "," + pageHeight(html), "--screenshot=" + png.toAbsolutePath(), "--dump-dom",
                page.toAbsolutePath().toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(work.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s; see " + work.resolve("chromium.log"));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(work.resolve("chromium.log")));

        String rendered = Files.readString(dom);
        int messages = t.messages().size();
        assertTrue(messages >= 30, "the scenario has its 30 IKE messages and 4 ESP bursts: " + messages);
        assertTrue(rendered.contains("data-drawn=\"" + messages + "\""), () -> "every arrow laid out: " + drawnLine(rendered));
        assertEquals(messages, count(rendered, "<g class=\"message "), "one arrow element per message");
        for (Message m : t.messages()) {
            String facts = "data-label=\"" + Markup.escape(m.label()) + "\" data-from=\"" + m.sender() + "\" data-to=\""
                    + m.receiver() + "\" data-sent=\"" + m.sentAt() + "\"";
            assertTrue(rendered.contains(facts), () -> "in the rendered DOM: " + facts);
        }
        assertEquals(t.notes().size(), count(rendered, "<g class=\"note "));

        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(WIDTH, shot.getWidth());
        assertTrue(pixelsNear(shot, 0x1f5fbf) > 500, "Main Mode arrows painted (blue)");
        assertTrue(pixelsNear(shot, 0xc76b00) > 500, "DPD arrows painted (orange)");
        assertTrue(pixelsNear(shot, 0xd00000) > 50, "lost packets' crosses painted (red)");
        if (BLESS) {
            Files.createDirectories(DOCS);
            Files.copy(png, DOCS.resolve("timeline-dead-peer.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(page, DOCS.resolve("timeline-dead-peer.html"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The SVG's height plus the heading and legend above it, so the screenshot holds the whole diagram. */
    private static int pageHeight(String html) {
        Matcher m = Pattern.compile("<svg [^>]*height=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "the page has its SVG");
        return Integer.parseInt(m.group(1)) + 130;
    }

    private static String drawnLine(String dom) {
        Matcher m = Pattern.compile("<p id=\"drawn\"[^>]*>[^<]*</p>").matcher(dom);
        return m.find() ? m.group() : "(no drawn line: the page's script did not run)";
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static int pixelsNear(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                int dr = ((c >> 16) & 0xff) - ((rgb >> 16) & 0xff);
                int dg = ((c >> 8) & 0xff) - ((rgb >> 8) & 0xff);
                int db = (c & 0xff) - (rgb & 0xff);
                if (dr * dr + dg * dg + db * db < 40 * 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
