package org.iosemu.cli.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionTest {

    private static final CommandLanguage LANGUAGE = CommandLanguage.standard();

    @ParameterizedTest(name = "{0}: ''{1}'' -> ''{2}''")
    @CsvSource(delimiter = ';', value = {
        "CONFIG;        cr;                    'crypto '",
        "CONFIG;        'crypto isakmp keep';  'crypto isakmp keepalive '",
        "CONFIG;        'cry isa keep 10 per'; 'cry isa keep 10 periodic '",
        "CONFIG;        'int fa';              'int FastEthernet '",
        "CONFIG;        '  host';              '  hostname '",
        "PRIV_EXEC;     'conf';                'configure '",
        "PRIV_EXEC;     'conf t';              'conf terminal '",
        "PRIV_EXEC;     'sh run | in';         'sh run | include '",
        "ISAKMP_POLICY; 'enc';                 'encryption '",
        "ISAKMP_POLICY; 'encr';                'encr '",
        "CRYPTO_MAP;    'set pfs group1';      'set pfs group1 '",
        "CONFIG;        'crypto isakmp key';   'crypto isakmp key '",
    })
    void uniqueKeywordCompletes(Mode mode, String line, String completed) {
        assertEquals(Optional.of(completed), LANGUAGE.complete(mode, line));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = ';', value = {
        "CONFIG;        ''",
        "CONFIG;        'crypto '",
        "CONFIG;        'crypto isakmp ke'",
        "CONFIG;        'i'",
        "CONFIG;        'hostname R'",
        "CONFIG;        'crypto isakmp keepalive 1'",
        "CONFIG;        'xyz'",
        "CONFIG;        'bogus cr'",
        "INTERFACE;     'description some te'",
    })
    void nothingToComplete(Mode mode, String line) {
        assertEquals(Optional.empty(), LANGUAGE.complete(mode, line));
    }
}
