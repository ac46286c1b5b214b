package org.iosemu.lab;

import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpsecGlobals;

/**
 * How a crypto map interface sizes one clear packet, from `crypto ipsec df-bit` and `crypto ipsec fragmentation`
 * (the interface's own line overrides the global one) and the packet's DF flag.
 *
 * @param outerDontFragment the ESP packet's DF: set, clear, or copied from the clear packet
 * @param mayFragment the packet may be fragmented at all: its DF is clear, or `df-bit clear` overrides it
 * @param afterEncryption fragment the ESP packet rather than the clear one
 */
record EspSizing(boolean outerDontFragment, boolean mayFragment, boolean afterEncryption) {

    static EspSizing of(IpsecGlobals globals, InterfaceConfig exit, boolean innerDontFragment) {
        IpsecGlobals.DfBit df = exit.dfBit().orElse(globals.dfBit());
        IpsecGlobals.Fragmentation when = exit.fragmentation().orElse(globals.fragmentation());
        boolean outer = switch (df) {
            case SET -> true;
            case CLEAR -> false;
            case COPY -> innerDontFragment;
        };
        return new EspSizing(outer, !innerDontFragment || df == IpsecGlobals.DfBit.CLEAR,
                when == IpsecGlobals.Fragmentation.AFTER_ENCRYPTION);
    }

    /** A packet too big for one ESP packet is encrypted whole (its ESP packet is fragmented or refused later). */
    boolean encryptOversized() {
        return mayFragment && afterEncryption;
    }
}
