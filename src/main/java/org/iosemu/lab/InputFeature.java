package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.net.IpPacket;

/**
 * One step of an interface's input path, run on a packet arriving through the interface before it is delivered
 * or forwarded (an inbound access group, NAT outside to inside). Empty = the packet is dropped.
 */
@FunctionalInterface
interface InputFeature {

    Optional<IpPacket> apply(IpPacket packet);
}
