package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders IOS {@code ?} help. After a blank: one row per keyword or argument syntax that may follow,
 * two leading spaces, first column padded to the longest entry + 2, ASCII order, a bare {@code <cr>}
 * last when the command may end, then an empty line. Right after a partial word: the matching names on
 * one line, each followed by two spaces, then an empty line.
 */
final class HelpRenderer {

    private static final String END_ROW = "<cr>";

    private final AtnWalker walker;
    private final LineWalker lineWalker;
    /** The heading IOS prints above the command list at an EXEC prompt (`Router#?`). */
    private static final String EXEC_HEADING = "Exec commands:\n";
    /** Help rows fit a line of 79 characters on the 80-column terminal. */
    private static final int MAX_LINE = 79;

    private final GrammarModel grammar;
    private final HelpCatalog catalog;

    HelpRenderer(AtnWalker walker, LineWalker lineWalker) {
        this(walker, lineWalker, walker.catalog());
    }

    /** With {@code catalog} for the argument rows (the walker's, or a view with ranges of the line's context). */
    HelpRenderer(AtnWalker walker, LineWalker lineWalker, HelpCatalog catalog) {
        this.walker = walker;
        this.lineWalker = lineWalker;
        this.grammar = walker.grammar();
        this.catalog = catalog;
    }

    HelpResult help(Mode mode, String textBeforeQuestionMark) {
        String text = textBeforeQuestionMark;
        List<Word> words = WordSplitter.split(text);
        boolean partial = !words.isEmpty() && !WordSplitter.isBlank(text.charAt(text.length() - 1));
        List<Word> complete = partial ? words.subList(0, words.size() - 1) : words;
        String walkedText = partial ? text.substring(0, words.get(words.size() - 1).column()) : text;
        LineWalker.Walk walk = lineWalker.walk(mode, walkedText, complete);
        if (!walk.ok()) {
            boolean lastWordFailed = !partial && walk.failedWord() == complete.size() - 1;
            if (walk.error() instanceof CliError.InvalidInput && lastWordFailed) {
                return HelpResult.of(new CliError.UnrecognizedCommand());
            }
            return HelpResult.of(walk.error());
        }
        if (partial) {
            Word last = words.get(words.size() - 1);
            HelpResult listed = completions(walk.node(), last.text());
            if (listed.error() != null && GluedInterfaceName.splits(last)) {
                return gluedInterfaceNumber(mode, walkedText, complete, last).orElse(listed);
            }
            return listed;
        }
        String heading = complete.isEmpty() && !mode.isConfig() ? EXEC_HEADING : "";
        return rows(walk.node(), heading);
    }

    private HelpResult rows(WalkNode node, String heading) {
        TreeMap<String, String> rows = new TreeMap<>();   // String order is ASCII order, as IOS lists
        for (int type : node.tokenTypes()) {
            if (grammar.isKeyword(type)) {
                visibleEdge(node, type).ifPresent(edge -> rows.putIfAbsent(grammar.keyword(type),
                        catalog.keywordEntry(type, walker.ruleChain(edge)).orElse("")));
            } else if (grammar.valueClass(type) != null) {
                for (ArgRow row : argumentRows(node, type)) {
                    rows.putIfAbsent(row.syntax(), row.description());
                }
            }
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder(heading);
        rows.forEach((name, description) -> {
            out.append("  ").append(name);
            if (!description.isEmpty()) {
                out.append(" ".repeat(width - name.length()));
                appendWrapped(out, description, 2 + width);
            }
            out.append('\n');
        });
        if (node.endAllowed()) {
            out.append("  ").append(END_ROW).append('\n');
        }
        return new HelpResult(out.append('\n').toString());
    }

    /**
     * IOS wraps a description that would pass the 80-column line at a space, continuing under the
     * description column (`mrinfo ... from a multicast` / `router`).
     */
    private static void appendWrapped(StringBuilder out, String description, int column) {
        int room = Math.max(MAX_LINE - column, 20);
        String rest = description;
        while (rest.length() > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                break;
            }
            out.append(rest, 0, cut).append('\n').append(" ".repeat(column));
            rest = rest.substring(cut + 1);
        }
        out.append(rest);
    }

    /** {@code interface fa0?}: the letters are an interface type, so list what its number may be. */
    private Optional<HelpResult> gluedInterfaceNumber(Mode mode, String walkedText, List<Word> complete, Word glued) {
        List<Word> withType = new ArrayList<>(complete);
        withType.add(GluedInterfaceName.letters(glued));
        LineWalker.Walk walk = lineWalker.walk(mode, walkedText + glued.text(), withType);
        if (!walk.ok() || walk.words().isEmpty()) {
            return Optional.empty();
        }
        int type = walk.words().get(walk.words().size() - 1).tokenType();
        if (!grammar.isKeyword(type) || !Character.isUpperCase(grammar.keyword(type).charAt(0))) {
            return Optional.empty();
        }
        HelpResult numbers = completions(walk.node(), GluedInterfaceName.number(glued).text());
        return numbers.error() == null ? Optional.of(numbers) : Optional.empty();
    }

    private HelpResult completions(WalkNode node, String partialWord) {
        String lower = AsciiCase.lower(partialWord);
        TreeMap<String, Boolean> names = new TreeMap<>();
        for (int type : node.visibleKeywordsStartingWith(lower)) {
            names.put(grammar.keyword(type), true);
        }
        for (int type : node.valueTypes()) {
            if (grammar.valueClass(type).acceptsPrefix(partialWord)) {
                for (ArgRow row : argumentRows(node, type)) {
                    names.put(row.syntax(), true);
                }
            }
        }
        if (names.isEmpty()) {
            return HelpResult.of(new CliError.UnrecognizedCommand());
        }
        StringBuilder out = new StringBuilder();
        names.keySet().forEach(name -> out.append(name).append("  "));
        return new HelpResult(out.append("\n\n").toString());
    }

    private Optional<Edge> visibleEdge(WalkNode node, int type) {
        return node.edges(type).stream()
                .filter(edge -> !catalog.isHidden(type, walker.ruleChain(edge)))
                .findFirst();
    }

    /** The help rows of every argument rule that may take a value of this token type here. */
    private List<ArgRow> argumentRows(WalkNode node, int type) {
        ValueClass valueClass = grammar.valueClass(type);
        List<ArgRow> rows = new ArrayList<>();
        for (Edge edge : node.edges(type)) {
            for (ArgRow row : catalog.argumentRows(grammar.ruleName(edge.ruleIndex()))) {
                if (row.describes().contains(valueClass)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
