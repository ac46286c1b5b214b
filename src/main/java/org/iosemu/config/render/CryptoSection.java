package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.ClientConfigGroup;
import org.iosemu.config.CryptoKeyring;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.CryptoProfiles;
import org.iosemu.config.CryptoSettings;
import org.iosemu.config.EzvpnClient;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.IsakmpKey;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.ReplayWindow;
import org.iosemu.config.TransformSet;

/** The crypto block of show run, in IOS NVGEN order; empty when nothing crypto is configured. */
final class CryptoSection {

    private CryptoSection() {}

    static List<String> render(CryptoSettings c) {
        List<String> out = new ArrayList<>();
        if (c.loggingSession()) {
            out.add("crypto logging session");
            out.add("!");
        }
        CryptoProfiles profiles = c.profiles();
        List<String> keyrings = new ArrayList<>();
        profiles.keyrings().stream().map(CryptoKeyring::render).forEach(keyrings::addAll);
        section(out, keyrings);
        List<String> isakmp = new ArrayList<>();
        for (int i = 0; i < c.policies().size(); i++) {
            if (i > 0) {
                isakmp.add("!");
            }
            isakmp.addAll(c.policies().get(i).render());
        }
        c.keys().stream().map(IsakmpKey::render).forEach(isakmp::add);
        if (profiles.aggressiveModeDisabled()) {
            isakmp.add("crypto isakmp aggressive-mode disable");
        }
        if (profiles.identity() != CryptoProfiles.IsakmpIdentity.ADDRESS) {
            isakmp.add("crypto isakmp identity " + profiles.identity().keyword());
        }
        c.keepalive().ifPresent(k -> isakmp.add(k.render()));
        c.natKeepaliveSeconds().ifPresent(n -> isakmp.add("crypto isakmp nat keepalive " + n));
        if (profiles.fragmentation()) {
            isakmp.add("crypto isakmp fragmentation");
        }
        if (c.invalidSpiRecovery()) {
            isakmp.add("crypto isakmp invalid-spi-recovery");
        }
        c.server().xauthTimeout().ifPresent(t -> isakmp.add("crypto isakmp xauth timeout " + t));
        for (ClientConfigGroup g : c.server().groups()) {
            isakmp.addAll(g.render());
            isakmp.add("!");
        }
        profiles.isakmpProfiles().stream().map(IsakmpProfile::render).forEach(isakmp::addAll);
        section(out, isakmp);
        section(out, saGlobals(c.ipsec()));
        List<String> ipsec = new ArrayList<>();
        c.transformSets().stream().map(TransformSet::render).forEach(ipsec::addAll);
        IpsecGlobals g = c.ipsec();
        if (g.dfBit() != IpsecGlobals.DfBit.COPY) {
            ipsec.add("crypto ipsec df-bit " + g.dfBit().keyword());
        }
        if (g.fragmentation() != IpsecGlobals.Fragmentation.BEFORE_ENCRYPTION) {
            ipsec.add("crypto ipsec fragmentation " + g.fragmentation().keyword());
        }
        if (!g.natTransparencyUdp()) {
            ipsec.add("no crypto ipsec nat-transparency udp-encapsulation");
        }
        if (g.spiMatching()) {
            ipsec.add("crypto ipsec nat-transparency spi-matching");
        }
        section(out, ipsec);
        for (IpsecProfile p : profiles.ipsecProfiles()) {
            out.addAll(p.render());
            out.add("!");
        }
        for (EzvpnClient e : c.ezvpnClients()) {
            out.addAll(e.render());
            out.add("!");
        }
        for (CryptoMap d : c.server().dynamicMaps()) {
            out.addAll(d.renderDynamic());
        }
        if (!c.server().dynamicMaps().isEmpty()) {
            out.add("!"); // IOS leaves one more `!` between the dynamic maps and the crypto maps
        }
        for (CryptoMap m : c.maps()) {
            out.addAll(m.render());
            out.add("!");
        }
        return out;
    }

    private static List<String> saGlobals(IpsecGlobals g) {
        List<String> out = new ArrayList<>();
        if (g.saLifetimeSeconds() != IpsecGlobals.DEFAULT_LIFETIME_SECONDS) {
            out.add("crypto ipsec security-association lifetime seconds " + g.saLifetimeSeconds());
        }
        if (g.saLifetimeKilobytes() != IpsecGlobals.DEFAULT_LIFETIME_KILOBYTES) {
            out.add("crypto ipsec security-association lifetime kilobytes " + g.saLifetimeKilobytes());
        }
        if (!g.replay().equals(ReplayWindow.DEFAULT)) {
            out.add("crypto ipsec security-association replay " + g.replay().render());
        }
        g.idleTime().ifPresent(i -> out.add("crypto ipsec security-association " + i.render()));
        return out;
    }

    private static void section(List<String> out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.addAll(lines);
            out.add("!");
        }
    }
}
