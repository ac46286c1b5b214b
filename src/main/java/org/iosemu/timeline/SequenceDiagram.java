package org.iosemu.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.iosemu.time.IosTimestamp;

/**
 * Draws a {@link Timeline} as an SVG sequence diagram: a lifeline per router, time flowing down one row per arrow or
 * note (long quiet stretches shown as a break with their length), the virtual timestamp of each row on the left as
 * the routers' debug lines stamp it. Retransmissions are dashed, lost packets end in a cross short of their
 * receiver, ESP bursts are thick with their count. Each arrow is a {@code <g class="message">} carrying its facts in
 * {@code data-} attributes and a {@code <title>} for hover; each note a {@code <g class="note">}.
 */
public final class SequenceDiagram {

    static final int AXIS_WIDTH = 180;
    static final int COLUMN = 270;
    static final int TOP = 96;
    static final int ROW = 26;
    static final int BREAK_ROW = 22;
    /** Quiet stretches longer than this get a break row saying how long they were. */
    static final long BREAK_MILLIS = 1500;
    /** Where a lost arrow stops, as a share of the way to its receiver. */
    static final double LOST_REACH = 0.62;
    private static final int STUB = 150;
    private static final double CHAR_WIDTH = 6.6;
    /** A white halo under a label keeps it legible where it crosses a lifeline; the fill colour follows. */
    private static final String LABEL_STYLE = "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" fill=\"";

    private final Timeline timeline;
    private final boolean titled;
    private final StringBuilder svg = new StringBuilder();

    private SequenceDiagram(Timeline timeline, boolean titled) {
        this.timeline = timeline;
        this.titled = titled;
    }

    /** The diagram as an {@code <svg>} element, for a page that says above it what it shows. */
    public static String svgElement(Timeline timeline) {
        return new SequenceDiagram(timeline, false).draw();
    }

    /** The diagram as a standalone SVG document, with its window as a title. */
    public static String svgDocument(Timeline timeline) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new SequenceDiagram(timeline, true).draw();
    }

    static String title(Timeline timeline) {
        return "Lab timeline " + stamp(timeline.window().from()) + " \u2013 " + stamp(timeline.window().to());
    }

    /** A row of the picture: an arrow or a note, in the order things happened. */
    private record Row(long time, long order, Message message, Note note) {
    }

    private String draw() {
        List<Row> rows = new ArrayList<>();
        timeline.messages().forEach(m -> rows.add(new Row(m.sentAt(), m.order(), m, null)));
        timeline.notes().forEach(n -> rows.add(new Row(n.time(), n.order(), null, n)));
        rows.sort(Comparator.comparingLong(Row::time).thenComparingLong(Row::order));

        int lanes = Math.max(1, timeline.routers().size());
        int width = AXIS_WIDTH + lanes * COLUMN + 40;
        int height = TOP + 4;
        long previous = Long.MIN_VALUE;
        for (Row r : rows) {
            height += previous != Long.MIN_VALUE && r.time() - previous > BREAK_MILLIS ? BREAK_ROW + ROW : ROW;
            previous = r.time();
        }
        height += 50;

        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"11\"")
                .append(" data-messages=\"").append(timeline.messages().size()).append("\" data-notes=\"")
                .append(timeline.notes().size()).append("\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (titled) {
            text(10, 20, "start", "title", title(timeline), "font-size=\"14\" font-weight=\"bold\"");
        }
        lifelines(height);
        int y = TOP - 6;
        previous = Long.MIN_VALUE;
        for (Row r : rows) {
            if (previous != Long.MIN_VALUE && r.time() - previous > BREAK_MILLIS) {
                quietStretch(y, r.time() - previous, width);
                y += BREAK_ROW;
            }
            y += ROW;
            text(10, y + 4, "start", "time", stamp(r.time()), "font-family=\"DejaVu Sans Mono, Liberation Mono, monospace\" fill=\"#555\" style=\"white-space:pre\" xml:space=\"preserve\"");
            if (r.message() != null) {
                arrow(r.message(), y);
            } else {
                note(r.note(), y, width);
            }
            previous = r.time();
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void lifelines(int height) {
        List<String> routers = timeline.routers();
        for (int i = 0; i < routers.size(); i++) {
            int x = laneX(i);
            svg.append("<g class=\"lifeline\" data-router=\"").append(Markup.escape(routers.get(i))).append("\">");
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9aa\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\"/>",
                    x, TOP - 24, x, height - 30));
            int boxWidth = Math.max(90, (int) (routers.get(i).length() * 8.5) + 24);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"30\" rx=\"4\" fill=\"#243b55\"/>",
                    x - boxWidth / 2, TOP - 60, boxWidth));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"14\" font-weight=\"bold\">%s</text>",
                    x, TOP - 40, Markup.escape(routers.get(i))));
            svg.append("</g>\n");
        }
    }

    private void quietStretch(int y, long millis, int width) {
        int mid = y + BREAK_ROW / 2 + 6;
        svg.append(String.format(Locale.ROOT, "<g class=\"quiet\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\" stroke-dasharray=\"2 6\"/>",
                AXIS_WIDTH - 10, mid, width - 20, mid));
        text(AXIS_WIDTH - 14, mid + 4, "end", "quiet-length", String.format(Locale.ROOT, "%.3f s later", millis / 1000.0), "fill=\"#888\" font-style=\"italic\"");
        svg.append("</g>\n");
    }

    private void arrow(Message m, int y) {
        int from = lane(m.sender());
        int x1 = from >= 0 ? laneX(from) : AXIS_WIDTH;
        int to = m.receiver() == null ? -1 : lane(m.receiver());
        int x2 = to >= 0 ? laneX(to) : x1 + (x1 + STUB < AXIS_WIDTH + timeline.routers().size() * COLUMN ? STUB : -STUB);
        boolean lost = m.allLost();
        int end = lost ? (int) Math.round(x1 + (x2 - x1) * LOST_REACH) : x2;
        String colour = colour(m.category());
        String classes = "message " + m.category().cssName() + (m.retransmission() ? " retransmission" : "") + (lost ? " lost" : "");
        svg.append("<g class=\"").append(classes).append('"')
                .append(attr("data-category", m.category().cssName()))
                .append(attr("data-label", m.label()))
                .append(attr("data-from", m.sender()))
                .append(attr("data-to", m.receiver() == null ? m.destination() : m.receiver()))
                .append(attr("data-sent", Long.toString(m.sentAt())))
                .append(attr("data-count", Integer.toString(m.count())))
                .append(attr("data-lost", Integer.toString(m.lost())))
                .append(attr("data-retransmission", Boolean.toString(m.retransmission())))
                .append('>');
        svg.append("<title>").append(Markup.escape(hover(m))).append("</title>");
        String dash = m.retransmission() ? " stroke-dasharray=\"7 4\"" : "";
        int strokeWidth = m.category() == Category.ESP ? 4 : 2;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"%s/>",
                x1, y, end, y, colour, strokeWidth, dash));
        if (lost) {
            svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d L%d %d M%d %d L%d %d\" stroke=\"#d00000\" stroke-width=\"2.5\"/>",
                    end - 6, y - 6, end + 6, y + 6, end - 6, y + 6, end + 6, y - 6));
        } else {
            int dir = x2 >= x1 ? 1 : -1;
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"%s\"/>",
                    x2, y, x2 - dir * 10, y - 5, x2 - dir * 10, y + 5, colour));
        }
        String label = m.label() + (m.retransmission() ? " (retransmission)" : "") + (lost ? " \u2014 lost" : "");
        if (lost) {
            // beside the cross, on the arrow's own row, so neither hides the other
            boolean rightwards = x2 >= x1;
            text(end + (rightwards ? 12 : -12), y + 4, rightwards ? "start" : "end", "label", label, LABEL_STYLE + colour + "\"");
        } else {
            text((x1 + x2) / 2, y - 5, "middle", "label", label, LABEL_STYLE + colour + "\"");
        }
        svg.append("</g>\n");
    }

    private void note(Note n, int y, int width) {
        int lane = lane(n.router());
        int x = lane >= 0 ? laneX(lane) : AXIS_WIDTH + 40;
        int boxWidth = (int) (n.text().length() * CHAR_WIDTH) + 16;
        int left = Math.max(AXIS_WIDTH - 10, Math.min(x - boxWidth / 2, width - 10 - boxWidth));
        String[] style = noteStyle(n.kind());
        svg.append("<g class=\"note ").append(n.kind().cssName()).append('"')
                .append(attr("data-kind", n.kind().cssName()))
                .append(attr("data-router", n.router()))
                .append(attr("data-time", Long.toString(n.time())))
                .append('>');
        svg.append("<title>").append(Markup.escape(n.router() + " at " + stamp(n.time()) + ": " + n.text())).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"9\" fill=\"%s\" stroke=\"%s\"/>",
                left, y - 12, boxWidth, style[0], style[1]));
        text(left + boxWidth / 2, y + 1, "middle", "note-text", n.text(), "fill=\"" + style[1] + "\"");
        svg.append("</g>\n");
    }

    private void text(int x, int y, String anchor, String cssClass, String content, String extra) {
        svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\" %s>", cssClass, x, y, anchor, extra))
                .append(Markup.escape(content)).append("</text>");
    }

    private static String attr(String name, String value) {
        return " " + name + "=\"" + Markup.escape(value) + "\"";
    }

    private String hover(Message m) {
        StringBuilder b = new StringBuilder();
        b.append(m.sender()).append(" \u2192 ").append(m.receiver() == null ? m.destination() + " (nobody)" : m.receiver())
                .append(", sent ").append(stamp(m.sentAt()));
        if (m.lastSentAt() != m.sentAt()) {
            b.append(" to ").append(stamp(m.lastSentAt()));
        }
        if (m.arrivedAt() >= 0) {
            b.append(", arrived ").append(stamp(m.arrivedAt()));
        }
        if (m.lost() > 0) {
            b.append(", ").append(m.lost()).append(" lost: ").append(m.lostReason());
        }
        if (m.retransmission()) {
            b.append(", retransmission");
        }
        return b.append("\n").append(m.detail()).toString();
    }

    private int lane(String router) {
        return router == null ? -1 : timeline.routers().indexOf(router);
    }

    private static int laneX(int lane) {
        return AXIS_WIDTH + COLUMN / 2 + lane * COLUMN;
    }

    static String stamp(long millis) {
        return IosTimestamp.datetimeMsec(millis, false);
    }

    static String colour(Category c) {
        return switch (c) {
            case MAIN_MODE -> "#1f5fbf";
            case AGGRESSIVE_MODE -> "#6a3fb5";
            case QUICK_MODE -> "#0a8a5a";
            case DPD -> "#c76b00";
            case DELETE -> "#b3261e";
            case INFORMATIONAL -> "#555555";
            case TRANSACTION -> "#8a6d00";
            case OTHER_IKE -> "#333333";
            case ESP -> "#8c8c8c";
        };
    }

    /** Fill and stroke of a note. */
    private static String[] noteStyle(NoteKind kind) {
        return switch (kind) {
            case DEAD_PEER -> new String[] {"#ffd7d5", "#b3261e"};
            case FAILOVER -> new String[] {"#ffe8c2", "#9a5200"};
            case IKE_SA_UP -> new String[] {"#dff3e4", "#0a6a45"};
            case IKE_SA_DOWN -> new String[] {"#eeeeee", "#555555"};
            case POWER -> new String[] {"#e4e4e4", "#000000"};
        };
    }
}
