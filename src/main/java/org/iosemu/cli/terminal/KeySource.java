package org.iosemu.cli.terminal;

/** One keystroke at a time, without echo (the pager's answer to ` --More-- `). */
@FunctionalInterface
interface KeySource {
    /** The next key's character code, or -1 when the input has ended. */
    int readKey();
}
