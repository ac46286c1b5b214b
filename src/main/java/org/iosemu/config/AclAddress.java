package org.iosemu.config;

/** An ACL address: any, host X, or address + wildcard. */
public record AclAddress(Kind kind, String address, String wildcard) {

    /** How the address was given. */
    public enum Kind { ANY, HOST, WILDCARD }

    public static final AclAddress ANY = new AclAddress(Kind.ANY, "", "");

    public static AclAddress host(String a) {
        return new AclAddress(Kind.HOST, a, "");
    }

    /** A /32 wildcard is a host; IOS stores it that way and prints `host`. */
    public static AclAddress wildcard(String a, String w) {
        if (w.equals("0.0.0.0")) {
            return host(a);
        }
        if (a.equals("0.0.0.0") && w.equals("255.255.255.255")) {
            return ANY;
        }
        return new AclAddress(Kind.WILDCARD, a, w);
    }

    /** Extended-ACL form. */
    public String render() {
        return switch (kind) {
            case ANY -> "any";
            case HOST -> "host " + address;
            case WILDCARD -> address + " " + wildcard;
        };
    }

    /** Standard-ACL show-run form (`host` is dropped there). */
    public String renderStandard() {
        return switch (kind) {
            case ANY -> "any";
            case HOST -> address;
            case WILDCARD -> address + " " + wildcard;
        };
    }

    /** `show access-lists` form of a standard entry. */
    public String renderStandardShow() {
        return switch (kind) {
            case ANY -> "any";
            case HOST -> address;
            case WILDCARD -> address + ", wildcard bits " + wildcard;
        };
    }
}
