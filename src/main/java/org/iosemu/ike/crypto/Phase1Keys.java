package org.iosemu.ike.crypto;

/** Keying material of an IKEv1 SA (RFC 2409 section 5). */
public record Phase1Keys(byte[] skeyid, byte[] skeyidD, byte[] skeyidA, byte[] skeyidE, byte[] encryptionKey, byte[] initialIv) {
}
