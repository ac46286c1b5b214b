package org.iosemu.cli.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Help texts, argument syntax and ranges: everything IOS shows that the grammar cannot say.
 *
 * <p>File format ({@code grammar/help/help.properties}, Java properties, UTF-8):
 * <ul>
 *   <li>{@code <rule>.<TOKEN> = text} - help of a keyword where it appears inside that rule (or inside a
 *       rule that rule calls); {@code <TOKEN> = text} - the keyword's default help.</li>
 *   <li>text {@code @hidden} - the keyword is accepted only when typed in full and is never listed.</li>
 *   <li>{@code arg_x = SYNTAX | description || SYNTAX | description} - the rows of an argument slot, where
 *       SYNTAX is {@code <lo-hi>}, {@code A.B.C.D}, {@code WORD} or {@code LINE}. A LINE row whose
 *       description says "up to N characters" takes no longer text; a WORD row also describes a
 *       host name argument (HOST_NAME).</li>
 * </ul>
 * Lookup order for a keyword: the innermost rule containing it, that rule without a {@code _no} suffix,
 * then each calling rule outwards (so {@code exit} can differ per mode), then the token alone.
 */
final class HelpCatalog {

    static final String RESOURCE = "/org/iosemu/grammar/help.properties";
    static final String HIDDEN = "@hidden";

    private final GrammarModel grammar;
    private final Map<String, String> keywordHelp;
    private final Map<String, List<ArgRow>> argumentRows;

    private HelpCatalog(GrammarModel grammar, Map<String, String> keywordHelp, Map<String, List<ArgRow>> argumentRows) {
        this.grammar = grammar;
        this.keywordHelp = keywordHelp;
        this.argumentRows = argumentRows;
    }

    static HelpCatalog load(GrammarModel grammar) {
        try (InputStream in = HelpCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("help catalog " + RESOURCE + " is not on the classpath");
            }
            return parse(grammar, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpCatalog parse(GrammarModel grammar, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> keywords = new TreeMap<>();
        Map<String, List<ArgRow>> arguments = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("arg_")) {
                arguments.put(key, parseRows(key, value));
            } else {
                keywords.put(key, value);
            }
        }
        return new HelpCatalog(grammar, Collections.unmodifiableMap(keywords), Collections.unmodifiableMap(arguments));
    }

    private static List<ArgRow> parseRows(String key, String value) {
        List<ArgRow> rows = new ArrayList<>();
        for (String row : value.split("\\|\\|")) {
            int bar = row.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(key + ": row '" + row.strip() + "' needs 'SYNTAX | description'");
            }
            try {
                rows.add(ArgRow.of(row.substring(0, bar).strip(), row.substring(bar + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }

    /** Help text of a keyword reached through this rule chain (innermost first), if the catalog has one. */
    Optional<String> keywordEntry(int tokenType, List<Integer> ruleChain) {
        String token = grammar.tokenName(tokenType);
        for (int ruleIndex : ruleChain) {
            String rule = grammar.ruleName(ruleIndex);
            String text = keywordHelp.get(rule + "." + token);
            if (text == null && rule.endsWith("_no")) {
                text = keywordHelp.get(rule.substring(0, rule.length() - 3) + "." + token);
            }
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.ofNullable(keywordHelp.get(token));
    }

    boolean isHidden(int tokenType, List<Integer> ruleChain) {
        return keywordEntry(tokenType, ruleChain).map(HIDDEN::equals).orElse(false);
    }

    /**
     * This catalog with the numeric rows of some arguments bounded otherwise (their descriptions kept); an
     * argument the catalog lacks or that has no numeric row is left as it is.
     */
    HelpCatalog withRanges(List<ArgumentRange> ranges) {
        Map<String, List<ArgRow>> rows = new TreeMap<>(argumentRows);
        for (ArgumentRange range : ranges) {
            List<ArgRow> current = rows.get(range.argRule());
            if (current != null) {
                rows.put(range.argRule(), current.stream().map(row -> row.isRange()
                        ? ArgRow.of("<" + range.low() + "-" + range.high() + ">", row.description()) : row).toList());
            }
        }
        return new HelpCatalog(grammar, keywordHelp, Collections.unmodifiableMap(rows));
    }

    /** Rows of an argument rule; empty if the catalog lacks it (the coverage test forbids that). */
    List<ArgRow> argumentRows(String argRule) {
        return argumentRows.getOrDefault(argRule, List.of());
    }

    /** Does the argument rule take this value (range check for numbers)? Rules without rows accept. */
    boolean argumentAccepts(String argRule, ValueClass valueClass, String word) {
        List<ArgRow> rows = argumentRows.get(argRule);
        if (rows == null) {
            return true;
        }
        boolean described = false;
        for (ArgRow row : rows) {
            if (row.describes().contains(valueClass)) {
                described = true;
                if (row.accepts(valueClass, word)) {
                    return true;
                }
            }
        }
        return !described;
    }

    /** The longest rest-of-line text the argument rule takes, as its help states; -1 = no limit. */
    int maxLineLength(String argRule) {
        int max = -1;
        for (ArgRow row : argumentRows(argRule)) {
            if (row.describes().contains(ValueClass.LINE)) {
                int rowMax = row.maxLength();
                if (rowMax < 0) {
                    return -1;
                }
                max = Math.max(max, rowMax);
            }
        }
        return max;
    }

    Map<String, String> keywordEntries() {
        return keywordHelp;
    }

    Map<String, List<ArgRow>> argumentEntries() {
        return argumentRows;
    }
}
