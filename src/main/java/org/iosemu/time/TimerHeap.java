package org.iosemu.time;

import java.util.Arrays;

/**
 * Binary min-heap of timer entries ordered by (due, order), with removal of any entry in O(log n). Due times and
 * orders sit in primitive arrays beside the entries: a hub's queue holds tens of thousands of timers, and
 * sifting through primitives stays in cache where chasing entry objects does not. Not thread-safe.
 */
final class TimerHeap {
    /** An element; {@code index} is its slot in the heap, or -1 when it is not in one. */
    abstract static class Node {
        int index = -1;
    }

    private long[] dues = new long[64];
    private long[] orders = new long[64];
    private Node[] nodes = new Node[64];
    private int size;

    int size() {
        return size;
    }

    /** The first node, or null when empty. */
    Node peek() {
        return size == 0 ? null : nodes[0];
    }

    void add(Node node, long due, long order) {
        if (size == nodes.length) {
            dues = Arrays.copyOf(dues, size * 2);
            orders = Arrays.copyOf(orders, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        set(size, node, due, order);
        size++;
        siftUp(size - 1);
    }

    /** Removes {@code node} if it is in this heap. */
    void remove(Node node) {
        int i = node.index;
        if (i < 0) {
            return;
        }
        node.index = -1;
        size--;
        if (i != size) {
            set(i, nodes[size], dues[size], orders[size]);
            nodes[size] = null;
            if (!siftUp(i)) {
                siftDown(i);
            }
        } else {
            nodes[size] = null;
        }
    }

    private boolean less(int a, int b) {
        return dues[a] != dues[b] ? dues[a] < dues[b] : orders[a] < orders[b];
    }

    private void set(int i, Node node, long due, long order) {
        nodes[i] = node;
        dues[i] = due;
        orders[i] = order;
        node.index = i;
    }

    private void swap(int a, int b) {
        Node n = nodes[a];
        long d = dues[a];
        long o = orders[a];
        set(a, nodes[b], dues[b], orders[b]);
        set(b, n, d, o);
    }

    /** Moves the node at {@code i} up while it is earlier than its parent; true if it moved. */
    private boolean siftUp(int i) {
        int start = i;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
        return i != start;
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && less(left + 1, left) ? left + 1 : left;
            if (!less(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }
}
