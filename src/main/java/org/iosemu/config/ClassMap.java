package org.iosemu.config;

import java.util.List;

/** A `class-map [match-all|match-any] NAME` and its `match` lines in the order typed. */
public record ClassMap(String name, boolean matchAny, List<ClassMatch> matches) {

    public ClassMap {
        matches = List.copyOf(matches);
    }

    public ClassMap withMatch(ClassMatch m) {
        if (matches.contains(m)) {
            return this;
        }
        List<ClassMatch> l = new java.util.ArrayList<>(matches);
        l.add(m);
        return new ClassMap(name, matchAny, l);
    }

    public ClassMap withoutMatch(ClassMatch m) {
        return new ClassMap(name, matchAny, matches.stream().filter(x -> !x.equals(m)).toList());
    }

    public String keyword() {
        return matchAny ? "match-any" : "match-all";
    }
}
