package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The catalog must describe the whole grammar, and nothing that is not in it. */
class HelpCoverageTest {

    private static final GrammarModel GRAMMAR = new GrammarModel();
    private static final HelpCatalog CATALOG = HelpCatalog.load(GRAMMAR);
    private static final GrammarInventory INVENTORY = new GrammarInventory(GRAMMAR);

    @Test
    void everyReachableKeywordOccurrenceHasHelp() {
        Set<String> missing = new TreeSet<>();
        for (Mode mode : Mode.values()) {
            for (GrammarInventory.KeywordOccurrence occurrence : INVENTORY.keywords(mode)) {
                String help = CATALOG.keywordEntry(occurrence.tokenType(), occurrence.ruleChain()).orElse("");
                if (help.isBlank()) {
                    missing.add(GRAMMAR.ruleName(occurrence.ruleChain().get(0)) + "." + GRAMMAR.tokenName(occurrence.tokenType()));
                }
            }
        }
        assertEquals(Set.of(), missing, "keywords without help");
    }

    @Test
    void everyArgumentSlotHasRowsForEachValueItTakes() {
        List<String> problems = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Map.Entry<Integer, Set<ValueClass>> slot : INVENTORY.valueSlots(mode).entrySet()) {
                String rule = GRAMMAR.ruleName(slot.getKey());
                if (!rule.startsWith("arg_")) {
                    problems.add(rule + " holds a value token but is not an arg_ rule");
                    continue;
                }
                List<ArgRow> rows = CATALOG.argumentRows(rule);
                for (ValueClass value : slot.getValue()) {
                    if (rows.stream().noneMatch(row -> row.describes().contains(value))) {
                        problems.add(rule + " has no row for " + value);
                    }
                }
                for (ArgRow row : rows) {
                    if (row.describes().stream().noneMatch(slot.getValue()::contains)) {
                        problems.add(rule + " row " + row.syntax() + " describes no value the rule takes");
                    }
                    if (row.description().isBlank()) {
                        problems.add(rule + " row " + row.syntax() + " has no description");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCatalogKeyNamesSomethingInTheGrammar() {
        Set<String> keywordKeys = new HashSet<>();
        Set<String> argumentRules = new HashSet<>();
        for (Mode mode : Mode.values()) {
            for (GrammarInventory.KeywordOccurrence occurrence : INVENTORY.keywords(mode)) {
                String token = GRAMMAR.tokenName(occurrence.tokenType());
                keywordKeys.add(token);
                for (int rule : occurrence.ruleChain()) {
                    String name = GRAMMAR.ruleName(rule);
                    keywordKeys.add(name + "." + token);
                    if (name.endsWith("_no")) {
                        keywordKeys.add(name.substring(0, name.length() - 3) + "." + token);
                    }
                }
            }
            INVENTORY.valueSlots(mode).keySet().forEach(rule -> argumentRules.add(GRAMMAR.ruleName(rule)));
        }
        Set<String> unknown = new TreeSet<>(CATALOG.keywordEntries().keySet());
        unknown.removeAll(keywordKeys);
        Set<String> unknownArguments = new TreeSet<>(CATALOG.argumentEntries().keySet());
        unknownArguments.removeAll(argumentRules);
        unknown.addAll(unknownArguments);
        assertEquals(Set.of(), unknown, "catalog keys that name nothing reachable in the grammar");
    }

    @Test
    void onlyHiddenIsSpecialAndHiddenKeywordsAreFew() {
        // IOS's eight default EXEC aliases (h, lo, p, r, s, u, un, w) are hidden keywords by nature; the rest are few
        long aliases = CATALOG.keywordEntries().entrySet().stream()
                .filter(e -> e.getKey().startsWith("ALIAS_") && e.getValue().equals(HelpCatalog.HIDDEN)).count();
        assertEquals(8, aliases, "default EXEC aliases");
        long hidden = CATALOG.keywordEntries().values().stream().filter(HelpCatalog.HIDDEN::equals).count() - aliases;
        assertTrue(hidden >= 1 && hidden < 10, "hidden keywords: " + hidden);
        CATALOG.keywordEntries().forEach((key, text) ->
                assertTrue(!text.startsWith("@") || text.equals(HelpCatalog.HIDDEN), key + " = " + text));
    }

    @Test
    void malformedArgumentSyntaxIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parse("arg_x = <10-> | Seconds"));
        assertThrows(IllegalArgumentException.class, () -> parse("arg_x = <20-10> | Seconds"));
        assertThrows(IllegalArgumentException.class, () -> parse("arg_x = NUMBER | Seconds"));
        assertThrows(IllegalArgumentException.class, () -> parse("arg_x = <1-10> Seconds"));
    }

    @Test
    void argumentRowsParse() throws IOException {
        HelpCatalog catalog = parse("arg_x = <100-199> | IP access-list number || WORD | Access-list name");
        assertEquals(List.of(
                ArgRow.of("<100-199>", "IP access-list number"),
                ArgRow.of("WORD", "Access-list name")), catalog.argumentRows("arg_x"));
        assertTrue(catalog.argumentAccepts("arg_x", ValueClass.INT, "150"));
        assertTrue(!catalog.argumentAccepts("arg_x", ValueClass.INT, "99"));
    }

    private static HelpCatalog parse(String text) throws IOException {
        return HelpCatalog.parse(GRAMMAR, new StringReader(text));
    }
}
