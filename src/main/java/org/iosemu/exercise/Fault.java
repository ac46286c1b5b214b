package org.iosemu.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault injected into a router's starting config (or, for {@link Kind#PEER_DOWN}, its power), for
 * troubleshooting exercises. Each kind edits the config text the way a typo or an oversight would; what each
 * looks like on the routers is in docs/FAULTS.md.
 */
public record Fault(Kind kind, String router) {

    public enum Kind {
        /** Every pre-shared key of the router ends in a different character. */
        WRONG_PSK("wrong-psk", Fault::wrongKey),
        /** Every IPsec transform set proposes other transforms. */
        TRANSFORM_SET_MISMATCH("transform-set-mismatch", Fault::otherTransforms),
        /** The crypto ACLs' remote networks move to the next /24, so they no longer mirror the peer's. */
        ACL_NOT_MIRRORED("acl-not-mirrored", Fault::shiftedAcl),
        /** The static routes are gone. */
        MISSING_ROUTE("missing-route", text -> without(text, "ip route ")),
        /** No `crypto isakmp keepalive`: DPD is not negotiated from this side. */
        NO_DPD("no-dpd", text -> without(text, "crypto isakmp keepalive")),
        /**
         * The NAT exemption is gone: the deny entries of the route maps and the deny lines of the access lists that
         * `ip nat inside source` uses, so PAT translates the traffic meant for the tunnel.
         */
        NO_NAT_EXEMPTION("no-nat-exemption", Fault::withoutNatExemption),
        /** The router is powered off (its config is unchanged). */
        PEER_DOWN("peer-down", Optional::of);

        private final String word;
        private final Function<String, Optional<String>> edit;

        Kind(String word, Function<String, Optional<String>> edit) {
            this.word = word;
            this.edit = edit;
        }

        public String word() {
            return word;
        }

        /** The faulty config, or empty when the config has nothing this fault could change. */
        public Optional<String> edit(String config) {
            return edit.apply(config);
        }

        public static Optional<Kind> of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        public static String words() {
            List<String> words = new ArrayList<>();
            for (Kind k : values()) {
                words.add(k.word);
            }
            return String.join(", ", words);
        }
    }

    private static final Pattern ISAKMP_KEY = Pattern.compile("^(\\s*crypto isakmp key (?:\\d )?)(\\S+)( .*)$", Pattern.MULTILINE);
    private static final Pattern KEYRING_KEY = Pattern.compile("^(\\s*pre-shared-key .* key (?:\\d )?)(\\S+)$", Pattern.MULTILINE);
    private static final Pattern TRANSFORM_SET = Pattern.compile("^(crypto ipsec transform-set \\S+ )(.*)$", Pattern.MULTILINE);
    private static final Pattern MATCH_ADDRESS = Pattern.compile("^\\s*match address (\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern NAT_SOURCE = Pattern.compile("^ip nat inside source (list|route-map) (\\S+) ", Pattern.MULTILINE);
    private static final Pattern ROUTE_MAP_ACL = Pattern.compile("^route-map (\\S+) permit.*\\n((?: .*\\n)*)", Pattern.MULTILINE);
    private static final Pattern MATCH_IP_ADDRESS = Pattern.compile("^ match ip address (.+)$", Pattern.MULTILINE);

    private static Optional<String> wrongKey(String text) {
        String edited = replaceAll(KEYRING_KEY, replaceAll(ISAKMP_KEY, text, m -> m.group(1) + typo(m.group(2)) + m.group(3)),
                m -> m.group(1) + typo(m.group(2)));
        return changed(text, edited);
    }

    private static String typo(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == 'x' ? 'y' : 'x');
    }

    private static Optional<String> otherTransforms(String text) {
        return changed(text, replaceAll(TRANSFORM_SET, text, m -> m.group(1)
                + (m.group(2).strip().equals("esp-des esp-md5-hmac") ? "esp-aes esp-sha-hmac" : "esp-des esp-md5-hmac")));
    }

    private static Optional<String> shiftedAcl(String text) {
        Set<String> acls = new HashSet<>();
        Matcher m = MATCH_ADDRESS.matcher(text);
        while (m.find()) {
            acls.add(m.group(1));
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String[] w = line.strip().split("\\s+");
            // access-list N permit ip SRC WILD DST WILD
            if (w.length >= 7 && w[0].equals("access-list") && acls.contains(w[1]) && w[2].equals("permit") && w[3].equals("ip")
                    && w[5].contains(".") && w[6].matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
                w[6] = nextSubnet(w[6]);
                line = String.join(" ", w);
            }
            out.add(line);
        }
        return changed(text, String.join("\n", out));
    }

    private static Optional<String> withoutNatExemption(String text) {
        Set<String> routeMaps = new HashSet<>();
        Set<String> acls = new HashSet<>();
        Matcher m = NAT_SOURCE.matcher(text);
        while (m.find()) {
            (m.group(1).equals("list") ? acls : routeMaps).add(m.group(2));
        }
        Matcher entry = ROUTE_MAP_ACL.matcher(text);
        while (entry.find()) {
            if (routeMaps.contains(entry.group(1))) {
                Matcher match = MATCH_IP_ADDRESS.matcher(entry.group(2));
                while (match.find()) {
                    acls.addAll(List.of(match.group(1).strip().split("\\s+")));
                }
            }
        }
        List<String> out = new ArrayList<>();
        boolean droppingEntry = false;
        boolean inNatAcl = false;
        for (String line : text.split("\n", -1)) {
            String[] w = line.strip().split("\\s+");
            if (!line.startsWith(" ")) {
                droppingEntry = w.length >= 3 && w[0].equals("route-map") && routeMaps.contains(w[1]) && w[2].equals("deny");
                inNatAcl = w.length == 4 && line.startsWith("ip access-list ") && acls.contains(w[3]);
                if (droppingEntry || (w.length >= 3 && w[0].equals("access-list") && acls.contains(w[1]) && w[2].equals("deny"))) {
                    continue;
                }
            } else if (droppingEntry || (inNatAcl && (w[0].equals("deny") || (w.length > 1 && w[0].matches("\\d+") && w[1].equals("deny"))))) {
                continue;
            }
            out.add(line);
        }
        return changed(text, String.join("\n", out));
    }

    private static String nextSubnet(String address) {
        String[] o = address.split("\\.");
        o[2] = String.valueOf((Integer.parseInt(o[2]) + 1) % 256);
        return String.join(".", o);
    }

    private static Optional<String> without(String text, String prefix) {
        List<String> kept = text.lines().filter(l -> !l.startsWith(prefix)).toList();
        return changed(text, String.join("\n", kept) + "\n");
    }

    private static String replaceAll(Pattern p, String text, Function<Matcher, String> replacement) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Optional<String> changed(String before, String after) {
        return before.strip().equals(after.strip()) ? Optional.empty() : Optional.of(after);
    }
}
