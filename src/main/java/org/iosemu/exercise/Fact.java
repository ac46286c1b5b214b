package org.iosemu.exercise;

/**
 * A fact read from a running lab (a router's engine state). A peer is a lab router's name (any of its addresses)
 * or an address.
 */
public sealed interface Fact {

    /** What the fact says, for the learner: "IKE SA with HUB2 in QM_IDLE". */
    String describe();

    /** An IKE SA with the peer in {@code state} (QM_IDLE: phase 1 complete). */
    record IkeSa(String peer, String state) implements Fact {
        @Override
        public String describe() {
            return "IKE SA with " + peer + " in " + state;
        }
    }

    /** An IPsec SA with the peer that has encrypted and decrypted packets. */
    record IpsecTraffic(String peer) implements Fact {
        @Override
        public String describe() {
            return "IPsec SA with " + peer + " with packets encrypted and decrypted";
        }
    }

    /** The IKE SA with the peer negotiated dead peer detection (capability D). */
    record Dpd(String peer) implements Fact {
        @Override
        public String describe() {
            return "DPD negotiated with " + peer;
        }
    }

    /** The crypto map entry's current peer. */
    record CurrentPeer(String map, int seq, String peer) implements Fact {
        @Override
        public String describe() {
            return "crypto map " + map + " " + seq + " current peer " + peer;
        }
    }

    /** The Easy VPN remote tunnel's state (`show crypto ipsec client ezvpn`, Current State). */
    record EzvpnState(String tunnel, String state) implements Fact {
        @Override
        public String describe() {
            return "Easy VPN tunnel " + tunnel + " in " + state;
        }
    }

    /** The Easy VPN remote tunnel's current peer (`show crypto ipsec client ezvpn`, Current EzVPN Peer). */
    record EzvpnPeer(String tunnel, String peer) implements Fact {
        @Override
        public String describe() {
            return "Easy VPN tunnel " + tunnel + " current peer " + peer;
        }
    }

    /** `show ip nat translations` has an entry for the inside local address toward the outside one. */
    record NatTranslation(String inside, String outside) implements Fact {
        @Override
        public String describe() {
            return "a NAT translation of " + inside + " toward " + outside;
        }
    }

    /** The fact does not hold. */
    record Not(Fact fact) implements Fact {
        @Override
        public String describe() {
            return "not: " + fact.describe();
        }
    }
}
