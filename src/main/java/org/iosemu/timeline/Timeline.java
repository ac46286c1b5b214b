package org.iosemu.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a window of the recording shows: one lifeline per router, the arrows (IKE messages and ESP bursts) sent in
 * the window, and the notes on the lifelines, each in the order it happened.
 */
public record Timeline(List<String> routers, Window window, List<Message> messages, List<Note> notes) {

    public Timeline {
        routers = List.copyOf(routers);
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
    }

    /**
     * The window {@code window} of {@code recording}, for the lab's {@code routers}. IKE messages are named against
     * the whole recording (a retransmission stays one when its original came before the window).
     */
    public static Timeline of(Recording recording, List<String> routers, Window window) {
        List<Message> messages = new ArrayList<>();
        for (Message m : IkeMessages.of(recording.packets(), recording.informationals())) {
            if (window.contains(m.sentAt())) {
                messages.add(m);
            }
        }
        List<RecordedPacket> inWindow = recording.packets().stream().filter(p -> window.contains(p.sentAt())).toList();
        messages.addAll(EspBursts.of(inWindow));
        messages.sort(Comparator.comparingLong(Message::sentAt).thenComparingLong(Message::order));
        List<Note> notes = recording.notes().stream().filter(n -> window.contains(n.time()))
                .sorted(Comparator.comparingLong(Note::time).thenComparingLong(Note::order)).toList();
        return new Timeline(routers, window, messages, notes);
    }

    /** IKE messages plus ESP packets (a burst counts each of its packets). */
    public int packetCount() {
        return messages.stream().mapToInt(Message::count).sum();
    }
}
