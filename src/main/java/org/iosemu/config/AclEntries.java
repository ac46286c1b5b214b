package org.iosemu.config;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.TreePVector;

/**
 * An access list's lines in order, persistent, with its rules also in a set and its sequence numbers in a
 * map: appending, IOS's "identical rule entered twice" check and the duplicate sequence check are O(log n),
 * however long the list grows. Rules are kept in sequence order; inserting or removing in the middle is O(n).
 */
final class AclEntries extends AbstractList<AclLine> {

    static final AclEntries EMPTY = new AclEntries(TreePVector.empty(), HashTreePSet.empty(), HashTreePMap.empty(), 0);

    private final TreePVector<AclLine> lines;
    private final PSet<AclEntry> rules;
    private final PMap<Integer, AclEntry> bySequence;
    private final int lastSequence;
    private int hash; // List.hashCode, computed on demand

    private AclEntries(TreePVector<AclLine> lines, PSet<AclEntry> rules, PMap<Integer, AclEntry> bySequence,
                       int lastSequence) {
        this.lines = lines;
        this.rules = rules;
        this.bySequence = bySequence;
        this.lastSequence = lastSequence;
    }

    /** {@code list} itself if it is one, else its lines re-inserted in sequence order. */
    static AclEntries of(List<AclLine> list) {
        if (list instanceof AclEntries a) {
            return a;
        }
        AclEntries out = EMPTY;
        for (AclLine l : list) {
            out = l.isRemark() ? out.plus(l) : out.inserted(l);
        }
        return out;
    }

    boolean containsRule(AclEntry e) {
        return rules.contains(e);
    }

    boolean containsSequence(int sequence) {
        return bySequence.containsKey(sequence);
    }

    /** The highest sequence number in use, 0 for a list without rules. */
    int lastSequence() {
        return lastSequence;
    }

    /** Appends at the end: a remark, or a rule numbered above every other. */
    AclEntries plus(AclLine l) {
        if (l.isRemark()) {
            return new AclEntries(lines.plus(l), rules, bySequence, lastSequence);
        }
        if (l.sequence() <= lastSequence) {
            return inserted(l);
        }
        return new AclEntries(lines.plus(l), rules.plus(l.entry()), bySequence.plus(l.sequence(), l.entry()), l.sequence());
    }

    /**
     * A rule in sequence order: before the first rule numbered higher, and before the remarks that were typed
     * for that rule; after every line when no rule is numbered higher.
     */
    AclEntries inserted(AclLine rule) {
        if (containsSequence(rule.sequence())) {
            throw new IllegalArgumentException("duplicate sequence number " + rule.sequence());
        }
        if (rule.sequence() > lastSequence) {
            return plus(rule);
        }
        int at = 0;
        while (lines.get(at).isRemark() || lines.get(at).sequence() < rule.sequence()) {
            at++;
        }
        while (at > 0 && lines.get(at - 1).isRemark()) {
            at--;
        }
        return new AclEntries(lines.plus(at, rule), rules.plus(rule.entry()),
                bySequence.plus(rule.sequence(), rule.entry()), lastSequence);
    }

    /** Without the line at {@code index}. */
    AclEntries minus(int index) {
        AclLine gone = lines.get(index);
        TreePVector<AclLine> rest = lines.minus(index);
        if (gone.isRemark()) {
            return new AclEntries(rest, rules, bySequence, lastSequence);
        }
        int last = lastSequence;
        if (gone.sequence() == lastSequence) {
            last = 0;
            for (int i = rest.size() - 1; i >= 0 && last == 0; i--) {
                last = rest.get(i).sequence();
            }
        }
        return new AclEntries(rest, rules.minus(gone.entry()), bySequence.minus(gone.sequence()), last);
    }

    @Override
    public AclLine get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    public Iterator<AclLine> iterator() {
        Iterator<AclLine> in = lines.iterator();
        return new Iterator<>() { // read-only
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public AclLine next() {
                return in.next();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof List<?> l && l.size() == size() && super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }
}
