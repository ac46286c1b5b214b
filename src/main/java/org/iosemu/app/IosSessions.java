package org.iosemu.app;

import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;

/** Console sessions on a standalone router (no IKE peers yet): the default for `java -jar iosemu.jar`. */
public final class IosSessions {
    private IosSessions() {}

    public static SessionFactory factory() {
        return (setup, bootErrors) -> {
            RouterContext router = new RouterContext(setup.scheduler(), setup.startupConfig(),
                    new StandaloneRouterServices(), setup.random());
            router.boot(bootErrors);
            return new IosSession(router);
        };
    }
}
