package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A `line con 0`, `line aux 0` or `line vty A B` block. {@code length}, {@code width} and
 * {@code historySize} are empty at their IOS defaults (24, 80, 10) and then not written by show run.
 */
public record LineConfig(Kind kind, int first, int last, Optional<ExecTimeout> execTimeout, Login login,
                         Optional<Password> password, Optional<Integer> privilegeLevel,
                         Optional<String> transportInput, boolean loggingSynchronous, Optional<Integer> historySize,
                         Optional<Integer> length, Optional<Integer> width, Optional<String> stopbits) {

    /** Console, auxiliary port or virtual terminal (the order show run writes them in). */
    public enum Kind { CON, AUX, VTY }

    /** `login`, `login local`, or no login check. */
    public enum Login { NONE, LINE_PASSWORD, LOCAL }

    public static final int DEFAULT_TIMEOUT_MINUTES = 10;
    public static final int DEFAULT_LENGTH = 24;
    public static final int DEFAULT_WIDTH = 80;
    public static final int DEFAULT_HISTORY_SIZE = 10;

    public static LineConfig console() {
        return fresh(Kind.CON, 0, 0, Login.NONE);
    }

    /** The ISR's auxiliary port: no sessions in the emulator, but its settings are kept. */
    public static LineConfig aux() {
        return fresh(Kind.AUX, 0, 0, Login.NONE);
    }

    /** vty lines check a line password by default (`login` appears in show run). */
    public static LineConfig vty(int first, int last) {
        return fresh(Kind.VTY, first, last, Login.LINE_PASSWORD);
    }

    /** A line as IOS has it before any configuration. */
    public static LineConfig fresh(Kind kind, int first, int last) {
        return fresh(kind, first, last, kind == Kind.VTY ? Login.LINE_PASSWORD : Login.NONE);
    }

    private static LineConfig fresh(Kind kind, int first, int last, Login login) {
        return new LineConfig(kind, first, last, Optional.empty(), login, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Login defaultLogin() {
        return kind == Kind.VTY ? Login.LINE_PASSWORD : Login.NONE;
    }

    public boolean sameLines(Kind k, int f, int l) {
        return kind == k && first == f && last == l;
    }

    /** Lines per screen for a session started on this line (`length`, 24 unless set; 0 = no paging). */
    public int lengthOrDefault() {
        return length.orElse(DEFAULT_LENGTH);
    }

    /** Characters per screen line for a session started on this line (`width`, 80 unless set). */
    public int widthOrDefault() {
        return width.orElse(DEFAULT_WIDTH);
    }

    /** Commands a session on this line remembers (`history size`, 10 unless set). */
    public int historySizeOrDefault() {
        return historySize.orElse(DEFAULT_HISTORY_SIZE);
    }

    public LineConfig withExecTimeout(Optional<ExecTimeout> v) {
        return new LineConfig(kind, first, last, v, login, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    public LineConfig withLogin(Login v) {
        return new LineConfig(kind, first, last, execTimeout, v, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    public LineConfig withPassword(Optional<Password> v) {
        return new LineConfig(kind, first, last, execTimeout, login, v, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    public LineConfig withPrivilege(Optional<Integer> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, v, transportInput,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    public LineConfig withTransportInput(Optional<String> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, v,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    public LineConfig withLoggingSynchronous(boolean v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, transportInput,
                v, historySize, length, width, stopbits);
    }

    /** `history size N`; the default 10 is stored as empty. */
    public LineConfig withHistorySize(Optional<Integer> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, transportInput,
                loggingSynchronous, v.filter(n -> n != DEFAULT_HISTORY_SIZE), length, width, stopbits);
    }

    /** `length N`; the default 24 is stored as empty. */
    public LineConfig withLength(Optional<Integer> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, v.filter(n -> n != DEFAULT_LENGTH), width, stopbits);
    }

    /** `width N`; the default 80 is stored as empty. */
    public LineConfig withWidth(Optional<Integer> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, v.filter(n -> n != DEFAULT_WIDTH), stopbits);
    }

    /** `stopbits 1`, `1.5` or `2` as typed (IOS writes whichever was set); empty after `no stopbits`. */
    public LineConfig withStopbits(Optional<String> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, width, v);
    }

    /** The same settings for another range of lines (show run groups identical neighbours). */
    public LineConfig withRange(int newFirst, int newLast) {
        return new LineConfig(kind, newFirst, newLast, execTimeout, login, password, privilegeLevel, transportInput,
                loggingSynchronous, historySize, length, width, stopbits);
    }

    /** Same settings, whatever lines they are on. */
    public boolean sameSettings(LineConfig o) {
        return withRange(0, 0).equals(o.withRange(0, 0));
    }

    public String header() {
        return switch (kind) {
            case CON -> "line con " + first;
            case AUX -> "line aux " + first;
            case VTY -> "line vty " + first + (last != first ? " " + last : "");
        };
    }

    /**
     * The block in IOS order: exec-timeout, privilege level, password, logging synchronous, login,
     * history size, length, width, transport input, stopbits.
     */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add(header());
        execTimeout.ifPresent(t -> out.add(" exec-timeout " + t.minutes() + " " + t.seconds()));
        privilegeLevel.ifPresent(p -> out.add(" privilege level " + p));
        password.ifPresent(p -> out.add(" password " + p.render(false)));
        if (loggingSynchronous) {
            out.add(" logging synchronous");
        }
        switch (login) {
            case LINE_PASSWORD -> out.add(" login");
            case LOCAL -> out.add(" login local");
            case NONE -> {
                if (kind == Kind.VTY) {
                    out.add(" no login");
                }
            }
        }
        historySize.ifPresent(n -> out.add(" history size " + n));
        length.ifPresent(n -> out.add(" length " + n));
        width.ifPresent(n -> out.add(" width " + n));
        transportInput.ifPresent(t -> out.add(" transport input " + t));
        stopbits.ifPresent(s -> out.add(" stopbits " + s));
        return out;
    }

    /** `exec-timeout MINUTES [SECONDS]`; 10 0 is the default and not written. */
    public record ExecTimeout(int minutes, int seconds) {}
}
