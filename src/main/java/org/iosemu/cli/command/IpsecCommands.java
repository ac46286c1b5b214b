package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.IdleTime;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.ReplayWindow;
import org.iosemu.config.Transform;
import org.iosemu.config.TransformKind;
import org.iosemu.config.TransformSet;
import org.iosemu.grammar.IosParser;

/** `crypto ipsec ...` globals, transform sets and the (cfg-crypto-trans) sub-mode. */
final class IpsecCommands {

    private IpsecCommands() {}

    static CommandResult ipsec(IosParser.Cr_ipsecContext c, CommandEnv env) {
        if (c.cip_client_ezvpn() != null) {
            String name = c.cip_client_ezvpn().arg_ezvpn_name().getText();
            env.store().apply(rc -> rc.crypto().ezvpn(name).isPresent() ? rc
                    : rc.withCrypto(cr -> cr.withEzvpn(EzvpnClient.withDefaults(name))));
            return new CommandResult.Enter(Mode.EZVPN, new ModeTarget.Ezvpn(name));
        }
        if (c.cip_transform_set() != null) {
            return transformSet(c.cip_transform_set(), env);
        }
        if (c.cip_profile() != null) {
            return ProfileCommands.enterIpsecProfile(c.cip_profile(), env);
        }
        if (c.cip_df_bit() != null) {
            IpsecGlobals.DfBit d = dfBit(c.cip_df_bit().df_bit_setting());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withDfBit(d))));
        } else if (c.cip_fragmentation() != null) {
            IpsecGlobals.Fragmentation f = fragmentation(c.cip_fragmentation().fragmentation_setting());
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withFragmentation(f))));
        } else if (c.cip_nat_transparency() != null) {
            boolean udp = c.cip_nat_transparency().UDP_ENCAPSULATION() != null;
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> udp
                    ? g.withNatTransparency(true, g.spiMatching()) : g.withNatTransparency(g.natTransparencyUdp(), true))));
        } else {
            IosParser.Cip_security_associationContext sa = c.cip_security_association();
            if (sa.sa_lifetime() != null) {
                IosParser.Sa_lifetimeContext l = sa.sa_lifetime();
                if (l.SECONDS() != null) {
                    int s = Args.integer(l.arg_sa_lifetime_seconds());
                    env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withLifetimeSeconds(s))));
                } else {
                    long kb = Args.number(l.arg_sa_lifetime_kilobytes());
                    env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withLifetimeKilobytes(kb))));
                }
            } else if (sa.sa_replay() != null) {
                ReplayWindow r = replay(sa.sa_replay());
                env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withReplay(r))));
            } else {
                IdleTime idle = idleTime(sa.sa_idle_time());
                env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withIdleTime(Optional.of(idle)))));
            }
        }
        return CommandResult.DONE;
    }

    static CommandResult noIpsec(IosParser.Cr_ipsec_noContext c, CommandEnv env) {
        if (c.cip_profile() != null) {
            return ProfileCommands.deleteIpsecProfile(c.cip_profile(), env);
        }
        if (c.cip_client_ezvpn() != null) {
            String name = c.cip_client_ezvpn().arg_ezvpn_name().getText();
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withoutEzvpn(name)));
        } else if (c.cip_transform_set_no() != null) {
            String name = c.cip_transform_set_no().arg_transform_set_name().getText();
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withoutTransformSet(name)));
        } else if (c.cip_df_bit_no() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withDfBit(IpsecGlobals.DfBit.COPY))));
        } else if (c.cip_fragmentation_no() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(
                    g -> g.withFragmentation(IpsecGlobals.Fragmentation.BEFORE_ENCRYPTION))));
        } else if (c.cip_nat_transparency() != null) {
            boolean udp = c.cip_nat_transparency().UDP_ENCAPSULATION() != null;
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> udp
                    ? g.withNatTransparency(false, g.spiMatching()) : g.withNatTransparency(g.natTransparencyUdp(), false))));
        } else {
            IosParser.Cip_security_association_noContext sa = c.cip_security_association_no();
            if (sa.LIFETIME() != null) {
                boolean seconds = sa.KILOBYTES() == null;
                boolean kilobytes = sa.SECONDS() == null;
                env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> {
                    IpsecGlobals out = g;
                    if (seconds) {
                        out = out.withLifetimeSeconds(IpsecGlobals.DEFAULT_LIFETIME_SECONDS);
                    }
                    if (kilobytes) {
                        out = out.withLifetimeKilobytes(IpsecGlobals.DEFAULT_LIFETIME_KILOBYTES);
                    }
                    return out;
                })));
            } else if (sa.sa_replay() != null) {
                env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withReplay(ReplayWindow.DEFAULT))));
            } else {
                env.store().apply(rc -> rc.withCrypto(cr -> cr.withIpsec(g -> g.withIdleTime(Optional.empty()))));
            }
        }
        return CommandResult.DONE;
    }

    private static CommandResult transformSet(IosParser.Cip_transform_setContext c, CommandEnv env) {
        String name = c.arg_transform_set_name().getText();
        List<Transform> transforms = new ArrayList<>();
        for (IosParser.TransformContext t : c.transform()) {
            Transform candidate = transform(t);
            for (Transform earlier : transforms) {
                // IOS offers only the still-free transform kinds at each position, so a second
                // transform of a taken kind is invalid input at that word.
                if (earlier.kind().slot() == candidate.kind().slot()) {
                    return CommandResult.invalidAt(Args.column(t));
                }
            }
            transforms.add(candidate);
        }
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withTransformSet(new TransformSet(name, transforms,
                cr.transformSet(name).map(TransformSet::tunnelMode).orElse(true)))));
        return new CommandResult.Enter(Mode.TRANSFORM_SET, new ModeTarget.TransformSetName(name));
    }

    static Transform transform(IosParser.TransformContext t) {
        TransformKind kind = TransformKind.fromKeyword(t.getChild(0).getText());
        int bits = t.aes_key_size() == null ? 0 : Integer.parseInt(t.aes_key_size().getText());
        return new Transform(kind, bits);
    }

    // ---- (cfg-crypto-trans) -------------------------------------------------------------------------

    static CommandResult transformSetCommand(IosParser.Transform_set_commandContext c, String name, CommandEnv env) {
        if (c.tss_mode() == null) {
            return null;
        }
        boolean tunnel = c.tss_mode().TUNNEL() != null;
        setMode(name, tunnel, env);
        return CommandResult.DONE;
    }

    static CommandResult transformSetNo(String name, CommandEnv env) {
        setMode(name, true, env);
        return CommandResult.DONE;
    }

    private static void setMode(String name, boolean tunnel, CommandEnv env) {
        env.store().apply(rc -> rc.crypto().transformSet(name)
                .map(t -> rc.withCrypto(cr -> cr.withTransformSet(t.withMode(tunnel)))).orElse(rc));
    }

    // ---- shared value readers ------------------------------------------------------------------------

    static IpsecGlobals.DfBit dfBit(IosParser.Df_bit_settingContext d) {
        return d.CLEAR() != null ? IpsecGlobals.DfBit.CLEAR : d.SET() != null ? IpsecGlobals.DfBit.SET : IpsecGlobals.DfBit.COPY;
    }

    static IpsecGlobals.Fragmentation fragmentation(IosParser.Fragmentation_settingContext f) {
        return f.AFTER_ENCRYPTION() != null ? IpsecGlobals.Fragmentation.AFTER_ENCRYPTION
                : IpsecGlobals.Fragmentation.BEFORE_ENCRYPTION;
    }

    static ReplayWindow replay(IosParser.Sa_replayContext r) {
        if (r.DISABLE() != null) {
            return ReplayWindow.DISABLED;
        }
        return r.replay_window_size() == null ? ReplayWindow.DEFAULT
                : ReplayWindow.window(Integer.parseInt(r.replay_window_size().getText()));
    }

    static IdleTime idleTime(IosParser.Sa_idle_timeContext i) {
        return new IdleTime(Args.integer(i.arg_sa_idle_time()), i.DEFAULT() != null);
    }
}
