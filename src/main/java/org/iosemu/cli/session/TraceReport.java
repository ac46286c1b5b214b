package org.iosemu.cli.session;

import java.util.Optional;

/**
 * What `traceroute` prints, probe by probe as the answers come (each flushed): the header, then per hop
 * its number right-aligned in 3 columns, the answering address, ` N msec` per answered probe and ` * ` per
 * lost one; a second address answering the same hop continues on a line indented by 4, as IOS shows it.
 */
public final class TraceReport {

    private final CliOutput out;
    private Optional<String> lastAddress = Optional.empty();
    private boolean lineOpen;

    public TraceReport(CliOutput out) {
        this.out = out;
    }

    public void header(String target) {
        out.print("Type escape sequence to abort.\n");
        out.print("Tracing the route to " + target + "\n");
        out.print("VRF info: (vrf in name/id, vrf out name/id)\n");
        out.flush();
    }

    /** Starts the line of hop {@code ttl}. */
    public void hop(int ttl) {
        endLine();
        out.print(String.format("%3d ", ttl));
        lineOpen = true;
        lastAddress = Optional.empty();
    }

    /** A probe of the current hop was answered by {@code address} after {@code rttMillis}. */
    public void answered(String address, long rttMillis) {
        if (lastAddress.isEmpty()) {
            out.print(address);
        } else if (!lastAddress.get().equals(address)) {
            out.print("\n    " + address);
        }
        lastAddress = Optional.of(address);
        out.print(" " + rttMillis + " msec");
        out.flush();
    }

    /** A probe of the current hop got no answer in time. */
    public void lost() {
        out.print(" * ");
        out.flush();
    }

    /** Ends the current hop's line (also when the user stopped the trace). */
    public void endLine() {
        if (lineOpen) {
            out.print("\n");
            out.flush();
            lineOpen = false;
        }
    }
}
