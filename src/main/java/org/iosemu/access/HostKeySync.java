package org.iosemu.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import org.iosemu.config.ConfigListener;
import org.iosemu.config.ConfigStore;
import org.iosemu.config.RsaKeyPair;
import org.iosemu.config.RunningConfig;
import org.iosemu.remote.ssh.HostKeyStore;
import org.iosemu.remote.ssh.SshCliServer;

/**
 * Keeps the SSH host key and the router's RSA key pair one and the same: {@code crypto key generate rsa}
 * makes a new host key (saved in the key file next to the startup-config, IOS's NVRAM), {@code crypto
 * key zeroize rsa} deletes it, and a key file found at boot counts as the router's keys again.
 */
final class HostKeySync implements ConfigListener {

    /** OpenSSH refuses RSA host keys below 1024 bits; a smaller IOS modulus still gets a usable key. */
    static final int MIN_SSH_MODULUS = 1024;

    private final SshCliServer ssh;
    private final Path keyFile;

    HostKeySync(SshCliServer ssh, Path keyFile) {
        this.ssh = ssh;
        this.keyFile = keyFile;
    }

    /**
     * Before the server starts: a key file left by an earlier run becomes the router's key pair, as
     * keys in NVRAM survive a reload. Returns whether there was one.
     */
    static boolean restoreKeys(ConfigStore store, Path keyFile) throws IOException {
        Optional<KeyPair> stored = new HostKeyStore(keyFile).load();
        if (stored.isEmpty() || store.current().crypto().rsaKeys().isPresent()) {
            return stored.isPresent();
        }
        int bits = ((RSAPublicKey) stored.get().getPublic()).getModulus().bitLength();
        RunningConfig current = store.current();
        String label = current.system().hostname() + current.system().domainName().map(d -> "." + d).orElse("");
        store.apply(rc -> rc.withCrypto(c -> c.withRsaKeys(Optional.of(RsaKeyPair.generate(label, bits)))));
        store.forgetChangeTime();
        return true;
    }

    /** Keys read back from the key file: the SSH server already has them, nothing to generate. */
    private static boolean restoredFromNvram(Optional<RsaKeyPair> was, RsaKeyPair now) {
        return was.isEmpty() && now.fromNvram();
    }

    /**
     * `crypto key zeroize rsa` removes the keys and nothing else; a reload (a lab router's power cycle)
     * replaces the whole configuration and must leave the keys in NVRAM.
     */
    private static boolean onlyKeysRemoved(RunningConfig before, RunningConfig after) {
        return before.withCrypto(c -> c.withRsaKeys(Optional.empty())).equals(after);
    }

    @Override
    public void configChanged(RunningConfig before, RunningConfig after) {
        Optional<RsaKeyPair> was = before.crypto().rsaKeys();
        Optional<RsaKeyPair> now = after.crypto().rsaKeys();
        if (was.equals(now)) {
            return;
        }
        try {
            if (now.isPresent()) {
                if (!restoredFromNvram(was, now.get())) {
                    ssh.regenerateHostKey(Math.max(MIN_SSH_MODULUS, now.get().modulusBits()));
                }
            } else if (onlyKeysRemoved(before, after)) {
                Files.deleteIfExists(keyFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the SSH host key in " + keyFile, e);
        }
    }
}
