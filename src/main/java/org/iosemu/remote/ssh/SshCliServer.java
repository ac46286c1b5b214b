package org.iosemu.remote.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.function.Supplier;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.iosemu.remote.Authenticator;
import org.iosemu.remote.ConnectionHandler;
import org.iosemu.remote.ExecHandler;

/**
 * The router's SSH server (Apache MINA SSHD): password authentication only, an RSA host key kept in a
 * file, "shell" sessions handed to a ConnectionHandler as JLine terminals and, when an ExecHandler is
 * given, "exec" requests. No port forwarding, agent forwarding or subsystems.
 */
public final class SshCliServer implements AutoCloseable {

    private final SshServerConfig config;
    private final HostKeyStore keyStore;
    private final AtomicReference<KeyPair> hostKey = new AtomicReference<>();
    private final SshServer sshd;
    private final PacedPasswordCheck passwordCheck;

    /** {@code exec} may be null: exec requests are then refused. */
    public SshCliServer(SshServerConfig config, Authenticator authenticator, ConnectionHandler shell, ExecHandler exec) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(shell, "shell");
        this.keyStore = new HostKeyStore(config.hostKeyFile());
        this.sshd = SshServer.setUpDefaultServer();
        sshd.setHost(config.bindAddress().getHostAddress());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(new KeyPairProvider() {
            @Override
            public Iterable<KeyPair> loadKeys(SessionContext session) {
                return List.of(hostKey.get());
            }
        });
        sshd.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        this.passwordCheck = new PacedPasswordCheck(authenticator, config.failureDelay());
        sshd.setPasswordAuthenticator(passwordCheck);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setShellFactory(channel -> new TerminalShell(shell));
        if (exec != null) {
            sshd.setCommandFactory((channel, command) -> new ExecCommand(command, exec));
        }
        // clients spend one request on "none" to learn the methods; IOS counts only password tries
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, config.authenticationRetries() + 1);
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, config.authenticationTimeout());
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "Cisco-1.25");
        // echo and prompts are small writes: without TCP_NODELAY, Nagle plus the peer's delayed ACK
        // add ~40 ms to every command
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        // IOS 15 speaks AES only; AES also runs on the CPU's AES instructions, MINA's ChaCha20 in Java
        sshd.setCipherFactories(List.of(BuiltinCiphers.aes128ctr, BuiltinCiphers.aes192ctr, BuiltinCiphers.aes256ctr,
                BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm));
    }

    /**
     * Sends {@code banner} (read per connection; nothing when empty) as the SSH user-auth banner, which clients
     * print before asking for the password: where IOS puts `banner login` for SSH.
     */
    public void showBeforeLogin(Supplier<String> banner) {
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                String text = banner.get();
                if (!text.isEmpty()) {
                    CoreModuleProperties.WELCOME_BANNER.set(session, text);
                }
            }
        });
    }

    /** Loads (or creates and saves) the host key, binds and starts listening. */
    public void start() throws IOException {
        hostKey.set(keyStore.loadOrGenerate(config.rsaModulus()));
        sshd.start();
    }

    /** Replaces and persists the host key (crypto key generate rsa); new sessions use it. */
    public PublicKey regenerateHostKey(int modulusBits) throws IOException {
        KeyPair fresh = keyStore.regenerate(modulusBits);
        hostKey.set(fresh);
        return fresh.getPublic();
    }

    /** Uses a caller-supplied key pair from now on and persists it. */
    public void useHostKey(KeyPair pair) throws IOException {
        keyStore.save(pair);
        hostKey.set(pair);
    }

    public PublicKey hostKey() {
        return hostKey.get().getPublic();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(config.bindAddress(), sshd.getPort());
    }

    public int port() {
        return sshd.getPort();
    }

    public int activeSessions() {
        return sshd.getActiveSessions().size();
    }

    @Override
    public void close() throws IOException {
        try {
            sshd.stop(true);
        } finally {
            passwordCheck.close();
        }
    }
}
