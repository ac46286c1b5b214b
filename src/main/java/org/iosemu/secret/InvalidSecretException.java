package org.iosemu.secret;

/** A stored secret or password that IOS would refuse to accept in the given encryption type. */
public class InvalidSecretException extends IllegalArgumentException {
    public InvalidSecretException(String message) {
        super(message);
    }
}
