package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.IpServices;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.SystemSettings;

/** Header part of show run: version, services, hostname, boot markers, local logging, secrets, AAA, clock, IP services, users. */
final class SystemSection {

    private SystemSection() {}

    static List<String> render(RunningConfig config) {
        SystemSettings s = config.system();
        List<String> out = new ArrayList<>();
        out.add("version " + Platform.CONFIG_VERSION);
        out.add(s.debugTimestamps().map(t -> "service timestamps debug " + t.render()).orElse("no service timestamps debug"));
        out.add(s.logTimestamps().map(t -> "service timestamps log " + t.render()).orElse("no service timestamps log"));
        out.add(s.passwordEncryption() ? "service password-encryption" : "no service password-encryption");
        out.add("!");
        out.add("hostname " + s.hostname());
        out.add("!");
        out.add("boot-start-marker");
        out.add("boot-end-marker");
        out.add("!");
        out.add("!");
        List<String> logging = s.services().logging().renderLocal();
        out.addAll(logging);
        s.enableSecret().ifPresent(x -> out.add("enable secret " + x));
        s.enablePassword().ifPresent(p -> out.add("enable password " + p.render(false)));
        if (!logging.isEmpty() || s.enableSecret().isPresent() || s.enablePassword().isPresent()) {
            out.add("!");
        }
        out.addAll(s.services().aaa().render());
        out.add("!");
        out.addAll(s.services().clock().render());
        out.add("!");
        IpServices ip = s.services().ip();
        if (!ip.subnetZero()) {
            out.add("no ip subnet-zero");
        }
        if (ip.ipv6Cef()) {
            out.add("ipv6 cef");
        }
        out.add(ip.cef() ? "ip cef" : "no ip cef");
        out.add("!");
        out.add("!");
        if (!s.domainLookup()) {
            out.add("no ip domain lookup");
        }
        s.domainName().ifPresent(d -> out.add("ip domain name " + d));
        ip.hosts().forEach(h -> out.add(h.render()));
        out.add("!");
        out.add("!");
        s.users().forEach(u -> out.add(u.render()));
        if (!s.users().isEmpty()) {
            out.add("!");
        }
        // 15.2 writes the SYN wait time right before the ssh settings
        List<String> tcpAndSsh = new ArrayList<>();
        ip.tcpSynwaitTime().ifPresent(t -> tcpAndSsh.add("ip tcp synwait-time " + t));
        s.sshVersion().ifPresent(v -> tcpAndSsh.add("ip ssh version " + v));
        if (!tcpAndSsh.isEmpty()) {
            out.addAll(tcpAndSsh);
            out.add("!");
        }
        return out;
    }
}
