package org.iosemu.cli.lang;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.iosemu.grammar.IosParser;

/**
 * What the engine knows about the generated grammar: the parser ATN, rule names and the vocabulary,
 * read generically so that new rules and keywords need no Java change.
 */
final class GrammarModel {

    private final ATN atn;
    private final String[] ruleNames;
    private final Vocabulary vocabulary;
    private final String[] keywordText;          // token type -> canonical keyword (null for non-keywords)
    private final ValueClass[] valueClass;       // token type -> value class (null for keywords)
    private final Map<String, Integer> ruleIndexByName = new HashMap<>();
    private final Map<String, Integer> tokenTypeByName = new HashMap<>();

    GrammarModel() {
        this.atn = IosParser._ATN;
        this.ruleNames = IosParser.ruleNames;
        this.vocabulary = IosParser.VOCABULARY;
        int maxType = vocabulary.getMaxTokenType();
        this.keywordText = new String[maxType + 1];
        this.valueClass = new ValueClass[maxType + 1];
        for (int type = 1; type <= maxType; type++) {
            String symbolic = vocabulary.getSymbolicName(type);
            if (symbolic != null) {
                tokenTypeByName.put(symbolic, type);
            }
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                keywordText[type] = literal.substring(1, literal.length() - 1);
            } else if (symbolic != null) {
                valueClass[type] = ValueClass.forTokenName(symbolic).orElse(null);
            }
        }
        for (int i = 0; i < ruleNames.length; i++) {
            ruleIndexByName.put(ruleNames[i], i);
        }
    }

    ATN atn() {
        return atn;
    }

    String ruleName(int ruleIndex) {
        return ruleNames[ruleIndex];
    }

    int ruleCount() {
        return ruleNames.length;
    }

    int ruleIndex(String name) {
        Integer index = ruleIndexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no grammar rule " + name);
        }
        return index;
    }

    boolean hasRule(String name) {
        return ruleIndexByName.containsKey(name);
    }

    /** Token type for a symbolic token name such as {@code KEEPALIVE}, or -1. */
    int tokenType(String symbolicName) {
        return tokenTypeByName.getOrDefault(symbolicName, Token.INVALID_TYPE);
    }

    int maxTokenType() {
        return vocabulary.getMaxTokenType();
    }

    String tokenName(int type) {
        return type == Token.EOF ? "EOF" : vocabulary.getSymbolicName(type);
    }

    boolean isKeyword(int type) {
        return type > 0 && type < keywordText.length && keywordText[type] != null;
    }

    /** The keyword as IOS prints it ({@code periodic}, {@code FastEthernet}). */
    String keyword(int type) {
        return keywordText[type];
    }

    String keywordLowerCase(int type) {
        return AsciiCase.lower(keywordText[type]);
    }

    /** Value class of a value token type (INT, IPV4 ...), or null for keywords and EOF. */
    ValueClass valueClass(int type) {
        return type > 0 && type < valueClass.length ? valueClass[type] : null;
    }

    boolean isArgRule(int ruleIndex) {
        return ruleNames[ruleIndex].startsWith("arg_");
    }

    /**
     * A rule named {@code *_option} is one option of a command's option list ({@code ping_option*}): IOS offers
     * each option once per line, so a keyword of such a rule that was used is not a candidate again.
     */
    boolean isOnceOnlyOption(int ruleIndex) {
        return ruleNames[ruleIndex].endsWith("_option");
    }

    /** Rules of the not-emulated catalogue (grammar/imports/Ios_not_emulated.g4) are named {@code ne_*}. */
    boolean isNotEmulatedRule(int ruleIndex) {
        return ruleNames[ruleIndex].startsWith("ne_");
    }
}
