package org.iosemu.timeline;

import java.util.List;
import org.iosemu.ike.codec.Payload;

/** What a router's engine said it put, encrypted, into the informational message with {@code messageId}. */
public record SentInformational(long time, String router, int messageId, List<Payload> payloads) {
    public SentInformational {
        payloads = List.copyOf(payloads);
    }
}
