package org.iosemu.config;

import java.util.List;

/** A numbered access list: 1-99/1300-1999 standard, 100-199/2000-2699 extended; entries in order. */
public record AccessList(int number, List<AclEntry> entries) {

    public AccessList {
        entries = AclEntries.of(entries);
    }

    public static boolean isStandard(int number) {
        return (number >= 1 && number <= 99) || (number >= 1300 && number <= 1999);
    }

    /** IOS ignores an identical rule entered twice. */
    public AccessList append(AclEntry e) {
        AclEntries all = (AclEntries) entries; // the constructor made it one
        if (!e.isRemark() && all.containsRule(e)) {
            return this;
        }
        return new AccessList(number, all.plus(e));
    }

    public List<String> render() {
        return entries.stream().map(e -> "access-list " + number + " " + e.render()).toList();
    }
}
