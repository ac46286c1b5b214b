package org.iosemu.cli.session;

import java.util.Optional;

/**
 * What `ping` prints, as it happens: the header at once, then one `!`, `.`, `U` or `M` per echo (70 to a line) or, in
 * verbose mode, one line per echo, and the success rate over the echoes that were resolved (all of them,
 * or those before the user stopped it). Every step is flushed so a terminal shows it when it happens.
 */
public final class PingReport {

    private static final int LINE_WIDTH = 70;

    private final PingRequest request;
    private final CliOutput out;
    private long resolved;
    private long replies;
    private long min = Long.MAX_VALUE;
    private long max;
    private long total;
    private int column;

    public PingReport(PingRequest request, CliOutput out) {
        this.request = request;
        this.out = out;
    }

    /** The lines before the first echo; {@code source} is the source address the user chose, if any. */
    public void header(Optional<String> source) {
        out.print("Type escape sequence to abort.\n");
        out.print("Sending " + request.echoes() + ", " + request.sizeText() + "-byte ICMP Echos to " + request.target()
                + ", timeout is " + request.timeoutSeconds() + " seconds:\n");
        source.ifPresent(s -> out.print("Packet sent with a source address of " + s + " \n"));
        if (request.dfBit()) {
            out.print("Packet sent with the DF bit set\n");
        }
        out.flush();
    }

    /** Echo {@code index} came back after {@code rttMillis}. */
    public void replied(long index, long rttMillis) {
        replies++;
        min = Math.min(min, rttMillis);
        max = Math.max(max, rttMillis);
        total += rttMillis;
        if (request.verbose()) {
            out.print("Reply to request " + index + " (" + rttMillis + " ms) (size " + request.sizeOf(index) + ")\n");
        } else {
            mark("!");
        }
        resolved++;
        out.flush();
    }

    /** Echo {@code index} timed out (or could not be sent). */
    public void timedOut(long index) {
        if (request.verbose()) {
            out.print("Request " + index + " timed out (size " + request.sizeOf(index) + ")\n");
        } else {
            mark(".");
        }
        resolved++;
        out.flush();
    }

    /** Echo {@code index} was answered with an ICMP destination unreachable (an access group on the way, say). */
    public void unreachable(long index) {
        if (request.verbose()) {
            out.print("Request " + index + " timed out (size " + request.sizeOf(index) + ")\n");
        } else {
            mark("U");
        }
        resolved++;
        out.flush();
    }

    /** Echo {@code index} was answered with "fragmentation needed and DF set": IOS's `M` (could not fragment). */
    public void couldNotFragment(long index) {
        if (request.verbose()) {
            out.print("Request " + index + " timed out (size " + request.sizeOf(index) + ")\n");
        } else {
            mark("M");
        }
        resolved++;
        out.flush();
    }

    private void mark(String c) {
        if (column == LINE_WIDTH) {
            out.print("\n");
            column = 0;
        }
        out.print(c);
        column++;
    }

    /** The success-rate line (after ending the line of marks). */
    public void finish() {
        if (column > 0 || (!request.verbose() && resolved == 0)) {
            out.print("\n");
        }
        long percent = resolved == 0 ? 0 : replies * 100 / resolved;
        out.print("Success rate is " + percent + " percent (" + replies + "/" + resolved + ")"
                + (replies > 0 ? ", round-trip min/avg/max = " + min + "/" + (total / replies) + "/" + max + " ms" : "")
                + "\n");
        out.flush();
    }
}
