package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.atn.ATNState;
import org.iosemu.cli.lang.AtnPaths.Config;

/**
 * Simulates the generated parser's ATN without the parser: from a set of configurations (ATN state +
 * return stack) it follows every epsilon path (rule calls push, rule ends pop) and collects the token
 * transitions that may consume the next word. Each distinct result is interned as a {@link WalkNode},
 * so a mode's command tree is built lazily and shared by every line that walks through it.
 */
final class AtnWalker {

    private final GrammarModel grammar;
    private final HelpCatalog catalog;
    private final AtnPaths paths;
    private final Map<Set<Edge>, WalkNode> interned = new ConcurrentHashMap<>();
    private final Map<Mode, WalkNode> roots = new ConcurrentHashMap<>();

    AtnWalker(GrammarModel grammar, HelpCatalog catalog) {
        this.grammar = grammar;
        this.catalog = catalog;
        this.paths = new AtnPaths(grammar);
    }

    GrammarModel grammar() {
        return grammar;
    }

    HelpCatalog catalog() {
        return catalog;
    }

    /** Candidates for the first word of a line in this mode. */
    WalkNode root(Mode mode) {
        return roots.computeIfAbsent(mode, m -> {
            ATNState start = grammar.atn().ruleToStartState[grammar.ruleIndex(m.entryRule())];
            return nodeFor(List.of(new Config(start.stateNumber, null)));
        });
    }

    /** The node reached by consuming the given edges (all of one token type) of a node. */
    WalkNode advance(List<Edge> consumed) {
        List<Config> targets = new ArrayList<>(consumed.size());
        for (Edge edge : consumed) {
            targets.add(new Config(edge.targetState(), edge.stack()));
        }
        return nodeFor(targets);
    }

    /**
     * {@code node} without the option keywords already used on the line: the edges of once-only option rules
     * ({@link GrammarModel#isOnceOnlyOption}) whose token type is in {@code used}. The node itself when none goes.
     */
    WalkNode withoutUsedOptions(WalkNode node, Set<Integer> used) {
        Set<Edge> kept = new LinkedHashSet<>();
        for (Edge edge : node.edges()) {
            if (!(used.contains(edge.tokenType()) && grammar.isOnceOnlyOption(edge.ruleIndex()))) {
                kept.add(edge);
            }
        }
        return kept.size() == node.edges().size() ? node : intern(kept);
    }

    /** Adds {@code type} to {@code used} when, at {@code node}, it is the keyword of a once-only option. */
    void noteOption(WalkNode node, int type, Set<Integer> used) {
        if (grammar.isKeyword(type) && node.edges(type).stream().anyMatch(e -> grammar.isOnceOnlyOption(e.ruleIndex()))) {
            used.add(type);
        }
    }

    private WalkNode nodeFor(List<Config> configs) {
        return intern(closure(configs));
    }

    private WalkNode intern(Set<Edge> edges) {
        WalkNode existing = interned.get(edges);
        if (existing != null) {
            return existing;
        }
        WalkNode created = new WalkNode(this, List.copyOf(edges));
        WalkNode raced = interned.putIfAbsent(edges, created);
        return raced != null ? raced : created;
    }

    private Set<Edge> closure(List<Config> start) {
        Set<Edge> edges = new LinkedHashSet<>();
        paths.walk(start, false, (from, type, target, stack) -> edges.add(new Edge(type, from.ruleIndex, target, stack)));
        return edges;
    }

    /**
     * Can the tokens {@code types[from..]} (ending with EOF) be consumed starting at this ATN state and stack,
     * respecting the value restrictions? Used to steer the parser at decisions the grammar leaves ambiguous.
     */
    boolean acceptsRest(int state, ReturnStack stack, int[] types, int from, ValueRestrictions restrictions) {
        List<Config> configs = List.of(new Config(state, stack));
        for (int index = from; index < types.length; index++) {
            List<Config> next = new ArrayList<>();
            for (Edge edge : closure(configs)) {
                if (edge.tokenType() == types[index] && restrictions.allows(index, edge.ruleIndex())) {
                    next.add(new Config(edge.targetState(), edge.stack()));
                }
            }
            if (next.isEmpty()) {
                return false;
            }
            if (types[index] == org.antlr.v4.runtime.Token.EOF) {
                return true;
            }
            configs = next;
        }
        return false;
    }

    /** Rule chain of an edge, innermost first (the edge's own rule, then each caller). */
    List<Integer> ruleChain(Edge edge) {
        return paths.ruleChain(edge.ruleIndex(), edge.stack());
    }

    /** Number of distinct candidate nodes built so far (for tests and the bench). */
    int internedNodes() {
        return interned.size();
    }

}
