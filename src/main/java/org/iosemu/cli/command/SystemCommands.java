package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.Password;
import org.iosemu.config.Secret;
import org.iosemu.config.TimestampFormat;
import org.iosemu.secret.InvalidSecretException;
import org.iosemu.secret.Type7;
import org.iosemu.config.UserAccount;
import org.iosemu.grammar.IosParser;

/** hostname, version, enable, aaa new-model, username, service and ip commands of global configuration. */
final class SystemCommands {

    static final String DEFAULT_HOSTNAME = "Router";

    private SystemCommands() {}

    static CommandResult hostname(IosParser.Gc_hostnameContext c, CommandEnv env) {
        String name = c.arg_hostname().getText();
        if (!name.matches("[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
            return CommandResult.rejected("% Hostname contains one or more illegal characters.\n");
        }
        env.store().apply(rc -> rc.withSystem(s -> s.withHostname(name)));
        return CommandResult.DONE;
    }

    static CommandResult noHostname(CommandEnv env) {
        env.store().apply(rc -> rc.withSystem(s -> s.withHostname(DEFAULT_HOSTNAME)));
        return CommandResult.DONE;
    }

    /**
     * `version X.Y` heads every show run; the router keeps its own image's version, so a pasted one is
     * only checked for its form.
     */
    static CommandResult version(IosParser.Gc_versionContext c) {
        return c.arg_config_version().getText().matches("\\d{1,2}\\.\\d{1,2}") ? CommandResult.DONE
                : CommandResult.invalidAt(Args.column(c.arg_config_version()));
    }

    /** `aaa new-model` is stored and shown; logins still follow the lines' `login` settings. */
    static CommandResult aaaNewModel(boolean on, CommandEnv env) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withAaaNewModel(on))));
        return CommandResult.DONE;
    }

    static CommandResult enable(IosParser.Gc_enableContext c, CommandEnv env) {
        if (c.PASSWORD() != null) {
            Optional<Password> p = password(c.password_value(), env);
            if (p.isEmpty()) {
                return CommandResult.rejected("Invalid encrypted password\n");
            }
            if (!env.loading() && env.config().system().enableSecret().filter(s -> s.matches(p.get().clear())).isPresent()) {
                // IOS refuses a typed password that would give the secret away (it is stored reversibly); a
                // startup-config that has both is loaded as it is
                return CommandResult.rejected("The enable password you have chosen is the same as your enable secret.\n"
                        + "This is not recommended.  Re-enter the enable password.\n");
            }
            env.store().apply(rc -> rc.withSystem(s -> s.withEnablePassword(p)));
            return CommandResult.DONE;
        }
        Optional<Secret> secret = c.secret_value() != null ? secret(c.secret_value(), env)
                : Optional.of(hashed(c.secret_algorithm(), c.arg_secret_clear().getText(), env));
        if (secret.isEmpty()) {
            return CommandResult.rejected(invalidSecret(c.secret_value()));
        }
        env.store().apply(rc -> rc.withSystem(s -> s.withEnableSecret(secret)));
        return CommandResult.DONE;
    }

    static CommandResult noEnable(IosParser.Gc_enable_noContext c, CommandEnv env) {
        env.store().apply(rc -> rc.withSystem(s -> c.SECRET() != null ? s.withEnableSecret(Optional.empty())
                : s.withEnablePassword(Optional.empty())));
        return CommandResult.DONE;
    }

    /** IOS names the type that was given: "do not specify type 8 encryption". */
    static String invalidSecret(IosParser.Secret_valueContext v) {
        return "ERROR: The secret you entered is not a valid encrypted secret.\n"
                + "To enter an UNENCRYPTED secret, do not specify type " + secretType(v) + " encryption.\n"
                + "When you properly enter an UNENCRYPTED secret, it will be encrypted.\n";
    }

    private static int secretType(IosParser.Secret_valueContext v) {
        return v.NUM_5() != null ? 5 : v.NUM_8() != null ? 8 : 9;
    }

    static CommandResult username(IosParser.Gc_usernameContext c, CommandEnv env) {
        String name = c.arg_username().getText();
        Optional<Integer> privilege = Optional.ofNullable(c.arg_privilege_level()).map(Args::integer);
        Optional<Secret> secret = Optional.empty();
        Optional<Password> password = Optional.empty();
        if (c.secret_value() != null || c.secret_algorithm() != null) {
            secret = c.secret_value() != null ? secret(c.secret_value(), env)
                    : Optional.of(hashed(c.secret_algorithm(), c.arg_secret_clear().getText(), env));
            if (secret.isEmpty()) {
                return CommandResult.rejected(invalidSecret(c.secret_value()));
            }
        } else if (c.password_value() != null) {
            password = password(c.password_value(), env);
            if (password.isEmpty()) {
                return CommandResult.rejected("Invalid encrypted password\n");
            }
        }
        Optional<Secret> newSecret = secret;
        Optional<Password> newPassword = password;
        env.store().apply(rc -> rc.withSystem(s -> {
            List<UserAccount> users = new ArrayList<>(s.users());
            Optional<UserAccount> old = s.user(name);
            // Re-entering a user keeps what is not restated, but a new credential replaces the old one.
            boolean newCredential = newSecret.isPresent() || newPassword.isPresent();
            UserAccount merged = new UserAccount(name,
                    privilege.orElse(old.map(UserAccount::privilege).orElse(UserAccount.DEFAULT_PRIVILEGE)),
                    newCredential ? newSecret : old.flatMap(UserAccount::secret),
                    newCredential ? newPassword : old.flatMap(UserAccount::password));
            int i = users.indexOf(old.orElse(null));
            if (i >= 0) {
                users.set(i, merged);
            } else {
                users.add(merged);
            }
            return s.withUsers(users);
        }));
        return CommandResult.DONE;
    }

    static CommandResult noUsername(IosParser.Gc_username_noContext c, CommandEnv env) {
        String name = c.arg_username().getText();
        env.store().apply(rc -> rc.withSystem(s -> s.withUsers(
                s.users().stream().filter(u -> !u.name().equals(name)).toList())));
        return CommandResult.DONE;
    }

    static CommandResult service(IosParser.Gc_serviceContext c, CommandEnv env) {
        if (c.svc_password_encryption() != null) {
            env.store().apply(rc -> PasswordEncryption.encryptAll(rc.withSystem(s -> s.withPasswordEncryption(true))));
            return CommandResult.DONE;
        }
        IosParser.Svc_timestampsContext t = c.svc_timestamps();
        TimestampFormat format = TimestampFormat.UPTIME;
        if (t.DATETIME() != null) {
            boolean msec = false;
            boolean local = false;
            boolean tz = false;
            boolean year = false;
            for (IosParser.Datetime_optionContext o : t.datetime_option()) {
                msec |= o.MSEC() != null;
                local |= o.LOCALTIME() != null;
                tz |= o.SHOW_TIMEZONE() != null;
                year |= o.YEAR() != null;
            }
            format = new TimestampFormat(true, msec, local, tz, year);
        }
        Optional<TimestampFormat> f = Optional.of(format);
        boolean log = t.LOG() != null;
        env.store().apply(rc -> rc.withSystem(s -> log ? s.withTimestamps(s.debugTimestamps(), f)
                : s.withTimestamps(f, s.logTimestamps())));
        return CommandResult.DONE;
    }

    static CommandResult noService(IosParser.Gc_service_noContext c, CommandEnv env) {
        if (c.PASSWORD_ENCRYPTION() != null) {
            env.store().apply(rc -> rc.withSystem(s -> s.withPasswordEncryption(false)));
            return CommandResult.DONE;
        }
        boolean debug = c.LOG() == null;
        boolean log = c.DEBUG() == null;
        env.store().apply(rc -> rc.withSystem(s -> s.withTimestamps(
                debug ? Optional.empty() : s.debugTimestamps(), log ? Optional.empty() : s.logTimestamps())));
        return CommandResult.DONE;
    }

    static CommandResult ip(IosParser.Gc_ipContext c, CommandEnv env) {
        if (IpServiceCommands.handles(c)) {
            return IpServiceCommands.ip(c, env);
        }
        if (c.ip_local() != null) {
            return LocalPoolCommands.add(c.ip_local(), env);
        }
        if (c.ip_domain_lookup() != null) {
            env.store().apply(rc -> rc.withSystem(s -> s.withDomainLookup(true)));
        } else if (c.ip_domain_name() != null) {
            String d = c.ip_domain_name().arg_domain_name().getText();
            env.store().apply(rc -> rc.withSystem(s -> s.withDomainName(Optional.of(d))));
        } else if (c.ip_host() != null) {
            return HostTableCommands.add(c.ip_host(), env);
        } else if (c.ip_ssh() != null) {
            int v = c.ip_ssh().NUM_1() != null ? 1 : 2;
            env.store().apply(rc -> rc.withSystem(s -> s.withSshVersion(Optional.of(v))));
        } else {
            return StaticRouteCommands.add(c.ip_route(), env);
        }
        return CommandResult.DONE;
    }

    static CommandResult noIp(IosParser.Gc_ip_noContext c, CommandEnv env) {
        if (IpServiceCommands.handles(c)) {
            return IpServiceCommands.noIp(c, env);
        }
        if (c.ip_local_no() != null) {
            return LocalPoolCommands.delete(c.ip_local_no(), env);
        }
        if (c.ip_domain_lookup() != null) {
            env.store().apply(rc -> rc.withSystem(s -> s.withDomainLookup(false)));
        } else if (c.DOMAIN_NAME() != null || c.DOMAIN() != null) {
            env.store().apply(rc -> rc.withSystem(s -> s.withDomainName(Optional.empty())));
        } else if (c.ip_host_no() != null) {
            return HostTableCommands.delete(c.ip_host_no(), env);
        } else if (c.SSH() != null) {
            env.store().apply(rc -> rc.withSystem(s -> s.withSshVersion(Optional.empty())));
        } else {
            return StaticRouteCommands.delete(c.ip_route_no(), env);
        }
        return CommandResult.DONE;
    }

    /** `secret [0] CLEAR` hashes as type 5; `secret 5|8|9 HASH` is checked for the hash's shape. */
    static Optional<Secret> secret(IosParser.Secret_valueContext v, CommandEnv env) {
        if (v.arg_secret_clear() != null) {
            return Optional.of(Secret.create(5, v.arg_secret_clear().getText(), env.random()));
        }
        return Secret.ofHash(secretType(v), v.arg_secret_hashed().getText());
    }

    static Secret hashed(IosParser.Secret_algorithmContext algorithm, String clear, CommandEnv env) {
        int type = algorithm.MD5() != null ? 5 : algorithm.SHA256() != null ? 8 : 9;
        return Secret.create(type, clear, env.random());
    }

    /** `password [0] CLEAR` or `password 7 ENCRYPTED`; encrypted at once while the service is on. */
    static Optional<Password> password(IosParser.Password_valueContext v, CommandEnv env) {
        boolean service = env.config().system().passwordEncryption();
        if (v.arg_password_clear() != null) {
            return Optional.of(new Password(v.arg_password_clear().getText(), service));
        }
        try {
            return Optional.of(new Password(Type7.decode(v.arg_password_encrypted().getText()), true));
        } catch (InvalidSecretException e) {
            return Optional.empty();
        }
    }
}
