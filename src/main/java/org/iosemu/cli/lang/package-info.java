/**
 * The IOS command-language engine: one ANTLR grammar ({@code grammar/IosParser.g4}) drives keyword
 * abbreviation, IOS error messages with the caret, {@code ?} help and TAB completion.
 *
 * <p>How a line is handled ({@link org.iosemu.cli.lang.CommandLanguage}):
 * <ol>
 *   <li>{@code WordSplitter} cuts the line into words with their columns.</li>
 *   <li>{@code AtnWalker} simulates the generated parser's ATN from the mode's entry rule and interns each
 *       distinct set of next-token candidates as a {@code WalkNode}; nodes memoise their successors, so a
 *       warm walk is a few hash lookups per word.</li>
 *   <li>{@code WordResolver} matches a word against a node: exact keyword, value in range
 *       ({@code ValueClass}, ranges from {@code HelpCatalog}), unique abbreviation, free text;
 *       {@code LineWalker} chains the words, splits glued interface names and produces the IOS errors.</li>
 *   <li>{@code TreeParser} feeds the resolved tokens to the generated {@code IosParser} for the tree that
 *       visitors consume ({@code GuidedPrediction} steers it where only a value range disambiguates).</li>
 *   <li>{@code HelpRenderer} and {@code Completer} answer {@code ?} and TAB from the same nodes.</li>
 * </ol>
 * A line whose tree passes through a rule named {@code ne_*} (the not-emulated catalogue,
 * {@code grammar/imports/Ios_not_emulated.g4}) resolves to {@code Resolution.NotEmulated} instead of a tree.
 * A rule named {@code *_option} is one option of a command's option list ({@code ping_option*}): as on IOS,
 * each option is offered once per line ({@code LineWalker} drops a used option's keyword from later nodes).
 * Nothing here names a grammar rule or keyword (only the {@code arg_}/{@code ne_} prefixes and {@code _option}
 * suffix count): the
 * grammar can grow without Java changes, and the help coverage test tells what the catalog
 * ({@code grammar/help/help.properties}) must add.
 */
package org.iosemu.cli.lang;
