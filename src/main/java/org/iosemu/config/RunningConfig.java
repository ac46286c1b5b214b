package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** One immutable snapshot of the whole running configuration. */
public record RunningConfig(SystemSettings system, CryptoSettings crypto, List<InterfaceConfig> interfaces,
                            List<AccessList> accessLists, List<LineConfig> lines) {

    public RunningConfig {
        interfaces = interfaces.stream().sorted(java.util.Comparator.comparing(InterfaceConfig::name)).toList();
        accessLists = accessLists.stream().sorted(java.util.Comparator.comparingInt(AccessList::number)).toList();
        lines = List.copyOf(lines);
    }

    /** A router fresh from the factory: default services, the given physical ports, con 0 and vty 0 4. */
    public static RunningConfig factoryDefault(List<InterfaceName> physicalPorts, boolean portsShutdown) {
        List<InterfaceConfig> ifs = physicalPorts.stream().map(n -> InterfaceConfig.fresh(n, portsShutdown)).toList();
        List<LineConfig> lines = new ArrayList<>(List.of(LineConfig.console()));
        for (int n = 0; n <= 4; n++) {
            lines.add(LineConfig.vty(n, n));
        }
        return new RunningConfig(SystemSettings.factoryDefault(), CryptoSettings.empty(), ifs, List.of(), lines);
    }

    public Optional<InterfaceConfig> iface(InterfaceName name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<AccessList> accessList(int number) {
        return accessLists.stream().filter(a -> a.number() == number).findFirst();
    }

    public RunningConfig withSystem(UnaryOperator<SystemSettings> edit) {
        return new RunningConfig(edit.apply(system), crypto, interfaces, accessLists, lines);
    }

    public RunningConfig withCrypto(UnaryOperator<CryptoSettings> edit) {
        return new RunningConfig(system, edit.apply(crypto), interfaces, accessLists, lines);
    }

    public RunningConfig withInterface(InterfaceConfig c) {
        List<InterfaceConfig> l = new ArrayList<>(interfaces);
        l.removeIf(i -> i.name().equals(c.name()));
        l.add(c);
        return new RunningConfig(system, crypto, l, accessLists, lines);
    }

    public RunningConfig withoutInterface(InterfaceName name) {
        List<InterfaceConfig> l = new ArrayList<>(interfaces);
        l.removeIf(i -> i.name().equals(name));
        return new RunningConfig(system, crypto, l, accessLists, lines);
    }

    public RunningConfig withInterfaces(UnaryOperator<InterfaceConfig> edit) {
        return new RunningConfig(system, crypto, interfaces.stream().map(edit).toList(), accessLists, lines);
    }

    public RunningConfig withAccessList(AccessList a) {
        List<AccessList> l = new ArrayList<>(accessLists);
        l.removeIf(x -> x.number() == a.number());
        if (!a.entries().isEmpty()) {
            l.add(a);
        }
        return new RunningConfig(system, crypto, interfaces, l, lines);
    }

    public RunningConfig withLine(LineConfig line) {
        List<LineConfig> l = new ArrayList<>(lines);
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).sameLines(line.kind(), line.first(), line.last())) {
                l.set(i, line);
                return new RunningConfig(system, crypto, interfaces, accessLists, l);
            }
        }
        l.add(line);
        l.sort(java.util.Comparator.comparing(LineConfig::kind).thenComparingInt(LineConfig::first));
        return new RunningConfig(system, crypto, interfaces, accessLists, l);
    }

    public Optional<LineConfig> line(LineConfig.Kind kind, int first, int last) {
        return lines.stream().filter(l -> l.sameLines(kind, first, last)).findFirst();
    }

    /**
     * Applies {@code change} to every line from {@code first} to {@code last}, creating missing ones.
     * Lines are stored one per line number, as IOS keeps them; show run groups them again.
     */
    public RunningConfig editLines(LineConfig.Kind kind, int first, int last, UnaryOperator<LineConfig> change) {
        RunningConfig out = this;
        for (int n = first; n <= last; n++) {
            int number = n;
            LineConfig current = line(kind, n, n).orElseGet(() -> kind == LineConfig.Kind.CON ? LineConfig.console()
                    : LineConfig.vty(number, number));
            out = out.withLine(change.apply(current));
        }
        return out;
    }
}
