/**
 * IKEv1 (Main Mode + Quick Mode, pre-shared keys) and ESP engine with IOS-style DPD, knowing nothing of the CLI.
 *
 * <p>Wiring: build an {@link org.iosemu.ike.IkeEngine} with a {@link org.iosemu.ike.DatagramPort} (UDP out),
 * a {@link org.iosemu.ike.TimerPort} (clock and timers, virtual in tests: {@code ike.testing.VirtualScheduler}),
 * a {@link org.iosemu.ike.RandomPort} and an {@link org.iosemu.ike.IkeListener} (debug lines without timestamp,
 * syslog lines, SA up/down). Push configuration with {@code onConfigChanged(IkeConfig)}, received UDP/500
 * payloads with {@code onDatagram}, clear-text packets leaving a crypto-map interface with {@code outbound}
 * and received ESP with {@code inboundEsp}. Read state with {@code snapshot()}; clear with {@code clear}.
 *
 * <p>Subpackages: {@code codec} (ISAKMP wire format), {@code crypto} (Bouncy Castle lightweight primitives and
 * RFC 2409 derivations), {@code config} (immutable configuration records), {@code engine} (exchanges,
 * internal), {@code testing} (virtual scheduler and in-memory network for labs and tests).
 */
package org.iosemu.ike;
