package org.iosemu.cli.session;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import org.iosemu.cli.command.CryptoShowRenderer;
import org.iosemu.cli.command.ProfileShowRenderer;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;

/**
 * The `show crypto` displays that read only the configuration (ISAKMP policies and keys, transform sets, Easy VPN
 * client status): alike on every router, whatever it has negotiated, so each {@link RouterServices} asks
 * here first and answers only the displays of negotiated state itself.
 */
public final class ConfiguredCryptoShows {

    private ConfiguredCryptoShows() {}

    /** The display's lines if {@code request} asks for configuration only; empty if it asks for SA state. */
    public static Optional<List<String>> lines(IosParser.Sh_cryptoContext request, RunningConfig config) {
        if (request.shc_dynamic_map() != null) {
            return Optional.of(CryptoShowRenderer.dynamicMaps(config, Optional.ofNullable(
                    request.shc_dynamic_map().arg_dynamic_map_name()).map(ParseTree::getText)));
        }
        var isakmp = request.shc_isakmp();
        if (isakmp != null && isakmp.shc_isakmp_policy() != null) {
            return Optional.of(CryptoShowRenderer.isakmpPolicy(config));
        }
        if (isakmp != null && isakmp.shc_isakmp_key() != null) {
            return Optional.of(org.iosemu.cli.command.PresharedKeyTable.render(config));
        }
        if (isakmp != null && isakmp.shc_isakmp_profile() != null) {
            return Optional.of(ProfileShowRenderer.isakmpProfiles(config,
                    Optional.ofNullable(isakmp.shc_isakmp_profile().arg_isakmp_profile_name()).map(ParseTree::getText)));
        }
        var ipsec = request.shc_ipsec();
        if (ipsec != null && ipsec.shc_ipsec_profile() != null) {
            return Optional.of(ProfileShowRenderer.ipsecProfiles(config,
                    Optional.ofNullable(ipsec.shc_ipsec_profile().arg_ipsec_profile_name()).map(ParseTree::getText)));
        }
        if (ipsec != null && ipsec.shc_ipsec_transform_set() != null) {
            Optional<String> name = Optional.ofNullable(ipsec.shc_ipsec_transform_set().arg_transform_set_name())
                    .map(ParseTree::getText);
            return Optional.of(CryptoShowRenderer.transformSets(config, name));
        }
        return Optional.empty();
    }
}
