package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iosemu.config.CryptoKeyring;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.KeyringKey;
import org.iosemu.config.RunningConfig;

/**
 * `show crypto isakmp key`: every pre-shared key, the global `crypto isakmp key` lines under keyring
 * {@code default}, then each `crypto keyring`. Columns as public captures of IOS 15.x print them: keyring in 13,
 * peer in 44; an address with a wildcard mask is shown as {@code ADDRESS [MASK]}, each padded to 15.
 */
public final class PresharedKeyTable {

    private static final String DEFAULT_KEYRING = "default";

    private PresharedKeyTable() {}

    public static List<String> render(RunningConfig config) {
        List<String> out = new ArrayList<>();
        out.add(row("Keyring", "Hostname/Address", "Preshared Key"));
        out.add("");
        for (IsakmpKey k : config.crypto().keys()) {
            out.add(row(DEFAULT_KEYRING, peer(k.peer()), k.key()));
        }
        for (CryptoKeyring ring : config.crypto().profiles().keyrings()) {
            for (KeyringKey k : ring.keys()) {
                out.add(row(ring.name(), peer(k.peer()), k.key()));
            }
        }
        return out;
    }

    private static String row(String keyring, String peer, String key) {
        return String.format(Locale.ROOT, "%-12s %-43s %s", keyring, peer, key);
    }

    /** A host address alone; `address 0.0.0.0` without a mask is the wildcard it stands for. */
    private static String peer(IsakmpKey.Peer p) {
        if (p.hostname().isPresent()) {
            return p.hostname().get();
        }
        String address = p.address().orElseThrow();
        Optional<String> mask = p.mask().or(() -> address.equals("0.0.0.0") ? Optional.of("0.0.0.0") : Optional.empty());
        return mask.map(m -> String.format(Locale.ROOT, "%-15s[%-15s]", address, m)).orElse(address);
    }
}
