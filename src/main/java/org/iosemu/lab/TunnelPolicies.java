package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.TunnelConfig;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.ClearTextCheck;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.PolicyOrigin;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.SaIdleTimer;
import org.iosemu.ike.config.TrafficSelector;

/**
 * The engine policy of each protected tunnel interface (`tunnel protection ipsec profile NAME`): the IPsec profile's
 * transform sets, PFS and lifetimes, towards the tunnel destination from the tunnel source. A static VTI (`tunnel
 * mode ipsec ipv4`) negotiates 0.0.0.0/0 on both sides and always in tunnel mode, as IOS does; a GRE tunnel
 * protects its GRE packets (`permit gre host SOURCE host DESTINATION`) in the transform set's mode. IOS names the
 * policy's crypto map after the interface (`Tunnel0-head-0`, entry 65537).
 */
final class TunnelPolicies {

    /** The sequence number of the profile instance IOS creates in the tunnel's map. */
    static final int PROFILE_INSTANCE_SEQ = TunnelConfig.Protection.PROFILE_INSTANCE_SEQ;

    private static final Ipv4 ANY = new Ipv4(0);
    private static final Ipv4 HOST = new Ipv4(-1);
    private static final int GRE = 47;

    private TunnelPolicies() {}

    static List<ChildPolicy> of(RunningConfig config) {
        List<ChildPolicy> out = new ArrayList<>();
        for (TunnelEndpoints t : TunnelEndpoints.all(config)) {
            policy(config, t).ifPresent(out::add);
        }
        return out;
    }

    static Optional<ChildPolicy> policy(RunningConfig config, TunnelEndpoints t) {
        InterfaceConfig iface = t.tunnel();
        Optional<TunnelConfig.Protection> protection = iface.tunnel().protection();
        if (iface.shutdown() || protection.isEmpty() || !t.complete()) {
            return Optional.empty();
        }
        Optional<IpsecProfile> profile = config.crypto().profiles().ipsecProfile(protection.get().profile());
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        boolean vti = iface.tunnel().vti();
        List<EspTransform> sets = new ArrayList<>();
        for (String name : profile.get().transformSets()) {
            config.crypto().transformSet(name).flatMap(IkeConfigMapper::transformSet)
                    .map(s -> vti ? new EspTransform(s.name(), s.cipher(), s.auth(), EspMode.TUNNEL) : s)
                    .ifPresent(sets::add);
        }
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Ipv4 local = Addresses.ike(t.source().get());
        Ipv4 peer = Addresses.ike(t.destination().get());
        ProxyIdentity proxy = vti ? new ProxyIdentity(ANY, ANY, ANY, ANY, 0) : new ProxyIdentity(local, HOST, peer, HOST, GRE);
        IpsecGlobals g = config.crypto().ipsec();
        int pfs = profile.get().pfsGroup().filter(p -> p == 1 || p == 2 || p == 5 || p == 14).orElse(0);
        return Optional.of(new ChildPolicy(
                new PolicyOrigin.TunnelInterface(iface.name().canonical(), TunnelEndpoints.mapTag(iface.name()),
                        PROFILE_INSTANCE_SEQ),
                List.of(new PeerCandidate(peer, false)), sets, TrafficSelector.permitting(List.of(proxy)), pfs,
                profile.get().lifetimeSeconds().map(Integer::longValue).orElse((long) g.saLifetimeSeconds()),
                profile.get().lifetimeKilobytes().orElse(g.saLifetimeKilobytes()), local, ClearTextCheck.NONE,
                SaIdleTimer.NONE, g.replay().disabled() ? 0 : g.replay().windowSize()));
    }
}
