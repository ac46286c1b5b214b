package org.iosemu.config;

/** `snmp-server community NAME RO|RW`; IOS writes RO for a community given without one. */
public record SnmpCommunity(String name, boolean readWrite) {

    public String render() {
        return "snmp-server community " + name + (readWrite ? " RW" : " RO");
    }
}
