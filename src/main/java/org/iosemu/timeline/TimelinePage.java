package org.iosemu.timeline;

/**
 * The timeline as one self-contained HTML page: a heading with the window and what it holds, a legend, the SVG
 * inline, and a line the page's script fills in with how many arrows the browser actually laid out.
 */
public final class TimelinePage {
    private TimelinePage() {
    }

    public static String html(Timeline t) {
        long ike = t.messages().stream().filter(m -> m.category() != Category.ESP).count();
        long bursts = t.messages().size() - ike;
        int esp = t.messages().stream().filter(m -> m.category() == Category.ESP).mapToInt(Message::count).sum();
        StringBuilder b = new StringBuilder();
        String title = SequenceDiagram.title(t);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Markup.escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; margin: 16px; color: #222; }\n")
                .append("h1 { font-size: 18px; margin: 0 0 6px 0; }\n")
                .append("p { margin: 4px 0; font-size: 13px; }\n")
                .append("ul.legend { list-style: none; padding: 0; margin: 6px 0 10px 0; font-size: 12px; }\n")
                .append("ul.legend li { display: inline-block; margin-right: 14px; }\n")
                .append("ul.legend span.swatch { display: inline-block; width: 22px; height: 4px; vertical-align: middle; margin-right: 4px; }\n")
                .append("g.message:hover text.label { font-weight: bold; }\n")
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
        b.append("<p class=\"summary\">").append(Markup.escape(String.format(
                "%d IKE message%s and %d ESP packet%s in %d burst%s between %s.", ike, ike == 1 ? "" : "s", esp,
                esp == 1 ? "" : "s", bursts, bursts == 1 ? "" : "s", String.join(", ", t.routers())))).append("</p>\n");
        b.append("<ul class=\"legend\">");
        for (Category c : Category.values()) {
            b.append("<li><span class=\"swatch\" style=\"background:").append(SequenceDiagram.colour(c)).append("\"></span>")
                    .append(Markup.escape(c.title())).append("</li>");
        }
        b.append("<li>dashed: retransmission</li><li><span style=\"color:#d00000\">\u2715</span> lost on the way</li></ul>\n");
        b.append(SequenceDiagram.svgElement(t));
        b.append("<p id=\"drawn\" data-drawn=\"\">Arrows drawn: (needs JavaScript)</p>\n");
        // counts the arrows the browser laid out (a zero-size box means it was not drawn)
        b.append("<script>\n(function () {\n")
                .append("  var arrows = document.querySelectorAll('svg g.message');\n")
                .append("  var drawn = 0;\n")
                .append("  for (var i = 0; i < arrows.length; i++) {\n")
                .append("    var box = arrows[i].getBBox();\n")
                .append("    if (box.width > 0 && box.height > 0) { drawn++; }\n")
                .append("  }\n")
                .append("  var p = document.getElementById('drawn');\n")
                .append("  p.setAttribute('data-drawn', String(drawn));\n")
                .append("  p.textContent = 'Arrows drawn: ' + drawn + ' of ' + arrows.length;\n")
                .append("})();\n</script>\n</body>\n</html>\n");
        return b.toString();
    }
}
