package org.iosemu.remote.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The router's RSA key pair on disk, as {@code crypto key generate rsa} would keep it in NVRAM: an
 * unencrypted PKCS#8 PEM file (readable by openssl) written atomically and, where the file system
 * allows, readable by the owner only. The public half is rebuilt from the CRT private key.
 */
public final class HostKeyStore {

    public static final int DEFAULT_MODULUS = 2048;
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final Path file;

    public HostKeyStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /** The stored key pair, or a new one (saved before it is returned) when there is none yet. */
    public KeyPair loadOrGenerate(int modulusBits) throws IOException {
        Optional<KeyPair> existing = load();
        if (existing.isPresent()) {
            return existing.get();
        }
        return regenerate(modulusBits);
    }

    /** Replaces the stored key with a fresh one, like {@code crypto key generate rsa modulus N}. */
    public KeyPair regenerate(int modulusBits) throws IOException {
        KeyPair pair = generateRsa(modulusBits);
        save(pair);
        return pair;
    }

    public Optional<KeyPair> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(file + " is not a PKCS#8 PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IOException(file + " holds an RSA key without CRT parameters");
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return Optional.of(new KeyPair(publicKey, privateKey));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " does not hold a usable RSA key: " + e.getMessage(), e);
        }
    }

    public void save(KeyPair pair) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
        String pem = BEGIN + "\n" + body + "\n" + END + "\n";
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".hostkey", ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static KeyPair generateRsa(int modulusBits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(modulusBits, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }

    private static void restrictToOwner(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system; the directory's own protection has to do
        }
    }
}
