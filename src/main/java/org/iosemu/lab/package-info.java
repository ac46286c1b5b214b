/**
 * Labs: several emulated routers in one process on one simulated network and one clock.
 *
 * <p>A {@link org.iosemu.lab.Router} assembles a CLI {@code RouterContext} (config, clock, log bus), an
 * {@code IkeEngine} (UDP/500 through the {@code VirtualNetwork}, timers on the lab scheduler, seeded randomness
 * on virtual time) and an IP stack ({@code IpStack}: routing, crypto map on the exit interface, ESP in and out,
 * echo replies for every own address, TCP handshakes for telnet/SSH between routers ({@code TcpConnector}),
 * per-interface traffic counters; {@code PacketFeatures}: access groups and NAT in IOS's order of operations). {@link org.iosemu.lab.IkeConfigMapper} derives the engine configuration
 * from each running-config; {@link org.iosemu.lab.EngineRouterServices} answers the crypto show/clear/debug
 * commands, {@code ping} and the {@code lab} commands from engine state.
 *
 * <p>Each interface is a {@code RouterInterface} of the router's {@code InterfaceTable}: its line state (tunnels from
 * {@code TunnelLines}, kept by {@code TunnelWatch}), its input and output features in IOS order
 * ({@code InterfaceFeatures}; the crypto map is its own interface's output feature) and its transmission (the
 * network, Null0, or a tunnel's GRE/IPsec encapsulation, {@code TunnelPolicies} giving the engine its policy).
 * What the engine encrypts or decrypts passes its {@code CryptoEngineQueue} first (a processing rate, when the lab
 * gives one, with LLQ's priority and best-effort queues in front of it).
 *
 * <p>A {@link org.iosemu.lab.Lab} is a set of routers booted from NAME.cfg startup-configs, with
 * {@link org.iosemu.lab.LabTime} either virtual (tests, replay: exact to the millisecond) or real (people).
 * {@link org.iosemu.lab.LabConsole} is the one console, attached to one router at a time. {@code reload} powers a
 * router off for its boot time and brings it back from its startup-config.
 *
 * <p>Dependencies point one way: lab → cli/config/ike/net/time; nothing outside {@code app} imports lab.
 */
package org.iosemu.lab;
