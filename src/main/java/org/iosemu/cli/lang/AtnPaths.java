package org.iosemu.cli.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Paths through the parser's ATN without running the parser, shared by the command walker (what may
 * come next) and the grammar inventory (everything a mode can reach). A position is an ATN state plus
 * the stack of rule calls that led to it: a rule call pushes its follow state, and a rule's end returns
 * only to the caller on the stack (the ATN's own stop-state edges lead to every caller of the rule).
 */
final class AtnPaths {

    /** One position of a walk. */
    record Config(int state, ReturnStack stack) {
    }

    /** Told of each token type a token transition matches, at the state the transition leaves. */
    @FunctionalInterface
    interface TokenVisitor {
        void visit(ATNState from, int tokenType, int targetState, ReturnStack stack);
    }

    private final GrammarModel grammar;

    AtnPaths(GrammarModel grammar) {
        this.grammar = grammar;
    }

    /**
     * Visits the token transitions reachable from {@code start}. With {@code crossTokens} the walk goes on
     * past them (finite because no rule of the grammar recurses); without, it stops there, which gives
     * the tokens that may come next. Transitions are taken in grammar order, so visits follow it.
     */
    void walk(Collection<Config> start, boolean crossTokens, TokenVisitor visitor) {
        ATN atn = grammar.atn();
        Set<Config> seen = new HashSet<>();
        Deque<Config> work = new ArrayDeque<>(start);
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
            for (int i = state.getNumberOfTransitions() - 1; i >= 0; i--) { // pushed backwards, popped in order
                Transition transition = state.transition(i);
                if (transition instanceof RuleTransition call) {
                    work.push(new Config(call.target.stateNumber,
                            ReturnStack.push(config.stack(), call.followState.stateNumber)));
                    continue;
                }
                if (!transition.isEpsilon()) {
                    visitTokens(state, transition, config.stack(), visitor);
                    if (!crossTokens) {
                        continue;
                    }
                }
                work.push(new Config(transition.target.stateNumber, config.stack()));
            }
        }
    }

    /** The rules a position is inside, innermost first: its own rule, then each caller. */
    List<Integer> ruleChain(int innermostRule, ReturnStack stack) {
        List<Integer> chain = new ArrayList<>(6);
        chain.add(innermostRule);
        for (ReturnStack frame = stack; frame != null; frame = frame.caller()) {
            chain.add(grammar.atn().states.get(frame.returnState()).ruleIndex);
        }
        return chain;
    }

    private void visitTokens(ATNState from, Transition transition, ReturnStack stack, TokenVisitor visitor) {
        IntervalSet label = transition.label();
        if (label == null) {
            throw new IllegalStateException("grammar uses a wildcard/not-set in rule "
                    + grammar.ruleName(from.ruleIndex) + ": the CLI engine needs explicit tokens");
        }
        for (Interval interval : label.getIntervals()) {
            for (int type = interval.a; type <= interval.b; type++) {
                visitor.visit(from, type, transition.target.stateNumber, stack);
            }
        }
    }
}
