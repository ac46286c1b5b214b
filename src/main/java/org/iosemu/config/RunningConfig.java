package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One immutable snapshot of the whole running configuration. Interfaces and access lists are
 * {@link KeyedList}s, so an edit is O(log n) and shares everything it does not touch with the snapshot
 * before it; the lists are still plain ordered {@code List}s to readers.
 */
public record RunningConfig(SystemSettings system, CryptoSettings crypto, List<InterfaceConfig> interfaces,
                            List<AccessList> accessLists, List<LineConfig> lines, QosSettings qos) {

    /** IOS order: by interface type, then numerically by slot/port. */
    static final KeyedList.Keying<InterfaceName, InterfaceConfig> INTERFACES =
            KeyedList.<InterfaceName, InterfaceConfig>sortedBy(InterfaceConfig::name)
                    .summarizedBy(SubnetIndex.OF_INTERFACES);
    /** Fingerprinted by size: an edit to a list always changes it, and hashing all entries would not be O(1). */
    static final KeyedList.Keying<AclName, AccessList> ACCESS_LISTS = KeyedList.<AclName, AccessList>sortedBy(
            AccessList::name).fingerprintedBy(a -> 31 * a.name().hashCode() + a.lines().size());

    public RunningConfig {
        interfaces = INTERFACES.of(interfaces);
        accessLists = ACCESS_LISTS.of(accessLists);
        lines = List.copyOf(lines);
    }

    /** A router fresh from the factory: default services, the given physical ports, con 0, aux 0 and vty 0 4. */
    public static RunningConfig factoryDefault(List<InterfaceName> physicalPorts, boolean portsShutdown) {
        List<InterfaceConfig> ifs = physicalPorts.stream().map(n -> InterfaceConfig.fresh(n, portsShutdown)).toList();
        List<LineConfig> lines = new ArrayList<>(List.of(LineConfig.console(), LineConfig.aux()));
        for (int n = 0; n <= 4; n++) {
            lines.add(LineConfig.vty(n, n));
        }
        return new RunningConfig(SystemSettings.factoryDefault(), CryptoSettings.empty(), ifs, List.of(), lines,
                QosSettings.empty());
    }

    public Optional<InterfaceConfig> iface(InterfaceName name) {
        return interfaceTable().find(name);
    }

    /** The interfaces' subnets, for the overlap check of `ip address`. */
    public SubnetIndex subnets() {
        return interfaceTable().summary(SubnetIndex.OF_INTERFACES);
    }

    public Optional<AccessList> accessList(int number) {
        return accessList(AclName.number(number));
    }

    public Optional<AccessList> accessList(AclName name) {
        return accessListTable().find(name);
    }

    /** The list a `match address` or `show access-lists` argument names: a number or a name. */
    public Optional<AccessList> accessList(String numberOrName) {
        return accessList(AclName.of(numberOrName));
    }

    public RunningConfig withSystem(UnaryOperator<SystemSettings> edit) {
        SystemSettings edited = edit.apply(system);
        return edited.equals(system) ? this : new RunningConfig(edited, crypto, interfaces, accessLists, lines, qos);
    }

    public RunningConfig withCrypto(UnaryOperator<CryptoSettings> edit) {
        CryptoSettings edited = edit.apply(crypto);
        return edited.equals(crypto) ? this : new RunningConfig(system, edited, interfaces, accessLists, lines, qos);
    }

    public RunningConfig withQos(UnaryOperator<QosSettings> edit) {
        QosSettings edited = edit.apply(qos);
        return edited.equals(qos) ? this : new RunningConfig(system, crypto, interfaces, accessLists, lines, edited);
    }

    public RunningConfig withInterface(InterfaceConfig c) {
        return withTables(interfaceTable().with(c), accessListTable());
    }

    public RunningConfig withoutInterface(InterfaceName name) {
        return withTables(interfaceTable().without(name), accessListTable());
    }

    /** Edits every interface: O(n), for the rare commands that touch all of them. */
    public RunningConfig withInterfaces(UnaryOperator<InterfaceConfig> edit) {
        return new RunningConfig(system, crypto, interfaces.stream().map(edit).toList(), accessLists, lines, qos);
    }

    /**
     * Replaces the access list of the same name. A numbered list without lines is removed (it has nothing
     * to show); a named one stays, as on IOS, until `no ip access-list`.
     */
    public RunningConfig withAccessList(AccessList a) {
        KeyedList<AclName, AccessList> acls = a.numbered() && a.lines().isEmpty() ? accessListTable().without(a.name())
                : accessListTable().with(a);
        return withTables(interfaceTable(), acls);
    }

    public RunningConfig withoutAccessList(AclName name) {
        return withTables(interfaceTable(), accessListTable().without(name));
    }

    private RunningConfig withTables(KeyedList<InterfaceName, InterfaceConfig> ifs, KeyedList<AclName, AccessList> acls) {
        return ifs == interfaces && acls == accessLists ? this : new RunningConfig(system, crypto, ifs, acls, lines, qos);
    }

    private KeyedList<InterfaceName, InterfaceConfig> interfaceTable() {
        return (KeyedList<InterfaceName, InterfaceConfig>) interfaces; // the constructor made it one
    }

    private KeyedList<AclName, AccessList> accessListTable() {
        return (KeyedList<AclName, AccessList>) accessLists;
    }

    /** How many vty lines the configuration has (`line vty 0 4` = 5, `line vty 0 15` = 16). */
    public int vtyLineCount() {
        return lines.stream().filter(l -> l.kind() == LineConfig.Kind.VTY).mapToInt(l -> l.last() + 1).max().orElse(0);
    }

    public RunningConfig withLine(LineConfig line) {
        List<LineConfig> l = new ArrayList<>(lines);
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).sameLines(line.kind(), line.first(), line.last())) {
                l.set(i, line);
                return new RunningConfig(system, crypto, interfaces, accessLists, l, qos);
            }
        }
        l.add(line);
        l.sort(java.util.Comparator.comparing(LineConfig::kind).thenComparingInt(LineConfig::first));
        return new RunningConfig(system, crypto, interfaces, accessLists, l, qos);
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
            LineConfig current = line(kind, n, n).orElseGet(() -> LineConfig.fresh(kind, number, number));
            out = out.withLine(change.apply(current));
        }
        return out;
    }
}
