package org.iosemu.ike.codec;

/** A decoded plaintext ISAKMP message. */
public record IsakmpMessage(IsakmpHeader header, PayloadChain chain) {
}
