package org.iosemu.ike.codec;

import java.util.List;
import java.util.Optional;

/** A transform inside a proposal: number, transform id and its attributes. */
public record Transform(int number, int transformId, List<Attribute> attributes) {
    public Transform {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(int type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst();
    }
}
