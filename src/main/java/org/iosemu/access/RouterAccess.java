package org.iosemu.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.SessionBanners;
import org.iosemu.remote.Authenticator;
import org.iosemu.remote.LoginDialog;
import org.iosemu.remote.LoginPolicy;
import org.iosemu.remote.ssh.SshCliServer;
import org.iosemu.remote.ssh.SshServerConfig;
import org.iosemu.remote.telnet.TelnetServer;
import org.iosemu.remote.telnet.TelnetServerConfig;

/**
 * The SSH and telnet servers of one router, on loopback. Both hand authenticated connections to the
 * same {@link VtyShell}; the configuration decides who gets in (see {@link VtyPolicy}).
 */
public final class RouterAccess implements AutoCloseable {

    /** Tunables; {@link #IOS} for real use, tests shorten the failure delay. */
    public record Settings(Duration loginFailureDelay, Duration outputStallTimeout) {
        public static final Settings IOS = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    private static final int MAX_VTY_LINES = 16;

    private final RouterContext router;
    private final SshCliServer ssh;
    private final TelnetServer telnet;
    private final HostKeySync keySync;
    private final Path temporaryKeyDir;

    private RouterAccess(RouterContext router, SshCliServer ssh, TelnetServer telnet, HostKeySync keySync,
            Path temporaryKeyDir) {
        this.router = router;
        this.ssh = ssh;
        this.telnet = telnet;
        this.keySync = keySync;
        this.temporaryKeyDir = temporaryKeyDir;
    }

    /**
     * Starts the servers {@code ports} asks for (port 0 = any free port). The SSH host key lives next to
     * the router's startup-config ({@code NAME-ssh-host-key.pem}); a router without one keeps it in a
     * temporary directory removed on close.
     */
    public static RouterAccess start(RouterContext router, AccessPorts ports, Settings settings) throws IOException {
        return start(router, ports, settings, () -> true);
    }

    /**
     * As {@link #start(RouterContext, AccessPorts, Settings)} for a router that can be switched off (a lab
     * router): while {@code powered} is false nobody logs in and sessions that were open end at their
     * next line.
     */
    public static RouterAccess start(RouterContext router, AccessPorts ports, Settings settings,
            BooleanSupplier powered) throws IOException {
        VtyPolicy policy = new VtyPolicy(() -> router.config().current());
        VtyLines lines = new VtyLines(() -> powered.getAsBoolean() ? Math.min(MAX_VTY_LINES, policy.lineCount()) : 0);
        VtyShell shell = new VtyShell(router, policy, lines, powered);
        SshCliServer ssh = null;
        TelnetServer telnet = null;
        HostKeySync keySync = null;
        Path tempDir = null;
        try {
            if (ports.ssh().isPresent()) {
                Path keyFile;
                if (router.startupConfig().path().isPresent()) {
                    Path startup = router.startupConfig().path().get().toAbsolutePath();
                    keyFile = startup.resolveSibling(startup.getFileName() + "-ssh-host-key.pem");
                } else {
                    tempDir = Files.createTempDirectory("iosemu-nvram");
                    keyFile = tempDir.resolve("ssh-host-key.pem");
                }
                boolean restored = HostKeySync.restoreKeys(router.config(), keyFile);
                Path nvramKey = keyFile;
                Authenticator sshAuth = (user, password) -> {
                    reloadKeysAfterReboot(router, nvramKey, policy);
                    int vty = lines.loginLine();
                    // IOS serves SSH only once RSA keys exist, and only on lines whose transport allows it;
                    // with every line busy the right password gets in to be told so by the shell
                    return powered.getAsBoolean() && policy.hasRsaKeys() && policy.allows(vty, "ssh")
                            && policy.authenticate(vty, user, password).isPresent();
                };
                SshServerConfig sshConfig = SshServerConfig.loopback(ports.ssh().getAsInt(), keyFile)
                        .withFailureDelay(settings.loginFailureDelay());
                ssh = new SshCliServer(sshConfig, sshAuth, shell, new VtyExec(router, policy, lines));
                ssh.showBeforeLogin(() -> SessionBanners.login(router.config().current()));
                ssh.start();
                if (!restored && !policy.hasRsaKeys()) {
                    // the server needs a key to listen, but the router has none until `crypto key generate
                    // rsa`: keep it out of NVRAM so a restart does not count it as the router's keys
                    Files.deleteIfExists(keyFile);
                }
                keySync = new HostKeySync(ssh, keyFile);
                router.config().addListener(keySync);
            }
            if (ports.telnet().isPresent()) {
                LoginDialog login = new LoginDialog(() -> powered.getAsBoolean() ? telnetLogin(policy, lines.next())
                        : LoginPolicy.NONE, // the shell turns the connection away
                        (user, password) -> policy.authenticate(lines.next(), user, password).isPresent(),
                        new LoginDialog.Settings(3, settings.loginFailureDelay(), Duration.ofSeconds(30)),
                        () -> SessionBanners.beforeLogin(router.config().current()));
                TelnetServerConfig telnetConfig = TelnetServerConfig.loopback(ports.telnet().getAsInt())
                        .withMaxConnections(MAX_VTY_LINES)
                        .withOutputLimits(256 * 1024, settings.outputStallTimeout());
                // a connection takes a vty line from the start, as on IOS: logins in progress count, and
                // each waits at most 30 s for an answer (IOS's vty login response timeout)
                telnet = new TelnetServer(telnetConfig, login, shell,
                        open -> !powered.getAsBoolean()   // a switched-off router answers nothing: the shell says nothing
                                || open < Math.min(MAX_VTY_LINES, policy.lineCount()) && lines.anyFree());
                telnet.start();
            }
            return new RouterAccess(router, ssh, telnet, keySync, tempDir);
        } catch (IOException | RuntimeException e) {
            new RouterAccess(router, ssh, telnet, keySync, tempDir).close();
            throw e;
        }
    }

    /**
     * A reload (a lab router's power cycle) boots from the startup-config, which does not hold the RSA
     * keys; the key file does, so the keys are back as on IOS. The file exists exactly while the router
     * has keys (zeroize deletes it), so a missing key with a present file means a reboot.
     */
    private static void reloadKeysAfterReboot(RouterContext router, Path keyFile, VtyPolicy policy) {
        if (!policy.hasRsaKeys() && Files.exists(keyFile)) {
            try {
                HostKeySync.restoreKeys(router.config(), keyFile);
            } catch (IOException e) {
                // an unreadable key file: SSH stays refused, as on a router without keys
            }
        }
    }

    /**
     * A line that refuses telnet, or wants a password none was set for, gets no login dialog: the shell
     * turns the connection away at once, as IOS does.
     */
    private static LoginPolicy telnetLogin(VtyPolicy policy, int vty) {
        if (!policy.allows(vty, "telnet") || policy.passwordMissing(vty)) {
            return LoginPolicy.NONE;
        }
        return policy.login(vty);
    }

    public OptionalInt sshPort() {
        return ssh == null ? OptionalInt.empty() : OptionalInt.of(ssh.port());
    }

    public OptionalInt telnetPort() {
        return telnet == null ? OptionalInt.empty() : OptionalInt.of(telnet.port());
    }

    @Override
    public void close() {
        if (keySync != null) {
            router.config().removeListener(keySync);
        }
        if (telnet != null) {
            telnet.close();
        }
        if (ssh != null) {
            try {
                ssh.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
        if (temporaryKeyDir != null) {
            try (var files = Files.list(temporaryKeyDir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(temporaryKeyDir);
            } catch (IOException ignored) {
                // a leftover temp dir is harmless
            }
        }
    }
}
