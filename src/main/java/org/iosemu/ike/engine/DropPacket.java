package org.iosemu.ike.engine;

/** A received message is rejected; the text becomes a debug line and no state changes. */
class DropPacket extends Exception {
    DropPacket(String debugText) {
        super(debugText, null, false, false);
    }

    /**
     * A message that decrypted to garbage (on IOS mostly a pre-shared key that differs): besides the debug line,
     * IOS logs {@code %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from A failed its sanity check or is malformed}.
     */
    static final class Malformed extends DropPacket {
        Malformed(String debugText) {
            super(debugText);
        }
    }
}
