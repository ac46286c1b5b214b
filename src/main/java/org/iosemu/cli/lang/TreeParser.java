package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.iosemu.grammar.IosParser;

/**
 * Feeds resolved words to the generated parser to get the parse tree visitors work on. Parsers are
 * reused per thread; SLL prediction first, full LL only if SLL gives up (it never should for an
 * LL(1)-style grammar, but a wrong rejection would be worse than a slow parse).
 */
final class TreeParser {

    /** The walk accepted a line the parser rejects: a grammar/engine bug, counted so tests can fail on it. */
    static final class Disagreement extends RuntimeException {
        final int column;

        Disagreement(int column, Throwable cause) {
            super("parser rejected a line the ATN walk accepted, at column " + column, cause);
            this.column = column;
        }
    }

    private final LongAdder disagreements = new LongAdder();
    private final ThreadLocal<IosParser> parsers = ThreadLocal.withInitial(TreeParser::newParser);
    private final AtnWalker walker;

    TreeParser(AtnWalker walker) {
        this.walker = walker;
    }

    private static IosParser newParser() {
        IosParser parser = new IosParser(new CommonTokenStream(new ListTokenSource(List.of())));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setBuildParseTree(true);
        return parser;
    }

    /** @param restrictions value words the walk accepted for some argument rules only, or null */
    ParserRuleContext parse(Mode mode, List<ResolvedWord> words, int lineLength, ValueRestrictions restrictions) {
        List<Token> tokens = tokens(words, lineLength);
        IosParser parser = parsers.get();
        ParserRuleContext tree;
        try {
            tree = parseWith(parser, mode, tokens, PredictionMode.SLL);
        } catch (ParseCancellationException sllGaveUp) {
            try {
                tree = parseWith(parser, mode, tokens, PredictionMode.LL);
            } catch (ParseCancellationException rejected) {
                disagreements.increment();
                throw new Disagreement(offendingColumn(rejected, lineLength), rejected);
            }
        }
        if (restrictions == null || respects(tree, restrictions)) {
            return tree;
        }
        return guidedParse(mode, tokens, restrictions, lineLength);
    }

    /** The grammar was ambiguous and the parser put a value in a rule whose range rejects it: steer it. */
    private ParserRuleContext guidedParse(Mode mode, List<Token> tokens, ValueRestrictions restrictions, int lineLength) {
        IosParser parser = newParser();
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
        int[] types = tokens.stream().mapToInt(Token::getType).toArray();
        parser.setInterpreter(new GuidedPrediction(parser, walker, types, restrictions));
        try {
            ParserRuleContext tree = mode.parseWith(parser);
            if (respects(tree, restrictions)) {
                return tree;
            }
            disagreements.increment();
            throw new Disagreement(0, null);
        } catch (ParseCancellationException rejected) {
            disagreements.increment();
            throw new Disagreement(offendingColumn(rejected, lineLength), rejected);
        }
    }

    private static boolean respects(ParseTree tree, ValueRestrictions restrictions) {
        if (tree instanceof TerminalNode terminal) {
            RuleContext parent = (RuleContext) terminal.getParent();
            return restrictions.allows(terminal.getSymbol().getTokenIndex(), parent.getRuleIndex());
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (!respects(tree.getChild(i), restrictions)) {
                return false;
            }
        }
        return true;
    }

    long disagreements() {
        return disagreements.sum();
    }

    private static ParserRuleContext parseWith(IosParser parser, Mode mode, List<Token> tokens, PredictionMode prediction) {
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.getInterpreter().setPredictionMode(prediction);
        return mode.parseWith(parser);
    }

    private static List<Token> tokens(List<ResolvedWord> words, int lineLength) {
        List<Token> tokens = new ArrayList<>(words.size() + 1);
        for (ResolvedWord word : words) {
            CommonToken token = new CommonToken(word.tokenType(), word.text());
            token.setStartIndex(word.column());
            token.setStopIndex(word.column() + Math.max(word.typed().length(), 1) - 1);
            token.setLine(1);
            token.setCharPositionInLine(word.column());
            token.setTokenIndex(tokens.size());
            tokens.add(token);
        }
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(lineLength);
        eof.setStopIndex(lineLength - 1);
        eof.setLine(1);
        eof.setCharPositionInLine(lineLength);
        eof.setTokenIndex(tokens.size());
        tokens.add(eof);
        return tokens;
    }

    private static int offendingColumn(ParseCancellationException e, int lineLength) {
        if (e.getCause() instanceof org.antlr.v4.runtime.RecognitionException re && re.getOffendingToken() != null) {
            return Math.max(0, re.getOffendingToken().getStartIndex());
        }
        return lineLength;
    }
}
