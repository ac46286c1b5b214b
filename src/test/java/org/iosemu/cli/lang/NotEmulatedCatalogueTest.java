package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The not-emulated catalogue (grammar/imports/Ios_not_emulated.g4): valid IOS commands are declined by
 * name, abbreviations and ambiguity count them as IOS does, and a word never sits in the catalogue where a
 * real command has it (when a command becomes real, its catalogue entry must go).
 */
class NotEmulatedCatalogueTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();
    private static final AtnWalker WALKER = LANGUAGE.walker();
    private static final GrammarModel GRAMMAR = WALKER.grammar();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CONFIG|router ospf 1|router ospf",
        "CONFIG|router eig 10|router eigrp",
        "CONFIG|no router bgp 65000|no router bgp",
        "CONFIG|ip dhcp pool LAN|ip dhcp",
        "CONFIG|no ip dhcp use vrf connected|no ip dhcp",
        "CONFIG|ipv6 unicast-routing|ipv6 unicast-routing",
        "CONFIG|control-plane|control-plane",
        "CONFIG|ip nat log translations syslog|ip nat log",
        "CONFIG|ip nat service list 10 ftp tcp port 2121|ip nat service",
        "CONFIG|interface Vlan1|interface Vlan",
        "CONFIG|line 2|line 2",
        "CONFIG|crypto ikev2 keyring K|crypto ikev2",
        "CONFIG|crypto pki trustpoint TP|crypto pki",
        "CONFIG|no service pad|no service pad",
        "CONFIG|aaa authentication ppp default local|aaa authentication ppp",
        "CONFIG|access-list 101 permit tcp any any established|access-list 101 permit tcp any any established",
        "EXT_NACL|permit icmp any any echo-reply|permit icmp any any echo-reply",
        "STD_NACL|deny any log|deny any log",
        "INTERFACE|ipv6 address 2001:DB8::1/64|ipv6",
        "INTERFACE|ip ospf cost 10|ip ospf",
        "INTERFACE|ip address dhcp|ip address dhcp",
        "INTERFACE|hold-queue 100 out|hold-queue",
        "LINE|transport output ssh|transport output",
        "USER_EXEC|where|where",
        "USER_EXEC|conn 10.0.0.1|connect",
        "PRIV_EXEC|rena a b|rename",
        "PRIV_EXEC|rlogin 10.0.0.1|rlogin",
        "PRIV_EXEC|dir flash:|dir",
        "PRIV_EXEC|show ip ospf neighbor|show ip ospf",
        "USER_EXEC|sh ip proto|show ip protocols",
        "PRIV_EXEC|show cdp neighbors detail|show cdp",
        "PRIV_EXEC|show crypto pki certificates|show crypto pki",
    })
    void validIosCommandsAreDeclinedByName(String mode, String line, String command) {
        Resolution resolution = LANGUAGE.resolve(Mode.valueOf(mode), line);
        assertEquals(new Resolution.NotEmulated(command), resolution, line);
        assertEquals("% Not emulated by iosemu: \"" + command + "\"", ((Resolution.NotEmulated) resolution).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // IOS: a level-1 word shared by several EXEC keywords is ambiguous, never a host name or `disable`
        // (unless it is one of the default aliases: see below)
        "USER_EXEC|c", "USER_EXEC|d", "USER_EXEC|e", "USER_EXEC|t",
        "PRIV_EXEC|se", "PRIV_EXEC|c", "PRIV_EXEC|d", "PRIV_EXEC|re", "PRIV_EXEC|wh", "PRIV_EXEC|pa",
        "CONFIG|ro", "CONFIG|cl",
    })
    void sharedPrefixesAreAmbiguousAsOnIos(String mode, String line) {
        Resolution resolution = LANGUAGE.resolve(Mode.valueOf(mode), line);
        Resolution.Failed failed = assertInstanceOf(Resolution.Failed.class, resolution, line);
        assertEquals(new CliError.AmbiguousCommand(line), failed.error());
        assertEquals("% Ambiguous command:  \"" + line + "\"\n", failed.error().render("R1#"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // IOS's default EXEC aliases (`show aliases`): the whole word wins over the ambiguous abbreviation
        "USER_EXEC|s ver", "PRIV_EXEC|s run", "PRIV_EXEC|s cry isa sa", "PRIV_EXEC|u all", "PRIV_EXEC|un all",
        "PRIV_EXEC|p 10.0.0.1", "USER_EXEC|p 10.0.0.1", "PRIV_EXEC|p", "PRIV_EXEC|r", "PRIV_EXEC|lo", "USER_EXEC|lo",
    })
    void defaultExecAliasesAreTheirCommands(String mode, String line) {
        assertInstanceOf(Resolution.Parsed.class, LANGUAGE.resolve(Mode.valueOf(mode), line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PRIV_EXEC|h|h", "PRIV_EXEC|w|w", "USER_EXEC|h|h"})
    void aliasesOfCommandsIosemuLacksAreDeclined(String mode, String line, String command) {
        Resolution resolution = LANGUAGE.resolve(Mode.valueOf(mode), line);
        assertEquals("% Not emulated by iosemu: \"" + command + "\"",
                assertInstanceOf(Resolution.NotEmulated.class, resolution, line).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PRIV_EXEC|sh ver", "PRIV_EXEC|sh run", "PRIV_EXEC|sh ip int br", "PRIV_EXEC|sh int fa0",
        "PRIV_EXEC|sh cry isa sa", "PRIV_EXEC|sh ip ro", "PRIV_EXEC|conf t", "PRIV_EXEC|wr", "PRIV_EXEC|un all", "PRIV_EXEC|disa",
        "USER_EXEC|en", "USER_EXEC|sh ver", "USER_EXEC|ter len 0",
        "CONFIG|int fa0", "CONFIG|cry isa keep 10", "INTERFACE|sp 100", "INTERFACE|no sh",
    })
    void everydayAbbreviationsStillWork(String mode, String line) {
        assertInstanceOf(Resolution.Parsed.class, LANGUAGE.resolve(Mode.valueOf(mode), line), line);
    }

    @Test
    void mistypedCommandsAreStillInvalidInput() {
        Resolution resolution = LANGUAGE.resolve(Mode.CONFIG, "router foo 1");
        assertEquals(new Resolution.Failed(new CliError.InvalidInput(7)), resolution);
    }

    /** Every place a word can be typed, in every mode: no keyword leads both into the catalogue and into a real rule. */
    @Test
    void noWordIsBothInTheCatalogueAndARealCommandAtTheSamePlace() {
        Set<String> conflicts = new TreeSet<>();
        for (Mode mode : Mode.values()) {
            Set<WalkNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<WalkNode> todo = new ArrayDeque<>(List.of(WALKER.root(mode)));
            while (!todo.isEmpty()) {
                WalkNode node = todo.pop();
                if (!seen.add(node)) {
                    continue;
                }
                for (int type : node.tokenTypes()) {
                    if (type == Token.EOF || GRAMMAR.valueClass(type) == ValueClass.LINE) {
                        continue;
                    }
                    List<Edge> edges = node.edges(type);
                    boolean catalogue = false;
                    boolean real = false;
                    for (Edge edge : edges) {
                        boolean inCatalogue = WALKER.ruleChain(edge).stream().anyMatch(GRAMMAR::isNotEmulatedRule);
                        catalogue |= inCatalogue;
                        real |= !inCatalogue;
                    }
                    if (catalogue && real && GRAMMAR.isKeyword(type)) {
                        conflicts.add(mode + ": " + GRAMMAR.keyword(type));
                    }
                    if (real) {
                        todo.push(node.next(type, WalkNode.ALL_EDGES));
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), new ArrayList<>(conflicts));
    }

    @Test
    void theExecListsAreIosLists() {
        String user = LANGUAGE.help(Mode.USER_EXEC, "").render("R1>");
        assertTrue(user.startsWith("Exec commands:\n  <1-99>           Session number to resume\n"), user);
        assertTrue(user.contains("  mrinfo           Request neighbor and version information from a multicast\n"
                + "                   router\n"), user);
        String privileged = LANGUAGE.help(Mode.PRIV_EXEC, "").render("R1#");
        assertTrue(privileged.contains("  reload           Halt and perform a cold restart\n"), privileged);
        assertTrue(privileged.contains("  write            Write running configuration to memory, network, or terminal\n"),
                privileged);
    }
}
