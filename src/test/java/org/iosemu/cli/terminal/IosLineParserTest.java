package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

class IosLineParserTest {

    private final IosLineParser parser = new IosLineParser();

    @Test
    void quotesAndBackslashesAreOrdinaryCharacters() {
        String line = "description it's \"a\\b";
        ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE);
        assertEquals(List.of("description", "it's", "\"a\\b"), parsed.words());
        assertEquals(line, parsed.line());
        assertFalse(parser.isEscapeChar('\\'));
    }

    @Test
    void theCursorWordIsTheOneBeingTyped() {
        ParsedLine parsed = parser.parse("crypto isa", 10, Parser.ParseContext.COMPLETE);
        assertEquals(1, parsed.wordIndex());
        assertEquals("isa", parsed.word());
        assertEquals(3, parsed.wordCursor());
    }

    @Test
    void aCursorAfterABlankStartsAnEmptyWord() {
        ParsedLine parsed = parser.parse("  crypto  ", 10, Parser.ParseContext.COMPLETE);
        assertEquals(List.of("crypto", ""), parsed.words());
        assertEquals(1, parsed.wordIndex());
        assertEquals("", parsed.word());
    }
}
