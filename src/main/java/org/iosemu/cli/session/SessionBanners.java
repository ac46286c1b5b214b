package org.iosemu.cli.session;

import org.iosemu.config.BannerKind;
import org.iosemu.config.RunningConfig;

/**
 * The banners a starting session prints: the MOTD when the connection opens (before any login), the login
 * banner before the login prompts, the exec banner once the user is in. Each is its text as configured, then a line break so the next output starts
 * on its own line.
 */
public final class SessionBanners {

    private SessionBanners() {}

    public static String motd(RunningConfig config) {
        return show(config, BannerKind.MOTD);
    }

    /** What a line that asks for a login shows first: the MOTD, then the login banner. */
    public static String beforeLogin(RunningConfig config) {
        return motd(config) + login(config);
    }

    /** The login banner alone: SSH sends it as its user-auth banner. */
    public static String login(RunningConfig config) {
        return show(config, BannerKind.LOGIN);
    }

    public static String exec(RunningConfig config) {
        return show(config, BannerKind.EXEC);
    }

    private static String show(RunningConfig config, BannerKind kind) {
        return config.system().services().banners().text(kind).map(t -> t + "\n").orElse("");
    }
}
