package org.iosemu.ike.config;

import java.util.Optional;

/**
 * Hands out the addresses a Mode Config server assigns (the lab answers from an `ip local pool`). Called on the
 * engine's thread; an address is released when the IKE SA that got it goes.
 */
public interface AddressAllocator {
    /** The pool's name for log lines. */
    String poolName();

    /** A free address for {@code user} (may be empty when XAUTH is not used), or empty when the pool is exhausted. */
    Optional<Ipv4> allocate(String user);

    void release(Ipv4 address);
}
