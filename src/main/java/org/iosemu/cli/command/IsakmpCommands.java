package org.iosemu.cli.command;

import java.util.Optional;
import java.util.OptionalInt;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.IkeAuthMethod;
import org.iosemu.config.IkeCipher;
import org.iosemu.config.IkeHash;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.IsakmpPolicy;
import org.iosemu.config.Keepalive;
import org.iosemu.grammar.IosParser;

/** `crypto isakmp ...` globals and the (config-isakmp) policy sub-mode. */
final class IsakmpCommands {

    private IsakmpCommands() {}

    static CommandResult isakmp(IosParser.Cr_isakmpContext c, CommandEnv env) {
        if (c.cis_client_group() != null) {
            return ServerCryptoCommands.enterGroup(c.cis_client_group(), env);
        }
        if (c.cis_xauth() != null) {
            return ServerCryptoCommands.xauthTimeout(OptionalInt.of(Args.integer(c.cis_xauth().arg_xauth_timeout())), env);
        }
        if (c.cis_profile() != null) {
            return ProfileCommands.enterIsakmpProfile(c.cis_profile(), env);
        }
        if (c.cis_identity() != null) {
            return ProfileCommands.identity(c.cis_identity().isakmp_identity_kind(), env);
        }
        if (c.cis_aggressive_mode() != null) {
            return ProfileCommands.aggressiveModeDisabled(true, env);
        }
        if (c.cis_fragmentation() != null) {
            return ProfileCommands.fragmentation(true, env);
        }
        if (c.cis_policy() != null) {
            int priority = Args.integer(c.cis_policy().arg_isakmp_priority());
            env.store().apply(rc -> rc.crypto().policy(priority).isPresent() ? rc
                    : rc.withCrypto(cr -> cr.withPolicy(IsakmpPolicy.withDefaults(priority))));
            return new CommandResult.Enter(Mode.ISAKMP_POLICY, new ModeTarget.Policy(priority));
        }
        if (c.cis_key() != null) {
            // type 6 text is kept as typed: the AES master key that would decrypt it is not modelled
            IsakmpKey key = key(c.cis_key().cis_key_string(), c.cis_key().cis_key_peer(), c.cis_key().NO_XAUTH() != null)
                    .asEncrypted(c.cis_key().cis_key_string().NUM_6() != null);
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withKey(key)));
            return CommandResult.DONE;
        }
        if (c.cis_keepalive() != null) {
            IosParser.Cis_keepaliveContext k = c.cis_keepalive();
            Keepalive ka = new Keepalive(Args.integer(k.arg_keepalive_seconds()),
                    k.arg_keepalive_retry() == null ? Keepalive.DEFAULT_RETRY : Args.integer(k.arg_keepalive_retry()),
                    k.keepalive_mode() != null && k.keepalive_mode().PERIODIC() != null);
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withKeepalive(Optional.of(ka))));
            return CommandResult.DONE;
        }
        if (c.cis_nat_keepalive() != null) {
            int seconds = Args.integer(c.cis_nat_keepalive().arg_nat_keepalive_seconds());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withNatKeepalive(Optional.of(seconds))));
            return CommandResult.DONE;
        }
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withInvalidSpiRecovery(true)));
        return CommandResult.DONE;
    }

    static CommandResult noIsakmp(IosParser.Cr_isakmp_noContext c, CommandEnv env) {
        if (c.cis_client_group() != null) {
            return ServerCryptoCommands.deleteGroup(c.cis_client_group(), env);
        }
        if (c.cis_xauth_no() != null) {
            return ServerCryptoCommands.xauthTimeout(OptionalInt.empty(), env);
        }
        if (c.cis_profile() != null) {
            return ProfileCommands.deleteIsakmpProfile(c.cis_profile(), env);
        }
        if (c.cis_identity_no() != null) {
            return ProfileCommands.noIdentity(env);
        }
        if (c.cis_aggressive_mode() != null) {
            return ProfileCommands.aggressiveModeDisabled(false, env);
        }
        if (c.cis_fragmentation() != null) {
            return ProfileCommands.fragmentation(false, env);
        }
        if (c.cis_policy() != null) {
            int priority = Args.integer(c.cis_policy().arg_isakmp_priority());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withoutPolicy(priority)));
        } else if (c.cis_key_no() != null) {
            IosParser.Cis_key_noContext k = c.cis_key_no();
            String keyText = k.cis_key_string().arg_isakmp_key().getText();
            Optional<IsakmpKey> pattern = k.cis_key_peer() == null ? Optional.empty()
                    : Optional.of(key(k.cis_key_string(), k.cis_key_peer(), false));
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withKeys(cr.keys().stream()
                    .filter(x -> pattern.map(p -> !x.samePeer(p)).orElse(!x.key().equals(keyText)))
                    .toList())));
        } else if (c.cis_keepalive_no() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withKeepalive(Optional.empty())));
        } else if (c.cis_nat_keepalive_no() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withNatKeepalive(Optional.empty())));
        } else {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withInvalidSpiRecovery(false)));
        }
        return CommandResult.DONE;
    }

    private static IsakmpKey key(IosParser.Cis_key_stringContext s, IosParser.Cis_key_peerContext peer, boolean noXauth) {
        String text = s.arg_isakmp_key().getText();
        if (peer.ADDRESS() != null) {
            return IsakmpKey.forAddress(text, Args.ip(peer.arg_isakmp_key_address()),
                    Optional.ofNullable(peer.arg_isakmp_key_mask()).map(Args::ip), noXauth);
        }
        return IsakmpKey.forHostname(text, peer.arg_isakmp_key_hostname().getText(), noXauth);
    }

    // ---- (config-isakmp) ----------------------------------------------------------------------------

    static CommandResult policyCommand(IosParser.Isakmp_policy_commandContext c, int priority, CommandEnv env) {
        IsakmpPolicy p = env.config().crypto().policy(priority).orElse(IsakmpPolicy.withDefaults(priority));
        IsakmpPolicy edited;
        if (c.isp_encryption() != null) {
            edited = p.withEncryption(cipher(c.isp_encryption().isakmp_cipher()));
        } else if (c.isp_hash() != null) {
            edited = p.withHash(IkeHash.fromKeyword(c.isp_hash().isakmp_hash().getText()));
        } else if (c.isp_authentication() != null) {
            edited = p.withAuthentication(IkeAuthMethod.fromKeyword(c.isp_authentication().isakmp_auth_method().getText()));
        } else if (c.isp_group() != null) {
            edited = p.withGroup(Integer.parseInt(c.isp_group().isakmp_dh_group().getText()));
        } else if (c.isp_lifetime() != null) {
            edited = p.withLifetime(Args.integer(c.isp_lifetime().arg_isakmp_lifetime()));
        } else {
            return null; // do/end/exit: handled by the common sub-mode commands
        }
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withPolicy(edited)));
        return CommandResult.DONE;
    }

    /** `no`/`default` of a policy attribute restores the IOS default. */
    static CommandResult policyNo(IosParser.Isakmp_policy_noContext c, int priority, CommandEnv env) {
        IsakmpPolicy p = env.config().crypto().policy(priority).orElse(IsakmpPolicy.withDefaults(priority));
        IsakmpPolicy edited;
        if (c.AUTHENTICATION() != null) {
            edited = p.withAuthentication(IsakmpPolicy.DEFAULT_AUTHENTICATION);
        } else if (c.ENCRYPTION() != null || c.ENCR() != null) {
            edited = p.withEncryption(IsakmpPolicy.DEFAULT_ENCRYPTION);
        } else if (c.GROUP() != null) {
            edited = p.withGroup(IsakmpPolicy.DEFAULT_GROUP);
        } else if (c.HASH() != null) {
            edited = p.withHash(IsakmpPolicy.DEFAULT_HASH);
        } else {
            edited = p.withLifetime(IsakmpPolicy.DEFAULT_LIFETIME);
        }
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withPolicy(edited)));
        return CommandResult.DONE;
    }

    private static IkeCipher cipher(IosParser.Isakmp_cipherContext c) {
        if (c.DES() != null) {
            return IkeCipher.DES;
        }
        if (c.THREEDES() != null) {
            return IkeCipher.TRIPLE_DES;
        }
        return c.aes_key_size() == null ? IkeCipher.AES_128 : IkeCipher.aes(Integer.parseInt(c.aes_key_size().getText()));
    }
}
