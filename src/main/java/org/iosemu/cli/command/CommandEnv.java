package org.iosemu.cli.command;

import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.config.ConfigStore;
import org.iosemu.config.RunningConfig;

/**
 * What a configuration command may touch: the store (one atomic edit per command), the user's screen, the
 * syslog, randomness for salts, and whether the router is loading its startup-config (then physical ports
 * come up unless configured `shutdown`, and link messages are not logged), and the crypto engine's capacity
 * (kbit/s, empty = not limited) that `service-policy output` warns about.
 */
public record CommandEnv(ConfigStore store, CliOutput out, SyslogSink syslog, RandomGenerator random, boolean loading,
                         OptionalLong cryptoEngineKbps) {

    /** A router whose crypto engine is not limited. */
    public CommandEnv(ConfigStore store, CliOutput out, SyslogSink syslog, RandomGenerator random, boolean loading) {
        this(store, out, syslog, random, loading, OptionalLong.empty());
    }

    public RunningConfig config() {
        return store.current();
    }
}
