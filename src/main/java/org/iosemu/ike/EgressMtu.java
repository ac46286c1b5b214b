package org.iosemu.ike;

/**
 * What the exit interface allows an encrypted packet: its IP MTU (the SA's "ip mtu"), and whether a clear packet
 * too big for one ESP packet is encrypted anyway ({@code encryptOversized}: the ESP packet is then fragmented or
 * dropped after encryption) or handed back as {@link OutboundResult.TooBig} (to be fragmented before encryption,
 * or refused).
 */
public record EgressMtu(int ipMtu, boolean encryptOversized) {

    /** No limit known: every packet is encrypted whole (tunnel interfaces, callers that do not care). */
    public static final EgressMtu NONE = new EgressMtu(0, true);
}
