package org.iosemu.remote.ssh;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.iosemu.remote.Authenticator;

/**
 * SSH password checks off the network threads (scrypt takes tens of milliseconds) and rate-limited per
 * connection: the n-th wrong password of a session is answered only after n failure delays. Other
 * sessions are never held up, because the answer is deferred rather than slept on.
 */
final class PacedPasswordCheck implements PasswordAuthenticator, AutoCloseable {

    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();

    private final Authenticator authenticator;
    private final Duration failureDelay;
    private final ExecutorService checkers;
    private final ScheduledExecutorService timer;

    PacedPasswordCheck(Authenticator authenticator, Duration failureDelay) {
        this.authenticator = authenticator;
        this.failureDelay = failureDelay;
        this.checkers = Executors.newFixedThreadPool(2, daemon("ssh-password-check"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("ssh-password-delay"));
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        AsyncAuthException pending = new AsyncAuthException();
        checkers.execute(() -> {
            boolean ok;
            try {
                ok = authenticator.check(user, password);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (ok) {
                pending.setAuthed(true);
                return;
            }
            int failures = session.computeAttributeIfAbsent(FAILURES, key -> new AtomicInteger()).incrementAndGet();
            timer.schedule(() -> pending.setAuthed(false), failureDelay.toMillis() * failures, TimeUnit.MILLISECONDS);
        });
        throw pending;
    }

    @Override
    public void close() {
        checkers.shutdownNow();
        timer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
