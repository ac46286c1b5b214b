package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `crypto ipsec profile NAME`: the IPsec settings a tunnel interface's protection uses. */
public record IpsecProfile(String name, Optional<String> description, List<String> transformSets,
                           Optional<Integer> pfsGroup, Optional<Integer> lifetimeSeconds,
                           Optional<Long> lifetimeKilobytes, Optional<String> isakmpProfile,
                           boolean responderOnly) {

    public IpsecProfile {
        transformSets = List.copyOf(transformSets);
    }

    public static IpsecProfile named(String name) {
        return new IpsecProfile(name, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    public IpsecProfile withDescription(Optional<String> v) {
        return new IpsecProfile(name, v, transformSets, pfsGroup, lifetimeSeconds, lifetimeKilobytes, isakmpProfile,
                responderOnly);
    }

    public IpsecProfile withTransformSets(List<String> v) {
        return new IpsecProfile(name, description, v, pfsGroup, lifetimeSeconds, lifetimeKilobytes, isakmpProfile,
                responderOnly);
    }

    public IpsecProfile withPfsGroup(Optional<Integer> v) {
        return new IpsecProfile(name, description, transformSets, v, lifetimeSeconds, lifetimeKilobytes, isakmpProfile,
                responderOnly);
    }

    public IpsecProfile withLifetime(Optional<Integer> seconds, Optional<Long> kilobytes) {
        return new IpsecProfile(name, description, transformSets, pfsGroup, seconds, kilobytes, isakmpProfile,
                responderOnly);
    }

    public IpsecProfile withIsakmpProfile(Optional<String> v) {
        return new IpsecProfile(name, description, transformSets, pfsGroup, lifetimeSeconds, lifetimeKilobytes, v,
                responderOnly);
    }

    public IpsecProfile withResponderOnly(boolean v) {
        return new IpsecProfile(name, description, transformSets, pfsGroup, lifetimeSeconds, lifetimeKilobytes,
                isakmpProfile, v);
    }

    /** NVGEN order as in real 15.x configs: SA lifetimes, transform sets (trailing blank), PFS, ISAKMP profile. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ipsec profile " + name);
        description.ifPresent(d -> out.add(" description " + d));
        lifetimeSeconds.ifPresent(s -> out.add(" set security-association lifetime seconds " + s));
        lifetimeKilobytes.ifPresent(k -> out.add(" set security-association lifetime kilobytes " + k));
        if (!transformSets.isEmpty()) {
            out.add(" set transform-set " + String.join(" ", transformSets) + " ");
        }
        pfsGroup.ifPresent(g -> out.add(" set pfs group" + g));
        isakmpProfile.ifPresent(p -> out.add(" set isakmp-profile " + p));
        if (responderOnly) {
            out.add(" responder-only");
        }
        return out;
    }
}
