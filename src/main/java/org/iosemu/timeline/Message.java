package org.iosemu.timeline;

/**
 * One arrow of the diagram: an IKE message, or a burst of {@code count} ESP packets on one SA sent between
 * {@code sentAt} and {@code lastSentAt}. {@code receiver} is null when nobody owned the destination address;
 * {@code lost} of the {@code count} packets never arrived ({@code lostReason} says why the first did not).
 * {@code detail} is the hover text. {@code order} is the recording order of its (first) packet.
 */
public record Message(long order, long sentAt, long lastSentAt, long arrivedAt, String sender, String receiver,
                      String destination, Category category, String label, String detail, boolean retransmission,
                      int count, int lost, String lostReason) {

    /** Nothing of it arrived. */
    public boolean allLost() {
        return lost == count;
    }
}
