package org.iosemu.cli.session;

import org.iosemu.grammar.IosParser;

/**
 * The numbers of `ping A.B.C.D [repeat N] [size N] [timeout N]`, with IOS's defaults; every router reads
 * them alike, while the source options and what the echoes meet depend on the router.
 */
public record PingCounts(int repeat, int size, int timeoutSeconds) {

    public static PingCounts of(IosParser.Ex_pingContext request) {
        int repeat = 5;
        int size = 100;
        int timeout = 2;
        for (IosParser.Ping_optionContext o : request.ping_option()) {
            if (o.arg_ping_repeat() != null) {
                repeat = Integer.parseInt(o.arg_ping_repeat().getText());
            } else if (o.arg_ping_size() != null) {
                size = Integer.parseInt(o.arg_ping_size().getText());
            } else if (o.arg_ping_timeout() != null) {
                timeout = Integer.parseInt(o.arg_ping_timeout().getText());
            }
        }
        return new PingCounts(repeat, size, timeout);
    }
}
