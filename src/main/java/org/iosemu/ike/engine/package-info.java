/**
 * The IKEv1 engine's inside: SAs, exchanges as tasks, DPD, NAT-T and the ESP data path. Nothing here is public but
 * {@link org.iosemu.ike.engine.EngineCore}, which {@link org.iosemu.ike.IkeEngine} wraps.
 *
 * <p>State: {@code IkeSaTable} (IKE SAs by initiator cookie and by peer) and {@code ChildSaTable} (IPsec SAs by
 * inbound SPI and by peer). A child SA keeps the addresses and conn-id of the IKE SA that made it, not the SA, so it
 * does not depend on the IKE version and outlives its IKE SA; its {@code ChildPolicy} says where it came from
 * (crypto map entry, dynamic map, Easy VPN, tunnel interface).
 *
 * <p>Datagrams: {@code Ikev1Dispatcher} checks addressing and cookies, follows NAT-T port floats and hands each
 * message on by exchange type. Phase 1 is a {@code Phase1Exchange} per IKE SA (Main Mode initiator and responder;
 * Aggressive Mode is to join them); both modes take their common steps from {@code Phase1Steps} (keys, KE/nonce,
 * ID/HASH authentication, identity) and {@code Phase1Negotiation} (proposals, vendor IDs, DH), as strongSwan splits
 * phase1.c from main_mode.c and aggressive_mode.c. After phase 1, each IKE SA has an {@code ExchangeQueue}: the
 * {@code Exchange}s by message ID (start, message, finished, abort), where queued transactions (XAUTH, Mode
 * Config) run one at a time before the waiting quick modes start. Quick Mode, Informational and (to come)
 * Transaction share {@code ProtectedMessages}: a leading HASH, and encryption with the IV chain of the message ID.
 *
 * <p>Peers: {@code PeerProfiles} (in {@code ike.config}) picks the phase-1 profile (pre-shared key, DPD, XAUTH and
 * Mode Config settings) by address, by group name (ID_KEY_ID) or host name (ID_FQDN); a Main Mode responder picks
 * by address at MM1 and may move to the profile the peer's identity names at MM5 when its key is the same.
 *
 * <p>Life of the SAs: {@code EngineCore} (phase 1 complete, keepalives, deletes, crypto map peer failover),
 * {@code DpdMonitor}, {@code NatKeepalive}, {@code SaIdleTimers}, {@code Retransmitter}; the data path is
 * {@code DataPlane}.
 */
package org.iosemu.ike.engine;
