package org.iosemu.lab;

import org.iosemu.cli.session.LogBus;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;

/** Routes engine events to the router's log bus: debug lines only while `debug crypto isakmp` is on. */
record EngineEvents(LogBus bus, DebugFlags debugs) implements IkeListener {
    @Override
    public void onEvent(IkeEvent event) {
        if (event instanceof IkeEvent.Debug d) {
            if (debugs.isOn(DebugFlags.Flag.ISAKMP)) {
                bus.debug(d.text());
            }
        } else if (event instanceof IkeEvent.Syslog s) {
            bus.log(s.text());
        }
    }
}
