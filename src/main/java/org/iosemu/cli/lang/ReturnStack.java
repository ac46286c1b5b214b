package org.iosemu.cli.lang;

/**
 * The rule invocation stack of one ATN configuration: the follow state to continue at when the
 * current rule ends, and the caller's own stack. Immutable and compared by value so that equal
 * configurations reached along different paths collapse into one candidate node.
 */
record ReturnStack(int returnState, ReturnStack caller) {

    static ReturnStack push(ReturnStack stack, int returnState) {
        return new ReturnStack(returnState, stack);
    }
}
