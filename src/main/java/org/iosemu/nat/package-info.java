/**
 * Inside-source NAT as IOS does it: {@link org.iosemu.nat.NatTranslator} applies a configuration's `ip nat
 * inside source` rules (static, access-list or route-map selected, to an interface address or a pool, with or
 * without overload) to packets going from an `ip nat inside` to an `ip nat outside` interface and reverses them
 * on the way back, keeping its entries in a {@link org.iosemu.nat.NatTable};
 * {@link org.iosemu.nat.NatShow} prints `show ip nat translations [verbose]` and `show ip nat statistics`.
 *
 * <p>Depends on config, acl and net only. The lab calls it where IOS does: inside to outside before the crypto
 * map of the exit interface sees the packet, so a missing NAT exemption breaks a tunnel as on a real router.
 */
package org.iosemu.nat;
