package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;

/** A numbered access list: 1-99/1300-1999 standard, 100-199/2000-2699 extended; entries in order. */
public record AccessList(int number, List<AclEntry> entries) {

    public AccessList {
        entries = List.copyOf(entries);
    }

    public static boolean isStandard(int number) {
        return (number >= 1 && number <= 99) || (number >= 1300 && number <= 1999);
    }

    /** IOS ignores an identical rule entered twice. */
    public AccessList append(AclEntry e) {
        if (!e.isRemark() && entries.contains(e)) {
            return this;
        }
        List<AclEntry> l = new ArrayList<>(entries);
        l.add(e);
        return new AccessList(number, l);
    }

    public List<String> render() {
        return entries.stream().map(e -> "access-list " + number + " " + e.render()).toList();
    }
}
