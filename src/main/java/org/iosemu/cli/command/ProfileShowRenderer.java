package org.iosemu.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.config.IpsecGlobals;
import org.iosemu.config.IpsecProfile;
import org.iosemu.config.IsakmpProfile;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.TransformSet;

/** `show crypto isakmp profile` and `show crypto ipsec profile`: read from the configuration only. */
public final class ProfileShowRenderer {

    private ProfileShowRenderer() {}

    /** One block per profile (or the one named by `tag`), in creation order. */
    public static List<String> isakmpProfiles(RunningConfig config, Optional<String> tag) {
        List<String> out = new ArrayList<>();
        for (IsakmpProfile p : config.crypto().profiles().isakmpProfiles()) {
            if (tag.isPresent() && !tag.get().equals(p.name())) {
                continue;
            }
            out.add("ISAKMP PROFILE " + p.name());
            out.add("   Identities matched are:");
            for (IsakmpProfile.IdentityMatch m : p.matches()) {
                out.add("    " + switch (m.kind()) {
                    case ADDRESS -> "ip-address " + m.value() + " " + m.effectiveMask();
                    case HOST -> "host " + m.value();
                    case GROUP -> "group " + m.value();
                });
            }
            out.add("   Certificate maps matched are:");
            if (!p.keyrings().isEmpty()) {
                out.add("   keyring(s): " + String.join(", ", p.keyrings()));
            }
            out.add("   trustpoint(s): <all>");
            out.add("");
        }
        return out;
    }

    /**
     * The layout of the captures (spaces, not the TABs of `show crypto map`): eight-blank indent, transform sets
     * sixteen, a blank line after each profile.
     */
    public static List<String> ipsecProfiles(RunningConfig config, Optional<String> name) {
        List<String> out = new ArrayList<>();
        IpsecGlobals g = config.crypto().ipsec();
        for (IpsecProfile p : config.crypto().profiles().ipsecProfiles()) {
            if (name.isPresent() && !name.get().equals(p.name())) {
                continue;
            }
            out.add("IPSEC profile " + p.name());
            p.isakmpProfile().ifPresent(i -> out.add("        ISAKMP Profile: " + i));
            out.add("        Security association lifetime: " + p.lifetimeKilobytes().orElse(g.saLifetimeKilobytes())
                    + " kilobytes/" + p.lifetimeSeconds().orElse(g.saLifetimeSeconds()) + " seconds");
            out.add("        Responder-Only (Y/N): " + (p.responderOnly() ? "Y" : "N"));
            out.add("        PFS (Y/N): " + (p.pfsGroup().isPresent() ? "Y" : "N"));
            p.pfsGroup().ifPresent(d -> out.add("        DH group:  group" + d));
            out.add("        Mixed-mode : Disabled");
            out.add("        Transform sets={ ");
            for (String ts : p.transformSets()) {
                String list = config.crypto().transformSet(ts).map(TransformSet::displayList).orElse("");
                out.add("                " + ts + ":  { " + list + "  } , ");
            }
            out.add("        }");
            out.add("");
        }
        return out;
    }
}
