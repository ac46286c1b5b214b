/**
 * Access lists applied to packets: {@link org.iosemu.acl.AclMatcher} evaluates a configured list (first match,
 * implicit deny) on a packet's addresses, protocol and ports; {@link org.iosemu.acl.AclCounters} keeps the
 * per-line match counts `show access-lists` prints (access groups, crypto ACLs and NAT lists all count).
 *
 * <p>Depends on config (the lists) and net (the packets) only; the lab calls it from its forwarding path.
 */
package org.iosemu.acl;
