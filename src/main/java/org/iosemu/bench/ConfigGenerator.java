package org.iosemu.bench;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.cli.lang.Mode;

/**
 * A large, valid IOS crypto configuration: per site an ISAKMP policy, keys for three peers, a
 * transform set, a crypto map entry with three peers, an access list and a loopback interface.
 * Sub-mode lines are indented by one blank, as `show running-config` prints them, and each line knows
 * the CLI mode it is typed in (the language benchmark needs it). Deterministic.
 */
final class ConfigGenerator {

    /** One configuration line and the mode IOS is in when it is typed. */
    record Line(Mode mode, String text) {}

    private static final String[] CIPHERS = {"aes 256", "aes 128", "3des", "aes 192"};
    private static final String[] HASHES = {"sha", "sha256", "md5", "sha384"};
    private static final String[] GROUPS = {"2", "5", "14", "19"};
    private static final String[] TRANSFORMS = {"esp-aes 256 esp-sha-hmac", "esp-3des esp-sha-hmac",
            "esp-aes esp-sha256-hmac", "esp-gcm 256"};
    private static final String[] PFS = {"group2", "group5", "group14", "group19"};

    private ConfigGenerator() {}

    /** At least {@code lineCount} configuration lines (whole sites), without `configure terminal`/`end`. */
    static List<Line> lines(int lineCount) {
        List<Line> lines = new ArrayList<>(lineCount + 32);
        for (int site = 0; lines.size() < lineCount; site++) {
            addSite(lines, site);
        }
        return lines;
    }

    private static void addSite(List<Line> lines, int site) {
        Lines out = new Lines(lines);
        int variant = site % 4;
        String[] peers = {peer(site, 1), peer(site, 2), peer(site, 3)};
        int acl = 100 + site % 100;
        out.add("crypto isakmp policy " + (site % 10000 + 1));
        out.mode = Mode.ISAKMP_POLICY;
        out.add(" encryption " + CIPHERS[variant]);
        out.add(" hash " + HASHES[variant]);
        out.add(" authentication pre-share");
        out.add(" group " + GROUPS[variant]);
        out.add(" lifetime " + (3600 + site % 80000));
        out.exit();
        for (String peer : peers) {
            out.add("crypto isakmp key k" + Integer.toHexString(site * 31 + 7) + "x address " + peer);
        }
        out.add("crypto ipsec transform-set TS" + site + " " + TRANSFORMS[variant]);
        out.mode = Mode.TRANSFORM_SET;
        out.add(" mode tunnel");
        out.exit();
        out.add("crypto map VPN " + (site % 65535 + 1) + " ipsec-isakmp");
        out.mode = Mode.CRYPTO_MAP;
        out.add(" description site " + site + " primary and backups");
        for (String peer : peers) {
            out.add(" set peer " + peer);
        }
        out.add(" set transform-set TS" + site);
        out.add(" set pfs " + PFS[variant]);
        out.add(" match address " + acl);
        out.exit();
        out.add("access-list " + acl + " permit ip " + net(10, site) + " 0.0.0.255 " + net(172, site)
                + " 0.0.0.255");
        out.add("interface Loopback" + site);
        out.mode = Mode.INTERFACE;
        out.add(" description site " + site);
        out.add(" ip address " + host(192, site) + " 255.255.255.0");
        out.exit();
    }

    /** Appends lines in the current mode; `exit` returns to global configuration. */
    private static final class Lines {
        private final List<Line> lines;
        Mode mode = Mode.CONFIG;

        Lines(List<Line> lines) {
            this.lines = lines;
        }

        void add(String text) {
            lines.add(new Line(mode, text));
        }

        void exit() {
            add(" exit");
            mode = Mode.CONFIG;
        }
    }

    private static String peer(int site, int which) {
        return "198." + (18 + which) + "." + (site / 250 % 250) + "." + (site % 250 + 1);
    }

    private static String host(int first, int site) {
        return first + "." + (site / 256 % 256) + "." + (site % 256) + ".1";
    }

    /** A /24 per site inside {@code first}.x.x.0. */
    private static String net(int first, int site) {
        return first + "." + (site / 256 % 256) + "." + (site % 256) + ".0";
    }
}
