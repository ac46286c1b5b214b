package org.iosemu.ike.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The RESPONDER-LIFETIME status notification (RFC 2407 4.6.3.1): a Quick Mode responder whose own IPsec SA lifetime
 * is shorter than the initiator proposed says so in QM2, the notification carrying the SA attributes Life Type and
 * Life Duration of the lifetime it chose, the SPI its inbound one. The initiator adopts the shorter lifetime.
 */
public record ResponderLifetime(OptionalLong seconds, OptionalLong kilobytes) {

    /** IPsec DOI SA attributes (RFC 2407 4.5). */
    private static final int LIFE_TYPE = 1;
    private static final int LIFE_DURATION = 2;
    private static final int SECONDS = 1;
    private static final int KILOBYTES = 2;

    public Payload.Notify toNotify(int protocolId, byte[] spi) {
        List<Attribute> list = new ArrayList<>();
        seconds.ifPresent(v -> {
            list.add(Attribute.tv(LIFE_TYPE, SECONDS));
            list.add(Attribute.number(LIFE_DURATION, v));
        });
        kilobytes.ifPresent(v -> {
            list.add(Attribute.tv(LIFE_TYPE, KILOBYTES));
            list.add(Attribute.number(LIFE_DURATION, v));
        });
        return new Payload.Notify(Payload.Sa.DOI_IPSEC, protocolId, NotifyType.RESPONDER_LIFETIME, spi.clone(),
                IsakmpCodec.encodeAttributeList(list));
    }

    /**
     * The lifetimes a RESPONDER-LIFETIME notification states; empty for another notification, or for data that is not
     * a well-formed list of life type / duration pairs (a duration without its type, an unknown type, a truncated
     * attribute, a zero duration).
     */
    public static Optional<ResponderLifetime> of(Payload.Notify n) {
        if (n.notifyType() != NotifyType.RESPONDER_LIFETIME) {
            return Optional.empty();
        }
        List<Attribute> list;
        try {
            list = IsakmpCodec.decodeAttributeList(n.data());
        } catch (DecodeException malformed) {
            return Optional.empty();
        }
        OptionalLong seconds = OptionalLong.empty();
        OptionalLong kilobytes = OptionalLong.empty();
        long type = -1;
        for (Attribute a : list) {
            if (a.type() == LIFE_TYPE) {
                type = a.longValue();
                if (type != SECONDS && type != KILOBYTES) {
                    return Optional.empty();
                }
            } else if (a.type() == LIFE_DURATION && type != -1 && a.value().length <= 4 && a.longValue() > 0) {
                if (type == SECONDS) {
                    seconds = OptionalLong.of(a.longValue());
                } else {
                    kilobytes = OptionalLong.of(a.longValue());
                }
                type = -1;
            } else {
                return Optional.empty();
            }
        }
        return seconds.isEmpty() && kilobytes.isEmpty() ? Optional.empty() : Optional.of(new ResponderLifetime(seconds, kilobytes));
    }
}
