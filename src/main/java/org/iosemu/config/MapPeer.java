package org.iosemu.config;

/** One `set peer` of a crypto map entry: an address, or a hostname resolved at negotiation if dynamic. */
public record MapPeer(String address, boolean hostname, boolean dynamic, boolean isDefault) {

    /** Peers are the same when they name the same host, whatever their flags. */
    public boolean samePeer(MapPeer o) {
        return address.equalsIgnoreCase(o.address);
    }

    public String render() {
        return " set peer " + address + (dynamic ? " dynamic" : "") + (isDefault ? " default" : "");
    }
}
