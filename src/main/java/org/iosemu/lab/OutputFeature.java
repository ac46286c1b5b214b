package org.iosemu.lab;

import org.iosemu.net.IpPacket;

/**
 * One step of an interface's output path. {@link InterfaceFeatures} lists them in IOS's order for each
 * interface: an outbound access group first, then NAT (inside to outside), then crypto; the packet that leaves
 * the last step is transmitted by the interface.
 */
@FunctionalInterface
interface OutputFeature {

    Verdict apply(IpPacket packet);

    /** What a step did with a packet. */
    sealed interface Verdict {
        /** Go on to the next step with {@code packet} (the same or a rewritten one). */
        record Pass(IpPacket packet) implements Verdict {
        }

        /** The step took the packet: sent (encrypted) or dropped; the path ends here. */
        record Done(IpStack.Sent outcome) implements Verdict {
        }
    }
}
