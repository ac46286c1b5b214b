package org.iosemu.ike.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Easy VPN remote (`crypto ipsec client ezvpn NAME` applied to an outside interface): it names itself by
 * {@code group} (ID_KEY_ID) with {@code groupKey} in Aggressive Mode towards the first of {@code peers} and moves
 * to the next one (wrapping round) when a peer is declared dead or does not answer; answers XAUTH with
 * {@code savedCredentials} or, when there are none, asks the user (an event, answered through the engine's
 * {@code easyVpnCredentials}); takes its address and split networks from Mode Config; and negotiates its IPsec
 * SAs with the built-in {@code proposals} and {@code transformSets} (an IOS remote's cannot be configured).
 * {@code insideNetworks} are the proxies in network-extension mode. {@code connectAuto}: connects as soon as it
 * is configured (and after a failure), otherwise on `crypto ipsec client ezvpn connect`.
 */
public record EasyVpnRemote(String name, String group, String groupKey, List<Ipv4> peers, Mode mode, boolean connectAuto,
                            Optional<Credentials> savedCredentials, Ipv4 localAddress, List<SplitNetwork> insideNetworks,
                            List<IkeProposal> proposals, List<EspTransform> transformSets) {
    public enum Mode { CLIENT, NETWORK_EXTENSION, NETWORK_PLUS }

    /** An XAUTH user name and password. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    /** The IKE proposals an IOS remote offers (AES and 3DES with SHA, DH group 2). [inferred] */
    public static final List<IkeProposal> BUILT_IN_PROPOSALS = List.of(
            new IkeProposal(65507, IkeEncryption.AES256, Phase1Hash.SHA, 2, 86_400),
            new IkeProposal(65508, IkeEncryption.AES128, Phase1Hash.SHA, 2, 86_400),
            new IkeProposal(65509, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 2, 86_400),
            new IkeProposal(65510, IkeEncryption.TRIPLE_DES, Phase1Hash.MD5, 2, 86_400));

    /** The transform sets an IOS remote offers in Quick Mode. [inferred] */
    public static final List<EspTransform> BUILT_IN_TRANSFORM_SETS = List.of(
            new EspTransform("ezvpn-aes256-sha", EspCipher.AES256, EspAuth.SHA, EspMode.TUNNEL),
            new EspTransform("ezvpn-aes128-sha", EspCipher.AES128, EspAuth.SHA, EspMode.TUNNEL),
            new EspTransform("ezvpn-3des-sha", EspCipher.TRIPLE_DES, EspAuth.SHA, EspMode.TUNNEL),
            new EspTransform("ezvpn-3des-md5", EspCipher.TRIPLE_DES, EspAuth.MD5, EspMode.TUNNEL));

    public EasyVpnRemote {
        Objects.requireNonNull(name);
        Objects.requireNonNull(group);
        Objects.requireNonNull(groupKey);
        peers = List.copyOf(peers);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(savedCredentials);
        Objects.requireNonNull(localAddress);
        insideNetworks = List.copyOf(insideNetworks);
        proposals = List.copyOf(proposals);
        transformSets = List.copyOf(transformSets);
        if (proposals.isEmpty() || transformSets.isEmpty()) {
            throw new IllegalArgumentException("an Easy VPN remote needs proposals and transform sets");
        }
    }

    /** A remote with the built-in proposals. */
    public static EasyVpnRemote of(String name, String group, String groupKey, List<Ipv4> peers, Mode mode, boolean connectAuto,
                                   Optional<Credentials> savedCredentials, Ipv4 localAddress, List<SplitNetwork> insideNetworks) {
        return new EasyVpnRemote(name, group, groupKey, peers, mode, connectAuto, savedCredentials, localAddress, insideNetworks,
                BUILT_IN_PROPOSALS, BUILT_IN_TRANSFORM_SETS);
    }
}
