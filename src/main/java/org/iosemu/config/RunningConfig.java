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
        return new RunningConfig(SystemSettings.factoryDefault(), CryptoSettings.empty(), ifs, List.of(),
                List.of(LineConfig.console(), LineConfig.vty(0, 4)));
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

    /**
     * `line vty A B` as IOS applies it: blocks overlapping A..B are split so that A..B is covered by whole
     * blocks (`line vty 0 4` + `line vty 0 15` gives 0 4 and 5 15), and lines no block held yet get
     * default blocks.
     */
    public RunningConfig withLineRange(LineConfig.Kind kind, int first, int last) {
        List<LineConfig> out = new ArrayList<>();
        java.util.BitSet covered = new java.util.BitSet();
        for (LineConfig l : lines) {
            if (l.kind() != kind || l.last() < first || l.first() > last) {
                out.add(l);
                continue;
            }
            if (l.first() < first) {
                out.add(l.withRange(l.first(), first - 1));
            }
            int from = Math.max(l.first(), first);
            int to = Math.min(l.last(), last);
            out.add(l.withRange(from, to));
            covered.set(from, to + 1);
            if (l.last() > last) {
                out.add(l.withRange(last + 1, l.last()));
            }
        }
        for (int gap = covered.nextClearBit(first); gap <= last; gap = covered.nextClearBit(gap)) {
            int next = covered.nextSetBit(gap);
            int end = next < 0 || next > last + 1 ? last : next - 1;
            out.add(kind == LineConfig.Kind.CON ? LineConfig.console() : LineConfig.vty(gap, end));
            covered.set(gap, end + 1);
        }
        out.sort(java.util.Comparator.comparing(LineConfig::kind).thenComparingInt(LineConfig::first));
        return new RunningConfig(system, crypto, interfaces, accessLists, out);
    }

    /** The blocks lying wholly inside first..last (after {@link #withLineRange}: exactly that range). */
    public List<LineConfig> linesWithin(LineConfig.Kind kind, int first, int last) {
        return lines.stream().filter(l -> l.kind() == kind && l.first() >= first && l.last() <= last).toList();
    }

    public Optional<LineConfig> line(LineConfig.Kind kind, int first, int last) {
        return lines.stream().filter(l -> l.sameLines(kind, first, last)).findFirst();
    }
}
