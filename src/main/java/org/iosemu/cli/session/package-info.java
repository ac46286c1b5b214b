/**
 * CLI sessions on a router.
 *
 * <p>{@link org.iosemu.cli.session.RouterContext} is the router (config store, NVRAM file, clock, log bus,
 * {@link org.iosemu.cli.session.RouterServices}); build it, call {@code boot(errors)} to load the
 * startup-config, then open any number of {@link org.iosemu.cli.session.IosSession}s on it (console or vty).
 * Engine-owned EXEC commands (show/clear crypto, debug, ping, ezvpn connect, lab) go through
 * {@code RouterServices}; {@link org.iosemu.cli.session.StandaloneRouterServices} answers like a router whose
 * peers never respond. Engine log and debug lines go out through {@code RouterContext.logBus()}.
 */
package org.iosemu.cli.session;
