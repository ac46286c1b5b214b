package org.iosemu.cli.command;

import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.grammar.IosParser;

/**
 * Runs one parsed configuration-mode line: finds the command in the mode's line tree and hands it to the
 * handler of its area. Nothing here knows a command's meaning.
 */
public final class ConfigCommands {

    /** What IOS-like text a line gets when the grammar accepts it but no handler models it. */
    public static final String NOT_MODELLED = "% This command is accepted but not modelled by iosemu\n";

    private ConfigCommands() {}

    public static CommandResult execute(ParserRuleContext line, ModeTarget target, CommandEnv env) {
        CommandResult result = dispatch(line, target, env);
        return result != null ? result : CommandResult.rejected(NOT_MODELLED);
    }

    private static CommandResult dispatch(ParserRuleContext line, ModeTarget target, CommandEnv env) {
        if (line instanceof IosParser.Config_lineContext c) {
            if (c.global_default() != null) {
                return globalDefault(c.global_default(), env);
            }
            return c.global_command() != null ? global(c.global_command(), env) : globalNo(c.global_no(), env);
        }
        if (line instanceof IosParser.Isakmp_policy_lineContext c && target instanceof ModeTarget.Policy p) {
            return c.isakmp_policy_command() != null
                    ? common(c.isakmp_policy_command(), () -> IsakmpCommands.policyCommand(c.isakmp_policy_command(), p.priority(), env))
                    : IsakmpCommands.policyNo(c.isakmp_policy_no(), p.priority(), env);
        }
        if (line instanceof IosParser.Transform_set_lineContext c && target instanceof ModeTarget.TransformSetName t) {
            return c.transform_set_command() != null
                    ? common(c.transform_set_command(), () -> IpsecCommands.transformSetCommand(c.transform_set_command(), t.name(), env))
                    : IpsecCommands.transformSetNo(t.name(), env);
        }
        if (line instanceof IosParser.Crypto_map_lineContext c && target instanceof ModeTarget.MapEntry m) {
            if (c.crypto_map_command() != null && c.crypto_map_command().qos_pre_classify() != null) {
                return QosCommands.preClassifyMapEntry(m, true, env);
            }
            if (c.crypto_map_no() != null && c.crypto_map_no().PRE_CLASSIFY() != null) {
                return QosCommands.preClassifyMapEntry(m, false, env);
            }
            return c.crypto_map_command() != null
                    ? common(c.crypto_map_command(), () -> CryptoMapCommands.command(c.crypto_map_command(), m, env))
                    : CryptoMapCommands.no(c.crypto_map_no(), m, env);
        }
        if (line instanceof IosParser.Ezvpn_lineContext c && target instanceof ModeTarget.Ezvpn e) {
            return c.ezvpn_command() != null
                    ? common(c.ezvpn_command(), () -> EzvpnCommands.command(c.ezvpn_command(), e.name(), env))
                    : EzvpnCommands.no(c.ezvpn_no(), e.name(), env);
        }
        if (line instanceof IosParser.Keyring_lineContext c && target instanceof ModeTarget.Keyring k) {
            return c.keyring_command() != null
                    ? common(c.keyring_command(), () -> ProfileCommands.keyring(c.keyring_command(), k.name(), env))
                    : ProfileCommands.keyringNo(c.keyring_no(), k.name(), env);
        }
        if (line instanceof IosParser.Isakmp_profile_lineContext c && target instanceof ModeTarget.IsakmpProfileName p) {
            return c.isakmp_profile_command() != null
                    ? common(c.isakmp_profile_command(), () -> ProfileCommands.isakmpProfile(c.isakmp_profile_command(), p.name(), env))
                    : ProfileCommands.isakmpProfileNo(c.isakmp_profile_no(), p.name(), env);
        }
        if (line instanceof IosParser.Ipsec_profile_lineContext c && target instanceof ModeTarget.IpsecProfileName p) {
            return c.ipsec_profile_command() != null
                    ? common(c.ipsec_profile_command(), () -> ProfileCommands.ipsecProfile(c.ipsec_profile_command(), p.name(), env))
                    : ProfileCommands.ipsecProfileNo(c.ipsec_profile_no(), p.name(), env);
        }
        if (line instanceof IosParser.Client_group_lineContext c && target instanceof ModeTarget.ClientGroup g) {
            return c.client_group_command() != null
                    ? common(c.client_group_command(), () -> ServerCryptoCommands.group(c.client_group_command(), g.name(), env))
                    : ServerCryptoCommands.groupNo(c.client_group_no(), g.name(), env);
        }
        if (line instanceof IosParser.Interface_lineContext c && target instanceof ModeTarget.Interface i) {
            CommandResult qos = interfaceQos(c, i.name().canonical(), env);
            if (qos != null) {
                return qos;
            }
            return c.interface_command() != null
                    ? common(c.interface_command(), () -> InterfaceCommands.command(c.interface_command(), i.name(), env))
                    : InterfaceCommands.no(c.interface_no(), i.name(), env);
        }
        if (line instanceof IosParser.Class_map_lineContext c && target instanceof ModeTarget.ClassMapName n) {
            return c.class_map_command() != null
                    ? common(c.class_map_command(), () -> QosCommands.match(c.class_map_command().cmap_match().cmap_criterion(), n.name(), true, env))
                    : QosCommands.match(c.class_map_no().cmap_criterion(), n.name(), false, env);
        }
        if (line instanceof IosParser.Policy_map_lineContext c && target instanceof ModeTarget.PolicyMapName n) {
            return c.policy_map_command() != null
                    ? common(c.policy_map_command(), () -> QosCommands.policyClass(c.policy_map_command().pmap_class(), n.name(), env))
                    : QosCommands.noPolicyClass(c.policy_map_no(), n.name(), env);
        }
        if (line instanceof IosParser.Policy_class_lineContext c && target instanceof ModeTarget.PolicyClassName n) {
            return c.policy_class_command() != null
                    ? common(c.policy_class_command(), () -> QosCommands.classAction(c.policy_class_command(), n, env))
                    : QosCommands.noClassAction(c.policy_class_no(), n, env);
        }
        if (line instanceof IosParser.Line_mode_lineContext c && target instanceof ModeTarget.Lines l) {
            return c.line_command() != null
                    ? common(c.line_command(), () -> LineCommands.command(c.line_command(), l, env))
                    : LineCommands.no(c.line_no(), l, env);
        }
        if (line instanceof IosParser.Std_nacl_lineContext c && target instanceof ModeTarget.AccessListName a) {
            return c.std_nacl_command() != null
                    ? common(c.std_nacl_command(), () -> NamedAccessListCommands.standard(c.std_nacl_command(), a, env))
                    : NamedAccessListCommands.standardNo(c.std_nacl_no(), a, env);
        }
        if (line instanceof IosParser.Ext_nacl_lineContext c && target instanceof ModeTarget.AccessListName a) {
            return c.ext_nacl_command() != null
                    ? common(c.ext_nacl_command(), () -> NamedAccessListCommands.extended(c.ext_nacl_command(), a, env))
                    : NamedAccessListCommands.extendedNo(c.ext_nacl_no(), a, env);
        }
        if (line instanceof IosParser.Route_map_lineContext c && target instanceof ModeTarget.RouteMapEntry r) {
            return c.route_map_command() != null
                    ? common(c.route_map_command(), () -> NatCommands.routeMapCommand(c.route_map_command(), r, env))
                    : NatCommands.routeMapNo(c.route_map_no(), r, env);
        }
        return null;
    }

    /** `service-policy output` and `qos pre-classify` (and their `no` forms) on an interface; null for other lines. */
    private static CommandResult interfaceQos(IosParser.Interface_lineContext c, String iface, CommandEnv env) {
        if (c.interface_command() != null) {
            if (c.interface_command().if_service_policy() != null) {
                return QosCommands.servicePolicy(c.interface_command().if_service_policy(), iface, env);
            }
            return c.interface_command().qos_pre_classify() != null ? QosCommands.preClassifyInterface(iface, true, env) : null;
        }
        if (c.interface_no().if_service_policy_no() != null) {
            return QosCommands.noServicePolicy(iface, env);
        }
        return c.interface_no().PRE_CLASSIFY() != null ? QosCommands.preClassifyInterface(iface, false, env) : null;
    }

    private static CommandResult global(IosParser.Global_commandContext c, CommandEnv env) {
        Optional<CommandResult> shared = shared(c);
        if (shared.isPresent()) {
            return shared.get();
        }
        if (c.gc_hostname() != null) {
            return SystemCommands.hostname(c.gc_hostname(), env);
        }
        if (c.gc_enable() != null) {
            return SystemCommands.enable(c.gc_enable(), env);
        }
        if (c.gc_username() != null) {
            return SystemCommands.username(c.gc_username(), env);
        }
        if (c.gc_service() != null) {
            return SystemCommands.service(c.gc_service(), env);
        }
        if (c.gc_ip() != null && c.gc_ip().ip_access_list() != null) {
            return NamedAccessListCommands.enter(c.gc_ip().ip_access_list(), env);
        }
        if (c.gc_ip() != null && c.gc_ip().ip_nat() != null) {
            return NatCommands.nat(c.gc_ip().ip_nat(), env);
        }
        if (c.gc_ip() != null) {
            return SystemCommands.ip(c.gc_ip(), env);
        }
        if (c.gc_route_map() != null) {
            return NatCommands.enterRouteMap(c.gc_route_map(), env);
        }
        if (c.gc_crypto() != null) {
            return CryptoCommands.crypto(c.gc_crypto(), env);
        }
        if (c.gc_interface() != null) {
            return InterfaceCommands.enter(c.gc_interface(), env);
        }
        if (c.gc_line() != null) {
            return LineCommands.enter(c.gc_line(), env);
        }
        if (c.gc_access_list() != null) {
            return AccessListCommands.add(c.gc_access_list(), env);
        }
        return systemServices(c, env);
    }

    private static CommandResult systemServices(IosParser.Global_commandContext c, CommandEnv env) {
        if (c.gc_version() != null) {
            return SystemCommands.version(c.gc_version());
        }
        if (c.gc_aaa() != null) {
            return AaaCommands.aaa(c.gc_aaa(), env);
        }
        if (c.gc_banner() != null) {
            return BannerCommands.banner(c.gc_banner(), env);
        }
        if (c.gc_clock() != null) {
            return TimeCommands.clock(c.gc_clock(), env);
        }
        if (c.gc_ntp() != null) {
            return TimeCommands.ntp(c.gc_ntp(), env);
        }
        if (c.gc_logging() != null) {
            return LoggingCommands.logging(c.gc_logging(), env);
        }
        if (c.gc_snmp() != null) {
            return SnmpCommands.community(c.gc_snmp(), env);
        }
        if (c.gc_ipv6() != null) {
            return IpServiceCommands.ipv6Cef(true, env);
        }
        if (c.gc_class_map() != null) {
            return QosCommands.classMap(c.gc_class_map(), env);
        }
        if (c.gc_policy_map() != null) {
            return QosCommands.policyMap(c.gc_policy_map(), env);
        }
        return null;
    }

    /** `default interface IF` resets the interface; the other commands' default is their absence: `no`. */
    private static CommandResult globalDefault(IosParser.Global_defaultContext c, CommandEnv env) {
        if (c.gc_interface_no() != null) {
            return InterfaceCommands.reset(c.gc_interface_no(), env);
        }
        if (c.gc_access_list_no() != null) {
            return AccessListCommands.delete(c.gc_access_list_no(), env);
        }
        if (c.gc_banner_no() != null) {
            return BannerCommands.noBanner(c.gc_banner_no(), env);
        }
        if (c.gc_class_map_no() != null) {
            return QosCommands.noClassMap(c.gc_class_map_no(), env);
        }
        if (c.gc_crypto_no() != null) {
            return CryptoCommands.noCrypto(c.gc_crypto_no(), env);
        }
        if (c.gc_hostname_no() != null) {
            return SystemCommands.noHostname(env);
        }
        if (c.gc_policy_map_no() != null) {
            return QosCommands.noPolicyMap(c.gc_policy_map_no(), env);
        }
        if (c.gc_route_map() != null) {
            return NatCommands.deleteRouteMap(c.gc_route_map(), env);
        }
        if (c.gc_username_no() != null) {
            return SystemCommands.noUsername(c.gc_username_no(), env);
        }
        return null;
    }

    private static CommandResult globalNo(IosParser.Global_noContext c, CommandEnv env) {
        if (c.gc_hostname_no() != null) {
            return SystemCommands.noHostname(env);
        }
        if (c.gc_enable_no() != null) {
            return SystemCommands.noEnable(c.gc_enable_no(), env);
        }
        if (c.gc_username_no() != null) {
            return SystemCommands.noUsername(c.gc_username_no(), env);
        }
        if (c.gc_service_no() != null) {
            return SystemCommands.noService(c.gc_service_no(), env);
        }
        if (c.gc_ip_no() != null && c.gc_ip_no().ip_access_list() != null) {
            return NamedAccessListCommands.delete(c.gc_ip_no().ip_access_list(), env);
        }
        if (c.gc_ip_no() != null && c.gc_ip_no().ip_nat_no() != null) {
            return NatCommands.noNat(c.gc_ip_no().ip_nat_no(), env);
        }
        if (c.gc_ip_no() != null) {
            return SystemCommands.noIp(c.gc_ip_no(), env);
        }
        if (c.gc_route_map() != null) {
            return NatCommands.deleteRouteMap(c.gc_route_map(), env);
        }
        if (c.gc_crypto_no() != null) {
            return CryptoCommands.noCrypto(c.gc_crypto_no(), env);
        }
        if (c.gc_interface_no() != null) {
            return InterfaceCommands.delete(c.gc_interface_no(), env);
        }
        if (c.gc_access_list_no() != null) {
            return AccessListCommands.delete(c.gc_access_list_no(), env);
        }
        return systemServicesNo(c, env);
    }

    private static CommandResult systemServicesNo(IosParser.Global_noContext c, CommandEnv env) {
        if (c.gc_aaa_no() != null) {
            return AaaCommands.noAaa(c.gc_aaa_no(), env);
        }
        if (c.gc_banner_no() != null) {
            return BannerCommands.noBanner(c.gc_banner_no(), env);
        }
        if (c.gc_clock_no() != null) {
            return TimeCommands.noClock(c.gc_clock_no(), env);
        }
        if (c.gc_ntp_no() != null) {
            return TimeCommands.noNtp(c.gc_ntp_no(), env);
        }
        if (c.gc_logging_no() != null) {
            return LoggingCommands.noLogging(c.gc_logging_no(), env);
        }
        if (c.gc_snmp_no() != null) {
            return SnmpCommands.noCommunity(c.gc_snmp_no(), env);
        }
        if (c.gc_ipv6_no() != null) {
            return IpServiceCommands.ipv6Cef(false, env);
        }
        if (c.gc_class_map_no() != null) {
            return QosCommands.noClassMap(c.gc_class_map_no(), env);
        }
        if (c.gc_policy_map_no() != null) {
            return QosCommands.noPolicyMap(c.gc_policy_map_no(), env);
        }
        return null;
    }

    /** `do`, `end` and `exit` exist in every configuration mode. */
    private static CommandResult common(ParserRuleContext command, java.util.function.Supplier<CommandResult> specific) {
        return shared(command).orElseGet(specific);
    }

    private static Optional<CommandResult> shared(ParserRuleContext command) {
        IosParser.Cfg_doContext doCmd = command.getRuleContext(IosParser.Cfg_doContext.class, 0);
        if (doCmd != null) {
            return Optional.of(new CommandResult.Exec(doCmd.priv_exec_command(),
                    doCmd.priv_exec_command().getStart().getCharPositionInLine()));
        }
        if (command.getRuleContext(IosParser.Cfg_endContext.class, 0) != null) {
            return Optional.of(CommandResult.END);
        }
        if (command.getRuleContext(IosParser.Cfg_exitContext.class, 0) != null) {
            return Optional.of(CommandResult.EXIT);
        }
        return Optional.empty();
    }
}
