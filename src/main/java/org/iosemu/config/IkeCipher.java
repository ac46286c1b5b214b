package org.iosemu.config;

/** `encryption` values of an ISAKMP policy; show run writes `encr <keyword>`. */
public enum IkeCipher {
    DES("des", 0), TRIPLE_DES("3des", 0), AES_128("aes", 128), AES_192("aes 192", 192), AES_256("aes 256", 256);

    private final String keyword;
    private final int aesBits;

    IkeCipher(String keyword, int aesBits) {
        this.keyword = keyword;
        this.aesBits = aesBits;
    }

    public String keyword() {
        return keyword;
    }

    /** AES key length in bits, 0 for DES/3DES. */
    public int aesBits() {
        return aesBits;
    }

    public static IkeCipher aes(int bits) {
        return switch (bits) {
            case 192 -> AES_192;
            case 256 -> AES_256;
            default -> AES_128;
        };
    }
}
