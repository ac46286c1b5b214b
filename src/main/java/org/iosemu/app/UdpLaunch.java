package org.iosemu.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.lab.Lab;
import org.iosemu.lab.LabConsole;
import org.iosemu.lab.LabTime;
import org.iosemu.net.udp.UdpUplink;

/**
 * `--udp NAME=A.B.C.D` (repeatable): router NAME's IKE and ESP speak real UDP 500/4500 on that address (same
 * router and engine as in a lab, only the uplink differs), for interop with real peers, e.g. strongSwan in a
 * network namespace. With `--lab DIR` NAME is one of the lab's routers; without it, a lone router named NAME
 * booting from --config.
 *
 * @param addresses address to bind by router name; empty when the option was not given
 * @param remaining the other arguments
 */
public record UdpLaunch(Map<String, Ipv4> addresses, List<String> remaining) {

    public static final String USAGE = String.join("\n",
            "  --udp NAME=ADDR  router NAME's IKE binds UDP 500 and 4500 on ADDR (real peers; root);",
            "                   ping/ESP with them as UDP-encapsulated ESP. With --lab, NAME is one",
            "                   of its routers; otherwise a lone router booting from --config",
            "");

    public static UdpLaunch parse(List<String> args) throws OptionsParser.UsageException {
        List<String> rest = new ArrayList<>();
        Map<String, Ipv4> addresses = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--udp") || a.startsWith("--udp=")) {
                String value = a.startsWith("--udp=") ? a.substring(6) : i + 1 < args.size() ? args.get(++i) : "";
                int eq = value.indexOf('=');
                if (eq <= 0) {
                    throw new OptionsParser.UsageException("--udp needs NAME=A.B.C.D, got '" + value + "'");
                }
                try {
                    addresses.put(value.substring(0, eq), Ipv4.parse(value.substring(eq + 1)));
                } catch (IllegalArgumentException e) {
                    throw new OptionsParser.UsageException("--udp needs NAME=A.B.C.D, got '" + value + "'");
                }
            } else {
                rest.add(a);
            }
        }
        return new UdpLaunch(Map.copyOf(addresses), rest);
    }

    public boolean isUdp() {
        return !addresses.isEmpty();
    }

    /**
     * Boots the lab (or the lone router) on real time, binds each named router, announces the bindings on
     * {@code notices}, hands the lab to {@code opened} (remote access) and opens the console.
     */
    public SessionFactory factory(LabLaunch lab, PrintStream notices, Consumer<Lab> opened) {
        return (setup, bootErrors) -> {
            LabTime time = LabLaunch.time(setup);
            if (time.virtual()) {
                throw new IllegalArgumentException("--udp talks to real peers: it cannot run on --replay's virtual time");
            }
            Lab l;
            if (lab.lab().isPresent()) {
                l = lab.open(time, bootErrors);
            } else if (addresses.size() == 1) {
                l = Lab.single(addresses.keySet().iterator().next(), setup.startupConfig(), time, bootErrors);
            } else {
                throw new IllegalArgumentException("several --udp routers need --lab");
            }
            for (Map.Entry<String, Ipv4> e : addresses.entrySet()) {
                UdpUplink.bind(l.router(e.getKey()), e.getValue());
                notices.println("UDP 500/4500 bound on " + e.getValue() + " for " + e.getKey());
            }
            opened.accept(l);
            return new LabConsole(l);
        };
    }
}
