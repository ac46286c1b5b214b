package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;

/**
 * `ip local pool NAME FIRST [LAST]`: a named set of address ranges (typing the name again with another range
 * adds it), from which remote-access clients get their address.
 */
public record IpLocalPool(String name, List<Range> ranges) {

    /** One `ip local pool` line: FIRST to LAST inclusive (LAST = FIRST for a single address). */
    public record Range(long first, long last) {
        public long size() {
            return last - first + 1;
        }

        public boolean overlaps(Range o) {
            return first <= o.last && o.first <= last;
        }

        public boolean contains(long address) {
            return address >= first && address <= last;
        }

        public String render(String poolName) {
            return "ip local pool " + poolName + " " + Ipv4.format(first) + (last == first ? "" : " " + Ipv4.format(last));
        }
    }

    public IpLocalPool {
        ranges = List.copyOf(ranges);
    }

    public long size() {
        return ranges.stream().mapToLong(Range::size).sum();
    }

    public boolean contains(long address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** The pool's addresses in order, the first {@code limit} of them. */
    public List<Long> addresses(int limit) {
        List<Long> out = new ArrayList<>();
        for (Range r : ranges) {
            for (long a = r.first; a <= r.last && out.size() < limit; a++) {
                out.add(a);
            }
        }
        return out;
    }

    public IpLocalPool withRange(Range r) {
        if (ranges.contains(r)) {
            return this;
        }
        List<Range> out = new ArrayList<>(ranges);
        out.add(r);
        return new IpLocalPool(name, out);
    }

    public IpLocalPool withoutRange(Range r) {
        return new IpLocalPool(name, ranges.stream().filter(x -> !x.equals(r)).toList());
    }

    public List<String> render() {
        return ranges.stream().map(r -> r.render(name)).toList();
    }
}
