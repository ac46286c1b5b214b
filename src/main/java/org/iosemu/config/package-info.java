/**
 * The running configuration as immutable values.
 *
 * <p>{@link org.iosemu.config.RunningConfig} is one snapshot: {@link org.iosemu.config.SystemSettings},
 * {@link org.iosemu.config.CryptoSettings} (ISAKMP policies, keys, keepalive/DPD, IPsec globals, transform
 * sets, Easy VPN clients, crypto maps with ordered peers, and the Easy VPN server's {@link org.iosemu.config.EzvpnServer}:
 * client configuration groups and dynamic maps), AAA method lists and `ip local pool`s (in
 * {@link org.iosemu.config.SystemServices}), interfaces, numbered and named access lists and lines.
 * {@link org.iosemu.config.AaaLocalDatabase} answers XAUTH and group authorization from them.
 * {@link org.iosemu.config.ConfigStore} holds the current snapshot and swaps it atomically once per command;
 * a {@link org.iosemu.config.ConfigListener} sees every change as (before, after). Each record renders its
 * own show-run lines and the command handlers restore its defaults for `no` forms, so one model drives both.
 * {@code render} assembles `show running-config` in IOS 15.1 order.
 */
package org.iosemu.config;
