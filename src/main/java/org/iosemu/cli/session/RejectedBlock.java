package org.iosemu.cli.session;

/**
 * The block under a rejected configuration line: the lines indented deeper than it, as in a pasted
 * running-config. They belonged to the sub-mode the rejected line would have opened, so applying them
 * to whatever mode is current would configure the wrong thing (a routing process's `shutdown` shutting
 * an interface). Blank lines and `!` comments neither belong to it nor end it.
 */
record RejectedBlock(String line, int indent) {

    static RejectedBlock under(String rejectedLine) {
        return new RejectedBlock(rejectedLine.strip(), indent(rejectedLine));
    }

    /** The line is indented under the rejected one. */
    boolean covers(String line) {
        return !isTransparent(line) && indent(line) > indent;
    }

    /** The line ends the block (it is at the rejected line's level or above). */
    boolean endedBy(String line) {
        return !isTransparent(line) && indent(line) <= indent;
    }

    /** What the console shows for a skipped line. */
    String notice() {
        return "% Skipped: under rejected line \"" + line + "\"\n";
    }

    private static boolean isTransparent(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("!");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
