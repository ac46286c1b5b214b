package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The global service lines beyond identity and users: AAA (new-model, method lists), IP switches and pools, clock, NTP, logging, SNMP, banners. */
public record SystemServices(AaaSettings aaa, IpServices ip, ClockSettings clock, List<NtpServer> ntpServers,
                             LoggingSettings logging, List<SnmpCommunity> snmpCommunities, Banners banners) {

    public static final SystemServices DEFAULT = new SystemServices(AaaSettings.OFF, IpServices.DEFAULT, ClockSettings.UTC,
            List.of(), LoggingSettings.DEFAULT, List.of(), Banners.NONE);

    public SystemServices {
        ntpServers = List.copyOf(ntpServers);
        snmpCommunities = List.copyOf(snmpCommunities);
    }

    public boolean aaaNewModel() {
        return aaa.newModel();
    }

    public SystemServices withAaaNewModel(boolean v) {
        return withAaa(a -> a.withNewModel(v));
    }

    public SystemServices withAaa(UnaryOperator<AaaSettings> edit) {
        return new SystemServices(edit.apply(aaa), ip, clock, ntpServers, logging, snmpCommunities, banners);
    }

    public SystemServices withIp(UnaryOperator<IpServices> edit) {
        return new SystemServices(aaa, edit.apply(ip), clock, ntpServers, logging, snmpCommunities, banners);
    }

    public SystemServices withClock(UnaryOperator<ClockSettings> edit) {
        return new SystemServices(aaa, ip, edit.apply(clock), ntpServers, logging, snmpCommunities, banners);
    }

    /** Re-entering a server updates it in place (IOS keeps the servers in the order first configured). */
    public SystemServices withNtpServer(NtpServer server) {
        return new SystemServices(aaa, ip, clock, replaceOrAppend(ntpServers, server,
                s -> s.address().equals(server.address())), logging, snmpCommunities, banners);
    }

    public SystemServices withoutNtpServer(String address) {
        return new SystemServices(aaa, ip, clock,
                ntpServers.stream().filter(s -> !s.address().equals(address)).toList(), logging, snmpCommunities, banners);
    }

    public SystemServices withLogging(UnaryOperator<LoggingSettings> edit) {
        return new SystemServices(aaa, ip, clock, ntpServers, edit.apply(logging), snmpCommunities, banners);
    }

    public SystemServices withSnmpCommunity(SnmpCommunity community) {
        return new SystemServices(aaa, ip, clock, ntpServers, logging, replaceOrAppend(snmpCommunities,
                community, c -> c.name().equals(community.name())), banners);
    }

    public SystemServices withoutSnmpCommunity(String name) {
        return new SystemServices(aaa, ip, clock, ntpServers, logging,
                snmpCommunities.stream().filter(c -> !c.name().equals(name)).toList(), banners);
    }

    public SystemServices withBanners(UnaryOperator<Banners> edit) {
        return new SystemServices(aaa, ip, clock, ntpServers, logging, snmpCommunities, edit.apply(banners));
    }

    private static <T> List<T> replaceOrAppend(List<T> list, T item, java.util.function.Predicate<T> same) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (same.test(out.get(i))) {
                out.set(i, item);
                return out;
            }
        }
        out.add(item);
        return out;
    }
}
