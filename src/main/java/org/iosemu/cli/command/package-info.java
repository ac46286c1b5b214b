/**
 * Configuration commands: {@link org.iosemu.cli.command.ConfigCommands} takes a parsed configuration-mode
 * line and hands it to the handler of its area (system, ISAKMP, IPsec/transform sets, Easy VPN, crypto maps,
 * interfaces, access lists, lines). Handlers edit the store atomically and answer with a
 * {@link org.iosemu.cli.command.CommandResult} (stay, enter/leave a mode, ask a question, reject).
 * Also the config-derived crypto show displays and the `| include ...` output filters.
 */
package org.iosemu.cli.command;
