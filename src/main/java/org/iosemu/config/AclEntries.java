package org.iosemu.config;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import org.pcollections.HashTreePSet;
import org.pcollections.PSet;
import org.pcollections.TreePVector;

/**
 * An access list's entries in order, persistent, with its rules also in a set: appending and IOS's
 * "identical rule entered twice" check are O(log n), however long the list grows.
 */
final class AclEntries extends AbstractList<AclEntry> {

    static final AclEntries EMPTY = new AclEntries(TreePVector.empty(), HashTreePSet.empty());

    private final TreePVector<AclEntry> entries;
    private final PSet<AclEntry> rules;
    private int hash; // List.hashCode, computed on demand

    private AclEntries(TreePVector<AclEntry> entries, PSet<AclEntry> rules) {
        this.entries = entries;
        this.rules = rules;
    }

    /** {@code list} itself if it is one, else its entries in order, as given. */
    static AclEntries of(List<AclEntry> list) {
        if (list instanceof AclEntries a) {
            return a;
        }
        AclEntries out = EMPTY;
        for (AclEntry e : list) {
            out = out.plus(e);
        }
        return out;
    }

    boolean containsRule(AclEntry e) {
        return rules.contains(e);
    }

    AclEntries plus(AclEntry e) {
        return new AclEntries(entries.plus(e), e.isRemark() ? rules : rules.plus(e));
    }

    @Override
    public AclEntry get(int index) {
        return entries.get(index);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Iterator<AclEntry> iterator() {
        Iterator<AclEntry> in = entries.iterator();
        return new Iterator<>() { // read-only
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public AclEntry next() {
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
