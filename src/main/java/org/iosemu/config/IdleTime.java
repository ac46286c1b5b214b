package org.iosemu.config;

/** `security-association idle-time SECONDS [default]`. */
public record IdleTime(int seconds, boolean returnToDefaultPeer) {
    public String render() {
        return "idle-time " + seconds + (returnToDefaultPeer ? " default" : "");
    }
}
