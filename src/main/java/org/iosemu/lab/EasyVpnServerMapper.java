package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.AaaLocalDatabase;
import org.iosemu.config.AccessList;
import org.iosemu.config.ClientConfigGroup;
import org.iosemu.config.CryptoMap;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.RunningConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.RemoteAccessGroup;
import org.iosemu.ike.config.SplitNetwork;

/**
 * The Easy VPN server as the engine sees it: for every crypto map on an interface that has `isakmp authorization
 * list L`, one phase-1 profile per `crypto isakmp client configuration group` that list authorizes (local AAA) and
 * that has a clear-text key, matched by the group name a client sends as ID_KEY_ID in Aggressive Mode. `client
 * authentication list` makes XAUTH required, checked against that login list; `client configuration address
 * initiate` pushes the configuration, anything else answers the client's request. The group's pool draws from the
 * router's {@link LocalPoolLeases}; its split ACL's permit entries become the split-include networks.
 */
final class EasyVpnServerMapper {

    private EasyVpnServerMapper() {}

    static List<PeerProfile> profiles(RunningConfig config, LocalPoolLeases pools) {
        List<PeerProfile> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (CryptoMap map : config.crypto().maps()) {
            CryptoMap.MapClientLines client = map.client();
            if (client.authorizationList().isEmpty() || !applied(config, map.name())) {
                continue;
            }
            for (ClientConfigGroup g : config.crypto().server().groups()) {
                if (seen.contains(g.name()) || g.key().isEmpty() || g.keyEncrypted()
                        || AaaLocalDatabase.authorizeGroup(config, client.authorizationList().get(), g.name()).isEmpty()) {
                    continue;
                }
                seen.add(g.name());
                out.add(new PeerProfile("group " + g.name(), List.of(new PeerProfile.PeerMatch.ByKeyId(g.name())),
                        g.key().get(), Optional.empty(), xauth(config, client), modeConfig(config, client, g, pools)));
            }
        }
        return out;
    }

    private static boolean applied(RunningConfig config, String map) {
        return config.interfaces().stream().anyMatch(i -> i.cryptoMap().filter(map::equals).isPresent());
    }

    private static PeerProfile.XauthSettings xauth(RunningConfig config, CryptoMap.MapClientLines client) {
        if (client.authenticationList().isEmpty()) {
            return PeerProfile.XauthSettings.NONE;
        }
        String list = client.authenticationList().get();
        int timeout = config.crypto().server().xauthTimeout().orElse(PeerProfile.XauthSettings.DEFAULT_TIMEOUT_SECONDS);
        return new PeerProfile.XauthSettings(true, timeout, (user, password) ->
                AaaLocalDatabase.authenticate(config, list, user, password) instanceof AaaLocalDatabase.Verdict.Accepted);
    }

    private static PeerProfile.ModeConfigSettings modeConfig(RunningConfig config, CryptoMap.MapClientLines client,
                                                             ClientConfigGroup g, LocalPoolLeases pools) {
        RemoteAccessGroup group = new RemoteAccessGroup(g.name(), g.pool().map(pools::allocator),
                g.netmask().map(IkeConfigMapper::ip), g.dns().stream().map(IkeConfigMapper::ip).toList(),
                g.wins().stream().map(IkeConfigMapper::ip).toList(), g.domain(), AclNetworks.permittedSources(config, g.splitAcl()),
                g.savePassword(), g.includeLocalLan(), g.pfs(), Optional.empty(), List.of());
        return client.address().filter(a -> a == IsakmpProfile.ClientAddress.INITIATE).isPresent()
                ? PeerProfile.ModeConfigSettings.initiate(group) : PeerProfile.ModeConfigSettings.respond(group);
    }

    /** The sources of the ACL's permit entries: the networks behind the server a client reaches through the tunnel. */
}
