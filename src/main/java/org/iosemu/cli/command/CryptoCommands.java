package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.config.RsaKeyPair;
import org.iosemu.grammar.IosParser;

/** Routes `crypto ...` global lines to their area, and handles RSA keys and session logging. */
final class CryptoCommands {

    private CryptoCommands() {}

    static CommandResult crypto(IosParser.Gc_cryptoContext c, CommandEnv env) {
        if (c.cr_isakmp() != null) {
            return IsakmpCommands.isakmp(c.cr_isakmp(), env);
        }
        if (c.cr_ipsec() != null) {
            return IpsecCommands.ipsec(c.cr_ipsec(), env);
        }
        if (c.cr_map() != null) {
            return CryptoMapCommands.map(c.cr_map(), env);
        }
        if (c.cr_dynamic_map() != null) {
            return ServerCryptoCommands.enterDynamicMap(c.cr_dynamic_map(), env);
        }
        if (c.cr_keyring() != null) {
            return ProfileCommands.enterKeyring(c.cr_keyring(), env);
        }
        if (c.cr_logging() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withLoggingSession(true)));
            return CommandResult.DONE;
        }
        return generateKeys(c.cr_key(), env);
    }

    static CommandResult noCrypto(IosParser.Gc_crypto_noContext c, CommandEnv env) {
        if (c.cr_isakmp_no() != null) {
            return IsakmpCommands.noIsakmp(c.cr_isakmp_no(), env);
        }
        if (c.cr_ipsec_no() != null) {
            return IpsecCommands.noIpsec(c.cr_ipsec_no(), env);
        }
        if (c.cr_map_no() != null) {
            return CryptoMapCommands.noMap(c.cr_map_no(), env);
        }
        if (c.cr_dynamic_map_no() != null) {
            return ServerCryptoCommands.deleteDynamicMap(c.cr_dynamic_map_no(), env);
        }
        if (c.cr_keyring() != null) {
            return ProfileCommands.deleteKeyring(c.cr_keyring(), env);
        }
        if (c.cr_logging() != null) {
            env.store().apply(rc -> rc.withCrypto(cr -> cr.withLoggingSession(false)));
            return CommandResult.DONE;
        }
        // key zeroize rsa: the keys go, and SSH with them
        boolean hadKeys = env.config().crypto().rsaKeys().isPresent();
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withRsaKeys(Optional.empty())));
        if (hadKeys) {
            env.syslog().log("%SSH-5-DISABLED: SSH 1.99 has been disabled");
        }
        return CommandResult.DONE;
    }

    /**
     * `crypto key generate rsa [general-keys] [modulus N]`: needs a domain name, asks before replacing
     * existing keys, and asks for the modulus when none was given.
     */
    private static CommandResult generateKeys(IosParser.Cr_keyContext c, CommandEnv env) {
        var system = env.config().system();
        if (system.domainName().isEmpty()) {
            return CommandResult.rejected("% Please define a domain-name first.\n");
        }
        String label = system.hostname() + "." + system.domainName().get();
        Integer bits = c.arg_rsa_modulus() == null ? null : Args.integer(c.arg_rsa_modulus());
        if (bits != null && (bits < 360 || bits > 4096)) {
            return CommandResult.invalidAt(Args.column(c.arg_rsa_modulus()));
        }
        if (env.config().crypto().rsaKeys().isPresent() && !env.loading()) {
            env.out().print("% You already have RSA keys defined named " + env.config().crypto().rsaKeys().get().label() + ".\n");
            return new CommandResult.Ask(new ReplaceKeysQuestion(label, bits, env));
        }
        return startGeneration(label, bits, env, env.out());
    }

    private static CommandResult startGeneration(String label, Integer bits, CommandEnv env, CliOutput out) {
        out.print("The name for the keys will be: " + label + "\n");
        if (bits != null) {
            out.print("% The key modulus size is " + bits + " bits\n");
            return generate(label, bits, env, out);
        }
        out.print("Choose the size of the key modulus in the range of 360 to 4096 for your\n"
                + "  General Purpose Keys. Choosing a key modulus greater than 512 may take\n"
                + "  a few minutes.\n\n");
        return new CommandResult.Ask(new ModulusQuestion(label, env));
    }

    /** `% Do you really want to replace them? [yes/no]: ` */
    private record ReplaceKeysQuestion(String label, Integer bits, CommandEnv env) implements Dialogue {
        @Override
        public String prompt() {
            return "% Do you really want to replace them? [yes/no]: ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String a = line.strip().toLowerCase(java.util.Locale.ROOT);
            if ("yes".startsWith(a) && !a.isEmpty()) {
                return startGeneration(label, bits, env, out);
            }
            if ("no".startsWith(a) && !a.isEmpty()) {
                return CommandResult.DONE;
            }
            out.print("% Please answer 'yes' or 'no'.\n");
            return new CommandResult.Ask(this);
        }
    }

    private static CommandResult generate(String label, int bits, CommandEnv env, CliOutput out) {
        out.print("% Generating " + bits + " bit RSA keys, keys will be non-exportable...\n");
        out.print("[OK] (elapsed time was " + Math.max(0, bits / 1024) + " seconds)\n");
        boolean hadKeys = env.config().crypto().rsaKeys().isPresent();
        env.store().apply(rc -> rc.withCrypto(cr -> cr.withRsaKeys(Optional.of(RsaKeyPair.generate(label, bits)))));
        if (!hadKeys && !env.loading()) {
            env.syslog().log("%SSH-5-ENABLED: SSH 1.99 has been enabled");
        }
        return CommandResult.DONE;
    }

    /** `How many bits in the modulus [512]: `. */
    private record ModulusQuestion(String label, CommandEnv env) implements Dialogue {
        @Override
        public String prompt() {
            return "How many bits in the modulus [512]: ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String typed = line.strip();
            int bits;
            try {
                bits = typed.isEmpty() ? 512 : Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                return CommandResult.rejected("% A decimal number between 360 and 4096.\n");
            }
            if (bits < 360 || bits > 4096) {
                return CommandResult.rejected("% A decimal number between 360 and 4096.\n");
            }
            return generate(label, bits, env, out);
        }
    }
}
