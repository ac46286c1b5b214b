package org.iosemu.cli.session;

import org.iosemu.cli.lang.Mode;

/** IOS prompts: {@code R1>}, {@code R1#}, {@code R1(config-if)#} ... */
final class PromptBuilder {

    private PromptBuilder() {}

    static String prompt(String hostname, Mode mode) {
        return hostname + switch (mode) {
            case USER_EXEC -> ">";
            case PRIV_EXEC -> "#";
            case CONFIG -> "(config)#";
            case ISAKMP_POLICY -> "(config-isakmp)#";
            case TRANSFORM_SET -> "(cfg-crypto-trans)#";
            case CRYPTO_MAP -> "(config-crypto-map)#";
            case EZVPN -> "(config-crypto-ezvpn)#";
            case KEYRING -> "(conf-keyring)#";
            case ISAKMP_PROFILE -> "(conf-isa-prof)#";
            case IPSEC_PROFILE -> "(ipsec-profile)#";
            case CLIENT_GROUP -> "(config-isakmp-group)#";
            case INTERFACE -> "(config-if)#";
            case LINE -> "(config-line)#";
            case STD_NACL -> "(config-std-nacl)#";
            case EXT_NACL -> "(config-ext-nacl)#";
        };
    }
}
