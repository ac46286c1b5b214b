package org.iosemu.remote;

/** What a vty line asks before the session starts, after its {@code login} command. */
public enum LoginPolicy {
    /** {@code no login}: straight to the prompt. */
    NONE,
    /** {@code login} with a line {@code password}: only "Password:"; the Authenticator sees user "". */
    LINE_PASSWORD,
    /** {@code login local}: "Username:" and "Password:" checked against the username database. */
    LOCAL
}
