package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * `crypto isakmp client configuration group NAME`: what an Easy VPN server hands the clients of a group in
 * Mode Config (pre-shared key, address pool, DNS/WINS servers, domain, split-tunnel ACL, ...). The key is
 * the phase-1 secret of Aggressive Mode peers that name the group in their ID_KEY_ID.
 */
public record ClientConfigGroup(String name, Optional<String> key, boolean keyEncrypted, List<String> dns,
                                List<String> wins, Optional<String> domain, Optional<String> pool,
                                Optional<String> splitAcl, boolean savePassword, boolean includeLocalLan, boolean pfs,
                                OptionalInt maxUsers, OptionalInt maxLogins, Optional<String> netmask) {

    public ClientConfigGroup {
        dns = List.copyOf(dns);
        wins = List.copyOf(wins);
    }

    public static ClientConfigGroup named(String name) {
        return new ClientConfigGroup(name, Optional.empty(), false, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false, false, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    public ClientConfigGroup withKey(Optional<String> v, boolean encrypted) {
        return new ClientConfigGroup(name, v, encrypted, dns, wins, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withDns(List<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, v, wins, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withWins(List<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, v, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withDomain(Optional<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, v, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withPool(Optional<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, v, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withSplitAcl(Optional<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, v, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withSavePassword(boolean v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, v, includeLocalLan, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withIncludeLocalLan(boolean v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, savePassword, v, pfs, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withPfs(boolean v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, savePassword, includeLocalLan, v, maxUsers, maxLogins, netmask);
    }

    public ClientConfigGroup withMaxUsers(OptionalInt v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, v, maxLogins, netmask);
    }

    public ClientConfigGroup withMaxLogins(OptionalInt v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, v, netmask);
    }

    public ClientConfigGroup withNetmask(Optional<String> v) {
        return new ClientConfigGroup(name, key, keyEncrypted, dns, wins, domain, pool, splitAcl, savePassword, includeLocalLan, pfs, maxUsers, maxLogins, v);
    }

    /**
     * NVGEN order as real 15.x configs show it (key, dns, wins, domain, pool, acl first; the order of the
     * flags and limits after them is inferred); the body is indented by one.
     */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp client configuration group " + name);
        key.ifPresent(k -> out.add(" key " + (keyEncrypted ? "6 " : "") + k));
        if (!dns.isEmpty()) {
            out.add(" dns " + String.join(" ", dns));
        }
        if (!wins.isEmpty()) {
            out.add(" wins " + String.join(" ", wins));
        }
        domain.ifPresent(d -> out.add(" domain " + d));
        pool.ifPresent(p -> out.add(" pool " + p));
        splitAcl.ifPresent(a -> out.add(" acl " + a));
        if (savePassword) {
            out.add(" save-password");
        }
        if (includeLocalLan) {
            out.add(" include-local-lan");
        }
        if (pfs) {
            out.add(" pfs");
        }
        maxUsers.ifPresent(n -> out.add(" max-users " + n));
        maxLogins.ifPresent(n -> out.add(" max-logins " + n));
        netmask.ifPresent(m -> out.add(" netmask " + m));
        return out;
    }
}
