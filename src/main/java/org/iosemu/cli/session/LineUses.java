package org.iosemu.cli.session;

import java.util.HashMap;
import java.util.Map;

/** How many sessions each terminal line has carried since boot (`show line`'s Uses column). */
final class LineUses {

    /** IOS numbers the lines: con 0 is tty 0, aux 0 is tty 1, vty N is tty 2 + N. */
    static int tty(IosSession.Origin origin) {
        return origin.console() ? 0 : 2 + origin.vtyLine();
    }

    private final Map<Integer, Integer> uses = new HashMap<>();

    synchronized void started(IosSession.Origin origin) {
        uses.merge(tty(origin), 1, Integer::sum);
    }

    synchronized int uses(int tty) {
        return uses.getOrDefault(tty, 0);
    }
}
