package org.iosemu.cli.command;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.cli.lang.Mode;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclName;
import org.iosemu.config.AclType;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * `ip access-list standard|extended NAME`, the (config-std-nacl) / (config-ext-nacl) sub-modes that edit it
 * (`[SEQ] permit|deny ...`, `remark`, `no SEQ`, `no permit|deny ...`) and `no ip access-list ...`. A number
 * for NAME edits that numbered list, as IOS allows.
 */
final class NamedAccessListCommands {

    static final String DUPLICATE_SEQUENCE = "% Duplicate sequence number\n";
    static final String SEQUENCE_EXHAUSTED = "% Exceeded maximum sequence number.\n";

    private NamedAccessListCommands() {}

    /**
     * IOS 15 refuses a name the other list type already uses and names the type that holds it, e.g.
     * `ip access-list extended X` with a standard X: "% A named standard IP access list with this name already
     * exists" (the IOS 12.x/15.x message; IOS-XE words it the same way).
     */
    static String nameTaken(AclType holder) {
        return "% A named " + holder.keyword() + " IP access list with this name already exists\n";
    }

    /** The result of one edit: the new configuration, or why it was refused (and the configuration kept). */
    private record Edit(RunningConfig config, Optional<String> refusal) {
        static Edit done(RunningConfig config) {
            return new Edit(config, Optional.empty());
        }

        static Edit refused(RunningConfig unchanged, String message) {
            return new Edit(unchanged, Optional.of(message));
        }
    }

    // ---- global configuration -----------------------------------------------------------------------------

    /** The list `ip access-list standard|extended NAME` names, as typed. */
    private record Named(AclType type, ParserRuleContext arg, Optional<AclName> name) {
        static Named of(IosParser.Ip_access_listContext c) {
            AclType type = c.STANDARD() != null ? AclType.STANDARD : AclType.EXTENDED;
            ParserRuleContext arg = type == AclType.STANDARD ? c.arg_acl_name_standard() : c.arg_acl_name_extended();
            return new Named(type, arg, NamedAccessListCommands.name(arg, type));
        }
    }

    static CommandResult enter(IosParser.Ip_access_listContext c, CommandEnv env) {
        Named named = Named.of(c);
        AclType type = named.type();
        Optional<AclName> name = named.name();
        if (name.isEmpty()) {
            return CommandResult.invalidAt(Args.column(named.arg()));
        }
        ModeTarget.AccessListName target = new ModeTarget.AccessListName(name.get(), type);
        CommandResult refused = apply(env, rc -> rc.accessList(name.get())
                .map(existing -> existing.type() == type ? Edit.done(rc) : Edit.refused(rc, nameTaken(existing.type())))
                .orElseGet(() -> Edit.done(rc.withAccessList(AccessList.empty(name.get(), type)))));
        return refused != CommandResult.DONE ? refused
                : new CommandResult.Enter(type == AclType.STANDARD ? Mode.STD_NACL : Mode.EXT_NACL, target);
    }

    /** `no ip access-list standard|extended NAME` deletes the list if it is of that type. */
    static CommandResult delete(IosParser.Ip_access_listContext c, CommandEnv env) {
        Named named = Named.of(c);
        AclType type = named.type();
        Optional<AclName> name = named.name();
        if (name.isEmpty()) {
            return CommandResult.invalidAt(Args.column(named.arg()));
        }
        env.store().apply(rc -> rc.accessList(name.get()).filter(a -> a.type() == type)
                .map(a -> rc.withoutAccessList(a.name())).orElse(rc));
        return CommandResult.DONE;
    }

    /**
     * A number in the type's range, or a name beginning with a letter (IOS: so that it cannot be taken for a
     * number). Anything else gets IOS's caret under it, as an out-of-range `access-list` number does.
     */
    private static Optional<AclName> name(ParserRuleContext arg, AclType type) {
        String text = arg.getText();
        AclName name = AclName.of(text);
        if (text.chars().allMatch(Character::isDigit)) {
            return name.numbered() && type.numberInRange(name.number()) ? Optional.of(name) : Optional.empty();
        }
        return Character.isLetter(text.charAt(0)) ? Optional.of(name) : Optional.empty();
    }

    // ---- (config-std-nacl) / (config-ext-nacl) ----------------------------------------------------------------

    static CommandResult standard(IosParser.Std_nacl_commandContext c, ModeTarget.AccessListName t, CommandEnv env) {
        if (c.acl_remark() != null) {
            return add(t, OptionalInt.empty(), AclRules.remark(c.acl_remark()), env);
        }
        var r = c.nacl_standard_rule();
        return add(t, sequence(r.arg_acl_sequence()), AclRules.standard(r.acl_standard_rule()), env);
    }

    static CommandResult extended(IosParser.Ext_nacl_commandContext c, ModeTarget.AccessListName t, CommandEnv env) {
        if (c.acl_remark() != null) {
            return add(t, OptionalInt.empty(), AclRules.remark(c.acl_remark()), env);
        }
        var r = c.nacl_extended_rule();
        return add(t, sequence(r.arg_acl_sequence()), AclRules.extended(r.acl_extended_rule()), env);
    }

    static CommandResult standardNo(IosParser.Std_nacl_noContext c, ModeTarget.AccessListName t, CommandEnv env) {
        if (c.arg_acl_sequence() != null) {
            int seq = Args.integer(c.arg_acl_sequence());
            return remove(t, list -> list.withoutSequence(seq), env);
        }
        AclEntry gone = c.acl_remark() != null ? AclRules.remark(c.acl_remark()) : AclRules.standard(c.acl_standard_rule());
        return remove(t, list -> list.without(gone), env);
    }

    static CommandResult extendedNo(IosParser.Ext_nacl_noContext c, ModeTarget.AccessListName t, CommandEnv env) {
        if (c.arg_acl_sequence() != null) {
            int seq = Args.integer(c.arg_acl_sequence());
            return remove(t, list -> list.withoutSequence(seq), env);
        }
        if (c.acl_remark() != null) {
            AclEntry gone = AclRules.remark(c.acl_remark());
            return remove(t, list -> list.without(gone), env);
        }
        AclEntry gone = AclRules.extended(c.acl_extended_rule());
        return remove(t, list -> list.without(gone), env);
    }

    /** Adds a rule (at {@code sequence}, or 10 above the highest) or a remark; a taken sequence is refused. */
    private static CommandResult add(ModeTarget.AccessListName t, OptionalInt sequence, AclEntry entry, CommandEnv env) {
        return apply(env, rc -> list(rc, t).map(list -> {
            if (sequence.isPresent() && list.hasSequence(sequence.getAsInt())) {
                return Edit.refused(rc, DUPLICATE_SEQUENCE);
            }
            if (sequence.isEmpty() && !entry.isRemark() && list.nextSequence().isEmpty()) {
                return Edit.refused(rc, SEQUENCE_EXHAUSTED);
            }
            AccessList edited = sequence.isPresent() ? list.insert(sequence.getAsInt(), entry) : list.append(entry);
            return Edit.done(rc.withAccessList(edited));
        }).orElseGet(() -> Edit.refused(rc, nameTaken(other(t.type())))));
    }

    private static CommandResult remove(ModeTarget.AccessListName t, Function<AccessList, AccessList> change, CommandEnv env) {
        env.store().apply(rc -> rc.accessList(t.name()).filter(a -> a.type() == t.type())
                .map(a -> rc.withAccessList(change.apply(a))).orElse(rc));
        return CommandResult.DONE;
    }

    /** The list the sub-mode edits (new if missing), or empty when another session made it the other type. */
    private static Optional<AccessList> list(RunningConfig rc, ModeTarget.AccessListName t) {
        Optional<AccessList> existing = rc.accessList(t.name());
        if (existing.isPresent()) {
            return existing.filter(a -> a.type() == t.type());
        }
        return Optional.of(AccessList.empty(t.name(), t.type()));
    }

    private static CommandResult apply(CommandEnv env, Function<RunningConfig, Edit> edit) {
        String[] refusal = {null};
        env.store().apply(rc -> {
            Edit e = edit.apply(rc);
            refusal[0] = e.refusal().orElse(null);
            return e.config();
        });
        return refusal[0] == null ? CommandResult.DONE : CommandResult.rejected(refusal[0]);
    }

    private static OptionalInt sequence(IosParser.Arg_acl_sequenceContext seq) {
        return seq == null ? OptionalInt.empty() : OptionalInt.of(Args.integer(seq));
    }

    private static AclType other(AclType type) {
        return type == AclType.STANDARD ? AclType.EXTENDED : AclType.STANDARD;
    }
}
