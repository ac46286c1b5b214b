package org.iosemu.ike.engine;

import java.util.HashMap;
import java.util.Map;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.TimerPort;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.PeerIdentity;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.crypto.DhKeyPair;
import org.iosemu.ike.crypto.Ikev1Crypto;
import org.iosemu.ike.crypto.Phase1Keys;

/** State of one IKE (ISAKMP) SA: the cookies, negotiated policy, keys, CBC IV chains and its exchanges. */
final class Phase1Sa {
    enum Role { INITIATOR, RESPONDER }

    final Role role;
    /** Addresses of the SA; both ports move to 4500 when NAT-T floats (RFC 3947 4). */
    Endpoint local;
    Endpoint remote;
    final byte[] ckyI;
    byte[] ckyR = new byte[8];
    int connId;

    /** IOS "show crypto isakmp sa" state and the internal FSM state used in debug lines. */
    String mmState = "MM_NO_STATE";
    String fsm = "IKE_READY";

    IkeProposal policy;
    Ikev1Crypto crypto;
    Phase1Keys keys;
    /** Keyed HMAC and cipher instances for {@link #keys}. */
    final SaPrimitives primitives = new SaPrimitives();
    /** The phase-1 profile serving the peer (its pre-shared key, DPD, XAUTH and Mode Config settings). */
    PeerProfile profile;
    /** The identity the peer authenticated with, once its ID payload arrived. */
    PeerIdentity peerIdentity;
    byte[] psk;
    DhKeyPair dh;
    byte[] nonceI;
    byte[] nonceR;
    byte[] gxi;
    byte[] gxr;
    byte[] saiBody;
    /** Running phase-1 IV, and the last CBC block of phase 1 that seeds phase-2 IVs. */
    byte[] phase1Iv;
    byte[] lastPhase1Block;
    final Map<Integer, byte[]> phase2Iv = new HashMap<>();

    /** Phase 1 agreed on XAUTHInitPreShared: XAUTH follows (the responder starts it). */
    boolean xauthAuthentication;
    /** Mode Config completed on this SA (either end): IOS's capability C. */
    boolean modeConfigured;
    /** The policies an initiator offers (an Easy VPN remote's built-in ones); null = the configured policies. */
    java.util.List<org.iosemu.ike.config.IkeProposal> offeredPolicies;
    /** The Easy VPN work on this SA after phase 1 (XAUTH, Mode Config) as server or remote; null for other peers. */
    RemoteAccess remoteAccess;
    boolean peerDpd;
    boolean peerUnity;
    /** NAT-D payload type agreed through the vendor IDs: 20 (RFC 3947), 130 (drafts) or 0 (no NAT-T). */
    int natDType;
    /** NAT discovery result: this node / the peer is behind a NAT. */
    boolean natLocal;
    boolean natRemote;
    /** Last time we sent anything to the peer (NAT keepalives only fill silence). */
    long lastSent;
    TimerPort.Timer natKeepalive;
    boolean established;
    boolean deleted;
    long establishedAt;
    long lifetimeMillis;
    long lastHeard;

    /** The phase-1 mode: Main Mode (identity protection) or Aggressive Mode. */
    int exchangeType = org.iosemu.ike.codec.ExchangeType.IDENTITY_PROTECTION;
    Phase1Exchange phase1;
    /** The exchanges after phase 1 (Quick Mode, later Transaction) by message ID, and those waiting for their turn. */
    final ExchangeQueue exchanges = new ExchangeQueue();
    /** The nodes IOS would list for this SA (debug lines of purges and deletes). */
    final IosNodes nodes = new IosNodes();
    /** Message IDs recently processed (replay protection for informational and finished quick modes). */
    final RecentMessageIds seenMessageIds = new RecentMessageIds();
    /** SPIs of ESP packets from this peer we could not open (invalid SPI recovery), reported once each. */
    final java.util.Set<Integer> invalidSpis = new java.util.LinkedHashSet<>();
    final java.util.Set<Integer> reportedSpis = new java.util.HashSet<>();
    final Retransmitter retransmitter;
    DpdMonitor dpd;
    TimerPort.Timer lifetimeTimer;

    Phase1Sa(Role role, Endpoint local, Endpoint remote, byte[] ckyI, Retransmitter retransmitter) {
        this.role = role;
        this.local = local;
        this.remote = remote;
        this.ckyI = ckyI;
        this.retransmitter = retransmitter;
    }

    boolean natTUsed() {
        return natLocal || natRemote;
    }

    char roleChar() {
        return role == Role.INITIATOR ? 'I' : 'R';
    }

    boolean initiator() {
        return role == Role.INITIATOR;
    }

    byte[] cookies() {
        return org.iosemu.ike.crypto.Bytes.concat(ckyI, ckyR);
    }

    /** Addresses debug lines print for this SA's structs, 0 until first printed ({@link StructAddresses}). */
    int peerStruct;
    int saStruct;
    int peerHandle;
}
