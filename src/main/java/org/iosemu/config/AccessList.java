package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * An IP access list, numbered (`access-list 101 ...`) or named (`ip access-list extended NAME`): its lines in
 * order, rules numbered as IOS numbers them (10, 20, ... unless typed with a sequence number). Evaluation is
 * first match in that order.
 */
public record AccessList(AclName name, AclType type, List<AclLine> lines) {

    public AccessList {
        if (name.numbered() && !type.numberInRange(name.number())) {
            throw new IllegalArgumentException("access list " + name + " is not " + type.keyword());
        }
        lines = AclEntries.of(lines);
    }

    /** An empty numbered list; the number tells its type. */
    public static AccessList numbered(int number) {
        return new AccessList(AclName.number(number), AclType.ofNumber(number), List.of());
    }

    public static AccessList empty(AclName name, AclType type) {
        return new AccessList(name, type, List.of());
    }

    /** True for a numbered list, which show run writes as flat `access-list N ...` lines. */
    public boolean numbered() {
        return name.numbered();
    }

    /** Rules and remarks in order, without sequence numbers. */
    public List<AclEntry> entries() {
        return lines.stream().map(AclLine::entry).toList();
    }

    /** The rules in evaluation order. */
    public List<AclLine> rules() {
        return lines.stream().filter(l -> !l.isRemark()).toList();
    }

    public boolean hasSequence(int sequence) {
        return table().containsSequence(sequence);
    }

    /** The number a rule typed without one gets: 10 above the highest; empty past 2147483647. */
    public OptionalInt nextSequence() {
        long next = (long) table().lastSequence() + AclLine.STEP;
        return next > AclLine.MAX_SEQUENCE ? OptionalInt.empty() : OptionalInt.of((int) next);
    }

    /**
     * Adds a remark at the end, or a rule numbered 10 above the highest. IOS ignores a rule identical to one
     * the list already has; a full list (see {@link #nextSequence()}) is returned unchanged too.
     */
    public AccessList append(AclEntry e) {
        if (e.isRemark()) {
            return withTable(table().plus(AclLine.remark(e)));
        }
        OptionalInt next = nextSequence();
        if (table().containsRule(e) || next.isEmpty()) {
            return this;
        }
        return withTable(table().plus(new AclLine(next.getAsInt(), e)));
    }

    /** Adds a rule at {@code sequence}, which must be free ({@link #hasSequence}); an identical rule is ignored. */
    public AccessList insert(int sequence, AclEntry rule) {
        if (table().containsRule(rule)) {
            return this;
        }
        return withTable(table().inserted(new AclLine(sequence, rule)));
    }

    /** Without the rule numbered {@code sequence} (unchanged when there is none). */
    public AccessList withoutSequence(int sequence) {
        return without(l -> !l.isRemark() && l.sequence() == sequence);
    }

    /** Without the rule, or the first remark, equal to {@code entry} (`no permit ...`, `no remark ...`). */
    public AccessList without(AclEntry entry) {
        return without(l -> l.entry().equals(entry));
    }

    private AccessList without(java.util.function.Predicate<AclLine> which) {
        for (int i = 0; i < lines.size(); i++) {
            if (which.test(lines.get(i))) {
                return withTable(table().minus(i));
            }
        }
        return this;
    }

    /**
     * show-run lines: a numbered list as flat `access-list N ...` lines, a named one as its `ip access-list`
     * header with the lines indented; sequence numbers are not saved (IOS renumbers on reload).
     */
    public List<String> render() {
        if (numbered()) {
            return lines.stream().map(l -> "access-list " + name + " " + l.entry().render()).toList();
        }
        List<String> out = new ArrayList<>();
        out.add("ip access-list " + type.keyword() + " " + name);
        lines.forEach(l -> out.add(" " + l.entry().render()));
        return out;
    }

    /** `show access-lists`: the title, then each rule with its sequence number (remarks are not shown). */
    public List<String> renderShow() {
        return renderShow(sequence -> 0);
    }

    /** `show access-lists`, each rule followed by ` (N matches)` once it has matched (` (1 match)` for one). */
    public List<String> renderShow(java.util.function.IntToLongFunction matches) {
        List<String> out = new ArrayList<>();
        out.add(type.title() + " IP access list " + name);
        for (AclLine l : lines) {
            if (!l.isRemark()) {
                long n = matches.applyAsLong(l.sequence());
                out.add("    " + l.sequence() + " " + l.entry().renderShow()
                        + (n == 0 ? "" : n == 1 ? " (1 match)" : " (" + n + " matches)"));
            }
        }
        return out;
    }

    private AclEntries table() {
        return (AclEntries) lines; // the constructor made it one
    }

    private AccessList withTable(AclEntries t) {
        return t == lines ? this : new AccessList(name, type, t);
    }
}
