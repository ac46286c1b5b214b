package org.iosemu.ike.config;

/**
 * Checks an XAUTH user name and password for a server (the lab answers from its `aaa authentication login` list).
 * Called on the engine's thread; it must answer at once.
 */
@FunctionalInterface
public interface XauthAuthenticator {
    /** Rejects everyone: a server with XAUTH but no user database. */
    XauthAuthenticator NOBODY = (user, password) -> false;

    boolean authenticate(String user, String password);
}
