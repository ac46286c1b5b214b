package org.iosemu.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds ESP into arrows a reader can follow: the packets one router sends another on one SA with no more than
 * {@link #GAP_MILLIS} between them are one burst, drawn once with its count (a ping's five echoes are one arrow each
 * way, not ten).
 */
final class EspBursts {

    /** A pause this long ends a burst. */
    static final long GAP_MILLIS = 1000;

    private EspBursts() {
    }

    private static final class Burst {
        final RecordedPacket first;
        final int spi;
        long firstSeq;
        long lastSeq;
        long last;
        long lastArrival = -1;
        int count;
        int lost;
        String lostReason;

        Burst(RecordedPacket first, WirePayload.Esp esp) {
            this.first = first;
            this.spi = esp.spi();
            this.firstSeq = esp.sequence();
        }

        void add(RecordedPacket p, WirePayload.Esp esp) {
            count++;
            last = p.sentAt();
            lastSeq = esp.sequence();
            if (p.lost()) {
                lost++;
                if (lostReason == null) {
                    lostReason = p.lostReason();
                }
            } else if (p.arrivedAt() >= 0) {
                lastArrival = p.arrivedAt();
            }
        }

        Message toMessage() {
            String spiText = String.format("0x%08X", spi);
            String label = "ESP \u00d7" + count + " SPI " + spiText + (lost > 0 ? " (" + lost + " lost)" : "");
            String detail = count + " ESP packet" + (count == 1 ? "" : "s") + " on SPI " + spiText + ", sequence "
                    + firstSeq + (count > 1 ? " to " + lastSeq : "");
            return new Message(first.order(), first.sentAt(), last, lastArrival, first.sender(), first.receiver(),
                    first.packet().dst().toString(), Category.ESP, label, detail, false, count, lost, lostReason);
        }
    }

    /** The bursts of the ESP packets among {@code packets} (recording order), in the order they started. */
    static List<Message> of(List<RecordedPacket> packets) {
        Map<String, Burst> open = new LinkedHashMap<>();
        List<Burst> all = new ArrayList<>();
        for (RecordedPacket p : packets) {
            if (!(WirePayload.of(p.packet()) instanceof WirePayload.Esp esp)) {
                continue;
            }
            String key = p.sender() + "\u0000" + p.receiver() + "\u0000" + esp.spi();
            Burst b = open.get(key);
            if (b == null || p.sentAt() - b.last > GAP_MILLIS) {
                b = new Burst(p, esp);
                open.put(key, b);
                all.add(b);
            }
            b.add(p, esp);
        }
        List<Message> out = new ArrayList<>(all.size());
        all.forEach(b -> out.add(b.toMessage()));
        return out;
    }
}
