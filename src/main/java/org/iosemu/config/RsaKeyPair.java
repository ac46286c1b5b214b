package org.iosemu.config;

/** `crypto key generate rsa`: the general-purpose key pair's label and size (kept in NVRAM, not in show run). */
public record RsaKeyPair(String label, int modulusBits) {}
