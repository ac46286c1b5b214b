package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.config.BannerKind;
import org.iosemu.grammar.IosParser;

/** `banner exec|login|motd c TEXT c`: one line, or a dialogue that reads lines until the delimiter returns. */
final class BannerCommands {

    private BannerCommands() {}

    static CommandResult banner(IosParser.Gc_bannerContext c, CommandEnv env) {
        BannerKind kind = kind(c.banner_kind());
        BannerText text = BannerText.open(c.arg_banner_text().getText(), env.loading());
        Optional<String> done = text.closed();
        if (done.isPresent()) {
            store(kind, done, env);
            return CommandResult.DONE;
        }
        env.out().print("Enter TEXT message.  End with the character '" + text.delimiterForPrompt() + "'.\n");
        return new CommandResult.Ask(new MoreText(kind, text, env));
    }

    static CommandResult noBanner(IosParser.Gc_banner_noContext c, CommandEnv env) {
        store(kind(c.banner_kind()), Optional.empty(), env);
        return CommandResult.DONE;
    }

    private static BannerKind kind(IosParser.Banner_kindContext k) {
        return k.EXEC() != null ? BannerKind.EXEC : k.LOGIN() != null ? BannerKind.LOGIN : BannerKind.MOTD;
    }

    private static void store(BannerKind kind, Optional<String> text, CommandEnv env) {
        env.store().apply(rc -> rc.withSystem(s -> s.withServices(v -> v.withBanners(b -> b.with(kind, text)))));
    }

    /** The banner's further lines: IOS shows no prompt while they are typed. */
    private record MoreText(BannerKind kind, BannerText text, CommandEnv env) implements Dialogue {
        @Override
        public String prompt() {
            return "";
        }

        @Override
        public boolean readsConfigurationText() {
            return true;
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            BannerText more = text.nextLine(line);
            Optional<String> done = more.closed();
            if (done.isEmpty()) {
                return new CommandResult.Ask(new MoreText(kind, more, env));
            }
            store(kind, done, env);
            return CommandResult.DONE;
        }
    }
}
