package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InterfaceOrderTest {

    @Test
    void numbersCompareNumericallyPartByPart() {
        List<String> sorted = List.of("0", "0/0", "0/1", "0/1.5", "0/1.20", "0/2", "0/10", "1", "1:0", "1/1", "2", "10");
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = 0; j < sorted.size(); j++) {
                assertEquals(Integer.signum(Integer.compare(i, j)),
                        Integer.signum(InterfaceName.compareNumbers(sorted.get(i), sorted.get(j))),
                        sorted.get(i) + " vs " + sorted.get(j));
            }
        }
    }

    /** The in-place scan agrees with comparing the parts as int arrays (the definition of IOS order). */
    @Property
    void agreesWithComparingThePartsAsNumbers(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 1200) Integer> a,
                                              @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 1200) Integer> b) {
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = b.stream().mapToInt(Integer::intValue).toArray();
        assertEquals(Integer.signum(Arrays.compare(x, y)),
                Integer.signum(InterfaceName.compareNumbers(number(x), number(y))));
    }

    private static String number(int[] parts) {
        StringBuilder b = new StringBuilder().append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(i == parts.length - 1 && parts.length > 2 ? "." : "/").append(parts[i]);
        }
        return b.toString();
    }

    @Test
    void overlapCheckFindsTheFirstOtherInterfaceWithANestedSubnet() {
        InterfaceName lo1 = new InterfaceName(InterfaceType.LOOPBACK, "1");
        InterfaceName lo2 = new InterfaceName(InterfaceType.LOOPBACK, "2");
        InterfaceName lo10 = new InterfaceName(InterfaceType.LOOPBACK, "10");
        RunningConfig rc = RunningConfig.factoryDefault(List.of(), false)
                .withInterface(InterfaceConfig.fresh(lo10, false).withAddresses(
                        Optional.of(new IpAddress("10.1.0.1", "255.255.0.0")), List.of()))
                .withInterface(InterfaceConfig.fresh(lo2, false).withAddresses(
                        Optional.of(new IpAddress("10.1.2.1", "255.255.255.0")), List.of()))
                .withInterface(InterfaceConfig.fresh(lo1, false).withAddresses(
                        Optional.of(new IpAddress("192.168.0.1", "255.255.255.0")),
                        List.of(new IpAddress("172.16.0.1", "255.240.0.0"))));
        SubnetIndex subnets = rc.subnets();

        assertEquals(Optional.of(lo2), subnets.firstOverlap(ip("10.1.2.9"), 30, lo1), "inside both: Loopback2 sorts first");
        assertEquals(Optional.of(lo10), subnets.firstOverlap(ip("10.1.2.9"), 30, lo2), "its own subnet does not count");
        assertEquals(Optional.of(lo2), subnets.firstOverlap(ip("10.0.0.1"), 8, lo1), "a larger subnet holding both");
        assertEquals(Optional.of(lo1), subnets.firstOverlap(ip("172.20.1.1"), 24, lo2), "secondaries count");
        assertEquals(Optional.empty(), subnets.firstOverlap(ip("10.2.0.1"), 16, lo1));
        assertEquals(Optional.empty(), rc.withoutInterface(lo1).subnets().firstOverlap(ip("172.20.1.1"), 24, lo2),
                "a removed interface leaves the index");
    }

    private static long ip(String text) {
        return Ipv4.toLong(text);
    }
}
