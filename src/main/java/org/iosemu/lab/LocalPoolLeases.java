package org.iosemu.lab;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.iosemu.config.IpLocalPool;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.AddressAllocator;
import org.iosemu.ike.config.Ipv4;

/**
 * The addresses a router's `ip local pool`s have handed out (to Easy VPN clients), kept across configuration
 * changes: the ranges are read from the current configuration at each allocation, the leases live here until the
 * engine releases them (the IKE SA went) or the router loses its state (power cut, reload).
 */
final class LocalPoolLeases {

    private final Supplier<RunningConfig> config;
    /** pool name → address → holder (the XAUTH user, or the empty string). */
    private final Map<String, TreeMap<Long, String>> leases = new HashMap<>();

    LocalPoolLeases(Supplier<RunningConfig> config) {
        this.config = config;
    }

    /** The engine's view of pool {@code pool}: lowest free address first. */
    AddressAllocator allocator(String pool) {
        return new AddressAllocator() {
            @Override
            public String poolName() {
                return pool;
            }

            @Override
            public Optional<Ipv4> allocate(String user) {
                return LocalPoolLeases.this.allocate(pool, user);
            }

            @Override
            public void release(Ipv4 address) {
                LocalPoolLeases.this.release(pool, address);
            }
        };
    }

    synchronized Optional<Ipv4> allocate(String pool, String user) {
        Optional<IpLocalPool> configured = config.get().system().services().ip().localPool(pool);
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Long, String> held = leases.computeIfAbsent(pool, p -> new TreeMap<>());
        for (IpLocalPool.Range r : configured.get().ranges()) {
            for (long a = r.first(); a <= r.last(); a++) {
                if (!held.containsKey(a)) {
                    held.put(a, user);
                    return Optional.of(new Ipv4((int) a));
                }
            }
        }
        return Optional.empty();
    }

    synchronized void release(String pool, Ipv4 address) {
        TreeMap<Long, String> held = leases.get(pool);
        if (held != null) {
            held.remove(Integer.toUnsignedLong(address.bits()));
        }
    }

    /** For `show ip local pool`: the addresses of {@code pool} in use and who holds them. */
    synchronized Map<Long, String> of(String pool) {
        return Map.copyOf(leases.getOrDefault(pool, new TreeMap<>()));
    }

    /** The router lost every SA without releasing them one by one. */
    synchronized void clear() {
        leases.clear();
    }
}
