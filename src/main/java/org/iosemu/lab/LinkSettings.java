package org.iosemu.lab;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.iosemu.net.LinkProperties;

/**
 * A change to a link's properties, as `lab link A B ...` or a line of the lab's links file states it: only the
 * properties named change; {@code reset} goes back to the lab's default link first.
 */
public record LinkSettings(boolean reset, OptionalInt mtu, OptionalLong bandwidthKbps, OptionalLong delayMillis,
                    OptionalInt lossPercent) {

    static final LinkSettings NONE = new LinkSettings(false, OptionalInt.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalInt.empty());

    LinkProperties applyTo(LinkProperties current, LinkProperties defaults) {
        LinkProperties p = reset ? defaults : current;
        if (mtu.isPresent()) {
            p = p.withMtu(mtu.getAsInt());
        }
        if (bandwidthKbps.isPresent()) {
            p = p.withBandwidthKbps(bandwidthKbps.getAsLong());
        }
        if (delayMillis.isPresent()) {
            p = p.withDelayMillis(delayMillis.getAsLong());
        }
        if (lossPercent.isPresent()) {
            p = p.withLossPercent(lossPercent.getAsInt());
        }
        return p;
    }

    /** The settings after one `WORD VALUE` pair ({@code mtu 1400}); empty for an unknown word. */
    java.util.Optional<LinkSettings> with(String word, long value) {
        return switch (word) {
            case "mtu" -> java.util.Optional.of(new LinkSettings(reset, OptionalInt.of(clamp(value)), bandwidthKbps, delayMillis, lossPercent));
            case "bandwidth" -> java.util.Optional.of(new LinkSettings(reset, mtu, OptionalLong.of(value), delayMillis, lossPercent));
            case "delay" -> java.util.Optional.of(new LinkSettings(reset, mtu, bandwidthKbps, OptionalLong.of(value), lossPercent));
            case "loss" -> java.util.Optional.of(new LinkSettings(reset, mtu, bandwidthKbps, delayMillis, OptionalInt.of(clamp(value))));
            default -> java.util.Optional.empty();
        };
    }

    /** Out-of-range values stay out of range (the properties' check rejects them) instead of wrapping. */
    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    LinkSettings resetting() {
        return new LinkSettings(true, mtu, bandwidthKbps, delayMillis, lossPercent);
    }

    /** How `lab show` and the confirmation print a link's properties. */
    static String describe(LinkProperties p) {
        return "mtu " + p.mtu() + ", bandwidth " + (p.unlimited() ? "unlimited" : p.bandwidthKbps() + " kbit/s")
                + ", delay " + p.delayMillis() + " ms, loss " + p.lossPercent() + "%";
    }
}
