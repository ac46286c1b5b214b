package org.iosemu.cli.lang;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.grammar.IosLexer;

/**
 * The IOS command language of one grammar: resolves typed lines (keyword abbreviation, values, errors
 * with the caret), answers {@code ?} and completes TAB, all from the generated parser's ATN plus the help
 * catalog. Thread-safe; the command tree behind it grows lazily and is shared by all sessions.
 */
public final class CommandLanguage {

    private static final class Standard {
        static final CommandLanguage INSTANCE = new CommandLanguage();
    }

    private final GrammarModel grammar;
    private final AtnWalker walker;
    private final LineWalker lineWalker;
    private final TreeParser treeParser;
    private final HelpRenderer helpRenderer;
    private final Completer completer;
    /** The variants of this language for argument ranges that depend on context, made once per distinct list. */
    private final java.util.Map<List<ArgumentRange>, CommandLanguage> bounded = new java.util.concurrent.ConcurrentHashMap<>();

    private CommandLanguage() {
        this.grammar = new GrammarModel();
        HelpCatalog catalog = HelpCatalog.load(grammar);
        this.walker = new AtnWalker(grammar, catalog);
        this.lineWalker = new LineWalker(walker, new WordResolver(grammar, catalog));
        this.treeParser = new TreeParser(walker);
        this.helpRenderer = new HelpRenderer(walker, lineWalker);
        this.completer = new Completer(lineWalker, grammar);
    }

    /** {@code base}'s language with the arguments of {@code catalog} (a view of base's): the command tree is shared. */
    private CommandLanguage(CommandLanguage base, HelpCatalog catalog) {
        this.grammar = base.grammar;
        this.walker = base.walker;
        this.lineWalker = new LineWalker(walker, new WordResolver(grammar, catalog));
        this.treeParser = new TreeParser(walker);
        this.helpRenderer = new HelpRenderer(walker, lineWalker, catalog);
        this.completer = new Completer(lineWalker, grammar);
    }

    /**
     * This language where some numeric arguments take the given ranges instead of the catalogue's (in `?`, TAB and
     * validation alike): what the line configures decides them, e.g. an interface's MTU bounds its `ip mtu`.
     */
    public CommandLanguage withRanges(List<ArgumentRange> ranges) {
        if (ranges.isEmpty()) {
            return this;
        }
        return bounded.computeIfAbsent(List.copyOf(ranges),
                r -> new CommandLanguage(this, walker.catalog().withRanges(r)));
    }

    /** The grammar's language with the bundled help catalog, loaded once. */
    public static CommandLanguage standard() {
        return Standard.INSTANCE;
    }

    /** Resolves and parses one typed line in a mode. Never throws for any input text. */
    public Resolution resolve(Mode mode, String line) {
        List<Word> words = WordSplitter.split(line);
        if (words.isEmpty()) {
            return new Resolution.Blank();
        }
        LineWalker.Walk walk = lineWalker.walk(mode, line, words);
        if (!walk.ok()) {
            return new Resolution.Failed(walk.error());
        }
        if (!walk.node().endAllowed()) {
            return new Resolution.Failed(showAlone(mode, walk.words()) ? new CliError.ShowWithoutTarget()
                    : new CliError.IncompleteCommand());
        }
        try {
            ParserRuleContext tree = treeParser.parse(mode, walk.words(), line.length(), walk.restrictions());
            ParserRuleContext notEmulated = notEmulatedPart(tree);
            if (notEmulated != null) {
                return new Resolution.NotEmulated(commandWords(notEmulated, walk.words()));
            }
            return new Resolution.Parsed(tree, walk.words());
        } catch (TreeParser.Disagreement bug) {
            // counted in parserDisagreements(); the user sees IOS's error rather than a crash
            return new Resolution.Failed(new CliError.InvalidInput(bug.column));
        }
    }

    /** `show` (or its alias `s`) typed alone at EXEC. */
    private static boolean showAlone(Mode mode, List<ResolvedWord> words) {
        return !mode.isConfig() && words.size() == 1
                && (words.get(0).tokenType() == IosLexer.SHOW || words.get(0).tokenType() == IosLexer.ALIAS_S);
    }

    /** The not-emulated catalogue rule the line went through, or null. */
    private ParserRuleContext notEmulatedPart(ParserRuleContext tree) {
        if (grammar.isNotEmulatedRule(tree.getRuleIndex())) {
            return tree;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (tree.getChild(i) instanceof ParserRuleContext child) {
                ParserRuleContext found = notEmulatedPart(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The words that name the command: those before the catalogue rule, its first word, and the keywords
     * that follow it there (`router ospf`, `ip dhcp`, `line 2`), canonically spelled.
     */
    private String commandWords(ParserRuleContext notEmulated, List<ResolvedWord> words) {
        int first = notEmulated.getStart().getTokenIndex();
        int last = first;
        while (last + 1 < words.size() && last + 1 <= notEmulated.getStop().getTokenIndex()
                && grammar.isKeyword(words.get(last + 1).tokenType())) {
            last++;
        }
        StringBuilder command = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            command.append(i == 0 ? "" : " ").append(words.get(i).text());
        }
        return command.toString();
    }

    /** What IOS prints when {@code ?} is pressed after this text. */
    public HelpResult help(Mode mode, String lineBeforeQuestionMark) {
        return helpRenderer.help(mode, lineBeforeQuestionMark);
    }

    /** The line with its last word completed and a trailing space, if exactly one keyword fits. */
    public Optional<String> complete(Mode mode, String line) {
        return completer.complete(mode, line);
    }

    /** Lines the walk accepted but the generated parser rejected: always 0 unless there is a bug. */
    long parserDisagreements() {
        return treeParser.disagreements();
    }

    AtnWalker walker() {
        return walker;
    }
}
