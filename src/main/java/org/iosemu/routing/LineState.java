package org.iosemu.routing;

import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceType;

/** An interface's two states as `show interfaces` names them: administrative (`shutdown`) and line protocol. */
public record LineState(boolean adminUp, boolean protocolUp) {

    public static final LineState ADMIN_DOWN = new LineState(false, false);

    /**
     * What the configuration alone says: physical ports (cables always plugged in) and loopbacks are up unless
     * shut down; tunnels, dialers and templates need endpoints the configuration does not prove.
     */
    public static LineState configured(InterfaceConfig i) {
        if (i.shutdown()) {
            return ADMIN_DOWN;
        }
        InterfaceType type = i.name().type();
        return new LineState(true, type.physical() || type == InterfaceType.LOOPBACK || type == InterfaceType.NULL
                || type == InterfaceType.NVI);
    }

    /** `up` or `administratively down`. */
    public String status() {
        return adminUp ? "up" : "administratively down";
    }

    public String protocol() {
        return protocolUp ? "up" : "down";
    }
}
