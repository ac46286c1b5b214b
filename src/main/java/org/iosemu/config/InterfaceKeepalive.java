package org.iosemu.config;

/**
 * `keepalive [PERIOD [RETRIES]]` / `no keepalive` on an interface. Without the line an Ethernet port keeps alive
 * every 10 s and a tunnel does not; a GRE tunnel's keepalive is run by the lab
 * ({@code org.iosemu.lab.GreKeepalives}).
 */
public record InterfaceKeepalive(boolean enabled, int periodSeconds, int retries) {

    public static final int DEFAULT_PERIOD = 10;
    public static final int DEFAULT_RETRIES = 3;

    public static final InterfaceKeepalive OFF = new InterfaceKeepalive(false, DEFAULT_PERIOD, DEFAULT_RETRIES);

    public String render() {
        return enabled ? " keepalive " + periodSeconds + " " + retries : " no keepalive";
    }
}
