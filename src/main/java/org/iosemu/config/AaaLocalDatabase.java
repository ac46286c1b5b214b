package org.iosemu.config;

import java.util.Optional;

/**
 * What the Easy VPN server asks AAA, answered from the running configuration: XAUTH (`client authentication
 * list`) checks a user against the local user database when the named login list starts with `local`, and group
 * authorization (`isakmp authorization list`) finds the client configuration group when the named network list
 * starts with `local`. A list that is not configured fails, as IOS fails an undefined method list.
 */
public final class AaaLocalDatabase {

    /** The outcome of an XAUTH check, with the user when it passed. */
    public sealed interface Verdict {
        record Accepted(UserAccount user) implements Verdict {}

        record Rejected(String reason) implements Verdict {}
    }

    private AaaLocalDatabase() {}

    /** XAUTH: {@code user} / {@code password} against login list {@code list}. */
    public static Verdict authenticate(RunningConfig config, String list, String user, String password) {
        Optional<AaaMethodList> methods = config.system().services().aaa().list(AaaMethodList.Kind.LOGIN, list);
        if (!config.system().services().aaaNewModel() || methods.isEmpty()) {
            return new Verdict.Rejected("authentication list " + list + " is not defined");
        }
        if (!methods.get().usesLocalDatabase()) {
            return new Verdict.Rejected("authentication list " + list + " does not use the local database");
        }
        boolean caseSensitive = methods.get().methods().get(0) == AaaMethodList.Method.LOCAL_CASE;
        return config.system().users().stream()
                .filter(a -> caseSensitive ? a.name().equals(user) : a.name().equalsIgnoreCase(user))
                .filter(a -> a.accepts(password))
                .findFirst().<Verdict>map(Verdict.Accepted::new)
                .orElseGet(() -> new Verdict.Rejected("bad user name or password"));
    }

    /** Group authorization: the client configuration group {@code group} through network list {@code list}. */
    public static Optional<ClientConfigGroup> authorizeGroup(RunningConfig config, String list, String group) {
        Optional<AaaMethodList> methods = config.system().services().aaa().list(AaaMethodList.Kind.NETWORK, list);
        if (!config.system().services().aaaNewModel() || methods.isEmpty() || !methods.get().usesLocalDatabase()) {
            return Optional.empty();
        }
        return config.crypto().server().group(group);
    }
}
