package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.tree.ParseTree;
import org.iosemu.grammar.IosParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolveTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();

    private static Resolution.Parsed parsed(Mode mode, String line) {
        Resolution resolution = LANGUAGE.resolve(mode, line);
        return assertInstanceOf(Resolution.Parsed.class, resolution, () -> line + " -> " + resolution);
    }

    private static CliError failed(Mode mode, String line) {
        Resolution resolution = LANGUAGE.resolve(mode, line);
        return assertInstanceOf(Resolution.Failed.class, resolution, () -> line + " -> " + resolution).error();
    }

    private static String canonical(Resolution.Parsed parsed) {
        return parsed.words().stream().map(ResolvedWord::text).collect(Collectors.joining(" "));
    }

    private static String tree(Resolution.Parsed parsed) {
        return parsed.tree().toStringTree(List.of(IosParser.ruleNames));
    }

    @AfterAll
    static void theParserNeverDisagreedWithTheWalk() {
        assertEquals(0, LANGUAGE.parserDisagreements());
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "PRIV_EXEC | conf t                       | configure terminal",
        "PRIV_EXEC | sh run                       | show running-config",
        "PRIV_EXEC | sh cry isa sa                | show crypto isakmp sa",
        "PRIV_EXEC | clear cry sa                 | clear crypto sa",
        "PRIV_EXEC | wr                           | write",
        "PRIV_EXEC | undeb all                    | undebug all",
        "PRIV_EXEC | lab wait 30                  | lab wait 30",
        "CONFIG    | cry isa keep 10 per          | crypto isakmp keepalive 10 periodic",
        "CONFIG    | crypto isakmp keepalive 10 3 on-d | crypto isakmp keepalive 10 3 on-demand",
        "CONFIG    | int fa0/0                    | interface FastEthernet 0/0",
        "CONFIG    | int Loopback 0               | interface Loopback 0",
        "CONFIG    | interface gi0/1.100          | interface GigabitEthernet 0/1.100",
        "CONFIG    | int e0                       | interface Ethernet 0",
        "CONFIG    | int Virtual-Template1        | interface Virtual-Template 1",
        "CONFIG    | HOSTNAME R1                  | hostname R1",
        "CONFIG    | no crypto isakmp keepalive   | no crypto isakmp keepalive",
        "CONFIG    | line con 0                   | line console 0",
        "CONFIG    | crypto isakmp policy 10      | crypto isakmp policy 10",
        "CONFIG    | crypto map CM 10 ipsec-isakmp | crypto map CM 10 ipsec-isakmp",
        "CONFIG    | crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac | crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac",
        "CONFIG    | crypto isakmp key cisco address 10.0.0.2 | crypto isakmp key cisco address 10.0.0.2",
        "CONFIG    | do sh ver                    | do show version",
        "ISAKMP_POLICY | encr aes 256             | encr aes 256",
        "ISAKMP_POLICY | encryption 3des          | encryption 3des",
        "ISAKMP_POLICY | auth pre                 | authentication pre-share",
        "ISAKMP_POLICY | no encr                  | no encr",
        "TRANSFORM_SET | mode trans               | mode transport",
        "CRYPTO_MAP    | set peer 10.0.0.2 default | set peer 10.0.0.2 default",
        "CRYPTO_MAP    | match address 101        | match address 101",
        "CRYPTO_MAP    | set pfs group14          | set pfs group14",
        "INTERFACE     | ip add 10.0.0.1 255.255.255.0 | ip address 10.0.0.1 255.255.255.0",
        "INTERFACE     | no shut                  | no shutdown",
        "LINE          | transport input ssh telnet | transport input ssh telnet",
    })
    void abbreviationsResolveToCanonicalKeywords(Mode mode, String line, String expected) {
        assertEquals(expected, canonical(parsed(mode, line)));
    }

    @Test
    void keywordTokensCarryCanonicalTextAndTypedColumns() {
        Resolution.Parsed parsed = parsed(Mode.CONFIG, "  cry isa keep 10 per");
        assertEquals("(config_line (global_command (gc_crypto crypto (cr_isakmp isakmp (cis_keepalive keepalive "
                + "(arg_keepalive_seconds 10) (keepalive_mode periodic))))) <EOF>)", tree(parsed));
        assertEquals(List.of(2, 6, 10, 15, 18), parsed.words().stream().map(ResolvedWord::column).toList());
        ParseTree periodic = parsed.tree().getChild(0).getChild(0).getChild(1).getChild(1).getChild(2).getChild(0);
        assertEquals("periodic", periodic.getText());
        org.antlr.v4.runtime.Token symbol = ((org.antlr.v4.runtime.tree.TerminalNode) periodic).getSymbol();
        assertEquals(18, symbol.getStartIndex());
        assertEquals(20, symbol.getStopIndex());
        assertEquals(IosParser.PERIODIC, symbol.getType());
        assertEquals(IosParser.PERIODIC, parsed.words().get(4).tokenType());
        assertEquals("per", parsed.words().get(4).typed());
    }

    @Test
    void outputFilterTakesTheRestOfTheLineAsRegex() {
        Resolution.Parsed parsed = parsed(Mode.PRIV_EXEC, "sh run | i crypto  isakmp");
        assertEquals("show running-config | include crypto  isakmp", canonical(parsed));
    }

    @Test
    void lineTokenCarriesTheRestOfTheLine() {
        Resolution.Parsed parsed = parsed(Mode.INTERFACE, "description  link to  HQ   ");
        ResolvedWord description = parsed.words().get(1);
        assertEquals(IosParser.LINE, description.tokenType());
        assertEquals("link to  HQ", description.text());
        assertEquals(13, description.column());
    }

    @Test
    void integerRangeChoosesBetweenStandardAndExtendedAccessLists() {
        assertEquals("(config_line (global_command (gc_access_list access-list (arg_acl_standard 10) "
                + "(acl_standard_entry (acl_standard_rule permit (acl_standard_source any))))) <EOF>)",
                tree(parsed(Mode.CONFIG, "access-list 10 permit any")));
        assertEquals("(config_line (global_command (gc_access_list access-list (arg_acl_extended 2001) "
                + "(acl_extended_entry (acl_extended_rule permit (acl_protocol ip) (acl_source (acl_address any)) "
                + "(acl_destination (acl_address host (arg_acl_host 1.2.3.4))))))) <EOF>)",
                tree(parsed(Mode.CONFIG, "access-list 2001 permit ip any host 1.2.3.4")));
        // `remark` and the `no` form read the same under both rules: the range steers the tree
        assertEquals("(config_line (global_command (gc_access_list access-list (arg_acl_extended 110) "
                + "(acl_extended_entry (acl_remark remark (arg_acl_remark hello  there))))) <EOF>)",
                tree(parsed(Mode.CONFIG, "access-list 110 remark hello  there")));
        assertEquals("(config_line (global_command (gc_access_list access-list (arg_acl_standard 1300) "
                + "(acl_standard_entry (acl_remark remark (arg_acl_remark x))))) <EOF>)",
                tree(parsed(Mode.CONFIG, "access-list 1300 remark x")));
        assertEquals("(config_line no (global_no (gc_access_list_no access-list (arg_acl_extended 2000))) <EOF>)",
                tree(parsed(Mode.CONFIG, "no access-list 2000")));
        assertEquals("(config_line no (global_no (gc_access_list_no access-list (arg_acl_standard 99))) <EOF>)",
                tree(parsed(Mode.CONFIG, "no access-list 99")));
        // extended syntax under a standard number is rejected at the protocol word
        assertEquals(new CliError.InvalidInput(22), failed(Mode.CONFIG, "access-list 10 permit ip any any"));
    }

    @Test
    void hiddenKeywordMatchesOnlyInFull() {
        assertEquals("encr des", canonical(parsed(Mode.ISAKMP_POLICY, "encr des")));
        // `enc` abbreviates only the visible `encryption`, never the hidden `encr`
        assertEquals("encryption des", canonical(parsed(Mode.ISAKMP_POLICY, "enc des")));
    }

    @Test
    void blankLines() {
        assertInstanceOf(Resolution.Blank.class, LANGUAGE.resolve(Mode.CONFIG, ""));
        assertInstanceOf(Resolution.Blank.class, LANGUAGE.resolve(Mode.CONFIG, "  \t "));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "CONFIG    | i                  | i",
        "CONFIG    | cr i k 10          | cr i k 10",
        "CONFIG    | crypto isakmp ke 10 | crypto isakmp ke 10",
        "PRIV_EXEC | c                  | c",
        "PRIV_EXEC | sh c               | sh c",
        "INTERFACE | '  no s   '        | no s",
    })
    void ambiguousAbbreviations(Mode mode, String line, String quoted) {
        CliError error = failed(mode, line);
        assertEquals(new CliError.AmbiguousCommand(quoted), error);
        assertEquals("% Ambiguous command:  \"" + quoted + "\"\n", error.render("R1(config)#"));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "CONFIG    | crypto",
        "CONFIG    | crypto isakmp keepalive",
        "CONFIG    | hostname",
        "CONFIG    | access-list 10",
        "CONFIG    | crypto ipsec transform-set TS",
        "INTERFACE | ip address 10.0.0.1",
    })
    void incompleteCommands(Mode mode, String line) {
        CliError error = failed(mode, line);
        assertEquals(new CliError.IncompleteCommand(), error);
        assertEquals("% Incomplete command.\n\n", error.render("R1(config)#"));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {"PRIV_EXEC | show", "USER_EXEC | sh", "PRIV_EXEC | s"})
    void showAloneAtExecPointsAtTheHelp(Mode mode, String line) {
        CliError error = failed(mode, line);
        assertEquals("% Type \"show ?\" for a list of subcommands\n", error.render("R1#"));
    }

    @Test
    void caretUnderFirstCharacterThatMatchesNoKeyword() {
        // real capture: Switch(config)#hostnane S1 puts the caret under the second `n` (column 21)
        CliError error = failed(Mode.CONFIG, "hostnane S1");
        assertEquals(new CliError.InvalidInput(6), error);
        assertEquals("                     ^\n% Invalid input detected at '^' marker.\n\n", error.render("Switch(config)#"));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> column {2}")
    @CsvSource(delimiter = '|', value = {
        // bad values: caret at the start of the value (as `logging 0255.255.1` in the real capture)
        "CONFIG    | crypto isakmp keepalive 5           | 24",
        "CONFIG    | crypto isakmp keepalive 3601        | 24",
        "CONFIG    | crypto isakmp keepalive 10 61       | 27",
        "CONFIG    | crypto isakmp policy 0              | 21",
        "CONFIG    | crypto isakmp policy 10001          | 21",
        "CONFIG    | crypto isakmp key k address 0255.255.1 | 28",
        "CONFIG    | crypto isakmp key k address 1.2.3.256  | 28",
        "CONFIG    | access-list 300 permit any          | 12",
        "CONFIG    | crypto map CM 0                     | 14",
        "CONFIG    | crypto map CM 65536                 | 14",
        "PRIV_EXEC | terminal length 513                 | 16",
        "PRIV_EXEC | ping 10.0.0.1 repeat 0              | 21",
        "CRYPTO_MAP | set security-association lifetime seconds 119 | 42",
        "CRYPTO_MAP | set security-association idle-time 59 | 35",
        // misspelled keywords: caret after the longest matching prefix
        "CONFIG    | crypto isakmp keepalivx 10          | 22",
        "CONFIG    | cryptp isakmp                       | 5",
        "PRIV_EXEC | show runx                           | 8",
        "ISAKMP_POLICY | hash md6                        | 7",
        // extra word after a complete command
        "CONFIG    | hostname R1 extra                   | 12",
        "CONFIG    | crypto isakmp keepalive 10 2 periodic now | 38",
        "PRIV_EXEC | configure terminal now              | 19",
        // only ASCII letters fold: the Kelvin sign is not a `k`
        "CONFIG    | crypto isakmp \u212Aeepalive 10 | 14",
        // glued non-interface words are not split
        "CONFIG    | hostname1                           | 8",
    })
    void invalidInputCaretColumns(Mode mode, String line, int column) {
        assertEquals(new CliError.InvalidInput(column), failed(mode, line));
    }

    @Test
    void invalidInputRendersCaretAfterPrompt() {
        assertEquals("                   ^\n% Invalid input detected at '^' marker.\n\n",
                new CliError.InvalidInput(8).render("R1(config)#"));
    }

    @Test
    void concurrentSessionsGetTheSameAnswers() {
        List<String> lines = List.of("cry isa keep 10 per", "int fa0/0", "access-list 110 remark x", "hostnane S1",
                "i", "crypto", "crypto isakmp key k address 10.0.0.1 255.255.255.0 no-xauth", "line vty 0 4");
        List<String> sequential = lines.stream().map(l -> describe(LANGUAGE.resolve(Mode.CONFIG, l))).toList();
        for (int round = 0; round < 20; round++) {
            List<String> parallel = lines.parallelStream().map(l -> describe(LANGUAGE.resolve(Mode.CONFIG, l))).toList();
            assertEquals(sequential, parallel);
        }
    }

    private static String describe(Resolution resolution) {
        return resolution instanceof Resolution.Parsed parsed ? tree(parsed) : resolution.toString();
    }

    @Test
    void modesOnlyAcceptTheirOwnCommands() {
        // `con` still matches level-1 `connect`: the caret goes under the first character no keyword has
        assertEquals(new CliError.InvalidInput(3), failed(Mode.USER_EXEC, "configure terminal"));
        assertEquals(new CliError.InvalidInput(0), failed(Mode.TRANSFORM_SET, "hash md5"));
        parsed(Mode.USER_EXEC, "enable");
        parsed(Mode.USER_EXEC, "show version");
    }
}
