package org.iosemu.remote.telnet;

import static org.iosemu.remote.telnet.TelnetCodes.DO;
import static org.iosemu.remote.telnet.TelnetCodes.DONT;
import static org.iosemu.remote.telnet.TelnetCodes.OPT_ECHO;
import static org.iosemu.remote.telnet.TelnetCodes.OPT_NAWS;
import static org.iosemu.remote.telnet.TelnetCodes.OPT_SGA;
import static org.iosemu.remote.telnet.TelnetCodes.WILL;
import static org.iosemu.remote.telnet.TelnetCodes.WONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelnetOptionsTest {

    private final List<String> sent = new ArrayList<>();
    private final TelnetOptions options = new TelnetOptions(
            bytes -> sent.add((bytes[1] & 0xff) + " " + (bytes[2] & 0xff)), Set.of(OPT_ECHO, OPT_SGA), Set.of(OPT_NAWS));

    @Test
    void answersToOurOwnOffersAreNotAnswered() throws Exception {
        options.offer(OPT_ECHO);
        options.ask(OPT_NAWS);
        sent.clear();
        options.receive(DO, OPT_ECHO);
        options.receive(WILL, OPT_NAWS);
        assertEquals(List.of(), sent);
        assertTrue(options.isLocalEnabled(OPT_ECHO));
        assertTrue(options.isRemoteEnabled(OPT_NAWS));
    }

    @Test
    void refusalsOfOurOffersAreAcceptedSilently() throws Exception {
        options.offer(OPT_ECHO);
        options.ask(OPT_NAWS);
        sent.clear();
        options.receive(DONT, OPT_ECHO);
        options.receive(WONT, OPT_NAWS);
        assertEquals(List.of(), sent);
        assertFalse(options.isLocalEnabled(OPT_ECHO));
    }

    @Test
    void repeatedRequestsDoNotStartALoop() throws Exception {
        options.receive(DO, OPT_SGA);
        options.receive(DO, OPT_SGA);
        options.receive(DONT, OPT_SGA);
        options.receive(DONT, OPT_SGA);
        assertEquals(List.of(WILL + " " + OPT_SGA, WONT + " " + OPT_SGA), sent);
    }

    @Test
    void unsupportedOptionsAreRefused() throws Exception {
        options.receive(DO, 24);
        options.receive(WILL, 24);
        assertEquals(List.of(WONT + " 24", DONT + " 24"), sent);
    }
}
