package org.iosemu.timeline;

import java.nio.ByteBuffer;
import java.util.List;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;

/** Writes a made-up exchange between routers A (10.0.0.1) and B (10.0.0.2) into a {@link WireLog}, packet by packet. */
final class WireScript {
    static final byte[] COOKIE_I = {1, 2, 3, 4, 5, 6, 7, 8};
    static final byte[] COOKIE_R = {9, 9, 9, 9, 9, 9, 9, 9};

    final WireLog log;
    private long nextId;

    WireScript(WireLog log) {
        this.log = log;
    }

    static Ipv4Address address(String router) {
        return Ipv4Address.parse(router.equals("A") ? "10.0.0.1" : "10.0.0.2");
    }

    /** An ISAKMP message: header plus {@code body} bytes (distinct bodies make distinct messages). */
    static byte[] isakmp(int exchangeType, int messageId, boolean responderCookie, int body) {
        byte[] rest = ByteBuffer.allocate(8).putInt(body).putInt(~body).array();
        IsakmpHeader h = new IsakmpHeader(COOKIE_I, responderCookie ? COOKIE_R : new byte[8], 0, IsakmpHeader.VERSION_IKEV1,
                exchangeType, exchangeType == ExchangeType.IDENTITY_PROTECTION && body < 5 ? 0 : IsakmpHeader.FLAG_ENCRYPTION,
                messageId, IsakmpHeader.SIZE + rest.length);
        return ByteBuffer.allocate(IsakmpHeader.SIZE + rest.length).put(IsakmpCodec.encodeHeader(h)).put(rest).array();
    }

    /** Sends {@code payload} over UDP 500 from {@code from} to {@code to} at {@code time}; returns the packet's id. */
    long ike(String from, String to, long time, byte[] payload) {
        long id = nextId++;
        log.sent(id, from, to, IpPacket.udp(address(from), 500, address(to), 500, payload), time);
        return id;
    }

    long esp(String from, String to, long time, int spi, int seq) {
        long id = nextId++;
        byte[] esp = ByteBuffer.allocate(40).putInt(spi).putInt(seq).array();
        log.sent(id, from, to, new IpPacket(address(from), address(to), IpPacket.ESP, 0, 0, esp), time);
        return id;
    }

    /** An informational message with its contents reported by the sender's engine, as the lab's routers report them. */
    long informational(String from, String to, long time, int messageId, Payload payload) {
        log.engineEvent(from, new IkeEvent.InformationalSent(Endpoint.ike(new Ipv4(address(from).bits())),
                Endpoint.ike(new Ipv4(address(to).bits())), messageId, List.of(payload)), time);
        return ike(from, to, time, isakmp(ExchangeType.INFORMATIONAL, messageId, true, messageId));
    }

    static Payload dpd(int type, int sequence) {
        byte[] cookies = new byte[16];
        System.arraycopy(COOKIE_I, 0, cookies, 0, 8);
        System.arraycopy(COOKIE_R, 0, cookies, 8, 8);
        return new Payload.Notify(1, Proposal.PROTO_ISAKMP, type, cookies, ByteBuffer.allocate(4).putInt(sequence).array());
    }

    static Payload rUThere(int sequence) {
        return dpd(NotifyType.R_U_THERE, sequence);
    }

    static Payload ack(int sequence) {
        return dpd(NotifyType.R_U_THERE_ACK, sequence);
    }

    /** The packet arrives one millisecond after {@code sentAt}. */
    void arrives(long id, long sentAt) {
        log.arrived(id, sentAt + 1);
    }
}
