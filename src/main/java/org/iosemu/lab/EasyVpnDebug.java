package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * `debug crypto ipsec client ezvpn`: the lines an IOS Easy VPN remote prints as its state machine moves, recalled
 * from IOS 12.4/15.x debug output [inferred]: the state it was in, the event, the routine the event runs, and the
 * new state (or `No state change`).
 */
final class EasyVpnDebug {

    /** The state each tunnel was last seen in; a tunnel starts in CONNECT_REQUIRED (a new engine, a new instance). */
    private final Map<String, String> states = new ConcurrentHashMap<>();

    /** The debug lines of one transition of tunnel {@code name} (always tracked, printed only while debug is on). */
    List<String> transition(String name, String state, String event) {
        String before = states.getOrDefault(name, "CONNECT_REQUIRED");
        states.put(name, state);
        String prefix = "EZVPN(" + name + "): ";
        List<String> lines = new ArrayList<>();
        lines.add(prefix + "Current State: " + before);
        lines.add(prefix + "Event: " + event);
        if (!(event.equals("CONNECT") && !before.equals("CONNECT_REQUIRED"))) { // the request runs once per connect
            routine(event).ifPresent(r -> lines.add(prefix + r));
        }
        lines.add(state.equals(before) ? prefix + "No state change" : prefix + "New State: " + state);
        return lines;
    }

    private static java.util.Optional<String> routine(String event) {
        return java.util.Optional.ofNullable(switch (event) {
            case "CONNECT" -> "ezvpn_connect_request";
            case "XAUTH_REQUEST" -> "ezvpn_xauth_request";
            case "XAUTH_PROMPTING" -> "ezvpn_xauth_prompt";
            case "XAUTH_REQ_INFO_READY" -> "ezvpn_xauth_reply";
            case "MODE_CONFIG_REPLY" -> "ezvpn_mode_config";
            case "SOCKET_UP" -> "ezvpn_socket_up";
            case "RESET" -> "ezvpn_reset";
            default -> null;
        });
    }
}
