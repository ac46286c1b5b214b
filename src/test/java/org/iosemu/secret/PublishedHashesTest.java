package org.iosemu.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hashes produced by real IOS or published as reference vectors: hashcat's example hashes (modes 500,
 * 9200, 9300; password "hashcat"), the Cisco Learning Network type 8 examples and the type 5/7 lines
 * that appear in countless IOS configurations for "cisco".
 */
class PublishedHashesTest {

    @ParameterizedTest(name = "type {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "5|$1$mERr$hx5rVt7rPNoS4wqbXKX7m0|cisco",
        "5|$1$28772684$iEwNOgGugqO9.bIz5sk8k/|hashcat",
        "8|$8$TnGX/fE4KGHOVU$pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk|hashcat",
        "8|$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs|cisco",
        "8|$8$mTj4RZG8N9ZDOk$elY/asfm8kD3iDmkBe3hD2r4xcA/0oWS5V3os.O91u.|cisco",
        "9|$9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6|hashcat",
        "7|0822455D0A16|cisco",
        "7|070C285F4D06|cisco",
    })
    void verifiesThePublishedPasswordAndRejectsNearMisses(int type, String stored, String password) {
        StoredSecret secret = StoredSecret.parse(type, stored);

        assertTrue(secret.verify(password));
        assertFalse(secret.verify(password + "x"));
        assertFalse(secret.verify(password.toUpperCase()));
        assertFalse(secret.verify(""));
    }

    @ParameterizedTest
    @CsvSource({"cisco,mERr,$1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "hashcat,28772684,$1$28772684$iEwNOgGugqO9.bIz5sk8k/"})
    void md5CryptReproducesTheExactString(String password, String salt, String expected) {
        assertEquals(expected, Md5Crypt.crypt(password, salt));
    }

    @ParameterizedTest
    @CsvSource({"0822455D0A16,cisco", "070C285F4D06,cisco"})
    void type7DecodesAndReencodesWithTheSameOffset(String encoded, String plain) {
        assertEquals(plain, Type7.decode(encoded));
        assertEquals(encoded, Type7.encode(plain, Integer.parseInt(encoded.substring(0, 2))));
    }

    @ParameterizedTest
    @CsvSource({
        "dsYGNam3K1SIJO,cisco,7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs",
        "TnGX/fE4KGHOVU,hashcat,pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk",
    })
    void type8HashTextMatchesExactly(String salt, String password, String expected) {
        assertEquals(expected, CiscoBase64.encode(Pbkdf2Sha256.derive(password, salt)));
    }

    @ParameterizedTest
    @CsvSource({"2MJBozw/9R3UsU,hashcat,2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6"})
    void type9HashTextMatchesExactly(String salt, String password, String expected) {
        assertEquals(expected, CiscoBase64.encode(ScryptKdf.derive(password, salt)));
    }
}
