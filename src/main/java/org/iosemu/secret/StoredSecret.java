package org.iosemu.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A password or secret as IOS keeps it in the configuration: the type digit and the text after it
 * ({@code secret 9 $9$...}, {@code password 7 0822455D0A16}, {@code password cisco}).
 */
public record StoredSecret(SecretType type, String text) {

    static final int IOS_MD5_SALT_LENGTH = 4;
    static final int IOS_SALT_LENGTH = 14;
    private static final int KDF_HASH_LENGTH = 43; // 32 bytes in unpadded base64

    public StoredSecret {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        validate(type, text);
    }

    /** Parses what follows the type digit in a configuration line; throws InvalidSecretException. */
    public static StoredSecret parse(int typeNumber, String text) {
        SecretType type = SecretType.fromNumber(typeNumber)
                .orElseThrow(() -> new InvalidSecretException("unknown encryption type " + typeNumber));
        return new StoredSecret(type, text);
    }

    /**
     * Parses "TYPE TEXT" or a bare clear-text word, as after {@code enable secret} or
     * {@code username NAME secret}.
     */
    public static StoredSecret parse(String typeAndText) {
        String trimmed = typeAndText.strip();
        int space = trimmed.indexOf(' ');
        if (space > 0 && trimmed.substring(0, space).chars().allMatch(Character::isDigit)
                && space <= 2) {
            return parse(Integer.parseInt(trimmed.substring(0, space)), trimmed.substring(space + 1).strip());
        }
        return new StoredSecret(SecretType.PLAIN, trimmed);
    }

    /** Hashes or encodes a clear-text password the way IOS stores it in the given type. */
    public static StoredSecret create(SecretType type, String plain, RandomGenerator random) {
        return switch (type) {
            case PLAIN -> new StoredSecret(type, plain);
            case VIGENERE -> new StoredSecret(type, Type7.encode(plain, random.nextInt(Type7.MAX_ENCODE_SEED + 1)));
            case MD5 -> new StoredSecret(type, Md5Crypt.crypt(plain, randomSalt(random, IOS_MD5_SALT_LENGTH)));
            case PBKDF2_SHA256 -> {
                String salt = randomSalt(random, IOS_SALT_LENGTH);
                yield new StoredSecret(type, "$8$" + salt + "$" + CiscoBase64.encode(Pbkdf2Sha256.derive(plain, salt)));
            }
            case SCRYPT -> {
                String salt = randomSalt(random, IOS_SALT_LENGTH);
                yield new StoredSecret(type, "$9$" + salt + "$" + CiscoBase64.encode(ScryptKdf.derive(plain, salt)));
            }
        };
    }

    /** True when {@code plain} is the password this stores. Comparison is constant-time. */
    public boolean verify(String plain) {
        return switch (type) {
            case PLAIN -> constantTimeEquals(text, plain);
            case VIGENERE -> constantTimeEquals(Type7.decode(text), plain);
            case MD5 -> constantTimeEquals(text, Md5Crypt.crypt(plain, saltOf(text)));
            case PBKDF2_SHA256 -> MessageDigest.isEqual(hashBytesOf(text), Pbkdf2Sha256.derive(plain, saltOf(text)));
            case SCRYPT -> MessageDigest.isEqual(hashBytesOf(text), ScryptKdf.derive(plain, saltOf(text)));
        };
    }

    /** The configuration form: "9 $9$..." or just the word for clear text. */
    public String toConfigText() {
        return type == SecretType.PLAIN ? text : type.number() + " " + text;
    }

    /** Keeps clear-text and type 7 passwords out of logs and assertion messages. */
    @Override
    public String toString() {
        return "StoredSecret[" + type + (type.isHash() ? " " + text : " <hidden>") + "]";
    }

    private static void validate(SecretType type, String text) {
        switch (type) {
            case PLAIN -> {
                if (text.isEmpty()) {
                    throw new InvalidSecretException("empty password");
                }
            }
            case VIGENERE -> Type7.decode(text);
            case MD5 -> validateMd5(text);
            case PBKDF2_SHA256 -> validateKdf(text, "$8$");
            case SCRYPT -> validateKdf(text, "$9$");
        }
    }

    private static void validateMd5(String text) {
        String[] parts = fields(text, Md5Crypt.MAGIC, SecretType.MD5);
        String salt = parts[0];
        if (salt.isEmpty() || salt.length() > Md5Crypt.MAX_SALT || !CiscoBase64.isAlphabet(salt)
                || parts[1].length() != 22 || !CiscoBase64.isAlphabet(parts[1])) {
            throw notEncrypted(SecretType.MD5);
        }
    }

    private static void validateKdf(String text, String magic) {
        SecretType type = magic.equals("$8$") ? SecretType.PBKDF2_SHA256 : SecretType.SCRYPT;
        String[] parts = fields(text, magic, type);
        if (parts[0].length() != IOS_SALT_LENGTH || !CiscoBase64.isAlphabet(parts[0])
                || parts[1].length() != KDF_HASH_LENGTH || !CiscoBase64.isAlphabet(parts[1])) {
            throw notEncrypted(type);
        }
    }

    /** Splits "$N$salt$hash" into salt and hash, or throws. */
    private static String[] fields(String text, String magic, SecretType type) {
        if (!text.startsWith(magic)) {
            throw notEncrypted(type);
        }
        String rest = text.substring(magic.length());
        int dollar = rest.indexOf('$');
        if (dollar < 0 || rest.indexOf('$', dollar + 1) >= 0) {
            throw notEncrypted(type);
        }
        return new String[] {rest.substring(0, dollar), rest.substring(dollar + 1)};
    }

    /** The wording IOS uses when a typed "secret 5 ..." is not a real hash. */
    private static InvalidSecretException notEncrypted(SecretType type) {
        return new InvalidSecretException("ERROR: The secret you entered is not a valid encrypted secret.\n"
                + "To enter an UNENCRYPTED secret, do not specify type " + type.number() + " encryption.\n"
                + "When you properly enter an UNENCRYPTED secret, it will be encrypted.");
    }

    private static String saltOf(String text) {
        int start = 3;
        return text.substring(start, text.indexOf('$', start));
    }

    private static byte[] hashBytesOf(String text) {
        return CiscoBase64.decode(text.substring(text.lastIndexOf('$') + 1));
    }

    private static String randomSalt(RandomGenerator random, int length) {
        StringBuilder salt = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            salt.append(CiscoBase64.ALPHABET.charAt(random.nextInt(CiscoBase64.ALPHABET.length())));
        }
        return salt.toString();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
