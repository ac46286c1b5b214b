/**
 * CLI sessions on a router.
 *
 * <p>{@link org.iosemu.cli.session.RouterContext} is the router (config store, NVRAM file, clock, log bus,
 * {@link org.iosemu.cli.session.RouterServices}); build it, call {@code boot(errors)} to load the
 * startup-config, then open any number of {@link org.iosemu.cli.session.IosSession}s on it (console or vty).
 * Engine-owned EXEC commands (show/clear crypto, debug, ping, ezvpn connect, lab) go through
 * {@code RouterServices}; {@link org.iosemu.cli.session.StandaloneRouterServices} answers like a router whose
 * peers never respond. Engine log and debug lines go out through {@code RouterContext.logBus()}.
 *
 * <p>Outgoing telnet/SSH connections ({@code ConnectionCommands}): the services open the TCP connection
 * ({@link org.iosemu.cli.session.TcpConnect}), the far end is an ordinary vty {@code IosSession} on the other
 * router's context, and the local session forwards typed lines to it until Ctrl-^ x suspends it.
 * {@code reload} asks its questions here ({@code ReloadCommand}) and hands the reboot to the services.
 */
package org.iosemu.cli.session;
