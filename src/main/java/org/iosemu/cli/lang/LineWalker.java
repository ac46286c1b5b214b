package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the words of a line through a mode's command tree, resolving each against the candidates at
 * its position. Stops at the first word that fails; a LINE slot swallows the rest of the line.
 */
final class LineWalker {

    /**
     * Outcome of a walk: the words resolved so far, the node after them, and the error (null when every
     * word resolved) with the index of the typed word that caused it.
     */
    record Walk(List<ResolvedWord> words, WalkNode node, CliError error, int failedWord, boolean restOfLineTaken,
                ValueRestrictions restrictions) {
        boolean ok() {
            return error == null;
        }
    }

    private final AtnWalker walker;
    private final WordResolver resolver;
    private final GrammarModel grammar;

    LineWalker(AtnWalker walker, WordResolver resolver) {
        this.walker = walker;
        this.resolver = resolver;
        this.grammar = walker.grammar();
    }

    /** @param line the typed text the words came from (LINE values and ambiguity messages quote it) */
    Walk walk(Mode mode, String line, List<Word> words) {
        WalkNode node = walker.root(mode);
        List<ResolvedWord> resolved = new ArrayList<>(words.size() + 1);
        ValueRestrictions restrictions = null;
        java.util.Set<Integer> usedOptions = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            WordMatch match = resolver.resolve(node, word.text());
            if (match instanceof WordMatch.NoMatch && GluedInterfaceName.splits(word)) {
                // `fa0/0`, `Loopback0`: the letters may be an interface-type keyword and the digits its number
                Word letters = GluedInterfaceName.letters(word);
                WordMatch typeMatch = resolver.resolve(node, letters.text());
                if (typeMatch instanceof WordMatch.Matched typeWord && isInterfaceType(typeWord.tokenType())) {
                    resolved.add(keywordWord(typeWord.tokenType(), letters));
                    node = node.next(typeWord.tokenType(), typeWord.edgeMask());
                    word = GluedInterfaceName.number(word);
                    match = resolver.resolve(node, word.text());
                }
            }
            if (match instanceof WordMatch.Matched matched) {
                int type = matched.tokenType();
                if (matched.edgeMask() != WalkNode.ALL_EDGES) {
                    restrictions = ValueRestrictions.add(restrictions, resolved.size(), node.edges(type), matched.edgeMask());
                }
                if (grammar.isKeyword(type)) {
                    resolved.add(keywordWord(type, word));
                    walker.noteOption(node, type, usedOptions);
                } else if (grammar.valueClass(type) == ValueClass.LINE) {
                    String rest = WordSplitter.restOfLine(line, word.column());
                    int max = resolver.maxLineLength(node, type, matched.edgeMask());
                    if (max >= 0 && rest.length() > max) {
                        // the help's "Up to 240 characters": IOS points at the first character too many
                        return new Walk(resolved, node, new CliError.InvalidInput(word.column() + max), i, false, restrictions);
                    }
                    resolved.add(new ResolvedWord(type, rest, rest, word.column()));
                    return new Walk(resolved, node.next(type, matched.edgeMask()), null, -1, true, restrictions);
                } else {
                    resolved.add(new ResolvedWord(type, word.text(), word.text(), word.column()));
                }
                node = node.next(type, matched.edgeMask());
                if (!usedOptions.isEmpty()) {
                    node = walker.withoutUsedOptions(node, usedOptions); // IOS offers each option once
                }
            } else if (match instanceof WordMatch.Ambiguous) {
                return new Walk(resolved, node, new CliError.AmbiguousCommand(trimmed(line)), i, false, restrictions);
            } else {
                int caret = word.column() + ((WordMatch.NoMatch) match).caretOffset();
                return new Walk(resolved, node, new CliError.InvalidInput(caret), i, false, restrictions);
            }
        }
        return new Walk(resolved, node, null, -1, false, restrictions);
    }

    /**
     * Interface-type keywords are the capitalised ones ({@code FastEthernet}, {@code Loopback}): only those
     * may be glued to a number, so {@code hostname1} stays an error instead of becoming {@code hostname 1}.
     */
    private boolean isInterfaceType(int type) {
        return grammar.isKeyword(type) && Character.isUpperCase(grammar.keyword(type).charAt(0));
    }

    private ResolvedWord keywordWord(int type, Word word) {
        return new ResolvedWord(type, word.text(), grammar.keyword(type), word.column());
    }

    private static String trimmed(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && WordSplitter.isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && WordSplitter.isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }
}
