package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyedListTest {

    /** A key that counts how often it is compared: the cost of an edit, without timing anything. */
    private record CountedKey(int value, int[] comparisons) implements Comparable<CountedKey> {
        @Override
        public int compareTo(CountedKey o) {
            comparisons[0]++;
            return Integer.compare(value, o.value);
        }
    }

    private record Item(CountedKey key, String text) {}

    @Test
    void editingOneOfFiveThousandItemsComparesLogarithmicallyManyKeys() {
        int[] comparisons = {0};
        KeyedList.Keying<CountedKey, Item> keying = KeyedList.sortedBy(Item::key);
        KeyedList<CountedKey, Item> list = keying.empty();
        for (int i = 0; i < 5000; i++) {
            list = list.with(new Item(new CountedKey(i * 2, comparisons), "v"));
        }
        CountedKey middle = new CountedKey(5000, comparisons);

        comparisons[0] = 0;
        KeyedList<CountedKey, Item> replaced = list.with(new Item(middle, "changed"));
        KeyedList<CountedKey, Item> inserted = replaced.with(new Item(new CountedKey(5001, comparisons), "new"));
        KeyedList<CountedKey, Item> removed = inserted.without(middle);
        Optional<Item> found = removed.find(new CountedKey(4998, comparisons));

        // a sort or a linear scan of 5,000 items needs thousands; a balanced tree about 4 * 13 per step
        assertTrue(comparisons[0] < 4 * 60, comparisons[0] + " comparisons for four operations");
        assertEquals("changed", replaced.find(middle).orElseThrow().text());
        assertEquals(5001, inserted.size());
        assertEquals(5000, removed.size());
        assertTrue(found.isPresent());
        assertEquals("v", list.find(middle).orElseThrow().text(), "the list edited is unchanged");
    }

    @Test
    void runningConfigEditsShareTheListsTheyDoNotTouch() {
        List<InterfaceName> ports = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ports.add(new InterfaceName(InterfaceType.LOOPBACK, Integer.toString(i)));
        }
        RunningConfig big = RunningConfig.factoryDefault(ports, false);

        RunningConfig withAcl = big.withAccessList(AccessList.numbered(10).append(AclEntry.remark("r")));
        RunningConfig withPolicy = big.withCrypto(c -> c.withPolicy(IsakmpPolicy.withDefaults(1)));
        RunningConfig described = big.withInterface(big.interfaces().get(7).withDescription(Optional.of("x")));

        assertSame(big.interfaces(), withAcl.interfaces(), "interfaces are not copied or re-sorted");
        assertSame(big.interfaces(), withPolicy.interfaces());
        assertSame(big.accessLists(), described.accessLists());
        assertSame(big.crypto(), described.crypto());
        assertSame(big, big.withInterface(big.interfaces().get(7)), "an edit that changes nothing is no new snapshot");
        assertEquals(Optional.of("x"), described.iface(ports.get(7)).orElseThrow().description());
    }

    @Test
    void isAnOrderedListEqualToPlainListsWithTheSameItems() {
        KeyedList.Keying<Integer, Integer> byValue = KeyedList.sortedBy(i -> i);
        KeyedList<Integer, Integer> list = byValue.of(List.of(3, 1, 2));
        assertEquals(List.of(1, 2, 3), list);
        assertEquals(list, List.of(1, 2, 3));
        assertEquals(List.of(1, 2, 3).hashCode(), list.hashCode());
        assertEquals(2, list.get(1));
        assertEquals(list, byValue.of(List.of(2, 3, 1)));
        assertNotEquals(list, list.without(2).with(4));
        assertSame(list, byValue.of(list), "a keyed list of the same keying is adopted, not copied");
    }

    @Test
    void insertionOrderKeepsTheFirstPlaceOfAReplacedItem() {
        KeyedList.Keying<String, String> byFirstLetter = KeyedList.insertionOrderedBy(s -> s.substring(0, 1));
        KeyedList<String, String> list = byFirstLetter.of(List.of("b1", "a1", "c1")).with("a2");
        assertEquals(List.of("b1", "a2", "c1"), list);
    }

    @Test
    void twoItemsWithOneKeyAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KeyedList.<Integer, Integer>sortedBy(i -> i % 10)
                .of(List.of(1, 11)));
    }
}
