package org.iosemu.ike.config;

/** One ACL permit line used as proxy identity: protocol 0 means any IP protocol. */
public record ProxyIdentity(Ipv4 srcNet, Ipv4 srcMask, Ipv4 dstNet, Ipv4 dstMask, int protocol) {
    public boolean matches(Ipv4 src, Ipv4 dst, int proto) {
        return src.inSubnet(srcNet, srcMask) && dst.inSubnet(dstNet, dstMask) && (protocol == 0 || protocol == proto);
    }

    public ProxyIdentity mirror() {
        return new ProxyIdentity(dstNet, dstMask, srcNet, srcMask, protocol);
    }
}
