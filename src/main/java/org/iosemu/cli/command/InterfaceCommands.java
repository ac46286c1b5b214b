package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.IpAddress;
import org.iosemu.config.InterfaceKeepalive;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * `interface X` and the (config-if) sub-mode. Physical ports of any known type are created on first use
 * (the emulated chassis has whatever ports the configuration names); logical ones and subinterfaces can be
 * deleted.
 */
final class InterfaceCommands {

    private InterfaceCommands() {}

    static CommandResult enter(IosParser.Gc_interfaceContext c, CommandEnv env) {
        InterfaceName name = Args.iface(c.arg_interface_ref());
        boolean[] created = {false};
        env.store().apply(rc -> {
            if (rc.iface(name).isPresent()) {
                return rc;
            }
            created[0] = true;
            // Unconfigured physical ports of a router without startup-config are shut down; logical ones and
            // subinterfaces (which have no `shutdown` of their own until given one) come up.
            boolean shut = name.type().physical() && !name.subinterface() && !env.loading();
            return rc.withInterface(InterfaceConfig.fresh(name, shut));
        });
        if (created[0] && !name.type().physical() && !env.loading()) {
            // a loopback is up at once; tunnels and templates wait for their source and destination
            String state = name.type() == org.iosemu.config.InterfaceType.LOOPBACK ? "up" : "down";
            env.syslog().log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + name + ", changed state to " + state);
        }
        return new CommandResult.Enter(Mode.INTERFACE, new ModeTarget.Interface(name));
    }

    static CommandResult delete(IosParser.Gc_interface_noContext c, CommandEnv env) {
        InterfaceName name = Args.iface(c.arg_interface_ref());
        if (name.type().physical() && !name.subinterface()) {
            return CommandResult.rejected("% Removal of physical interfaces is not permitted\n");
        }
        env.store().apply(rc -> rc.withoutInterface(name));
        return CommandResult.DONE;
    }

    /**
     * `default interface IF`: every line of the interface back to its default, which for a router's physical
     * port includes `shutdown` (as on IOS; a subinterface or logical interface stays up).
     */
    static CommandResult reset(IosParser.Gc_interface_noContext c, CommandEnv env) {
        if (c.arg_interface_ref() == null) {
            return null;
        }
        InterfaceName name = Args.iface(c.arg_interface_ref());
        Optional<InterfaceConfig> current = env.config().iface(name);
        if (current.isEmpty()) {
            return CommandResult.invalidAt(Args.column(c.arg_interface_ref()));
        }
        boolean wasOn = isakmpOn(env.config());
        env.store().apply(rc -> rc.withInterface(InterfaceConfig.fresh(name, current.get().shutdown())));
        shutdown(name, name.type().physical() && !name.subinterface(), env);
        if (wasOn && !isakmpOn(env.config()) && !env.loading()) {
            env.syslog().log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF");
        }
        env.out().print("Interface " + name + " set to default configuration\n");
        return CommandResult.DONE;
    }

    static CommandResult command(IosParser.Interface_commandContext c, InterfaceName name, CommandEnv env) {
        if (c.if_description() != null) {
            String d = c.if_description().arg_description().getText();
            return edit(name, env, i -> i.withDescription(Optional.of(d)));
        }
        if (c.if_ip() != null && c.if_ip().if_ip_feature() != null) {
            return InterfaceFeatureCommands.set(c.if_ip().if_ip_feature(), name, env);
        }
        if (c.if_ip() != null) {
            return address(c.if_ip(), name, env);
        }
        if (c.if_shutdown() != null) {
            return shutdown(name, true, env);
        }
        if (c.if_speed() != null || c.if_duplex() != null) {
            if (!name.hasSpeedAndDuplex()) {
                return CommandResult.invalidAt(Args.column(c.getChild(org.antlr.v4.runtime.ParserRuleContext.class, 0)));
            }
            if (c.if_speed() != null) {
                var speed = InterfaceConfig.Speed.fromKeyword(c.if_speed().getChild(1).getText());
                return edit(name, env, i -> i.withSpeed(speed));
            }
            var d = c.if_duplex();
            var duplex = d.FULL() != null ? InterfaceConfig.Duplex.FULL
                    : d.HALF() != null ? InterfaceConfig.Duplex.HALF : InterfaceConfig.Duplex.AUTO;
            return edit(name, env, i -> i.withDuplex(duplex));
        }
        if (c.if_half_duplex() != null || c.if_full_duplex() != null) {
            if (!name.type().physical() || name.subinterface()) {
                return CommandResult.invalidAt(Args.column(c.getChild(org.antlr.v4.runtime.ParserRuleContext.class, 0)));
            }
            var duplex = c.if_half_duplex() != null ? InterfaceConfig.Duplex.HALF : InterfaceConfig.Duplex.FULL;
            return edit(name, env, i -> i.withDuplex(duplex));
        }
        if (c.if_crypto() != null) {
            return crypto(c.if_crypto(), name, env);
        }
        if (c.if_keepalive() != null) {
            var k = c.if_keepalive();
            int period = k.arg_keepalive_period() == null ? InterfaceKeepalive.DEFAULT_PERIOD
                    : Integer.parseInt(k.arg_keepalive_period().getText());
            int retries = k.arg_keepalive_retries() == null ? InterfaceKeepalive.DEFAULT_RETRIES
                    : Integer.parseInt(k.arg_keepalive_retries().getText());
            return edit(name, env, i -> i.withKeepalive(Optional.of(new InterfaceKeepalive(true, period, retries))));
        }
        if (c.if_mtu() != null) {
            int mtu = Integer.parseInt(c.if_mtu().arg_if_mtu().getText());
            return edit(name, env, i -> i.withMtu(Optional.of(mtu)));
        }
        if (c.if_tunnel() != null) {
            if (name.type() != InterfaceType.TUNNEL) {
                return CommandResult.invalidAt(Args.column(c.if_tunnel()));
            }
            return TunnelCommands.tunnel(c.if_tunnel(), name, env);
        }
        return null;
    }

    private static CommandResult crypto(IosParser.If_cryptoContext c, InterfaceName name, CommandEnv env) {
        if (c.if_crypto_map() != null) {
            String map = c.if_crypto_map().arg_crypto_map_name().getText();
            boolean wasOn = isakmpOn(env.config());
            edit(name, env, i -> i.withCryptoMap(Optional.of(map)));
            if (!wasOn && !env.loading()) {
                env.syslog().log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON");
            }
            return CommandResult.DONE;
        }
        if (c.if_ezvpn() != null) {
            String ez = c.if_ezvpn().arg_ezvpn_name().getText();
            boolean inside = c.if_ezvpn().INSIDE() != null;
            return edit(name, env, i -> i.withEzvpn(Optional.of(ez), inside));
        }
        if (c.if_df_bit() != null) {
            var d = IpsecCommands.dfBit(c.if_df_bit().df_bit_setting());
            return edit(name, env, i -> i.withDfBit(Optional.of(d)));
        }
        var f = IpsecCommands.fragmentation(c.if_fragmentation().fragmentation_setting());
        return edit(name, env, i -> i.withFragmentation(Optional.of(f)));
    }

    /** ISAKMP runs while some interface carries a crypto map. */
    static boolean isakmpOn(RunningConfig rc) {
        return rc.interfaces().stream().anyMatch(i -> i.cryptoMap().isPresent() || i.tunnel().protection().isPresent());
    }

    private static CommandResult address(IosParser.If_ipContext c, InterfaceName name, CommandEnv env) {
        if (c.if_ip_mtu() != null) {
            int mtu = Integer.parseInt(c.if_ip_mtu().arg_ip_mtu().getText());
            return edit(name, env, i -> i.withIpMtu(Optional.of(mtu)));
        }
        if (c.if_tcp_adjust_mss() != null) {
            int mss = Integer.parseInt(c.if_tcp_adjust_mss().arg_tcp_adjust_mss().getText());
            return edit(name, env, i -> i.withTcpAdjustMss(Optional.of(mss)));
        }
        if (c.if_unnumbered() != null) {
            InterfaceName source = Args.iface(c.if_unnumbered().arg_interface_ref());
            if (source.equals(name)) {
                return CommandResult.rejected("% Invalid interface: cannot be unnumbered to itself\n");
            }
            // an unnumbered interface borrows the address; it has none of its own
            return edit(name, env, i -> i.withAddresses(Optional.empty(), List.of()).withUnnumbered(Optional.of(source)));
        }
        String addr = Args.ip(c.arg_if_address());
        String mask = Args.ip(c.arg_if_mask());
        Optional<String> problem = AddressCheck.problem(env.config(), name, addr, mask);
        if (problem.isPresent()) {
            return CommandResult.rejected(problem.get());
        }
        IpAddress a = new IpAddress(addr, mask);
        boolean secondary = c.SECONDARY() != null;
        if (secondary && env.config().iface(name).flatMap(InterfaceConfig::address).isEmpty()) {
            return CommandResult.rejected("% Must first configure primary address\n");
        }
        return edit(name, env, i -> {
            if (!secondary) {
                return i.withUnnumbered(Optional.empty()).withAddresses(Optional.of(a), i.secondaries().stream().filter(x -> !x.equals(a)).toList());
            }
            List<IpAddress> list = new ArrayList<>(i.secondaries());
            if (!list.contains(a) && !i.address().equals(Optional.of(a))) {
                list.add(a);
            }
            return i.withAddresses(i.address(), list);
        });
    }

    static CommandResult no(IosParser.Interface_noContext c, InterfaceName name, CommandEnv env) {
        if (c.SHUTDOWN() != null) {
            // `default shutdown` returns a physical port to its factory state, which is shut down
            boolean isDefault = c.getParent() instanceof IosParser.Interface_lineContext line && line.DEFAULT() != null;
            return shutdown(name, isDefault && name.type().physical(), env);
        }
        if (c.DESCRIPTION() != null) {
            return edit(name, env, i -> i.withDescription(Optional.empty()));
        }
        if (c.DUPLEX() != null || c.FULL_DUPLEX() != null || c.HALF_DUPLEX() != null) {
            return edit(name, env, i -> i.withDuplex(InterfaceConfig.Duplex.AUTO));
        }
        if (c.SPEED() != null) {
            return edit(name, env, i -> i.withSpeed(InterfaceConfig.Speed.AUTO));
        }
        if (c.KEEPALIVE() != null) {
            // `no keepalive` turns an Ethernet port's default keepalive off; a tunnel has none by default
            return edit(name, env, i -> i.withKeepalive(name.type() == InterfaceType.TUNNEL ? Optional.empty()
                    : Optional.of(InterfaceKeepalive.OFF)));
        }
        if (c.TUNNEL() != null) {
            if (name.type() != InterfaceType.TUNNEL) {
                return CommandResult.invalidAt(c.TUNNEL().getSymbol().getCharPositionInLine());
            }
            return TunnelCommands.no(c, name, env);
        }
        if (c.if_mtu_no() != null) {
            return edit(name, env, i -> i.withMtu(Optional.empty()));
        }
        if (c.MTU() != null) {
            return edit(name, env, i -> i.withIpMtu(Optional.empty()));
        }
        if (c.ADJUST_MSS() != null) {
            return edit(name, env, i -> i.withTcpAdjustMss(Optional.empty()));
        }
        if (c.UNNUMBERED() != null) {
            return edit(name, env, i -> i.withUnnumbered(Optional.empty()));
        }
        if (c.IP() != null && c.ADDRESS() == null) {
            return InterfaceFeatureCommands.no(c, name, env);
        }
        if (c.IP() != null) {
            if (c.arg_if_address() == null) {
                return edit(name, env, i -> i.withAddresses(Optional.empty(), List.of()));
            }
            IpAddress a = new IpAddress(c.arg_if_address().getText(), c.arg_if_mask().getText());
            if (c.SECONDARY() != null) {
                return edit(name, env, i -> i.withAddresses(i.address(),
                        i.secondaries().stream().filter(x -> !x.equals(a)).toList()));
            }
            return edit(name, env, i -> i.address().equals(Optional.of(a)) ? i.withAddresses(Optional.empty(), List.of()) : i);
        }
        // no crypto ...
        if (c.MAP() != null) {
            boolean wasOn = isakmpOn(env.config());
            edit(name, env, i -> i.withCryptoMap(Optional.empty()));
            if (wasOn && !isakmpOn(env.config()) && !env.loading()) {
                env.syslog().log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF");
            }
            return CommandResult.DONE;
        }
        if (c.EZVPN() != null) {
            return edit(name, env, i -> i.withEzvpn(Optional.empty(), false));
        }
        if (c.DF_BIT() != null) {
            return edit(name, env, i -> i.withDfBit(Optional.empty()));
        }
        return edit(name, env, i -> i.withFragmentation(Optional.empty()));
    }

    private static CommandResult shutdown(InterfaceName name, boolean down, CommandEnv env) {
        boolean was = env.config().iface(name).map(InterfaceConfig::shutdown).orElse(!down);
        edit(name, env, i -> i.withShutdown(down));
        if (was != down && !env.loading()) {
            if (down) {
                env.syslog().log("%LINK-5-CHANGED: Interface " + name + ", changed state to administratively down");
                env.syslog().logAfter(1000, "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + name + ", changed state to down");
            } else {
                env.syslog().log("%LINK-3-UPDOWN: Interface " + name + ", changed state to up");
                if (name.type() != InterfaceType.TUNNEL) { // a tunnel's line protocol follows its endpoints and SA
                    env.syslog().logAfter(1000, "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + name + ", changed state to up");
                }
            }
        }
        return CommandResult.DONE;
    }

    static CommandResult edit(InterfaceName name, CommandEnv env, UnaryOperator<InterfaceConfig> change) {
        env.store().apply(rc -> rc.withInterface(change.apply(
                rc.iface(name).orElse(InterfaceConfig.fresh(name, name.type().physical())))));
        return CommandResult.DONE;
    }
}
