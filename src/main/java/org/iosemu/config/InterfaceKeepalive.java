package org.iosemu.config;

/**
 * `keepalive [PERIOD [RETRIES]]` / `no keepalive` on an interface. Without the line an Ethernet port keeps alive
 * every 10 s and a tunnel does not; a tunnel's keepalive is stored and shown (GRE keepalive packets are not sent).
 */
public record InterfaceKeepalive(boolean enabled, int periodSeconds, int retries) {

    public static final int DEFAULT_PERIOD = 10;
    public static final int DEFAULT_RETRIES = 3;

    public static final InterfaceKeepalive OFF = new InterfaceKeepalive(false, DEFAULT_PERIOD, DEFAULT_RETRIES);

    public String render() {
        return enabled ? " keepalive " + periodSeconds + " " + retries : " no keepalive";
    }
}
