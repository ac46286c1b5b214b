package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.CryptoKeyring;
import org.iosemu.config.CryptoProfiles;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.KeyringKey;
import org.iosemu.grammar.IosParser;

/**
 * `crypto keyring`, `crypto isakmp profile`, `crypto ipsec profile` and their sub-modes ((conf-keyring),
 * (conf-isa-prof), (ipsec-profile)), plus the global ISAKMP identity / aggressive-mode / fragmentation lines.
 */
final class ProfileCommands {

    static final String INCOMPLETE_PROFILE = "% A profile is deemed incomplete until it has match identity statements\n";

    private ProfileCommands() {}

    // ---- global lines ------------------------------------------------------------------------------

    static CommandResult enterKeyring(IosParser.Cr_keyringContext c, CommandEnv env) {
        String name = c.arg_keyring_name().getText();
        profiles(env, p -> p.keyring(name).isPresent() ? p : p.withKeyring(CryptoKeyring.named(name)));
        return new CommandResult.Enter(Mode.KEYRING, new ModeTarget.Keyring(name));
    }

    static CommandResult deleteKeyring(IosParser.Cr_keyringContext c, CommandEnv env) {
        String name = c.arg_keyring_name().getText();
        return profiles(env, p -> p.withoutKeyring(name));
    }

    static CommandResult enterIsakmpProfile(IosParser.Cis_profileContext c, CommandEnv env) {
        String name = c.arg_isakmp_profile_name().getText();
        profiles(env, p -> p.isakmpProfile(name).isPresent() ? p : p.withIsakmpProfile(IsakmpProfile.named(name)));
        boolean incomplete = env.config().crypto().profiles().isakmpProfile(name).map(p -> !p.complete()).orElse(true);
        if (incomplete && !env.loading()) {
            env.out().print(INCOMPLETE_PROFILE);
        }
        return new CommandResult.Enter(Mode.ISAKMP_PROFILE, new ModeTarget.IsakmpProfileName(name));
    }

    static CommandResult deleteIsakmpProfile(IosParser.Cis_profileContext c, CommandEnv env) {
        String name = c.arg_isakmp_profile_name().getText();
        return profiles(env, p -> p.withoutIsakmpProfile(name));
    }

    static CommandResult enterIpsecProfile(IosParser.Cip_profileContext c, CommandEnv env) {
        String name = c.arg_ipsec_profile_name().getText();
        profiles(env, p -> p.ipsecProfile(name).isPresent() ? p : p.withIpsecProfile(IpsecProfile.named(name)));
        return new CommandResult.Enter(Mode.IPSEC_PROFILE, new ModeTarget.IpsecProfileName(name));
    }

    static CommandResult deleteIpsecProfile(IosParser.Cip_profileContext c, CommandEnv env) {
        String name = c.arg_ipsec_profile_name().getText();
        return profiles(env, p -> p.withoutIpsecProfile(name));
    }

    static CommandResult identity(IosParser.Isakmp_identity_kindContext k, CommandEnv env) {
        CryptoProfiles.IsakmpIdentity id = k.DN() != null ? CryptoProfiles.IsakmpIdentity.DN
                : k.HOSTNAME() != null ? CryptoProfiles.IsakmpIdentity.HOSTNAME : CryptoProfiles.IsakmpIdentity.ADDRESS;
        return profiles(env, p -> p.withIdentity(id));
    }

    static CommandResult noIdentity(CommandEnv env) {
        return profiles(env, p -> p.withIdentity(CryptoProfiles.IsakmpIdentity.ADDRESS));
    }

    static CommandResult aggressiveModeDisabled(boolean disabled, CommandEnv env) {
        return profiles(env, p -> p.withAggressiveModeDisabled(disabled));
    }

    static CommandResult fragmentation(boolean on, CommandEnv env) {
        return profiles(env, p -> p.withFragmentation(on));
    }

    // ---- (conf-keyring) ----------------------------------------------------------------------------

    static CommandResult keyring(IosParser.Keyring_commandContext c, String name, CommandEnv env) {
        if (c.kr_description() != null) {
            String d = c.kr_description().arg_keyring_description().getText();
            return editKeyring(name, env, k -> k.withDescription(Optional.of(d)));
        }
        if (c.kr_local_address() != null) {
            String a = localAddress(c.kr_local_address().profile_local_address());
            return editKeyring(name, env, k -> k.withLocalAddress(Optional.of(a)));
        }
        if (c.kr_pre_shared_key() != null) {
            KeyringKey key = keyringKey(c.kr_pre_shared_key().kr_peer(), c.kr_pre_shared_key().kr_key_string());
            return editKeyring(name, env, k -> k.withKey(key));
        }
        return null;
    }

    static CommandResult keyringNo(IosParser.Keyring_noContext c, String name, CommandEnv env) {
        if (c.DESCRIPTION() != null) {
            return editKeyring(name, env, k -> k.withDescription(Optional.empty()));
        }
        if (c.LOCAL_ADDRESS() != null) {
            return editKeyring(name, env, k -> k.withLocalAddress(Optional.empty()));
        }
        IsakmpKey.Peer peer = keyringKey(c.kr_peer(), null).peer();
        return editKeyring(name, env, k -> k.withoutKey(peer));
    }

    private static KeyringKey keyringKey(IosParser.Kr_peerContext peer, IosParser.Kr_key_stringContext s) {
        String key = s == null ? "" : s.arg_keyring_key().getText();
        boolean encrypted = s != null && s.NUM_6() != null;
        if (peer.ADDRESS() != null) {
            return KeyringKey.forAddress(Args.ip(peer.arg_keyring_peer_address()),
                    Optional.ofNullable(peer.arg_keyring_peer_mask()).map(Args::ip), key, encrypted);
        }
        return KeyringKey.forHostname(peer.arg_keyring_peer_hostname().getText(), key, encrypted);
    }

    private static CommandResult editKeyring(String name, CommandEnv env, UnaryOperator<CryptoKeyring> change) {
        return profiles(env, p -> p.withKeyring(change.apply(p.keyring(name).orElse(CryptoKeyring.named(name)))));
    }

    // ---- (conf-isa-prof) ---------------------------------------------------------------------------

    static CommandResult isakmpProfile(IosParser.Isakmp_profile_commandContext c, String name, CommandEnv env) {
        if (c.ipf_description() != null) {
            String d = c.ipf_description().arg_profile_description().getText();
            return editIsakmp(name, env, p -> p.withDescription(Optional.of(d)));
        }
        if (c.ipf_keyring() != null) {
            String k = c.ipf_keyring().arg_keyring_name().getText();
            return editIsakmp(name, env, p -> p.withKeyrings(append(p.keyrings(), k)));
        }
        if (c.ipf_match() != null) {
            IsakmpProfile.IdentityMatch m = identityMatch(c.ipf_match().ipf_identity());
            return editIsakmp(name, env, p -> p.withMatches(append(p.matches(), m)));
        }
        if (c.ipf_self_identity() != null) {
            var s = c.ipf_self_identity();
            IsakmpProfile.SelfIdentity id = new IsakmpProfile.SelfIdentity(
                    s.ADDRESS() != null ? "address" : s.FQDN() != null ? "fqdn" : "user-fqdn",
                    Optional.ofNullable(s.arg_self_user_fqdn()).map(u -> u.getText()));
            return editIsakmp(name, env, p -> p.withSelfIdentity(Optional.of(id)));
        }
        if (c.ipf_keepalive() != null) {
            var k = new IsakmpProfile.ProfileKeepalive(Args.integer(c.ipf_keepalive().arg_keepalive_seconds()),
                    Args.integer(c.ipf_keepalive().arg_keepalive_retry()));
            return editIsakmp(name, env, p -> p.withKeepalive(Optional.of(k)));
        }
        if (c.ipf_initiate() != null) {
            return editIsakmp(name, env, p -> p.withInitiateAggressive(true));
        }
        if (c.ipf_local_address() != null) {
            String a = localAddress(c.ipf_local_address().profile_local_address());
            return editIsakmp(name, env, p -> p.withLocalAddress(Optional.of(a)));
        }
        if (c.ipf_virtual_template() != null) {
            int t = Args.integer(c.ipf_virtual_template().arg_virtual_template());
            return editIsakmp(name, env, p -> p.withVirtualTemplate(Optional.of(t)));
        }
        if (c.ipf_isakmp() != null) {
            String l = c.ipf_isakmp().arg_aaa_list_name().getText();
            return editIsakmp(name, env, p -> p.withIsakmpAuthorizationList(Optional.of(l)));
        }
        if (c.ipf_client() != null) {
            var cl = c.ipf_client();
            if (cl.AUTHENTICATION() != null) {
                String l = cl.arg_aaa_list_name().getText();
                return editIsakmp(name, env, p -> p.withClientAuthenticationList(Optional.of(l)));
            }
            if (cl.GROUP() != null) {
                String g = cl.arg_identity_group().getText();
                return editIsakmp(name, env, p -> p.withClientConfigurationGroup(Optional.of(g)));
            }
            var a = cl.RESPOND() != null ? IsakmpProfile.ClientAddress.RESPOND : IsakmpProfile.ClientAddress.INITIATE;
            return editIsakmp(name, env, p -> p.withClientConfigurationAddress(Optional.of(a)));
        }
        return null;
    }

    static CommandResult isakmpProfileNo(IosParser.Isakmp_profile_noContext c, String name, CommandEnv env) {
        if (c.CLIENT() != null) {
            if (c.AUTHENTICATION() != null) {
                return editIsakmp(name, env, p -> p.withClientAuthenticationList(Optional.empty()));
            }
            return c.GROUP() != null ? editIsakmp(name, env, p -> p.withClientConfigurationGroup(Optional.empty()))
                    : editIsakmp(name, env, p -> p.withClientConfigurationAddress(Optional.empty()));
        }
        if (c.VIRTUAL_TEMPLATE() != null) {
            return editIsakmp(name, env, p -> p.withVirtualTemplate(Optional.empty()));
        }
        if (c.MATCH() != null) {
            IsakmpProfile.IdentityMatch m = identityMatch(c.ipf_identity());
            return editIsakmp(name, env, p -> p.withMatches(p.matches().stream().filter(x -> !x.equals(m)).toList()));
        }
        if (c.KEYRING() != null) {
            Optional<String> k = Optional.ofNullable(c.arg_keyring_name()).map(x -> x.getText());
            return editIsakmp(name, env, p -> p.withKeyrings(
                    k.map(one -> p.keyrings().stream().filter(x -> !x.equals(one)).toList()).orElse(List.of())));
        }
        if (c.DESCRIPTION() != null) {
            return editIsakmp(name, env, p -> p.withDescription(Optional.empty()));
        }
        if (c.INITIATE() != null) {
            return editIsakmp(name, env, p -> p.withInitiateAggressive(false));
        }
        if (c.ISAKMP() != null) {
            return editIsakmp(name, env, p -> p.withIsakmpAuthorizationList(Optional.empty()));
        }
        if (c.KEEPALIVE() != null) {
            return editIsakmp(name, env, p -> p.withKeepalive(Optional.empty()));
        }
        if (c.LOCAL_ADDRESS() != null) {
            return editIsakmp(name, env, p -> p.withLocalAddress(Optional.empty()));
        }
        return editIsakmp(name, env, p -> p.withSelfIdentity(Optional.empty()));
    }

    private static IsakmpProfile.IdentityMatch identityMatch(IosParser.Ipf_identityContext i) {
        if (i.ADDRESS() != null) {
            return new IsakmpProfile.IdentityMatch(IsakmpProfile.IdentityMatch.Kind.ADDRESS,
                    Args.ip(i.arg_identity_address()), Optional.ofNullable(i.arg_identity_mask()).map(Args::ip));
        }
        if (i.GROUP() != null) {
            return new IsakmpProfile.IdentityMatch(IsakmpProfile.IdentityMatch.Kind.GROUP,
                    i.arg_identity_group().getText(), Optional.empty());
        }
        return new IsakmpProfile.IdentityMatch(IsakmpProfile.IdentityMatch.Kind.HOST,
                i.arg_identity_host().getText(), Optional.empty());
    }

    private static CommandResult editIsakmp(String name, CommandEnv env, UnaryOperator<IsakmpProfile> change) {
        return profiles(env, p -> p.withIsakmpProfile(change.apply(p.isakmpProfile(name).orElse(IsakmpProfile.named(name)))));
    }

    // ---- (ipsec-profile) ---------------------------------------------------------------------------

    static CommandResult ipsecProfile(IosParser.Ipsec_profile_commandContext c, String name, CommandEnv env) {
        if (c.ipp_description() != null) {
            String d = c.ipp_description().arg_profile_description().getText();
            return editIpsec(name, env, p -> p.withDescription(Optional.of(d)));
        }
        if (c.ipp_responder_only() != null) {
            return editIpsec(name, env, p -> p.withResponderOnly(true));
        }
        if (c.ipp_set() == null) {
            return null;
        }
        IosParser.Ipp_setContext s = c.ipp_set();
        if (s.cms_transform_set() != null) {
            List<String> names = new ArrayList<>();
            for (IosParser.Arg_transform_set_nameContext n : s.cms_transform_set().arg_transform_set_name()) {
                if (env.config().crypto().transformSet(n.getText()).isEmpty()) {
                    return CommandResult.rejected("ERROR: transform set with tag \"" + n.getText() + "\" does not exist.\n");
                }
                if (!names.contains(n.getText())) {
                    names.add(n.getText());
                }
            }
            return editIpsec(name, env, p -> p.withTransformSets(names));
        }
        if (s.cms_pfs() != null) {
            int group = s.cms_pfs().pfs_group() == null ? 1
                    : Integer.parseInt(s.cms_pfs().pfs_group().getText().substring("group".length()));
            return editIpsec(name, env, p -> p.withPfsGroup(Optional.of(group)));
        }
        if (s.cms_isakmp_profile() != null) {
            String profile = s.cms_isakmp_profile().arg_isakmp_profile_name().getText();
            return editIpsec(name, env, p -> p.withIsakmpProfile(Optional.of(profile)));
        }
        IosParser.Sa_lifetimeContext l = s.ipp_security_association().sa_lifetime();
        if (l.SECONDS() != null) {
            int secs = Args.integer(l.arg_sa_lifetime_seconds());
            return editIpsec(name, env, p -> p.withLifetime(Optional.of(secs), p.lifetimeKilobytes()));
        }
        long kb = Args.number(l.arg_sa_lifetime_kilobytes());
        return editIpsec(name, env, p -> p.withLifetime(p.lifetimeSeconds(), Optional.of(kb)));
    }

    static CommandResult ipsecProfileNo(IosParser.Ipsec_profile_noContext c, String name, CommandEnv env) {
        if (c.DESCRIPTION() != null) {
            return editIpsec(name, env, p -> p.withDescription(Optional.empty()));
        }
        if (c.RESPONDER_ONLY() != null) {
            return editIpsec(name, env, p -> p.withResponderOnly(false));
        }
        if (c.TRANSFORM_SET() != null) {
            return editIpsec(name, env, p -> p.withTransformSets(List.of()));
        }
        if (c.PFS() != null) {
            return editIpsec(name, env, p -> p.withPfsGroup(Optional.empty()));
        }
        if (c.ISAKMP_PROFILE() != null) {
            return editIpsec(name, env, p -> p.withIsakmpProfile(Optional.empty()));
        }
        return c.SECONDS() != null
                ? editIpsec(name, env, p -> p.withLifetime(Optional.empty(), p.lifetimeKilobytes()))
                : editIpsec(name, env, p -> p.withLifetime(p.lifetimeSeconds(), Optional.empty()));
    }

    private static CommandResult editIpsec(String name, CommandEnv env, UnaryOperator<IpsecProfile> change) {
        return profiles(env, p -> p.withIpsecProfile(change.apply(p.ipsecProfile(name).orElse(IpsecProfile.named(name)))));
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** An interface is stored by its canonical name, an address as typed (canonical dotted form). */
    private static String localAddress(IosParser.Profile_local_addressContext a) {
        return a.arg_interface_ref() != null ? Args.iface(a.arg_interface_ref()).canonical() : Args.ip(a.arg_profile_local_ip());
    }

    private static <T> List<T> append(List<T> list, T item) {
        if (list.contains(item)) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static CommandResult profiles(CommandEnv env, UnaryOperator<CryptoProfiles> change) {
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withProfiles(change)));
        return CommandResult.DONE;
    }
}
