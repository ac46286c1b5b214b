package org.iosemu.timeline;

import java.util.List;

/** A snapshot of the {@link WireLog}, oldest first. */
public record Recording(List<RecordedPacket> packets, List<SentInformational> informationals, List<Note> notes) {
    public Recording {
        packets = List.copyOf(packets);
        informationals = List.copyOf(informationals);
        notes = List.copyOf(notes);
    }
}
