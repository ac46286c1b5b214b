package org.iosemu.cli.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Everything a mode can reach in the grammar, independent of what is typed: each keyword occurrence
 * with the rule chain it is reached through, and each argument rule. The help-coverage test uses it to
 * prove that the catalog describes the whole language.
 */
final class GrammarInventory {

    /** A keyword at one place of the grammar, reached through {@code ruleChain} (innermost first). */
    record KeywordOccurrence(int tokenType, List<Integer> ruleChain) {
    }

    private final GrammarModel grammar;

    GrammarInventory(GrammarModel grammar) {
        this.grammar = grammar;
    }

    Set<KeywordOccurrence> keywords(Mode mode) {
        Set<KeywordOccurrence> found = new LinkedHashSet<>();
        explore(mode, (state, stack, type) -> {
            if (grammar.isKeyword(type)) {
                found.add(new KeywordOccurrence(type, chain(state.ruleIndex, stack)));
            }
        });
        return found;
    }

    /** Rules holding value tokens, with the value classes each takes. */
    Map<Integer, Set<ValueClass>> valueSlots(Mode mode) {
        Map<Integer, Set<ValueClass>> found = new LinkedHashMap<>();
        explore(mode, (state, stack, type) -> {
            if (grammar.valueClass(type) != null) {
                found.computeIfAbsent(state.ruleIndex, r -> EnumSet.noneOf(ValueClass.class)).add(grammar.valueClass(type));
            }
        });
        return found;
    }

    /** Rules reachable from the mode's entry rule. */
    Set<Integer> rules(Mode mode) {
        Set<Integer> found = new LinkedHashSet<>();
        explore(mode, (state, stack, type) -> found.addAll(chain(state.ruleIndex, stack)));
        return found;
    }

    private interface TokenVisitor {
        void visit(ATNState state, ReturnStack stack, int tokenType);
    }

    /** Depth-first over (state, stack), crossing token transitions too; finite because no rule recurses. */
    private void explore(Mode mode, TokenVisitor visitor) {
        record Config(int state, ReturnStack stack) {
        }
        var atn = grammar.atn();
        Deque<Config> work = new ArrayDeque<>();
        Set<Config> seen = new HashSet<>();
        work.push(new Config(atn.ruleToStartState[grammar.ruleIndex(mode.entryRule())].stateNumber, null));
        while (!work.isEmpty()) {
            Config config = work.pop();
            if (!seen.add(config)) {
                continue;
            }
            ATNState state = atn.states.get(config.state());
            if (state instanceof RuleStopState) {
                if (config.stack() != null) {
                    work.push(new Config(config.stack().returnState(), config.stack().caller()));
                }
                continue;
            }
            for (Transition transition : state.getTransitions()) {
                if (transition instanceof RuleTransition call) {
                    work.push(new Config(call.target.stateNumber,
                            ReturnStack.push(config.stack(), call.followState.stateNumber)));
                } else if (!transition.isEpsilon()) {
                    for (Interval interval : transition.label().getIntervals()) {
                        for (int type = interval.a; type <= interval.b; type++) {
                            visitor.visit(state, config.stack(), type);
                        }
                    }
                }
                if (!(transition instanceof RuleTransition)) {
                    work.push(new Config(transition.target.stateNumber, config.stack()));
                }
            }
        }
    }

    private List<Integer> chain(int innermostRule, ReturnStack stack) {
        List<Integer> chain = new ArrayList<>();
        chain.add(innermostRule);
        for (ReturnStack frame = stack; frame != null; frame = frame.caller()) {
            chain.add(grammar.atn().states.get(frame.returnState()).ruleIndex);
        }
        return chain;
    }
}
