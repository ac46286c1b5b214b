package org.iosemu.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One `match` line of a class-map: an access list (by number or name), or IP DSCP / precedence values
 * (kept as IOS prints them back: names where IOS has one, `ef` for 46).
 */
public record ClassMatch(Kind kind, List<String> values) {

    public enum Kind { ACCESS_GROUP, ACCESS_GROUP_NAME, DSCP, PRECEDENCE }

    private static final Map<String, Integer> DSCP_NAMES = Map.ofEntries(
            Map.entry("default", 0), Map.entry("cs1", 8), Map.entry("af11", 10), Map.entry("af12", 12),
            Map.entry("af13", 14), Map.entry("cs2", 16), Map.entry("af21", 18), Map.entry("af22", 20),
            Map.entry("af23", 22), Map.entry("cs3", 24), Map.entry("af31", 26), Map.entry("af32", 28),
            Map.entry("af33", 30), Map.entry("cs4", 32), Map.entry("af41", 34), Map.entry("af42", 36),
            Map.entry("af43", 38), Map.entry("cs5", 40), Map.entry("ef", 46), Map.entry("cs6", 48),
            Map.entry("cs7", 56));
    private static final List<String> PRECEDENCE_NAMES = List.of("routine", "priority", "immediate", "flash",
            "flash-override", "critical", "internet", "network");

    public ClassMatch {
        values = List.copyOf(values);
    }

    /** The DSCP a name or number stands for; empty when it is neither. */
    public static Optional<Integer> dscp(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DSCP_NAMES.containsKey(w)) {
            return Optional.of(DSCP_NAMES.get(w));
        }
        return number(w, 63);
    }

    /** The precedence a name or number stands for; empty when it is neither. */
    public static Optional<Integer> precedence(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int i = PRECEDENCE_NAMES.indexOf(w);
        return i >= 0 ? Optional.of(i) : number(w, 7);
    }

    private static Optional<Integer> number(String w, int max) {
        if (!w.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int v = Integer.parseInt(w);
        return v <= max ? Optional.of(v) : Optional.empty();
    }

    /** How IOS writes a DSCP value back: its name when it has one. */
    public static String dscpText(int value) {
        return DSCP_NAMES.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElse(String.valueOf(value));
    }

    /** The line under the class-map, without its leading space. */
    public String render() {
        return switch (kind) {
            case ACCESS_GROUP -> "match access-group " + values.get(0);
            case ACCESS_GROUP_NAME -> "match access-group name " + values.get(0);
            case DSCP -> "match ip dscp " + String.join(" ", values) + " ";
            case PRECEDENCE -> "match ip precedence " + String.join(" ", values) + " ";
        };
    }

    /** How `show policy-map interface` names the criterion (`ip dscp ef (46)`). */
    public String describe() {
        return switch (kind) {
            case ACCESS_GROUP -> "access-group " + values.get(0);
            case ACCESS_GROUP_NAME -> "access-group name " + values.get(0);
            case DSCP -> "ip dscp " + String.join(" ", values.stream().map(v -> v + " (" + dscp(v).orElseThrow() + ")").toList());
            case PRECEDENCE -> "ip precedence " + String.join(" ", values.stream().map(v -> String.valueOf(precedence(v).orElseThrow())).toList());
        };
    }
}
