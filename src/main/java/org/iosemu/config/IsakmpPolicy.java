package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;

/** `crypto isakmp policy N`: one IKE protection suite; IOS defaults are DES/SHA/RSA-SIG/group 1/86400 s. */
public record IsakmpPolicy(int priority, IkeCipher encryption, IkeHash hash, IkeAuthMethod authentication,
                           int group, int lifetimeSeconds) {

    public static final IkeCipher DEFAULT_ENCRYPTION = IkeCipher.DES;
    public static final IkeHash DEFAULT_HASH = IkeHash.SHA;
    public static final IkeAuthMethod DEFAULT_AUTHENTICATION = IkeAuthMethod.RSA_SIG;
    public static final int DEFAULT_GROUP = 1;
    public static final int DEFAULT_LIFETIME = 86400;

    public static IsakmpPolicy withDefaults(int priority) {
        return new IsakmpPolicy(priority, DEFAULT_ENCRYPTION, DEFAULT_HASH, DEFAULT_AUTHENTICATION, DEFAULT_GROUP,
                DEFAULT_LIFETIME);
    }

    public IsakmpPolicy withEncryption(IkeCipher v) {
        return new IsakmpPolicy(priority, v, hash, authentication, group, lifetimeSeconds);
    }

    public IsakmpPolicy withHash(IkeHash v) {
        return new IsakmpPolicy(priority, encryption, v, authentication, group, lifetimeSeconds);
    }

    public IsakmpPolicy withAuthentication(IkeAuthMethod v) {
        return new IsakmpPolicy(priority, encryption, hash, v, group, lifetimeSeconds);
    }

    public IsakmpPolicy withGroup(int v) {
        return new IsakmpPolicy(priority, encryption, hash, authentication, v, lifetimeSeconds);
    }

    public IsakmpPolicy withLifetime(int v) {
        return new IsakmpPolicy(priority, encryption, hash, authentication, group, v);
    }

    /** The show-run block; defaults are not written, as IOS does. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp policy " + priority);
        if (encryption != DEFAULT_ENCRYPTION) {
            out.add(" encr " + encryption.keyword());
        }
        if (hash != DEFAULT_HASH) {
            out.add(" hash " + hash.keyword());
        }
        if (authentication != DEFAULT_AUTHENTICATION) {
            out.add(" authentication " + authentication.keyword());
        }
        if (group != DEFAULT_GROUP) {
            out.add(" group " + group);
        }
        if (lifetimeSeconds != DEFAULT_LIFETIME) {
            out.add(" lifetime " + lifetimeSeconds);
        }
        return out;
    }
}
