package org.iosemu.cli.command;

import java.util.random.RandomGenerator;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.config.ConfigStore;
import org.iosemu.config.RunningConfig;

/**
 * What a configuration command may touch: the store (one atomic edit per command), the user's screen, the
 * syslog, randomness for salts, and whether the router is loading its startup-config (then physical ports
 * come up unless configured `shutdown`, and link messages are not logged).
 */
public record CommandEnv(ConfigStore store, CliOutput out, SyslogSink syslog, RandomGenerator random, boolean loading) {

    public RunningConfig config() {
        return store.current();
    }
}
