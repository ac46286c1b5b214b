package org.iosemu.remote;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The IOS vty login conversation on any terminal (telnet here; usable for a console line too):
 * "User Access Verification", then "Username:"/"Password:" for {@code login local} or just
 * "Password:" for a line password. A failure never says which part was wrong ("% Login invalid";
 * a line password just asks again), each failure waits a little longer before the next prompt, and
 * after the last allowed attempt the dialog gives up ("% Bad passwords" for a line password).
 */
public final class LoginDialog {

    /** Limits of one login conversation. */
    public record Settings(int maxAttempts, Duration failureDelay, Duration answerTimeout) {
        /** IOS: three tries, and a vty waits 30 s for each answer. */
        public static final Settings IOS = new Settings(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

        public Settings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            Objects.requireNonNull(failureDelay, "failureDelay");
            Objects.requireNonNull(answerTimeout, "answerTimeout");
        }
    }

    private final Supplier<LoginPolicy> policy;
    private final Authenticator authenticator;
    private final Settings settings;
    private final Supplier<String> banner;

    /** {@code policy} is read at every login, so a changed {@code login} line applies to the next one. */
    public LoginDialog(Supplier<LoginPolicy> policy, Authenticator authenticator, Settings settings) {
        this(policy, authenticator, settings, () -> "");
    }

    /**
     * As {@link #LoginDialog(Supplier, Authenticator, Settings)}, printing {@code banner} (read at every
     * login; IOS's message of the day) before "User Access Verification".
     */
    public LoginDialog(Supplier<LoginPolicy> policy, Authenticator authenticator, Settings settings,
            Supplier<String> banner) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.banner = Objects.requireNonNull(banner, "banner");
    }

    /**
     * Runs the dialog; the user name that logged in ("" without usernames), or empty when the caller
     * must close the connection. Leaves the terminal's attributes as it found them.
     */
    public Optional<String> run(Terminal terminal) throws IOException {
        LoginPolicy current = policy.get();
        if (current == LoginPolicy.NONE) {
            return Optional.of("");
        }
        Attributes saved = terminal.enterRawMode();
        try {
            PrintWriter out = terminal.writer();
            out.print(banner.get());
            out.print("\n\nUser Access Verification\n\n");
            terminal.flush();
            return current == LoginPolicy.LOCAL ? usernameAndPassword(terminal) : passwordOnly(terminal);
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private Optional<String> usernameAndPassword(Terminal terminal) throws IOException {
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Optional<String> user = askNonEmpty(terminal, "Username: ");
            if (user.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> password = ask(terminal, "Password: ", false);
            if (password.isEmpty()) {
                return Optional.empty();
            }
            if (authenticator.check(user.get(), password.get())) {
                return user;
            }
            say(terminal, "% Login invalid\n\n");
            pauseAfterFailure(attempt);
        }
        return Optional.empty();
    }

    private Optional<String> passwordOnly(Terminal terminal) throws IOException {
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Optional<String> password = ask(terminal, "Password: ", false);
            if (password.isEmpty()) {
                return Optional.empty();
            }
            if (authenticator.check("", password.get())) {
                return Optional.of("");
            }
            pauseAfterFailure(attempt);
        }
        say(terminal, "% Bad passwords\n\n");
        return Optional.empty();
    }

    /** IOS asks "Username:" again on a bare Enter without counting it as a failure. */
    private Optional<String> askNonEmpty(Terminal terminal, String prompt) throws IOException {
        long deadline = System.nanoTime() + settings.answerTimeout().toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Optional<String> answer = ask(terminal, prompt, true, left);
            if (answer.isEmpty() || !answer.get().isEmpty()) {
                return answer;
            }
        }
    }

    private Optional<String> ask(Terminal terminal, String prompt, boolean echo) throws IOException {
        return ask(terminal, prompt, echo, settings.answerTimeout());
    }

    private Optional<String> ask(Terminal terminal, String prompt, boolean echo, Duration timeout)
            throws IOException {
        say(terminal, prompt);
        Optional<String> answer = PromptInput.readLine(terminal, echo, timeout);
        if (answer.isEmpty()) {
            say(terminal, "\n% " + prompt.strip() + "  timeout expired!\n");
        } else {
            say(terminal, "\n");
        }
        return answer;
    }

    private static void say(Terminal terminal, String text) {
        terminal.writer().print(text);
        terminal.flush();
    }

    /** Rate limiting: the n-th failure costs n delays, so guessing over one connection stays slow. */
    private void pauseAfterFailure(int attempt) throws IOException {
        try {
            Thread.sleep(settings.failureDelay().multipliedBy(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("login interrupted");
        }
    }
}
