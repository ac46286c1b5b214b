package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `show line`: one row per terminal line of the router (con 0, aux 0, then each configured vty), `*` on the
 * lines a session is using, and how many sessions each has carried. The modem and rotary columns describe
 * hardware the emulator has none of, so they read as on a router with nothing attached.
 */
final class LineTableText {

    private LineTableText() {}

    static List<String> render(int vtyLines, Set<Integer> busy, LineUses uses) {
        List<String> out = new ArrayList<>();
        out.add("   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int");
        out.add(row(0, "CTY", "", busy, uses));
        out.add(row(1, "AUX", "9600/9600", busy, uses));
        for (int vty = 0; vty < vtyLines; vty++) {
            out.add(row(2 + vty, "VTY", "", busy, uses));
        }
        return out;
    }

    private static String row(int tty, String type, String speeds, Set<Integer> busy, LineUses uses) {
        return String.format("%s%6d %s   %9s  -    -      -    -    - %6d %7d %7s %7s",
                busy.contains(tty) ? "*" : " ", tty, type, speeds, uses.uses(tty), 0, "0/0", "-");
    }
}
