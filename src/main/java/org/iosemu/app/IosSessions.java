package org.iosemu.app;

/** The real router sessions (org.iosemu.cli.session.IosSession from the config branch). */
public final class IosSessions {
    private IosSessions() {}

    public static SessionFactory factory() {
        return setup -> {
            throw new UnsupportedOperationException("IosSession is not merged yet");
        };
    }
}
