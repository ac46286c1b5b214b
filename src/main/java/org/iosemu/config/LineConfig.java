package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A `line con 0` or `line vty A B` block. */
public record LineConfig(Kind kind, int first, int last, Optional<ExecTimeout> execTimeout, Login login,
                         Optional<Password> password, Optional<Integer> privilegeLevel,
                         Optional<String> transportInput) {

    /** Console or virtual terminal. */
    public enum Kind { CON, VTY }

    /** `login`, `login local`, or no login check. */
    public enum Login { NONE, LINE_PASSWORD, LOCAL }

    public static final int DEFAULT_TIMEOUT_MINUTES = 10;

    public static LineConfig console() {
        return new LineConfig(Kind.CON, 0, 0, Optional.empty(), Login.NONE, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** vty lines check a line password by default (`login` appears in show run). */
    public static LineConfig vty(int first, int last) {
        return new LineConfig(Kind.VTY, first, last, Optional.empty(), Login.LINE_PASSWORD, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Login defaultLogin() {
        return kind == Kind.CON ? Login.NONE : Login.LINE_PASSWORD;
    }

    public boolean sameLines(Kind k, int f, int l) {
        return kind == k && first == f && last == l;
    }

    public LineConfig withExecTimeout(Optional<ExecTimeout> v) {
        return new LineConfig(kind, first, last, v, login, password, privilegeLevel, transportInput);
    }

    public LineConfig withLogin(Login v) {
        return new LineConfig(kind, first, last, execTimeout, v, password, privilegeLevel, transportInput);
    }

    public LineConfig withPassword(Optional<Password> v) {
        return new LineConfig(kind, first, last, execTimeout, login, v, privilegeLevel, transportInput);
    }

    public LineConfig withPrivilege(Optional<Integer> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, v, transportInput);
    }

    public LineConfig withTransportInput(Optional<String> v) {
        return new LineConfig(kind, first, last, execTimeout, login, password, privilegeLevel, v);
    }

    /** The same settings for another range of lines (show run groups identical neighbours). */
    public LineConfig withRange(int newFirst, int newLast) {
        return new LineConfig(kind, newFirst, newLast, execTimeout, login, password, privilegeLevel, transportInput);
    }

    /** Same settings, whatever lines they are on. */
    public boolean sameSettings(LineConfig o) {
        return withRange(0, 0).equals(o.withRange(0, 0));
    }

    public String header() {
        return kind == Kind.CON ? "line con " + first : "line vty " + first + (last != first ? " " + last : "");
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add(header());
        execTimeout.ifPresent(t -> out.add(" exec-timeout " + t.minutes() + " " + t.seconds()));
        privilegeLevel.ifPresent(p -> out.add(" privilege level " + p));
        password.ifPresent(p -> out.add(" password " + p.render(false)));
        switch (login) {
            case LINE_PASSWORD -> out.add(" login");
            case LOCAL -> out.add(" login local");
            case NONE -> {
                if (kind == Kind.VTY) {
                    out.add(" no login");
                }
            }
        }
        transportInput.ifPresent(t -> out.add(" transport input " + t));
        return out;
    }

    /** `exec-timeout MINUTES [SECONDS]`; 10 0 is the default and not written. */
    public record ExecTimeout(int minutes, int seconds) {}
}
