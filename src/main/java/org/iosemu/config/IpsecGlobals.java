package org.iosemu.config;

import java.util.Optional;

/** Global `crypto ipsec` settings (lifetimes, replay, idle timer, DF bit, fragmentation, NAT-T). */
public record IpsecGlobals(int saLifetimeSeconds, long saLifetimeKilobytes, ReplayWindow replay,
                           Optional<IdleTime> idleTime, DfBit dfBit, Fragmentation fragmentation,
                           boolean natTransparencyUdp, boolean spiMatching) {

    public static final int DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000;

    /** DF bit handling for tunnel-mode packets. */
    public enum DfBit {
        CLEAR, SET, COPY;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Pre-fragmentation (before-encryption) is the default. */
    public enum Fragmentation {
        BEFORE_ENCRYPTION("before-encryption"), AFTER_ENCRYPTION("after-encryption");

        private final String keyword;

        Fragmentation(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public static IpsecGlobals defaults() {
        return new IpsecGlobals(DEFAULT_LIFETIME_SECONDS, DEFAULT_LIFETIME_KILOBYTES, ReplayWindow.DEFAULT,
                Optional.empty(), DfBit.COPY, Fragmentation.BEFORE_ENCRYPTION, true, false);
    }

    public IpsecGlobals withLifetimeSeconds(int v) {
        return new IpsecGlobals(v, saLifetimeKilobytes, replay, idleTime, dfBit, fragmentation, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withLifetimeKilobytes(long v) {
        return new IpsecGlobals(saLifetimeSeconds, v, replay, idleTime, dfBit, fragmentation, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withReplay(ReplayWindow v) {
        return new IpsecGlobals(saLifetimeSeconds, saLifetimeKilobytes, v, idleTime, dfBit, fragmentation, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withIdleTime(Optional<IdleTime> v) {
        return new IpsecGlobals(saLifetimeSeconds, saLifetimeKilobytes, replay, v, dfBit, fragmentation, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withDfBit(DfBit v) {
        return new IpsecGlobals(saLifetimeSeconds, saLifetimeKilobytes, replay, idleTime, v, fragmentation, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withFragmentation(Fragmentation v) {
        return new IpsecGlobals(saLifetimeSeconds, saLifetimeKilobytes, replay, idleTime, dfBit, v, natTransparencyUdp, spiMatching);
    }

    public IpsecGlobals withNatTransparency(boolean udp, boolean spi) {
        return new IpsecGlobals(saLifetimeSeconds, saLifetimeKilobytes, replay, idleTime, dfBit, fragmentation, udp, spi);
    }
}
