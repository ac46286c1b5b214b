package org.iosemu.config.render;

import java.util.OptionalLong;

/** When the running config last changed and when it was last saved: the `!` stamp lines of show run. */
public record ConfigTimes(OptionalLong lastChange, OptionalLong nvramUpdated) {
    public static final ConfigTimes NONE = new ConfigTimes(OptionalLong.empty(), OptionalLong.empty());
}
