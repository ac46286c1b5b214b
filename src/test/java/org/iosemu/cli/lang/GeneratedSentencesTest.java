package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random sentences generated from the command tree itself (keywords, sometimes abbreviated, and values
 * inside their ranges) must resolve and parse, and the generated parser must agree with the walk.
 */
class GeneratedSentencesTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyGeneratedSentenceParses(Mode mode) {
        Random random = new Random(mode.ordinal() * 7919L + 1);
        int generated = 0;
        for (int attempt = 0; attempt < 3000; attempt++) {
            String line = sentence(mode, random);
            if (line == null) {
                continue;
            }
            generated++;
            Resolution resolution = LANGUAGE.resolve(mode, line);
            // a sentence through the not-emulated catalogue is valid IOS that iosemu declines, by name
            assertTrue(resolution instanceof Resolution.Parsed || resolution instanceof Resolution.NotEmulated,
                    () -> mode + " '" + line + "' -> " + resolution);
        }
        assertTrue(generated > 500, "too few complete sentences: " + generated);
        assertEquals(0, LANGUAGE.parserDisagreements());
    }

    /** A random complete line, or null if the walk did not reach an end within the word budget. */
    private static String sentence(Mode mode, Random random) {
        return GrammarSentences.valid(mode, random).map(GrammarSentences.Sentence::line).orElse(null);
    }
}
