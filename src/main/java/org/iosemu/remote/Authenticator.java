package org.iosemu.remote;

/**
 * Checks credentials against the router configuration (usernames with their secrets, or the line
 * password, where {@code user} is empty). Must be thread-safe: several connections log in at once.
 */
@FunctionalInterface
public interface Authenticator {
    boolean check(String user, String password);
}
