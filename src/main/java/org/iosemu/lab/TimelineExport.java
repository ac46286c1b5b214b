package org.iosemu.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.StartupConfigFile;
import org.iosemu.timeline.SequenceDiagram;
import org.iosemu.timeline.Timeline;
import org.iosemu.timeline.TimelinePage;
import org.iosemu.timeline.Window;
import org.iosemu.timeline.WireLog;
import org.iosemu.time.IosTimestamp;

/** Answers `lab timeline`: the window of the lab's recording, drawn, and written atomically to the file. */
final class TimelineExport {

    private TimelineExport() {
    }

    /** The window the request names, on the lab clock; empty (with the message printed) when it makes no sense. */
    static Optional<Window> window(TimelineRequest request, long labStart, long now, CliOutput out) {
        if (request.lastSeconds().isPresent()) {
            return Optional.of(new Window(Math.max(labStart, now - request.lastSeconds().getAsLong() * 1000), now));
        }
        if (request.fromSecond().isPresent()) {
            long from = labStart + request.fromSecond().getAsLong() * 1000;
            long to = labStart + request.toSecond().orElseThrow() * 1000;
            if (to < from) {
                out.print("% Lab: the window ends before it starts\n");
                return Optional.empty();
            }
            return Optional.of(new Window(from, to));
        }
        return Optional.of(new Window(labStart, now));
    }

    static void write(TimelineRequest request, WireLog log, List<String> routers, long labStart, long now, CliOutput out) {
        Optional<Window> window = window(request, labStart, now, out);
        if (window.isEmpty()) {
            return;
        }
        Timeline timeline = Timeline.of(log.snapshot(), routers, window.get());
        boolean svg = request.file().toLowerCase(Locale.ROOT).endsWith(".svg");
        String content = svg ? SequenceDiagram.svgDocument(timeline) : TimelinePage.html(timeline);
        try {
            // the project's one atomic writer: temporary file beside the target, synced, moved over it
            new StartupConfigFile(Optional.of(Path.of(request.file()))).write(List.of(content.stripTrailing()));
        } catch (IOException | RuntimeException e) {
            out.print("% Lab: cannot write " + request.file() + ": " + e.getMessage() + "\n");
            return;
        }
        out.print(String.format("%% Lab: timeline of %d message%s (%d packet%s) from %s to %s written to %s%n",
                timeline.messages().size(), timeline.messages().size() == 1 ? "" : "s",
                timeline.packetCount(), timeline.packetCount() == 1 ? "" : "s",
                IosTimestamp.datetimeMsec(window.get().from(), false), IosTimestamp.datetimeMsec(window.get().to(), false),
                request.file()));
    }
}
