package org.iosemu.config;

import java.util.List;
import java.util.Optional;

/** Global system lines: identity, secrets, users, services, IP services, static routes and system services. */
public record SystemSettings(
        String hostname,
        Optional<Secret> enableSecret,
        Optional<Password> enablePassword,
        List<UserAccount> users,
        Optional<TimestampFormat> debugTimestamps,
        Optional<TimestampFormat> logTimestamps,
        boolean passwordEncryption,
        boolean domainLookup,
        Optional<String> domainName,
        Optional<Integer> sshVersion,
        List<StaticRoute> routes,
        SystemServices services) {

    public SystemSettings {
        users = List.copyOf(users);
        routes = List.copyOf(routes);
    }

    public static SystemSettings factoryDefault() {
        return new SystemSettings("Router", Optional.empty(), Optional.empty(), List.of(),
                Optional.of(TimestampFormat.DATETIME_MSEC), Optional.of(TimestampFormat.DATETIME_MSEC),
                false, true, Optional.empty(), Optional.empty(), List.of(), SystemServices.DEFAULT);
    }

    public SystemSettings withHostname(String v) {
        return new SystemSettings(v, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withEnableSecret(Optional<Secret> v) {
        return new SystemSettings(hostname, v, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withEnablePassword(Optional<Password> v) {
        return new SystemSettings(hostname, enableSecret, v, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withUsers(List<UserAccount> v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, v, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withTimestamps(Optional<TimestampFormat> debug, Optional<TimestampFormat> log) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debug, log,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withPasswordEncryption(boolean v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                v, domainLookup, domainName, sshVersion, routes, services);
    }

    public SystemSettings withDomainLookup(boolean v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, v, domainName, sshVersion, routes, services);
    }

    public SystemSettings withDomainName(Optional<String> v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, v, sshVersion, routes, services);
    }

    public SystemSettings withSshVersion(Optional<Integer> v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, v, routes, services);
    }

    public SystemSettings withRoutes(List<StaticRoute> v) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, v, services);
    }

    public SystemSettings withServices(java.util.function.UnaryOperator<SystemServices> edit) {
        return new SystemSettings(hostname, enableSecret, enablePassword, users, debugTimestamps, logTimestamps,
                passwordEncryption, domainLookup, domainName, sshVersion, routes, edit.apply(services));
    }

    public Optional<UserAccount> user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
