package org.iosemu.cli.lang;

import java.util.List;
import java.util.Optional;

/**
 * TAB: completes the last, partial word when exactly one visible keyword at its position starts with it
 * (or the word already is a keyword there, which resolution would take as typed).
 */
final class Completer {

    private final LineWalker lineWalker;
    private final GrammarModel grammar;

    Completer(LineWalker lineWalker, GrammarModel grammar) {
        this.lineWalker = lineWalker;
        this.grammar = grammar;
    }

    Optional<String> complete(Mode mode, String line) {
        if (line.isEmpty() || WordSplitter.isBlank(line.charAt(line.length() - 1))) {
            return Optional.empty();
        }
        List<Word> words = WordSplitter.split(line);
        Word partial = words.get(words.size() - 1);
        String before = line.substring(0, partial.column());
        LineWalker.Walk walk = lineWalker.walk(mode, before, words.subList(0, words.size() - 1));
        if (!walk.ok() || walk.restOfLineTaken()) {
            return Optional.empty();
        }
        String lower = AsciiCase.lower(partial.text());
        int exact = walk.node().exactKeyword(lower);
        if (exact >= 0) {
            // a keyword typed in full is what resolution will pick, even if longer keywords share the prefix
            return Optional.of(before + grammar.keyword(exact) + " ");
        }
        int[] matches = walk.node().visibleKeywordsStartingWith(lower);
        if (matches.length != 1) {
            return Optional.empty();
        }
        return Optional.of(before + grammar.keyword(matches[0]) + " ");
    }
}
