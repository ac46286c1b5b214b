package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();

    private static String help(Mode mode, String before) {
        return LANGUAGE.help(mode, before).text();
    }

    @Test
    void cryptoIsakmpRowsUseIosTextsInAsciiOrder() {
        assertEquals("""
                  aggressive-mode       Disable ISAKMP aggressive mode
                  client                Set client configuration policy
                  fragmentation         IKE Fragmentation enable
                  identity              Set the identity which ISAKMP will use
                  invalid-spi-recovery  Initiate IKE and send Invalid SPI Notify
                  keepalive             Set a keepalive interval for use with IOS peers
                  key                   Set pre-shared key for remote peer
                  nat                   Set a nat  keepalive interval for use with IOS peers
                  policy                Set policy for an ISAKMP protection suite
                  profile               Define ISAKMP Profiles
                  xauth                 Set Extended Authentication values

                """, help(Mode.CONFIG, "crypto isakmp "));
    }

    @Test
    void transformSetListMatchesTheIol15Capture() {
        // samples/help_transform-set.15x.txt: no <cr> row because one transform is mandatory
        assertEquals("""
                  ah-md5-hmac      AH-HMAC-MD5 transform
                  ah-sha-hmac      AH-HMAC-SHA transform
                  ah-sha256-hmac   AH-HMAC-SHA256 transform
                  ah-sha384-hmac   AH-HMAC-SHA384 transform
                  ah-sha512-hmac   AH-HMAC-SHA512 transform
                  comp-lzs         IP Compression using the LZS compression algorithm
                  esp-3des         ESP transform using 3DES(EDE) cipher (168 bits)
                  esp-aes          ESP transform using AES cipher
                  esp-des          ESP transform using DES cipher (56 bits)
                  esp-gcm          ESP transform using GCM cipher
                  esp-gmac         ESP transform using GMAC cipher
                  esp-md5-hmac     ESP transform using HMAC-MD5 auth
                  esp-null         ESP transform w/o cipher
                  esp-seal         ESP transform using SEAL cipher (160 bits)
                  esp-sha-hmac     ESP transform using HMAC-SHA auth
                  esp-sha256-hmac  ESP transform using HMAC-SHA256 auth
                  esp-sha384-hmac  ESP transform using HMAC-SHA384 auth
                  esp-sha512-hmac  ESP transform using HMAC-SHA512 auth

                """, help(Mode.CONFIG, "crypto ipsec transform-set VTI "));
    }

    @Test
    void keySizesFollowEspAesAndTheCommandMayEnd() {
        String text = help(Mode.CONFIG, "crypto ipsec transform-set VPN-SET esp-aes ");
        assertTrue(text.startsWith("""
                  128              128 bit keys.
                  192              192 bit keys.
                  256              256 bit keys.
                  ah-md5-hmac      AH-HMAC-MD5 transform
                """), text);
        assertTrue(text.endsWith("  esp-sha512-hmac  ESP transform using HMAC-SHA512 auth\n  <cr>\n\n"), text);
    }

    @Test
    void argumentRowShowsSyntaxAndRange() {
        assertEquals("  <10-3600>  Number of seconds between keep alives\n\n",
                help(Mode.CONFIG, "crypto isakmp keepalive "));
        assertEquals("  <1-10000>  Priority of protection suite\n\n", help(Mode.CONFIG, "crypto isakmp policy "));
    }

    @Test
    void optionalTailListsValuesKeywordsAndCr() {
        assertEquals("""
                  <2-60>     Number of seconds between retries if keep alive fails
                  on-demand  Send keepalives on demand (default)
                  periodic   Send keepalives on regular basis
                  <cr>

                """, help(Mode.CONFIG, "cry isa keep 10 "));
        assertEquals("  <cr>\n\n", help(Mode.CONFIG, "crypto isakmp keepalive 10 2 periodic "));
    }

    @Test
    void severalRowsForOneArgumentSlot() {
        assertEquals("""
                  <100-199>    IP access-list number
                  <2000-2699>  IP access-list number (expanded range)
                  WORD         Access-list name

                """, help(Mode.CRYPTO_MAP, "match address "));
        assertEquals("""
                  <1-99>       IP standard access list
                  <100-199>    IP extended access list
                  <1300-1999>  IP standard access list (expanded range)
                  <2000-2699>  IP extended access list (expanded range)

                """, help(Mode.CONFIG, "access-list "));
    }

    @Test
    void lineSlotShowsLine() {
        assertEquals("  LINE  Up to 240 characters describing this interface\n\n",
                help(Mode.INTERFACE, "description "));
    }

    @Test
    void configureAndShowRows() {
        assertEquals("  terminal  Configure from the terminal\n  <cr>\n\n", help(Mode.PRIV_EXEC, "configure "));
        String show = help(Mode.PRIV_EXEC, "show ");
        assertTrue(show.contains("  running-config  Current operating configuration\n"), show);
        assertTrue(show.contains("  version         System hardware and software status\n"), show);
        assertTrue(show.endsWith("  vrrp            VRRP information\n\n"), show);
    }

    @Test
    void modeHelpPerMode() {
        String isakmp = help(Mode.ISAKMP_POLICY, "");
        assertTrue(isakmp.contains("  exit            Exit from ISAKMP protection suite configuration mode\n"), isakmp);
        assertTrue(isakmp.contains("  no              Negate a command or set its defaults\n"), isakmp);
        assertTrue(isakmp.contains("  default         Set a command to its defaults\n"), isakmp);
        assertTrue(help(Mode.CONFIG, "").contains("  exit           Exit from configure mode\n"));
        assertTrue(help(Mode.PRIV_EXEC, "").contains("  lab              Emulator lab control (not IOS)\n"));
    }

    @Test
    void hiddenKeywordIsNeverListed() {
        assertFalse(help(Mode.ISAKMP_POLICY, "").contains("encr "));
        assertEquals("encryption  end  exit  \n\n", help(Mode.ISAKMP_POLICY, "e"));
        assertEquals("encryption  \n\n", help(Mode.ISAKMP_POLICY, "enc"));
        assertFalse(help(Mode.ISAKMP_POLICY, "no ").contains("encr "));
    }

    @Test
    void partialWordListsMatchingKeywordsOnOneLine() {
        assertEquals("crypto  \n\n", help(Mode.CONFIG, "cr"));
        assertEquals("keepalive  key  \n\n", help(Mode.CONFIG, "crypto isakmp ke"));
        assertEquals("<10-3600>  \n\n", help(Mode.CONFIG, "crypto isakmp keepalive 1"));
        assertEquals("FastEthernet  \n\n", help(Mode.CONFIG, "interface fa"));
        assertEquals("<0-2147483647>  \n\n", help(Mode.CONFIG, "interface fa0/"));
        assertEquals("% Unrecognized command\n", help(Mode.CONFIG, "hostname1"));
    }

    @Test
    void errorsBeforeTheQuestionMark() {
        assertEquals("% Unrecognized command\n", help(Mode.CONFIG, "hostnane "));
        assertEquals("% Unrecognized command\n", help(Mode.CONFIG, "xyz"));
        // "f" is the start of `fragmentation`, so the caret marks the "o" after it, as on IOS
        HelpResult earlier = LANGUAGE.help(Mode.CONFIG, "crypto isakmp foo bar ");
        assertEquals(new CliError.InvalidInput(15), earlier.error());
        assertEquals("                          ^\n% Invalid input detected at '^' marker.\n\n",
                earlier.render("R1(config)#"));
        assertEquals("% Ambiguous command:  \"crypto isakmp ke 10\"\n", help(Mode.CONFIG, "crypto isakmp ke 10 "));
    }

    @Test
    void outputModifiersAfterShow() {
        String afterRun = help(Mode.PRIV_EXEC, "sh run ");
        assertTrue(afterRun.contains("  interface  Show interface configuration\n"), afterRun);
        assertTrue(afterRun.endsWith("  |          Output modifiers\n  <cr>\n\n"), afterRun);
        assertEquals("  LINE  Regular Expression\n\n", help(Mode.PRIV_EXEC, "sh run | inc "));
    }

    @Test
    void pingOffersEachOptionOnceAndRefusesARepeatedOne() {
        String first = help(Mode.PRIV_EXEC, "ping 10.1.1.1 ");
        assertTrue(first.contains("  df-bit "), first);
        String afterDf = help(Mode.PRIV_EXEC, "ping 10.1.1.1 df-bit ");
        assertFalse(afterDf.contains("df-bit"), afterDf);
        assertTrue(afterDf.contains("  repeat ") && afterDf.contains("  <cr>"), afterDf);
        String afterTwo = help(Mode.PRIV_EXEC, "ping 10.1.1.1 repeat 3 df-bit ");
        assertFalse(afterTwo.contains("repeat") || afterTwo.contains("df-bit"), afterTwo);
        assertTrue(afterTwo.contains("  size "), afterTwo);
        assertInstanceOf(Resolution.Failed.class, LANGUAGE.resolve(Mode.PRIV_EXEC, "ping 10.1.1.1 df-bit df-bit"));
        assertInstanceOf(Resolution.Parsed.class, LANGUAGE.resolve(Mode.PRIV_EXEC, "ping 10.1.1.1 df-bit repeat 2"));
        assertFalse(help(Mode.PRIV_EXEC, "traceroute 10.1.1.1 numeric ").contains("numeric"));
    }
}
