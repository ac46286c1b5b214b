package org.iosemu.remote.telnet;

/** RFC 854 command bytes and the option numbers this server knows. */
final class TelnetCodes {
    static final int IAC = 255;
    static final int DONT = 254;
    static final int DO = 253;
    static final int WONT = 252;
    static final int WILL = 251;
    static final int SB = 250;
    static final int GA = 249;
    static final int EL = 248;
    static final int EC = 247;
    static final int AYT = 246;
    static final int AO = 245;
    static final int IP = 244;
    static final int BRK = 243;
    static final int SE = 240;

    static final int OPT_ECHO = 1;       // RFC 857
    static final int OPT_SGA = 3;        // RFC 858
    static final int OPT_NAWS = 31;      // RFC 1073

    private TelnetCodes() {
    }
}
