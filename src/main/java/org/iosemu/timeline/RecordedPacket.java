package org.iosemu.timeline;

import org.iosemu.capture.CapturedPacket;

/**
 * One IKE or ESP packet the lab network carried: who sent it, whom it was for ({@code receiver} null when nobody
 * owned the address), when it arrived ({@code arrivedAt} -1 if it did not) or why it was lost.
 */
public record RecordedPacket(long order, String sender, String receiver, CapturedPacket packet, long arrivedAt,
                             String lostReason) {

    public long sentAt() {
        return packet.timeMillis();
    }

    public boolean lost() {
        return lostReason != null;
    }

    /** Still on the wire when the recording was taken. */
    public boolean inFlight() {
        return arrivedAt < 0 && lostReason == null;
    }
}
