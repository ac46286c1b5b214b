package org.iosemu.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void createdHashesHaveTheShapeIosPrints() {
        String md5 = StoredSecret.create(SecretType.MD5, "pw", random).text();
        String pbkdf2 = StoredSecret.create(SecretType.PBKDF2_SHA256, "pw", random).text();
        String scrypt = StoredSecret.create(SecretType.SCRYPT, "pw", random).text();

        assertTrue(md5.matches("\\$1\\$[./0-9A-Za-z]{4}\\$[./0-9A-Za-z]{22}"), md5);
        assertTrue(pbkdf2.matches("\\$8\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"), pbkdf2);
        assertTrue(scrypt.matches("\\$9\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}"), scrypt);
        assertTrue(StoredSecret.create(SecretType.VIGENERE, "pw", random).text().matches("(0[0-9]|1[0-5])[0-9A-F]{4}"));
    }

    @Test
    void freshSaltsMakeEqualPasswordsHashDifferently() {
        assertFalse(StoredSecret.create(SecretType.SCRYPT, "same", random).text()
                .equals(StoredSecret.create(SecretType.SCRYPT, "same", random).text()));
    }

    @Test
    void slowTypesRoundTripWithRandomPasswords() {
        for (SecretType type : new SecretType[] {SecretType.PBKDF2_SHA256, SecretType.SCRYPT}) {
            for (int i = 0; i < 3; i++) {
                String password = randomPassword();
                StoredSecret stored = StoredSecret.create(type, password, random);
                StoredSecret reparsed = StoredSecret.parse(stored.toConfigText());
                assertEquals(stored, reparsed);
                assertTrue(reparsed.verify(password), type + " " + password);
                assertFalse(reparsed.verify(password + "!"), type + " " + password);
            }
        }
    }

    @Test
    void parsesConfigurationText() {
        assertEquals(new StoredSecret(SecretType.MD5, "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"),
                StoredSecret.parse("5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0"));
        assertEquals(new StoredSecret(SecretType.VIGENERE, "0822455D0A16"), StoredSecret.parse("7 0822455D0A16"));
        assertEquals(new StoredSecret(SecretType.PLAIN, "cisco"), StoredSecret.parse("cisco"));
        assertEquals(new StoredSecret(SecretType.PLAIN, "cisco"), StoredSecret.parse("0 cisco"));
        assertEquals("5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
                StoredSecret.parse("5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0").toConfigText());
        assertEquals("cisco", StoredSecret.parse("cisco").toConfigText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5|cisco",
        "5|$1$mERr$hx5rVt7rPNoS4wqbXKX7m",
        "5|$1$mERr$hx5rVt7rPNoS4wqbXKX7m0$",
        "5|$1$toolongsalt$hx5rVt7rPNoS4wqbXKX7m0",
        "5|$9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6",
        "8|$8$TnGX/fE4KGHOV$pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk",
        "8|$8$TnGX/fE4KGHOVU$pEhnEvxrvaynpi8j4f+EMHr6M.FzU8xnZnBr/tJdFWk",
        "9|$9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo",
        "9|$8$TnGX/fE4KGHOVU$pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk",
        "7|0822455D0A1",
        "7|0822455D0A1G",
        "7|X822455D0A16",
        "7|99AB",
        "4|whatever",
    })
    void rejectsMalformedStoredText(int type, String text) {
        assertThrows(InvalidSecretException.class, () -> StoredSecret.parse(type, text));
    }

    @Test
    void badHashUsesTheIosWording() {
        InvalidSecretException e = assertThrows(InvalidSecretException.class, () -> StoredSecret.parse("5 cisco"));
        assertTrue(e.getMessage().startsWith("ERROR: The secret you entered is not a valid encrypted secret."));
        assertTrue(e.getMessage().contains("do not specify type 5 encryption"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "cisco", "p@ss word with spaces", "ÿü~\u007f"})
    void type7RoundTripsEveryLatin1TextAndSeed(String plain) {
        for (int seed = 0; seed <= Type7.MAX_ENCODE_SEED; seed++) {
            assertEquals(plain, Type7.decode(Type7.encode(plain, seed)));
        }
    }

    @Test
    void toStringHidesRecoverablePasswords() {
        assertFalse(StoredSecret.parse("cisco").toString().contains("cisco"));
        assertFalse(StoredSecret.parse("7 0822455D0A16").toString().contains("0822455D0A16"));
    }

    private String randomPassword() {
        int length = 1 + random.nextInt(20);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) (0x21 + random.nextInt(0x5e)));
        }
        return sb.toString();
    }
}
