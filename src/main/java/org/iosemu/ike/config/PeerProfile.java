package org.iosemu.ike.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phase-1 profile: which peers it serves ({@link PeerMatch}es), the pre-shared key they authenticate with, and
 * what the IKE SA with them does besides: XAUTH, Mode Config and DPD. A profile's {@code keepalive} overrides the
 * global one; empty = the global `crypto isakmp keepalive` applies. {@code initiation}: how this end starts
 * phase 1 with such a peer.
 */
public record PeerProfile(String name, List<PeerMatch> matches, String preSharedKey, Optional<DpdSettings> keepalive,
                          XauthSettings xauth, ModeConfigSettings modeConfig, Initiation initiation) {
    public PeerProfile {
        Objects.requireNonNull(name);
        matches = List.copyOf(matches);
        Objects.requireNonNull(preSharedKey);
        Objects.requireNonNull(keepalive);
        Objects.requireNonNull(xauth);
        Objects.requireNonNull(modeConfig);
        Objects.requireNonNull(initiation);
    }

    /** A profile that starts phase 1 in Main Mode with its address as identity. */
    public PeerProfile(String name, List<PeerMatch> matches, String preSharedKey, Optional<DpdSettings> keepalive,
                       XauthSettings xauth, ModeConfigSettings modeConfig) {
        this(name, matches, preSharedKey, keepalive, xauth, modeConfig, Initiation.MAIN_MODE);
    }

    /** The profile a `crypto isakmp key KEY address A MASK` line amounts to: that key for those addresses, nothing else. */
    public static PeerProfile of(PreSharedKey key) {
        return new PeerProfile("key " + key.address() + "/" + key.mask().prefixLength(),
                List.of(new PeerMatch.ByAddress(key.address(), key.mask())), key.key(), Optional.empty(),
                XauthSettings.NONE, ModeConfigSettings.NONE);
    }

    /**
     * How this end starts phase 1: Main Mode, or Aggressive Mode (an Easy VPN remote: the key is found by the
     * identity in the first message); {@code identity} is what it sends as its own (empty = its address).
     */
    public record Initiation(boolean aggressive, Optional<PeerIdentity> identity) {
        public static final Initiation MAIN_MODE = new Initiation(false, Optional.empty());

        public Initiation {
            Objects.requireNonNull(identity);
        }

        /** Aggressive Mode naming this end by {@code identity} (ID_KEY_ID for an Easy VPN group). */
        public static Initiation aggressive(PeerIdentity identity) {
            return new Initiation(true, Optional.of(identity));
        }
    }

    /** Which peers a profile serves. */
    public sealed interface PeerMatch {
        /** Peers whose address is in {@code address}/{@code mask}; more specific masks win. */
        record ByAddress(Ipv4 address, Ipv4 mask) implements PeerMatch {
            public boolean matches(Ipv4 peer) {
                return peer.inSubnet(address, mask);
            }
        }

        /** Peers sending ID_KEY_ID {@code group} (an Easy VPN group). */
        record ByKeyId(String group) implements PeerMatch {
        }

        /** Peers sending ID_FQDN {@code hostName} (compared without regard to case). */
        record ByHostName(String hostName) implements PeerMatch {
            public ByHostName {
                hostName = new PeerIdentity.HostName(hostName).name();
            }
        }
    }

    /**
     * Extended authentication after phase 1. {@code required}: as responder, start XAUTH before anything else on
     * the SA (`crypto map NAME client authentication list`); {@code timeoutSeconds}: how long the peer may take to
     * answer (`crypto isakmp xauth timeout`); {@code authenticator} checks what the user answers.
     */
    public record XauthSettings(boolean required, int timeoutSeconds, XauthAuthenticator authenticator) {
        public static final int DEFAULT_TIMEOUT_SECONDS = 60;
        public static final XauthSettings NONE = new XauthSettings(false, DEFAULT_TIMEOUT_SECONDS);

        public XauthSettings {
            if (timeoutSeconds <= 0) {
                throw new IllegalArgumentException("xauth timeout " + timeoutSeconds);
            }
            Objects.requireNonNull(authenticator);
        }

        /** Settings without a user database (every answer is rejected). */
        public XauthSettings(boolean required, int timeoutSeconds) {
            this(required, timeoutSeconds, XauthAuthenticator.NOBODY);
        }

        /** XAUTH required, checked by {@code authenticator}, with IOS's default timeout. */
        public static XauthSettings required(XauthAuthenticator authenticator) {
            return new XauthSettings(true, DEFAULT_TIMEOUT_SECONDS, authenticator);
        }
    }

    /**
     * Mode Config after phase 1 (`crypto map NAME client configuration address respond|initiate`): whether this
     * end answers the peer's REQUEST or pushes a SET itself, or does not take part; {@code group} is what it gives.
     */
    public record ModeConfigSettings(Mode mode, Optional<RemoteAccessGroup> group) {
        public enum Mode { NONE, RESPOND, INITIATE }

        public static final ModeConfigSettings NONE = new ModeConfigSettings(Mode.NONE);

        public ModeConfigSettings {
            Objects.requireNonNull(mode);
            Objects.requireNonNull(group);
        }

        /** Settings without a group (a REQUEST is answered with nothing). */
        public ModeConfigSettings(Mode mode) {
            this(mode, Optional.empty());
        }

        public static ModeConfigSettings respond(RemoteAccessGroup group) {
            return new ModeConfigSettings(Mode.RESPOND, Optional.of(group));
        }

        public static ModeConfigSettings initiate(RemoteAccessGroup group) {
            return new ModeConfigSettings(Mode.INITIATE, Optional.of(group));
        }
    }
}
