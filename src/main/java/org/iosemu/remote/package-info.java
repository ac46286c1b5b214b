/**
 * Remote access to the router CLI: telnet ({@code telnet}) and SSH ({@code ssh}) servers that turn
 * connections into JLine terminals, plus the pieces both share.
 *
 * <p>Wiring, for the integrator:
 * <pre>{@code
 * Authenticator auth = (user, password) -> ...;            // username database / line password
 * ConnectionHandler cli = (terminal, peer) -> ...;         // JLine front end running a new IosSession
 * LoginDialog login = new LoginDialog(() -> LoginPolicy.LOCAL, auth, LoginDialog.Settings.IOS);
 * TelnetServer telnet = new TelnetServer(TelnetServerConfig.loopback(2323), login, cli);
 * SshCliServer ssh = new SshCliServer(SshServerConfig.loopback(2222, Path.of("nvram/ssh-host-key.pem")),
 *         auth, cli, ExecHandler.of((commandLine, peer) -> ExecResult.ok(outputOf(commandLine))));
 * telnet.start();
 * ssh.start();
 * }</pre>
 * Handlers write lines ending in "\n" and call {@code terminal.flush()}; the transports send CR LF.
 * Every client's Enter (CR LF, CR NUL, CR, LF) arrives as exactly one CR, which the terminal's line
 * discipline turns into LF unless the front end switched to raw mode.
 */
package org.iosemu.remote;
