package org.iosemu.access;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.UserAccount;
import org.iosemu.remote.LoginPolicy;

/**
 * What the running configuration allows on the vty lines: which transports ({@code transport input}),
 * which login ({@code login}, {@code login local}, {@code no login}), who gets in and at which privilege
 * level, how long a session may stay idle ({@code exec-timeout}). Every answer reads the current
 * snapshot, so a change applies to the next connection (the idle limit: to the next wait for a key).
 */
final class VtyPolicy {

    private static final int USER_LEVEL = 1;

    private final Supplier<RunningConfig> config;

    VtyPolicy(Supplier<RunningConfig> config) {
        this.config = config;
    }

    /** How many vty lines the configuration has (`line vty 0 4` = 5); 0 refuses every connection. */
    int lineCount() {
        return config.get().vtyLineCount();
    }

    Optional<LineConfig> line(int vty) {
        return config.get().lines().stream()
                .filter(l -> l.kind() == LineConfig.Kind.VTY && l.first() <= vty && vty <= l.last()).findFirst();
    }

    /**
     * `transport input`: absent or `all` lets both in, `none` nobody; otherwise the listed protocols.
     */
    boolean allows(int vty, String transport) {
        Optional<String> input = line(vty).flatMap(LineConfig::transportInput);
        if (input.isEmpty()) {
            return true;
        }
        List<String> words = Arrays.asList(input.get().toLowerCase(Locale.ROOT).split("\\s+"));
        return words.contains("all") || words.contains(transport.toLowerCase(Locale.ROOT));
    }

    LoginPolicy login(int vty) {
        return switch (line(vty).map(LineConfig::login).orElse(LineConfig.Login.LINE_PASSWORD)) {
            case NONE -> LoginPolicy.NONE;
            case LINE_PASSWORD -> LoginPolicy.LINE_PASSWORD;
            case LOCAL -> LoginPolicy.LOCAL;
        };
    }

    /**
     * Checks a login as the line asks for it and gives the privilege level the session starts at; empty
     * when the credentials are wrong. With a line password the user name is ignored (SSH still sends one).
     */
    OptionalInt authenticate(int vty, String user, String password) {
        Optional<LineConfig> line = line(vty);
        int lineLevel = line.flatMap(LineConfig::privilegeLevel).orElse(USER_LEVEL);
        return switch (login(vty)) {
            case NONE -> OptionalInt.of(lineLevel);
            case LINE_PASSWORD -> line.flatMap(LineConfig::password).filter(p -> p.clear().equals(password)).isPresent()
                    ? OptionalInt.of(lineLevel) : OptionalInt.empty();
            case LOCAL -> config.get().system().user(user).filter(a -> matches(a, password))
                    .map(a -> OptionalInt.of(a.privilege())).orElse(OptionalInt.empty());
        };
    }

    /** The level a session starts at once the transport authenticated {@code user}. */
    int levelOf(int vty, String user) {
        if (login(vty) == LoginPolicy.LOCAL) {
            return config.get().system().user(user).map(UserAccount::privilege).orElse(USER_LEVEL);
        }
        return line(vty).flatMap(LineConfig::privilegeLevel).orElse(USER_LEVEL);
    }

    /**
     * `exec-timeout`: how long a session on the line may wait for a key before it is disconnected; 10
     * minutes when not configured, {@link Duration#ZERO} (`exec-timeout 0 0`) for never.
     */
    Duration execTimeout(int vty) {
        return line(vty).flatMap(LineConfig::execTimeout)
                .map(t -> Duration.ofMinutes(t.minutes()).plusSeconds(t.seconds()))
                .orElse(Duration.ofMinutes(LineConfig.DEFAULT_TIMEOUT_MINUTES));
    }

    /** `login` on a line without `password`: IOS says "Password required, but none set". */
    boolean passwordMissing(int vty) {
        return login(vty) == LoginPolicy.LINE_PASSWORD && line(vty).flatMap(LineConfig::password).isEmpty();
    }

    /** `crypto key generate rsa` has run (IOS serves SSH only with an RSA key pair). */
    boolean hasRsaKeys() {
        return config.get().crypto().rsaKeys().isPresent();
    }

    private static boolean matches(UserAccount account, String password) {
        if (account.secret().isPresent()) {
            return account.secret().get().matches(password);
        }
        return account.password().map(p -> p.clear().equals(password)).orElse(false);
    }
}
