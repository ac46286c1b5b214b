package org.iosemu.cli.lang;

import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.grammar.IosParser;

/** A CLI mode, as the grammar knows it: the entry rule that parses one line typed in that mode. */
public enum Mode {
    USER_EXEC("user_exec_line", IosParser::user_exec_line),
    PRIV_EXEC("priv_exec_line", IosParser::priv_exec_line),
    CONFIG("config_line", IosParser::config_line),
    ISAKMP_POLICY("isakmp_policy_line", IosParser::isakmp_policy_line),
    TRANSFORM_SET("transform_set_line", IosParser::transform_set_line),
    CRYPTO_MAP("crypto_map_line", IosParser::crypto_map_line),
    EZVPN("ezvpn_line", IosParser::ezvpn_line),
    KEYRING("keyring_line", IosParser::keyring_line),
    ISAKMP_PROFILE("isakmp_profile_line", IosParser::isakmp_profile_line),
    IPSEC_PROFILE("ipsec_profile_line", IosParser::ipsec_profile_line),
    CLIENT_GROUP("client_group_line", IosParser::client_group_line),
    INTERFACE("interface_line", IosParser::interface_line),
    LINE("line_mode_line", IosParser::line_mode_line),
    STD_NACL("std_nacl_line", IosParser::std_nacl_line),
    EXT_NACL("ext_nacl_line", IosParser::ext_nacl_line);

    private final String entryRule;
    private final Function<IosParser, ? extends ParserRuleContext> parse;

    Mode(String entryRule, Function<IosParser, ? extends ParserRuleContext> parse) {
        this.entryRule = entryRule;
        this.parse = parse;
    }

    /** Name of the grammar rule that parses a line in this mode. */
    public String entryRule() {
        return entryRule;
    }

    /** Runs the generated parser's entry rule for this mode. */
    public ParserRuleContext parseWith(IosParser parser) {
        return parse.apply(parser);
    }

    /** True for the configuration modes (global and sub-modes). */
    public boolean isConfig() {
        return this != USER_EXEC && this != PRIV_EXEC;
    }
}
