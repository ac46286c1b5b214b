package org.iosemu.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iosemu.ike.codec.ExchangeType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG: well-formed whatever the names say, one element per arrow and note, the facts in its attributes. */
class SequenceDiagramTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document d, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void hostileNamesAndTextsAreEscapedAndComeBackUnchanged() throws Exception {
        String evil = "R<script>alert('x')</script>&\"\u0001";
        WireLog log = new WireLog();
        log.sent(1, evil, "B", org.iosemu.net.IpPacket.udp(WireScript.address("A"), 500, WireScript.address("B"), 500,
                WireScript.isakmp(ExchangeType.IDENTITY_PROTECTION, 0, false, 1)), 5);
        log.note(evil, 6, NoteKind.FAILOVER, "</text><g class=\"message\">&amp;");
        Timeline t = Timeline.of(log.snapshot(), List.of(evil, "B"), new Window(0, 10));
        for (String markup : List.of(SequenceDiagram.svgDocument(t), TimelinePage.html(t).replace("<!DOCTYPE html>", ""))) {
            assertFalse(markup.contains("<script>alert"), markup);
        }
        Document svg = parse(SequenceDiagram.svgDocument(t));
        List<Element> messages = byClass(svg, "message");
        assertEquals(1, messages.size(), "the note's text made no arrow");
        String cleaned = "R<script>alert('x')</script>&\"\uFFFD";
        assertEquals(cleaned, messages.get(0).getAttribute("data-from"));
        Element lifeline = byClass(svg, "lifeline").get(0);
        assertEquals(cleaned, lifeline.getAttribute("data-router"));
        assertEquals(cleaned, lifeline.getTextContent());
        assertEquals("</text><g class=\"message\">&amp;", byClass(svg, "note-text").get(0).getTextContent());
    }

    @Test
    void escapeCoversTheFiveMarkupCharactersAndTheUnencodable() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Markup.escape("<a href=\"x\">&'"));
        assertEquals("a\uFFFDb\tc\uFFFD", Markup.escape("a\u0000b\tc\uD800"));
        assertEquals("\uD83D\uDE00", Markup.escape("\uD83D\uDE00"), "a surrogate pair is one character, kept");
    }

    @Test
    void everyMessageAndNoteIsOneElementWithItsFacts() throws Exception {
        WireLog log = new WireLog();
        WireScript wire = new WireScript(log);
        wire.arrives(wire.ike("A", "B", 1000, WireScript.isakmp(ExchangeType.IDENTITY_PROTECTION, 0, false, 1)), 1000);
        log.lost(wire.informational("A", "B", 2000, 5, WireScript.rUThere(1)), "B is powered off", 2001);
        log.lost(wire.informational("A", "B", 4000, 6, WireScript.rUThere(2)), "B is powered off", 4001);
        for (int i = 0; i < 3; i++) {
            wire.arrives(wire.esp("B", "A", 5000 + i, 0x77, i + 1), 5000 + i);
        }
        log.note("A", 6000, NoteKind.DEAD_PEER, "DPD: peer 10.0.0.2 declared dead");
        Timeline t = Timeline.of(log.snapshot(), List.of("A", "B"), new Window(0, 10_000));
        Document svg = parse(SequenceDiagram.svgDocument(t));
        List<Element> arrows = byClass(svg, "message");
        assertEquals(t.messages().size(), arrows.size());
        assertEquals(List.of("MM1", "R_U_THERE seq 1", "R_U_THERE seq 2", "ESP \u00d73 SPI 0x00000077"),
                arrows.stream().map(a -> a.getAttribute("data-label")).toList());
        Element retry = arrows.get(2);
        assertEquals("true", retry.getAttribute("data-retransmission"));
        assertTrue(retry.getAttribute("class").contains("lost"));
        assertEquals("3", arrows.get(3).getAttribute("data-count"));
        assertEquals("A", arrows.get(3).getAttribute("data-to"));
        assertEquals(1, byClass(svg, "dead-peer").size());
        assertEquals(1, byClass(svg, "quiet").size(), "only the 2 s before the retry is a break; 1 s gaps are not");
        assertEquals("*Mar  1 00:00:00.000", SequenceDiagram.stamp(org.iosemu.time.IosTimestamp.IOS_BOOT_EPOCH_MILLIS));
    }
}
