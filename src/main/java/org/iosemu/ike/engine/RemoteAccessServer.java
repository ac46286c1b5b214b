package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.TimerPort;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.ConfigAttributes;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerProfile;
import org.iosemu.ike.config.RemoteAccessGroup;
import org.iosemu.ike.config.SplitNetwork;

/**
 * An Easy VPN server's work on one remote's IKE SA, after phase 1 and before its quick modes: XAUTH when phase 1
 * agreed on XAUTHInitPreShared (REQUEST for user name and password, the remote's REPLY checked by the profile's
 * authenticator, SET with the status, the remote's ACK; a failure or no answer within the XAUTH timeout deletes
 * the SA), then Mode Config from the group: answering the remote's REQUEST (`address respond`) or pushing a SET
 * (`address initiate`). A pool without a free address deletes the SA. The address goes back to the pool with the
 * SA.
 */
final class RemoteAccessServer implements RemoteAccess {
    private final EngineCore core;
    private final Phase1Sa sa;
    private final PeerProfile profile;
    private boolean xauthPending;
    private boolean authenticated;
    private String user = "";
    private Optional<Ipv4> assigned = Optional.empty();
    private boolean up;
    private TimerPort.Timer xauthTimer;
    private TransactionRequest running;
    /** The XAUTH REQUEST's message ID: the queue's transaction lasts from it to the ACK of the status. */
    private int xauthMessageId;

    private RemoteAccessServer(EngineCore core, Phase1Sa sa, PeerProfile profile) {
        this.core = core;
        this.sa = sa;
        this.profile = profile;
    }

    /** The server side for a responder SA whose profile does XAUTH or Mode Config; null for any other SA. */
    static RemoteAccessServer forSa(EngineCore core, Phase1Sa sa) {
        PeerProfile p = sa.profile;
        if (sa.initiator() || p == null) {
            return null;
        }
        boolean xauth = p.xauth().required() && sa.xauthAuthentication;
        if (!xauth && p.modeConfig().mode() == PeerProfile.ModeConfigSettings.Mode.NONE) {
            return null;
        }
        return new RemoteAccessServer(core, sa, p);
    }

    String group() {
        return profile.modeConfig().group().map(RemoteAccessGroup::group)
                .orElseGet(() -> sa.peerIdentity instanceof org.iosemu.ike.config.PeerIdentity.KeyId k ? k.group() : profile.name());
    }

    @Override
    public void phase1Complete() {
        if (profile.xauth().required() && sa.xauthAuthentication) {
            xauthPending = true;
            sa.exchanges.queueTransaction(this::startXauth);
        } else {
            authenticated = true;
            afterAuthentication();
        }
    }

    private Exchange startXauth() {
        if (core.log.enabled()) {
            core.log.sa(sa, "Need XAUTH");
        }
        List<Attribute> ask = List.of(Attribute.tv(ConfigAttributes.XAUTH_TYPE, 0),
                ConfigAttributes.empty(ConfigAttributes.XAUTH_USER_NAME), ConfigAttributes.empty(ConfigAttributes.XAUTH_USER_PASSWORD));
        if (core.log.enabled()) {
            core.log.raw("ISAKMP/xauth: request attribute XAUTH_USER_NAME_V2");
            core.log.raw("ISAKMP/xauth: request attribute XAUTH_USER_PASSWORD_V2");
        }
        running = TransactionRequest.send(core, sa, new Payload.Attributes(ConfigAttributes.CFG_REQUEST, identifier(), ask), false,
                "CONF_XAUTH", "Done with xauth request/reply exchange", this::onXauthReply);
        xauthMessageId = running.messageId();
        core.log.transition(sa, "IKE_MESG_INTERNAL, IKE_XAUTH_BEGIN", "IKE_XAUTH_REQ_SENT");
        long timeout = profile.xauth().timeoutSeconds() * 1000L;
        xauthTimer = core.timers.schedule(timeout, this::xauthTimedOut);
        return running;
    }

    private int identifier() {
        return core.random.nextInt() & 0xffff;
    }

    private void xauthTimedOut() {
        xauthTimer = null;
        if (sa.deleted || !xauthPending) {
            return;
        }
        core.log.sa(sa, "XAUTH timed out waiting for " + sa.remote.ip() + " (timeout " + profile.xauth().timeoutSeconds() + " seconds)");
        if (running != null) {
            running.end("Xauth timeout", true);
        }
        sa.exchanges.ended(xauthMessageId);
        core.deleteIkeSa(sa, "Xauth timeout", true);
    }

    private void onXauthReply(Payload.Attributes reply) {
        Optional<Attribute> name = first(reply, ConfigAttributes.XAUTH_USER_NAME);
        Optional<Attribute> password = first(reply, ConfigAttributes.XAUTH_USER_PASSWORD);
        if (core.log.enabled()) {
            for (Attribute a : reply.attributes()) {
                core.log.raw("ISAKMP/xauth: reply attribute " + ConfigAttributes.name(a.type()));
            }
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_REPLY", "IKE_XAUTH_AAA_CONT_LOGIN_AWAIT");
        user = name.map(ConfigAttributes::textOf).orElse("");
        boolean ok = name.isPresent() && password.isPresent()
                && profile.xauth().authenticator().authenticate(user, new String(password.get().value(), java.nio.charset.StandardCharsets.UTF_8));
        if (!ok) {
            core.log.sa(sa, "Xauth authentication of user " + user + " failed");
        }
        int status = ok ? ConfigAttributes.XAUTH_STATUS_OK : ConfigAttributes.XAUTH_STATUS_FAIL;
        running = TransactionRequest.send(core, sa, new Payload.Attributes(ConfigAttributes.CFG_SET, identifier(),
                List.of(Attribute.tv(ConfigAttributes.XAUTH_STATUS, status))), true, "CONF_XAUTH", "Transaction mode done", ack -> onXauthAck(ok));
        core.log.transition(sa, "IKE_MESG_FROM_AAA, " + (ok ? "IKE_AAA_CONT_LOGIN" : "IKE_AAA_LOGIN_FAIL"), "IKE_XAUTH_SET_SENT");
    }

    private void onXauthAck(boolean ok) {
        xauthPending = false;
        if (xauthTimer != null) {
            xauthTimer.cancel();
            xauthTimer = null;
        }
        if (core.log.enabled()) {
            core.log.sa(sa, "       XAUTH ACK Processed");
        }
        sa.exchanges.ended(xauthMessageId);
        if (!ok) {
            core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_ACK", "IKE_XAUTH_FAIL");
            core.deleteIkeSa(sa, "Xauth failed", true);
            return;
        }
        authenticated = true;
        if (sa.peerUnity && core.log.enabled()) {
            core.log.sa(sa, "Talking to a Unity Client");
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_ACK", "IKE_P1_COMPLETE");
        sa.mmState = "QM_IDLE";
        afterAuthentication();
    }

    private void afterAuthentication() {
        if (profile.modeConfig().mode() == PeerProfile.ModeConfigSettings.Mode.INITIATE) {
            sa.exchanges.queueTransaction(this::pushConfiguration);
        } else if (profile.modeConfig().mode() == PeerProfile.ModeConfigSettings.Mode.NONE) {
            connectionUp();
        }
    }

    /** `client configuration address initiate`: SET with the group's configuration, answered by ACK. */
    private Exchange pushConfiguration() {
        List<Integer> all = List.of(ConfigAttributes.INTERNAL_IP4_ADDRESS, ConfigAttributes.INTERNAL_IP4_NETMASK,
                ConfigAttributes.INTERNAL_IP4_DNS, ConfigAttributes.INTERNAL_IP4_NBNS, ConfigAttributes.UNITY_BANNER,
                ConfigAttributes.UNITY_SAVE_PASSWD, ConfigAttributes.UNITY_DEF_DOMAIN, ConfigAttributes.UNITY_SPLIT_INCLUDE,
                ConfigAttributes.UNITY_LOCAL_LAN, ConfigAttributes.UNITY_PFS, ConfigAttributes.UNITY_BACKUP_SERVERS);
        Optional<List<Attribute>> values = configuration(all);
        if (values.isEmpty()) {
            return finishedExchange();
        }
        running = TransactionRequest.send(core, sa, new Payload.Attributes(ConfigAttributes.CFG_SET, identifier(), values.get()), true,
                "CONF_ADDR", "Transaction mode done", ack -> {
                    sa.mmState = "QM_IDLE";
                    sa.modeConfigured = true;
                    sa.exchanges.ended(running.messageId());
                    connectionUp();
                });
        return running;
    }

    /** A stand-in for an exchange that could not start (the SA went). */
    private Exchange finishedExchange() {
        return new Exchange() {
            @Override
            public int messageId() {
                return 0;
            }

            @Override
            public void onMessage(org.iosemu.ike.codec.IsakmpHeader header, byte[] datagram) {
            }

            @Override
            public boolean finished() {
                return true;
            }

            @Override
            public void abort() {
            }
        };
    }

    @Override
    public void onPeerMessage(TransactionAnswer answer, Payload.Attributes message) {
        if (message.cfgType() != ConfigAttributes.CFG_REQUEST) {
            core.log.sa(sa, "unexpected transaction message " + ConfigAttributes.cfgTypeName(message.cfgType()) + " from the remote, ignored");
            return;
        }
        if (!authenticated || xauthPending) {
            core.log.sa(sa, "Mode Config request before XAUTH completed, ignored");
            return;
        }
        List<Integer> asked = new ArrayList<>();
        message.attributes().forEach(a -> asked.add(a.type()));
        TransactionMessages.logChecking(core, sa, "request", message.attributes());
        String groupName = group();
        if (core.log.enabled()) {
            core.log.raw("ISAKMP/author: Author request for group " + groupName + "successfully queued");
        }
        core.log.transition(sa, "IKE_MESG_FROM_PEER, IKE_CFG_REQUEST", "IKE_CONFIG_AUTHOR_AAA_AWAIT");
        Optional<List<Attribute>> values = configuration(asked);
        if (values.isEmpty()) {
            return;
        }
        sa.mmState = "CONF_ADDR";
        answer.answer(new Payload.Attributes(ConfigAttributes.CFG_REPLY, answer.identifier(), values.get()), "No Error");
        sa.mmState = "QM_IDLE";
        sa.modeConfigured = true;
        core.log.transition(sa, "IKE_MESG_FROM_AAA, IKE_AAA_GROUP_ATTR", "IKE_P1_COMPLETE");
        connectionUp();
    }

    /**
     * The group's values for the {@code asked} attributes (an address allocated from the pool if asked for and
     * the group has one); empty if the pool is exhausted, in which case the SA is deleted.
     */
    private Optional<List<Attribute>> configuration(List<Integer> asked) {
        RemoteAccessGroup g = profile.modeConfig().group().orElse(null);
        List<Attribute> out = new ArrayList<>();
        if (g == null) {
            return Optional.of(out);
        }
        if (asked.contains(ConfigAttributes.INTERNAL_IP4_ADDRESS) && g.addresses().isPresent() && assigned.isEmpty()) {
            assigned = g.addresses().get().allocate(user);
            if (assigned.isEmpty()) {
                core.log.sa(sa, "Can not allocate address from pool " + g.addresses().get().poolName() + " for " + sa.remote.ip());
                core.deleteIkeSa(sa, "No address from pool", true);
                return Optional.empty();
            }
            if (core.log.enabled()) {
                core.log.sa(sa, "allocating address " + assigned.get());
                core.log.global("Sending private address: " + assigned.get());
            }
        }
        for (int type : asked) {
            switch (type) {
                case ConfigAttributes.INTERNAL_IP4_ADDRESS -> assigned.ifPresent(a -> out.add(ConfigAttributes.bytes(type, a.toBytes())));
                case ConfigAttributes.INTERNAL_IP4_NETMASK -> g.netmask().ifPresent(m -> {
                    out.add(ConfigAttributes.bytes(type, m.toBytes()));
                    logSending("Sending subnet mask: " + m);
                });
                case ConfigAttributes.INTERNAL_IP4_DNS -> g.dnsServers().forEach(d -> {
                    out.add(ConfigAttributes.bytes(type, d.toBytes()));
                    logSending("Sending IP4_DNS server address: " + d);
                });
                case ConfigAttributes.INTERNAL_IP4_NBNS -> g.winsServers().forEach(w -> {
                    out.add(ConfigAttributes.bytes(type, w.toBytes()));
                    logSending("Sending IP4_NBNS server address: " + w);
                });
                case ConfigAttributes.UNITY_SAVE_PASSWD -> {
                    out.add(Attribute.tv(type, g.savePassword() ? 1 : 0));
                    logSending("Sending save password reply value " + (g.savePassword() ? 1 : 0));
                }
                case ConfigAttributes.UNITY_DEF_DOMAIN -> g.defaultDomain().ifPresent(d -> {
                    out.add(ConfigAttributes.text(type, d));
                    logSending("Sending DEFAULT_DOMAIN default domain name: " + d);
                });
                case ConfigAttributes.UNITY_SPLIT_INCLUDE -> {
                    if (!g.splitInclude().isEmpty()) {
                        List<ConfigAttributes.SplitRecord> records = new ArrayList<>();
                        for (SplitNetwork n : g.splitInclude()) {
                            records.add(new ConfigAttributes.SplitRecord(n.address().bits(), n.mask().bits(), n.protocol(), n.sourcePort(), n.destinationPort()));
                            logSending("Sending split include network " + n.address() + " mask " + n.mask() + " protocol " + n.protocol()
                                    + ", src port " + n.sourcePort() + ", dst port " + n.destinationPort());
                        }
                        out.add(ConfigAttributes.splitAttribute(type, records));
                    }
                }
                case ConfigAttributes.UNITY_LOCAL_LAN -> {
                    if (g.includeLocalLan()) {
                        out.add(ConfigAttributes.splitAttribute(type, List.of(new ConfigAttributes.SplitRecord(0, 0, 0, 0, 0))));
                        logSending("Sending include-local-lan");
                    }
                }
                case ConfigAttributes.UNITY_PFS -> {
                    if (g.pfs()) {
                        out.add(Attribute.tv(type, 1));
                        logSending("Sending PFS 1");
                    }
                }
                case ConfigAttributes.UNITY_BANNER -> g.banner().ifPresent(b -> {
                    out.add(ConfigAttributes.text(type, b));
                    logSending("Sending banner");
                });
                case ConfigAttributes.UNITY_BACKUP_SERVERS -> {
                    if (!g.backupServers().isEmpty()) {
                        out.add(ConfigAttributes.text(type, String.join(",", g.backupServers())));
                        logSending("Sending backup servers " + String.join(",", g.backupServers()));
                    }
                }
                default -> {
                    // an attribute this server has no value for is left out of the answer
                }
            }
        }
        return Optional.of(out);
    }

    private void logSending(String text) {
        if (core.log.enabled()) {
            core.log.global(text);
        }
    }

    private static Optional<Attribute> first(Payload.Attributes message, int type) {
        return message.attributes().stream().filter(a -> a.type() == type).findFirst();
    }

    private void connectionUp() {
        if (up) {
            return;
        }
        up = true;
        core.log.event(new IkeEvent.RemoteAccessUp(sa.connId, sa.local.ip(), sa.remote.ip(), user, group(), assigned));
    }

    /** The user the remote authenticated as (empty without XAUTH), its group and assigned address. */
    String user() {
        return user;
    }

    Optional<Ipv4> assignedAddress() {
        return assigned;
    }

    @Override
    public void saGone(String reason) {
        if (xauthTimer != null) {
            xauthTimer.cancel();
            xauthTimer = null;
        }
        assigned.ifPresent(a -> profile.modeConfig().group().flatMap(RemoteAccessGroup::addresses).ifPresent(pool -> pool.release(a)));
        if (up) {
            core.log.event(new IkeEvent.RemoteAccessDown(sa.connId, sa.local.ip(), sa.remote.ip(), user, group(), assigned, reason));
        }
        up = false;
    }
}
