package org.iosemu.config;

import java.util.List;
import java.util.Locale;

/**
 * One AAA method list: `aaa authentication login NAME METHOD...` or `aaa authorization exec|network NAME
 * METHOD...`. {@code name} is `default` or the list's name; methods are tried in order.
 */
public record AaaMethodList(Kind kind, String name, List<Method> methods) {

    /** Which service the list is for; the show-run prefix of each. */
    public enum Kind {
        LOGIN("aaa authentication login "),
        EXEC("aaa authorization exec "),
        NETWORK("aaa authorization network ");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The methods iosemu knows: the local user database and the trivial ones. */
    public enum Method {
        LOCAL, LOCAL_CASE, NONE, ENABLE, LINE, IF_AUTHENTICATED;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Method of(String keyword) {
            return valueOf(keyword.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public AaaMethodList {
        methods = List.copyOf(methods);
    }

    /** True when the first method is the local user database, where XAUTH and group lookups are answered. */
    public boolean usesLocalDatabase() {
        return !methods.isEmpty() && (methods.get(0) == Method.LOCAL || methods.get(0) == Method.LOCAL_CASE);
    }

    /** IOS writes a blank after the methods of an authorization list, not after an authentication list. */
    public String render() {
        StringBuilder b = new StringBuilder(kind.prefix).append(name);
        methods.forEach(m -> b.append(' ').append(m.keyword()));
        return kind == Kind.LOGIN ? b.toString() : b.append(' ').toString();
    }
}
