package org.iosemu.config;

/**
 * An interface's MTUs as IOS derives them: the layer-2 `mtu` (the type's default unless set: 1500 for Ethernet and
 * serial, 1514 for a loopback, 17916 for a GRE tunnel, 17867 for a VTI) and the IP MTU IP fragments to (`ip mtu`,
 * never above the layer-2 MTU; the layer-2 MTU for physical interfaces and loopbacks, 1476 for a tunnel unless set).
 */
public final class InterfaceMtu {

    public static final int DEFAULT = 1500;
    public static final int LOOPBACK = 1514;
    public static final int GRE_TUNNEL = 17916;
    public static final int VTI_TUNNEL = 17867;
    public static final int TUNNEL_IP = 1476;
    /** The smallest `ip mtu` (RFC 791's 68 bytes every host must take); the largest is the interface's `mtu`. */
    public static final int MIN_IP = 68;

    private InterfaceMtu() {}

    /** The layer-2 MTU: `show interfaces` "MTU N bytes", the largest frame the interface takes in or sends. */
    public static int layer2(InterfaceConfig i) {
        return i.mtu().orElseGet(() -> switch (i.name().type()) {
            case LOOPBACK -> LOOPBACK;
            case TUNNEL -> i.tunnel().vti() ? VTI_TUNNEL : GRE_TUNNEL;
            default -> DEFAULT;
        });
    }

    /**
     * The largest `ip mtu` the interface takes (`ip mtu ?`): its layer-2 MTU, or 68 on one set below that (the
     * IP MTU is then capped to the layer-2 MTU, as {@link #ip} does).
     */
    public static int maxIp(InterfaceConfig i) {
        return Math.max(MIN_IP, layer2(i));
    }

    /** The IP MTU: `show ip interface` "MTU is N bytes", what IP fragments (or refuses, with DF) to. */
    public static int ip(InterfaceConfig i) {
        int fallback = i.name().type() == InterfaceType.TUNNEL ? TUNNEL_IP : layer2(i);
        return Math.min(i.ipMtu().orElse(fallback), layer2(i));
    }
}
