package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EasyVpnRemote;

/** The Easy VPN remotes of one engine by name: their sessions follow the configuration. */
final class EasyVpnRemotes {
    private final EngineCore core;
    private final Map<String, EasyVpnSession> sessions = new LinkedHashMap<>();

    EasyVpnRemotes(EngineCore core) {
        this.core = core;
    }

    /** New remotes start (with `connect auto` at once), changed ones keep their state, removed ones disconnect. */
    void configure(List<EasyVpnRemote> remotes) {
        Map<String, EasyVpnRemote> byName = new LinkedHashMap<>();
        remotes.forEach(r -> byName.put(r.name(), r));
        for (EasyVpnSession s : List.copyOf(sessions.values())) {
            if (!byName.containsKey(s.config().name())) {
                sessions.remove(s.config().name());
                s.remove();
            }
        }
        List<EasyVpnSession> fresh = new ArrayList<>();
        for (EasyVpnRemote r : byName.values()) {
            EasyVpnSession s = sessions.get(r.name());
            if (s == null) {
                s = new EasyVpnSession(core, r);
                sessions.put(r.name(), s);
                fresh.add(s);
            } else {
                s.reconfigure(r);
            }
        }
        for (EasyVpnSession s : fresh) {
            if (s.config().connectAuto()) {
                s.connect();
            }
        }
    }

    /** The child policies of the remotes whose Mode Config is done. */
    List<ChildPolicy> childPolicies() {
        List<ChildPolicy> out = new ArrayList<>();
        for (EasyVpnSession s : sessions.values()) {
            if (s.childPolicy() != null) {
                out.add(s.childPolicy());
            }
        }
        return out;
    }

    /** The session {@code name} names, or the only one when {@code name} is empty (as IOS takes a lone tunnel). */
    Optional<EasyVpnSession> find(Optional<String> name) {
        if (name.isPresent()) {
            return Optional.ofNullable(sessions.get(name.get()));
        }
        return sessions.size() == 1 ? Optional.of(sessions.values().iterator().next()) : Optional.empty();
    }

    Optional<EasyVpnSession> byPolicyKey(String key) {
        return sessions.values().stream().filter(s -> s.childPolicy() != null && s.childPolicy().key().equals(key)).findFirst();
    }

    List<EasyVpnStatus> status() {
        return sessions.values().stream().map(EasyVpnSession::status).toList();
    }
}
