package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `show crypto engine brief|configuration` for the emulated router's one engine, the IOS software crypto
 * engine (the `SW:` flow ids of `show crypto ipsec sa`). No real capture was found; the layout is IOS's
 * right-aligned label column as network engineers know it, and the serial number is derived from the
 * router's name so it stays the same across reboots.
 */
public final class CryptoEngineText {

    private CryptoEngineText() {}

    public static List<String> brief(String hostname) {
        List<String> out = new ArrayList<>();
        out.add("        crypto engine name:  Cisco VPN Software Implementation");
        out.add("        crypto engine type:  software");
        out.add("             serial number:  " + serial(hostname));
        out.add("       crypto engine state:  installed");
        out.add("     crypto engine in slot:  N/A");
        out.add("");
        return out;
    }

    public static List<String> configuration(String hostname) {
        List<String> out = brief(hostname);
        out.remove(out.size() - 1);
        out.add("                  platform:  Cisco Software Crypto Engine");
        out.add("");
        out.add("   Encryption Process Info: ");
        out.add("          input queue size:  500");
        out.add("           input queue top:  0");
        out.add("           input queue bot:  0");
        out.add("         input queue count:  0");
        out.add("");
        out.add("   Crypto Adjacency Counts: ");
        out.add("                Lock Count:  0");
        out.add("              Unlock Count:  0");
        out.add("");
        out.add("        crypto lib version:  22.0.0");
        out.add("");
        out.add("         ipsec lib version:  2.0.0");
        out.add("");
        return out;
    }

    private static String serial(String hostname) {
        return String.format(Locale.ROOT, "%08X", hostname.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1);
    }
}
