package org.iosemu.ike.engine;

/** A received message is rejected; the text becomes a debug line and no state changes. */
final class DropPacket extends Exception {
    DropPacket(String debugText) {
        super(debugText, null, false, false);
    }
}
