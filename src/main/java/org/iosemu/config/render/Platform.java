package org.iosemu.config.render;

import java.util.Set;

/**
 * The fixed lines IOS writes for the emulated platform (a Cisco 1811 on 15.1(4)M) that no command here
 * changes. Reading them back (startup-config, pasted show run) is accepted as a no-op.
 */
public final class Platform {

    public static final String CONFIG_VERSION = "15.1";

    private static final Set<String> FIXED_LINES = Set.of(
            "boot-start-marker", "boot-end-marker", "ip forward-protocol nd", "no ip http server", "no ip http secure-server", "control-plane");

    private Platform() {}

    /** True for a line the renderer writes for every router and that configures nothing. */
    public static boolean isFixedLine(String line) {
        return FIXED_LINES.contains(line.strip());
    }
}
