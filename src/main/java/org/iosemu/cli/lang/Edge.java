package org.iosemu.cli.lang;

/**
 * One way to consume a word at a point of the walk: a token transition of the ATN, the rule it sits in
 * (the innermost rule, which keys the help text and the argument syntax), where it leads and the
 * invocation stack to return through afterwards.
 */
record Edge(int tokenType, int ruleIndex, int targetState, ReturnStack stack) {
}
