package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `crypto isakmp profile NAME`: which peers it is for ({@code matches}), the keyrings their keys come from, the
 * identity sent, a per-profile DPD keepalive that overrides the global one for those peers, and the Easy VPN
 * server lines. Lists keep the order they were typed.
 */
public record IsakmpProfile(String name, Optional<String> description, List<String> keyrings,
                            Optional<SelfIdentity> selfIdentity, List<IdentityMatch> matches,
                            Optional<String> clientAuthenticationList, Optional<String> isakmpAuthorizationList,
                            Optional<ClientAddress> clientConfigurationAddress,
                            Optional<String> clientConfigurationGroup, Optional<String> localAddress,
                            Optional<ProfileKeepalive> keepalive, boolean initiateAggressive,
                            Optional<Integer> virtualTemplate) {

    /** `match identity address A [MASK]`, `match identity host FQDN`, `match identity group NAME`. */
    public record IdentityMatch(Kind kind, String value, Optional<String> mask) {
        public enum Kind { ADDRESS, HOST, GROUP }

        /** IOS writes a blank after an address match (with or without its mask). */
        public String render() {
            return switch (kind) {
                case ADDRESS -> "match identity address " + value + mask.map(m -> " " + m).orElse("") + " ";
                case HOST -> "match identity host " + value;
                case GROUP -> "match identity group " + value;
            };
        }

        /** The mask an address match covers: a host when none was typed, as IOS does. */
        public String effectiveMask() {
            return mask.orElse("255.255.255.255");
        }
    }

    /** `self-identity address | fqdn | user-fqdn NAME`. */
    public record SelfIdentity(String keyword, Optional<String> userFqdn) {
        public String render() {
            return "self-identity " + keyword + userFqdn.map(u -> " " + u).orElse("");
        }
    }

    /** `client configuration address respond | initiate`. */
    public enum ClientAddress { RESPOND, INITIATE }

    /** `keepalive SECONDS retry RETRY`: DPD for the peers of this profile. */
    public record ProfileKeepalive(int seconds, int retrySeconds) {}

    public IsakmpProfile {
        keyrings = List.copyOf(keyrings);
        matches = List.copyOf(matches);
    }

    public static IsakmpProfile named(String name) {
        return new IsakmpProfile(name, Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /** IOS calls a profile without `match identity` incomplete: it is never chosen for a peer. */
    public boolean complete() {
        return !matches.isEmpty();
    }

    public IsakmpProfile withDescription(Optional<String> v) {
        return new IsakmpProfile(name, v, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withKeyrings(List<String> v) {
        return new IsakmpProfile(name, description, v, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withSelfIdentity(Optional<SelfIdentity> v) {
        return new IsakmpProfile(name, description, keyrings, v, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withMatches(List<IdentityMatch> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, v, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withClientAuthenticationList(Optional<String> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, v, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withIsakmpAuthorizationList(Optional<String> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, v, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withClientConfigurationAddress(Optional<ClientAddress> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, v, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withClientConfigurationGroup(Optional<String> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, v, localAddress, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withLocalAddress(Optional<String> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, v, keepalive, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withKeepalive(Optional<ProfileKeepalive> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, v, initiateAggressive, virtualTemplate);
    }

    public IsakmpProfile withInitiateAggressive(boolean v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, v, virtualTemplate);
    }

    public IsakmpProfile withVirtualTemplate(Optional<Integer> v) {
        return new IsakmpProfile(name, description, keyrings, selfIdentity, matches, clientAuthenticationList, isakmpAuthorizationList, clientConfigurationAddress, clientConfigurationGroup, localAddress, keepalive, initiateAggressive, v);
    }

    /**
     * NVGEN order as in real 15.x configs: description, keyring, self-identity, matches, the Easy VPN server
     * lines, local-address, keepalive, initiate mode; the body is indented by three.
     */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp profile " + name);
        description.ifPresent(d -> out.add("   description " + d));
        keyrings.forEach(k -> out.add("   keyring " + k));
        selfIdentity.ifPresent(s -> out.add("   " + s.render()));
        matches.forEach(m -> out.add("   " + m.render()));
        clientAuthenticationList.ifPresent(l -> out.add("   client authentication list " + l));
        isakmpAuthorizationList.ifPresent(l -> out.add("   isakmp authorization list " + l));
        clientConfigurationAddress.ifPresent(a -> out.add("   client configuration address "
                + a.name().toLowerCase(java.util.Locale.ROOT)));
        clientConfigurationGroup.ifPresent(g -> out.add("   client configuration group " + g));
        localAddress.ifPresent(a -> out.add("   local-address " + a));
        keepalive.ifPresent(k -> out.add("   keepalive " + k.seconds() + " retry " + k.retrySeconds()));
        if (initiateAggressive) {
            out.add("   initiate mode aggressive");
        }
        virtualTemplate.ifPresent(t -> out.add("   virtual-template " + t));
        return out;
    }
}
