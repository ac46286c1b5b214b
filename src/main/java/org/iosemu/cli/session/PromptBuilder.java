package org.iosemu.cli.session;

import org.iosemu.cli.command.ModeTarget;
import org.iosemu.cli.lang.Mode;

/** IOS prompts: {@code R1>}, {@code R1#}, {@code R1(config-if)#}, {@code R1(config-subif)#} ... */
final class PromptBuilder {

    private PromptBuilder() {}

    /** As {@link #prompt(String, Mode)}, but a subinterface's sub-mode is IOS's `(config-subif)#`. */
    static String prompt(String hostname, Mode mode, ModeTarget target) {
        if (mode == Mode.INTERFACE && target instanceof ModeTarget.Interface i && i.name().subinterface()) {
            return hostname + "(config-subif)#";
        }
        return prompt(hostname, mode);
    }

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
            case ROUTE_MAP -> "(config-route-map)#";
            case CLASS_MAP -> "(config-cmap)#";
            case POLICY_MAP -> "(config-pmap)#";
            case POLICY_CLASS -> "(config-pmap-c)#";
        };
    }
}
