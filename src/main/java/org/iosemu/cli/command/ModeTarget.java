package org.iosemu.cli.command;

import org.iosemu.config.AclName;
import org.iosemu.config.AclType;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.LineConfig;

/** What a configuration sub-mode edits: the policy, set, map entry, tunnel, interface, lines or access list. */
public sealed interface ModeTarget {

    record None() implements ModeTarget {}

    record Policy(int priority) implements ModeTarget {}

    record TransformSetName(String name) implements ModeTarget {}

    /** An entry of a crypto map, or of a dynamic map (its template) when {@code dynamic}. */
    record MapEntry(String map, int seq, boolean dynamic) implements ModeTarget {
        public MapEntry(String map, int seq) {
            this(map, seq, false);
        }
    }

    record ClientGroup(String name) implements ModeTarget {}

    record Ezvpn(String name) implements ModeTarget {}

    record Keyring(String name) implements ModeTarget {}

    record IsakmpProfileName(String name) implements ModeTarget {}

    record IpsecProfileName(String name) implements ModeTarget {}

    record Interface(InterfaceName name) implements ModeTarget {}

    record Lines(LineConfig.Kind kind, int first, int last) implements ModeTarget {}

    record AccessListName(AclName name, AclType type) implements ModeTarget {}

    ModeTarget NONE = new None();
}
