package org.iosemu.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SecretProperties {

    @Property(tries = 200)
    void ciscoBase64RoundTrips(@ForAll byte[] data) {
        String text = CiscoBase64.encode(data);
        assertTrue(CiscoBase64.isAlphabet(text));
        assertArrayEquals(data, CiscoBase64.decode(text));
    }

    @Property(tries = 200)
    void type7RoundTrips(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') String plain,
            @ForAll @IntRange(min = 0, max = 15) int seed) {
        assertEquals(plain, Type7.decode(Type7.encode(plain, seed)));
    }

    @Property(tries = 60)
    void md5SecretsVerifyOnlyTheirPassword(@ForAll @StringLength(min = 1, max = 30) String plain) {
        StoredSecret stored = StoredSecret.create(SecretType.MD5, plain, new SecureRandom());
        assertTrue(StoredSecret.parse(stored.toConfigText()).verify(plain));
        assertFalse(stored.verify(plain + "a"));
    }
}
