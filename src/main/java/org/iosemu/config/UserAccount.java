package org.iosemu.config;

import java.util.Optional;

/** A local user: `username NAME [privilege N] [secret T HASH | password P]`. */
public record UserAccount(String name, int privilege, Optional<Secret> secret, Optional<Password> password) {

    public static final int DEFAULT_PRIVILEGE = 1;

    /** True if {@code clear} is this user's secret, or its password when it has no secret. */
    public boolean accepts(String clear) {
        return secret.map(s -> s.matches(clear)).orElseGet(() -> password.map(p -> p.clear().equals(clear)).orElse(false));
    }

    public String render() {
        StringBuilder b = new StringBuilder("username ").append(name);
        if (privilege != DEFAULT_PRIVILEGE) {
            b.append(" privilege ").append(privilege);
        }
        secret.ifPresent(s -> b.append(" secret ").append(s));
        password.ifPresent(p -> b.append(" password ").append(p.render(true)));
        return b.toString();
    }
}
