package org.iosemu.lab;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.iosemu.cli.session.DebugFlags;
import org.iosemu.cli.session.LogBus;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;
import org.iosemu.time.Clock;

/**
 * Routes engine events to the router's log bus (debug lines only while `debug crypto isakmp` is on, the Easy VPN
 * remote's state lines while `debug crypto ipsec client ezvpn` is), tells the Easy VPN interfaces, and
 * remembers when each IKE SA came up, for the session uptime.
 */
final class EngineEvents implements IkeListener {
    private final LogBus bus;
    private final DebugFlags debugs;
    private final Clock clock;
    private final Map<Integer, Long> upSince = new ConcurrentHashMap<>();
    private final IkeListener recorder;
    private final Runnable ipsecChanged;
    private final EasyVpnInterfaces easyVpn;
    private final EasyVpnDebug easyVpnDebug = new EasyVpnDebug();

    /**
     * @param recorder also gets every event but debug lines (the lab's timeline recording)
     * @param ipsecChanged told (under the engine's lock: it must only schedule) when an IPsec SA comes or goes
     * @param easyVpn the Easy VPN tunnels that are up and their virtual interfaces
     */
    EngineEvents(LogBus bus, DebugFlags debugs, Clock clock, IkeListener recorder, Runnable ipsecChanged,
                 EasyVpnInterfaces easyVpn) {
        this.bus = bus;
        this.debugs = debugs;
        this.clock = clock;
        this.recorder = recorder;
        this.ipsecChanged = ipsecChanged;
        this.easyVpn = easyVpn;
    }

    @Override
    public void onEvent(IkeEvent event) {
        if (!(event instanceof IkeEvent.Debug)) {
            recorder.onEvent(event);
        }
        if (event instanceof IkeEvent.Debug d) {
            if (debugs.isOn(DebugFlags.Flag.ISAKMP)) {
                bus.debug(d.text());
            }
        } else if (event instanceof IkeEvent.Syslog s) {
            bus.log(s.text());
        } else if (event instanceof IkeEvent.IkeSaUp up) {
            upSince.put(up.connId(), clock.nowMillis());
        } else if (event instanceof IkeEvent.IkeSaDown down) {
            upSince.remove(down.connId());
        } else if (event instanceof IkeEvent.IpsecSaUp || event instanceof IkeEvent.IpsecSaDown) {
            ipsecChanged.run();
        } else if (event instanceof IkeEvent.EasyVpnXauthPending pending) {
            // plain console lines with a timestamp, no %mnemonic (as IOS prints them)
            pending.consoleLines().forEach(bus::log);
        } else if (event instanceof IkeEvent.EasyVpnStateChanged changed) {
            List<String> lines = easyVpnDebug.transition(changed.name(), changed.state(), changed.lastEvent());
            if (debugs.isOn(DebugFlags.Flag.EZVPN)) {
                lines.forEach(bus::debug);
            }
        } else if (event instanceof IkeEvent.EasyVpnUp up) {
            easyVpn.up(up.status(), bus);
        } else if (event instanceof IkeEvent.EasyVpnDown down) {
            easyVpn.down(down.status().name(), bus);
        }
    }

    /** Lets the engine skip formatting debug lines while `debug crypto isakmp` is off. */
    @Override
    public boolean debugEnabled() {
        return debugs.isOn(DebugFlags.Flag.ISAKMP);
    }

    /** Whole seconds since IKE SA {@code connId} was established. */
    OptionalLong uptimeSeconds(int connId) {
        Long since = upSince.get(connId);
        return since == null ? OptionalLong.empty() : OptionalLong.of((clock.nowMillis() - since) / 1000);
    }
}
