package org.iosemu.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.codec.DecodeException;
import org.iosemu.ike.codec.ExchangeType;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.Proposal;

/**
 * Names every recorded IKE message. The ISAKMP header travels in the clear, so the exchange (initiator cookie and
 * message ID) and its type come from the packet: Main Mode, Aggressive Mode and Quick Mode messages are numbered by
 * their place in their exchange (MM1..MM6, AM1..AM3, QM1..QM3). The same bytes sent again by the same router in the
 * same exchange are a retransmission of the earlier message. An informational message is encrypted: its contents
 * come from what the sending router's engine reported for that message ID. An R_U_THERE sent while the sender's
 * previous probe on the same SA has had no R_U_THERE_ACK back is a retransmission too (DPD's retry).
 */
final class IkeMessages {

    private final Map<String, List<Sent>> exchanges = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, SentInformational> reports = new HashMap<>();
    /** Per (prober, SA): the sequence of its last R_U_THERE. */
    private final Map<String, Integer> lastProbe = new HashMap<>();
    /** Per (prober, SA, sequence): when the ACK arrived at the prober. */
    private final Map<String, Long> ackArrivals = new HashMap<>();

    private record Sent(String sender, byte[] bytes, int number) {
    }

    private IkeMessages(List<SentInformational> informationals) {
        for (SentInformational s : informationals) {
            reports.put(s.router() + "/" + s.messageId(), s); // the latest report for an ID wins: it is the one sent last
        }
    }

    /** Each IKE message of {@code packets} (in recording order) as an arrow, ESP and keepalives left out. */
    static List<Message> of(List<RecordedPacket> packets, List<SentInformational> informationals) {
        IkeMessages naming = new IkeMessages(informationals);
        List<Message> out = new ArrayList<>();
        for (RecordedPacket p : packets) {
            if (WirePayload.of(p.packet()) instanceof WirePayload.Ike ike) {
                out.add(naming.name(p, ike.message()));
            }
        }
        return out;
    }

    private Message name(RecordedPacket p, byte[] bytes) {
        IsakmpHeader h;
        try {
            h = IsakmpCodec.decodeHeader(bytes);
        } catch (DecodeException e) {
            return message(p, Category.OTHER_IKE, "ISAKMP (undecodable)", bytes.length + " bytes that are not ISAKMP", false);
        }
        String cookie = HexFormat.of().formatHex(h.initiatorCookie());
        String exchange = cookie + "/" + h.messageId();
        String ids = "CKY-I " + cookie + ", CKY-R " + HexFormat.of().formatHex(h.responderCookie())
                + ", message ID " + Integer.toUnsignedString(h.messageId()) + ", " + bytes.length + " bytes";
        List<Sent> earlier = exchanges.computeIfAbsent(exchange, k -> new ArrayList<>());
        Sent again = earlier.stream().filter(s -> s.sender().equals(p.sender()) && Arrays.equals(s.bytes(), bytes))
                .findFirst().orElse(null);
        int number = again != null ? again.number() : counts.merge(exchange, 1, Integer::sum);
        earlier.add(new Sent(p.sender(), bytes, number));
        boolean resent = again != null;
        return switch (h.exchangeType()) {
            case ExchangeType.IDENTITY_PROTECTION -> message(p, Category.MAIN_MODE, "MM" + number, "Main Mode, " + ids, resent);
            case ExchangeType.AGGRESSIVE -> message(p, Category.AGGRESSIVE_MODE, "AM" + number, "Aggressive Mode, " + ids, resent);
            case ExchangeType.QUICK_MODE -> message(p, Category.QUICK_MODE, "QM" + number, "Quick Mode, " + ids, resent);
            case ExchangeType.TRANSACTION -> message(p, Category.TRANSACTION, "TRANSACTION " + number, "Transaction, " + ids, resent);
            case ExchangeType.INFORMATIONAL -> informational(p, h, cookie, ids, resent);
            default -> message(p, Category.OTHER_IKE, "ISAKMP exchange " + h.exchangeType(), ids, resent);
        };
    }

    private Message informational(RecordedPacket p, IsakmpHeader h, String cookie, String ids, boolean resent) {
        SentInformational report = reports.get(p.sender() + "/" + h.messageId());
        if (report == null) {
            return message(p, Category.INFORMATIONAL, "INFORMATIONAL", "Informational (contents not reported), " + ids, resent);
        }
        Category category = Category.INFORMATIONAL;
        List<String> parts = new ArrayList<>();
        boolean dpdRetry = false;
        for (Payload payload : report.payloads()) {
            if (payload instanceof Payload.Notify n && isDpd(n)) {
                category = Category.DPD;
                int seq = n.data().length == 4 ? sequence(n.data()) : -1;
                parts.add(NotifyType.name(n.notifyType()) + " seq " + seq);
                dpdRetry |= n.notifyType() == NotifyType.R_U_THERE && probe(p, cookie, seq);
                if (n.notifyType() == NotifyType.R_U_THERE_ACK && p.arrivedAt() >= 0 && p.receiver() != null) {
                    ackArrivals.putIfAbsent(p.receiver() + "/" + cookie + "/" + seq, p.arrivedAt());
                }
            } else if (payload instanceof Payload.Notify n) {
                parts.add("NOTIFY " + NotifyType.name(n.notifyType()));
            } else if (payload instanceof Payload.Delete d) {
                category = Category.DELETE;
                parts.add(d.protocolId() == Proposal.PROTO_ISAKMP ? "DELETE ISAKMP SA" : "DELETE IPsec SA" + spis(d));
            } else {
                parts.add("payload " + payload.type());
            }
        }
        String label = String.join(" + ", parts);
        return message(p, category, label, "Informational: " + label + ", " + ids, resent || dpdRetry);
    }

    private static boolean isDpd(Payload.Notify n) {
        return n.notifyType() == NotifyType.R_U_THERE || n.notifyType() == NotifyType.R_U_THERE_ACK;
    }

    /** Records an R_U_THERE; true when the prober's previous one on this SA had no ACK back by now. */
    private boolean probe(RecordedPacket p, String cookie, int seq) {
        String sa = p.sender() + "/" + cookie;
        Integer previous = lastProbe.put(sa, seq);
        if (previous == null) {
            return false;
        }
        Long acked = ackArrivals.get(sa + "/" + previous);
        return acked == null || acked > p.sentAt();
    }

    private static String spis(Payload.Delete d) {
        StringBuilder b = new StringBuilder();
        for (byte[] spi : d.spis()) {
            b.append(" 0x").append(HexFormat.of().withUpperCase().formatHex(spi));
        }
        return b.toString();
    }

    private static int sequence(byte[] data) {
        return (data[0] & 0xff) << 24 | (data[1] & 0xff) << 16 | (data[2] & 0xff) << 8 | (data[3] & 0xff);
    }

    private static Message message(RecordedPacket p, Category category, String label, String detail, boolean retransmission) {
        boolean lost = p.lost();
        return new Message(p.order(), p.sentAt(), p.sentAt(), p.arrivedAt(), p.sender(), p.receiver(),
                p.packet().dst().toString(), category, label, detail, retransmission, 1, lost ? 1 : 0, p.lostReason());
    }
}
