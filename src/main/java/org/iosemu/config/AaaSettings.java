package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `aaa new-model`, the method lists (one per kind and name) and `aaa session-id`
 * (common, the default, is written by IOS whenever AAA is on).
 */
public record AaaSettings(boolean newModel, List<AaaMethodList> lists, boolean sessionIdUnique) {

    public static final AaaSettings OFF = new AaaSettings(false, List.of(), false);

    /** Lists are kept by kind (login, exec, network), each kind in the order typed: the order show run writes. */
    public AaaSettings {
        lists = lists.stream().sorted(java.util.Comparator.comparing(AaaMethodList::kind)).toList();
    }

    public Optional<AaaMethodList> list(AaaMethodList.Kind kind, String name) {
        return lists.stream().filter(l -> l.kind() == kind && l.name().equals(name)).findFirst();
    }

    public AaaSettings withNewModel(boolean v) {
        return new AaaSettings(v, lists, sessionIdUnique);
    }

    /** Replaces the list of the same kind and name in its place, or appends it. */
    public AaaSettings withList(AaaMethodList l) {
        List<AaaMethodList> out = new ArrayList<>(lists);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() == l.kind() && out.get(i).name().equals(l.name())) {
                out.set(i, l);
                return new AaaSettings(newModel, out, sessionIdUnique);
            }
        }
        out.add(l);
        return new AaaSettings(newModel, out, sessionIdUnique);
    }

    public AaaSettings withoutList(AaaMethodList.Kind kind, String name) {
        return new AaaSettings(newModel,
                lists.stream().filter(l -> !(l.kind() == kind && l.name().equals(name))).toList(), sessionIdUnique);
    }

    public AaaSettings withSessionIdUnique(boolean v) {
        return new AaaSettings(newModel, lists, v);
    }

    /**
     * The AAA block of show run as 15.x writes it: `aaa new-model`, two `!`, the authentication lists, then
     * the authorization lists, five `!` and `aaa session-id`; only `no aaa new-model` without AAA.
     */
    public List<String> render() {
        if (!newModel) {
            return List.of("no aaa new-model");
        }
        List<String> out = new ArrayList<>(List.of("aaa new-model", "!", "!"));
        for (AaaMethodList.Kind kind : AaaMethodList.Kind.values()) {
            lists.stream().filter(l -> l.kind() == kind).map(AaaMethodList::render).forEach(out::add);
        }
        out.addAll(List.of("!", "!", "!", "!", "!"));
        out.add(sessionIdUnique ? "aaa session-id unique" : "aaa session-id common");
        return out;
    }
}
