package org.iosemu.cli.command;

import java.util.List;
import java.util.function.UnaryOperator;
import org.iosemu.config.AaaMethodList;
import org.iosemu.config.AaaSettings;
import org.iosemu.grammar.IosParser;

/** `aaa new-model`, `aaa authentication login`, `aaa authorization exec|network`, `aaa session-id`, and their `no` forms. */
final class AaaCommands {

    /** IOS keeps at most four methods per list. */
    static final int MAX_METHODS = 4;

    private AaaCommands() {}

    static CommandResult aaa(IosParser.Gc_aaaContext c, CommandEnv env) {
        if (c.aaa_authentication() != null) {
            var a = c.aaa_authentication();
            List<AaaMethodList.Method> methods = a.aaa_login_method().stream()
                    .map(m -> AaaMethodList.Method.of(canonical(m)))
                    .toList();
            return addList(AaaMethodList.Kind.LOGIN, listName(a.aaa_login_list()), methods, a.aaa_login_method(), env);
        }
        if (c.aaa_authorization() != null) {
            var a = c.aaa_authorization();
            AaaMethodList.Kind kind = a.aaa_authz_kind().EXEC() != null ? AaaMethodList.Kind.EXEC : AaaMethodList.Kind.NETWORK;
            List<AaaMethodList.Method> methods = a.aaa_authz_method().stream()
                    .map(m -> AaaMethodList.Method.of(canonical(m))).toList();
            return addList(kind, listName(a.aaa_authz_list()), methods, a.aaa_authz_method(), env);
        }
        if (c.aaa_session_id() != null) {
            boolean unique = c.aaa_session_id().UNIQUE() != null;
            return edit(env, a -> a.withSessionIdUnique(unique));
        }
        return edit(env, a -> a.withNewModel(true));
    }

    static CommandResult noAaa(IosParser.Gc_aaa_noContext c, CommandEnv env) {
        if (c.aaa_authentication_no() != null) {
            String name = listName(c.aaa_authentication_no().aaa_login_list());
            return edit(env, a -> a.withoutList(AaaMethodList.Kind.LOGIN, name));
        }
        if (c.aaa_authorization_no() != null) {
            var a = c.aaa_authorization_no();
            AaaMethodList.Kind kind = a.aaa_authz_kind().EXEC() != null ? AaaMethodList.Kind.EXEC : AaaMethodList.Kind.NETWORK;
            String name = listName(a.aaa_authz_list());
            return edit(env, s -> s.withoutList(kind, name));
        }
        if (c.aaa_session_id_no() != null) {
            return edit(env, a -> a.withSessionIdUnique(false));
        }
        return edit(env, a -> a.withNewModel(false));
    }

    private static CommandResult addList(AaaMethodList.Kind kind, String name,
                                         List<AaaMethodList.Method> methods,
                                         List<? extends org.antlr.v4.runtime.ParserRuleContext> typed, CommandEnv env) {
        if (methods.size() > MAX_METHODS) {
            return CommandResult.invalidAt(Args.column(typed.get(MAX_METHODS)));
        }
        if (methods.stream().distinct().count() < methods.size()) {
            return CommandResult.rejected("% Duplicate method in the list\n");
        }
        AaaMethodList l = new AaaMethodList(kind, name, methods);
        return edit(env, a -> a.withList(l));
    }

    private static String listName(IosParser.Aaa_login_listContext list) {
        return list.DEFAULT() != null ? "default" : list.arg_aaa_method_list().getText();
    }

    private static String listName(IosParser.Aaa_authz_listContext list) {
        return list.DEFAULT() != null ? "default" : list.arg_aaa_authz_list().getText();
    }

    /** The keyword as the grammar spells it, however it was abbreviated. */
    private static String canonical(org.antlr.v4.runtime.ParserRuleContext method) {
        var token = ((org.antlr.v4.runtime.tree.TerminalNode) method.getChild(0)).getSymbol();
        String name = org.iosemu.grammar.IosLexer.VOCABULARY.getSymbolicName(token.getType());
        return name.equals("LINE_KW") ? "line" : name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static CommandResult edit(CommandEnv env, UnaryOperator<AaaSettings> change) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withAaa(change))));
        return CommandResult.DONE;
    }
}
