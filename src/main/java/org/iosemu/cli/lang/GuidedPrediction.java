package org.iosemu.cli.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.dfa.DFA;
import org.iosemu.grammar.IosParser;

/**
 * Prediction that follows the walk where the grammar alone cannot decide: at each decision it takes the
 * first alternative through which the rest of the tokens can be consumed with every value inside a rule
 * whose range accepted it ({@code access-list 110 remark ...} goes to {@code arg_acl_extended}). Its DFA
 * is private, so guided choices never leak into the generated parser's shared prediction cache.
 */
final class GuidedPrediction extends ParserATNSimulator {

    private final AtnWalker walker;
    private final int[] tokenTypes;
    private final ValueRestrictions restrictions;

    GuidedPrediction(IosParser parser, AtnWalker walker, int[] tokenTypes, ValueRestrictions restrictions) {
        super(parser, parser.getATN(), freshDfa(parser.getATN()), new PredictionContextCache());
        this.walker = walker;
        this.tokenTypes = tokenTypes;
        this.restrictions = restrictions;
    }

    private static DFA[] freshDfa(ATN atn) {
        DFA[] dfa = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfa.length; i++) {
            dfa[i] = new DFA(atn.getDecisionState(i), i);
        }
        return dfa;
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        DecisionState state = atn.getDecisionState(decision);
        ReturnStack stack = stackOf(outerContext);
        for (int alt = 1; alt <= state.getNumberOfTransitions(); alt++) {
            int target = state.transition(alt - 1).target.stateNumber;
            if (walker.acceptsRest(target, stack, tokenTypes, input.index(), restrictions)) {
                return alt;
            }
        }
        return super.adaptivePredict(input, decision, outerContext);
    }

    /** The parser's rule invocation stack as the walker represents it (follow states, innermost on top). */
    private ReturnStack stackOf(ParserRuleContext context) {
        List<Integer> followStates = new ArrayList<>();
        for (RuleContext ctx = context; ctx != null && ctx.invokingState >= 0; ctx = ctx.parent) {
            RuleTransition call = (RuleTransition) atn.states.get(ctx.invokingState).transition(0);
            followStates.add(call.followState.stateNumber);
        }
        ReturnStack stack = null;
        for (int i = followStates.size() - 1; i >= 0; i--) {
            stack = ReturnStack.push(stack, followStates.get(i));
        }
        return stack;
    }
}
