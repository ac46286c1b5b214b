package org.iosemu.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pcollections.TreePMap;

/**
 * Which interface has an address in which subnet, kept with the interfaces of each snapshot, so that
 * IOS's check "no subnet shared with another interface" on `ip address` costs O(log n), not a scan.
 */
public final class SubnetIndex {

    /** One interface's address as a subnet; a null owner sorts first (range bounds). */
    private record Slot(long network, int length, InterfaceName owner) {}

    private static final Comparator<Slot> ORDER = Comparator.comparingLong(Slot::network)
            .thenComparingInt(Slot::length)
            .thenComparing(Slot::owner, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final SubnetIndex EMPTY = new SubnetIndex(TreePMap.empty(ORDER));

    /** Keeps the index of an interface list current. */
    static final KeyedList.Summary<InterfaceConfig, SubnetIndex> OF_INTERFACES = new KeyedList.Summary<>() {
        @Override
        public SubnetIndex empty() {
            return EMPTY;
        }

        @Override
        public SubnetIndex update(SubnetIndex index, InterfaceConfig old, InterfaceConfig item) {
            if (old != null && item != null && old.address().equals(item.address())
                    && old.secondaries().equals(item.secondaries())) {
                return index; // most interface edits leave the addresses alone
            }
            return index.minus(old).plus(item);
        }
    };

    /** How many of the owner's addresses fall in the slot (an interface may repeat a subnet). */
    private final TreePMap<Slot, Integer> slots;

    private SubnetIndex(TreePMap<Slot, Integer> slots) {
        this.slots = slots;
    }

    /**
     * The first interface in IOS order, other than {@code self}, with an address whose subnet and
     * {@code address}/{@code prefix} contain one another.
     */
    public Optional<InterfaceName> firstOverlap(long address, int prefix, InterfaceName self) {
        InterfaceName[] first = {null};
        Consumer<Slot> consider = s -> {
            if (!s.owner().equals(self) && (first[0] == null || s.owner().compareTo(first[0]) < 0)) {
                first[0] = s.owner();
            }
        };
        long network = address & mask(prefix);
        long last = network | (~mask(prefix) & 0xFFFFFFFFL);
        // subnets starting inside ours (ours or smaller, or larger ones that start where ours does) ...
        slots.subMap(new Slot(network, -1, null), true, new Slot(last + 1, -1, null), false).keySet().forEach(consider);
        // ... and the larger ones that start before it
        for (int length = 0; length < prefix; length++) {
            long outer = address & mask(length);
            if (outer < network) {
                slots.subMap(new Slot(outer, length, null), true, new Slot(outer, length + 1, null), false)
                        .keySet().forEach(consider);
            }
        }
        return Optional.ofNullable(first[0]);
    }

    private SubnetIndex plus(InterfaceConfig i) {
        TreePMap<Slot, Integer> s = slots;
        if (i != null) {
            for (IpAddress a : addresses(i)) {
                Slot slot = slot(i.name(), a);
                s = s.plus(slot, s.getOrDefault(slot, 0) + 1);
            }
        }
        return new SubnetIndex(s);
    }

    private SubnetIndex minus(InterfaceConfig i) {
        TreePMap<Slot, Integer> s = slots;
        if (i != null) {
            for (IpAddress a : addresses(i)) {
                Slot slot = slot(i.name(), a);
                int count = s.getOrDefault(slot, 0);
                s = count <= 1 ? s.minus(slot) : s.plus(slot, count - 1);
            }
        }
        return new SubnetIndex(s);
    }

    private static List<IpAddress> addresses(InterfaceConfig i) {
        List<IpAddress> all = new ArrayList<>(i.secondaries());
        i.address().ifPresent(all::add);
        return all;
    }

    private static Slot slot(InterfaceName owner, IpAddress a) {
        long mask = Ipv4.toLong(a.mask());
        return new Slot(Ipv4.toLong(a.address()) & mask, Long.bitCount(mask), owner);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }
}
