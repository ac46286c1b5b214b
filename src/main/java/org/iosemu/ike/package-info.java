/**
 * IKEv1 (Main Mode + Quick Mode, pre-shared keys) and ESP engine with IOS-style DPD, knowing nothing of the CLI.
 *
 * <p>Wiring: build an {@link org.iosemu.ike.IkeEngine} with a {@link org.iosemu.ike.DatagramPort} (UDP out),
 * a {@link org.iosemu.ike.TimerPort} (clock and timers, virtual in tests: {@code ike.testing.VirtualScheduler}),
 * a {@link org.iosemu.ike.RandomPort} and an {@link org.iosemu.ike.IkeListener} (debug lines without timestamp,
 * syslog lines, SA up/down). Push configuration with {@code onConfigChanged(IkeConfig)}, received UDP/500
 * payloads (and UDP/4500 ones with the non-ESP marker stripped) with {@code onDatagram}, clear-text packets
 * leaving a crypto-map interface with {@code outbound} and received ESP (raw or from UDP/4500) with
 * {@code inboundEsp}. Read state with {@code snapshot()}, keys with {@code keyLog()}; clear with {@code clear}.
 *
 * <p>NAT traversal (RFC 3947/3948, on unless {@code IkeConfig.natTransparency()} disables it): NAT-T vendor IDs
 * in MM1/MM2, NAT-D hashes in MM3/MM4, the initiator floats to port 4500 from MM5 when a NAT was found (the SA
 * follows a peer that floats or is remapped), Quick Mode then negotiates encapsulation 3/4 (61443/61444 with
 * draft peers) and {@code OutboundResult.Protected.udp()} asks for ESP-in-UDP; a node behind a NAT sends NAT
 * keepalives through {@code DatagramPort.sendNatKeepalive}.
 *
 * <p>Subpackages: {@code codec} (ISAKMP wire format), {@code crypto} (Bouncy Castle lightweight primitives and
 * RFC 2409 derivations), {@code config} (the engine's immutable input records: phase-1 profiles, child policies,
 * proposals; named apart from the configuration model's types), {@code engine} (SA tables, exchanges as tasks,
 * internal; see its package-info). The test tree has {@code ike.testing}: a virtual scheduler and an in-memory network for
 * exchanges between engines in one test.
 */
package org.iosemu.ike;
