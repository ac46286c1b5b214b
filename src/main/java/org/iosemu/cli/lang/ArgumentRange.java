package org.iosemu.cli.lang;

/**
 * The range a numeric argument takes where a line is typed, when it depends on what the line configures (IOS's
 * `ip mtu ?` offers up to the interface's own MTU): it replaces the catalogue's {@code <lo-hi>} row of
 * {@code argRule} for help, completion and validation alike.
 */
public record ArgumentRange(String argRule, long low, long high) {

    public ArgumentRange {
        if (!argRule.startsWith("arg_") || low > high) {
            throw new IllegalArgumentException("bad argument range " + argRule + " <" + low + "-" + high + ">");
        }
    }
}
