/**
 * Remote access to an emulated router: the SSH and telnet servers of {@code org.iosemu.remote} wired to
 * the router's configuration (usernames, {@code line vty} login and transport, RSA keys) and to the
 * same JLine front end the console uses, one {@code IosSession} per connection on the router's shared
 * {@code RouterContext}.
 *
 * <p>{@link org.iosemu.access.RouterAccess} starts and stops the servers of one router;
 * {@link org.iosemu.access.VtyPolicy} answers what the configuration allows;
 * {@link org.iosemu.access.VtyShell} runs an authenticated connection, {@link org.iosemu.access.VtyExec} an
 * SSH exec request; {@link org.iosemu.access.IdleTimeoutReader} disconnects a session idle past its line's
 * {@code exec-timeout}; {@link org.iosemu.access.RemoteLab} gives every lab router its own ports;
 * {@link org.iosemu.access.AccessOptions} reads {@code --ssh-port}/{@code --telnet-port}.
 */
package org.iosemu.access;
