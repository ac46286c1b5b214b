package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iosemu.cli.command.CryptoFlows;
import org.iosemu.ike.IkeSnapshot;

/**
 * `show crypto ipsec sa [peer A.B.C.D]` from engine state (classic 15.x layout of the IOL sample), and `show
 * crypto ipsec sa detail` (the newer 15.x layout that ntc-templates parses: the error counters one per kind,
 * the plaintext MTU, the replay window size).
 */
final class IpsecSaRenderer {

    private static final String SA_GAP = "          ";

    private IpsecSaRenderer() {}

    static List<String> render(List<CryptoBindings.Binding> bindings, IkeSnapshot snapshot, Optional<String> peer) {
        return render(bindings, snapshot, peer, Optional.empty());
    }

    /** {@code detail}: the global IPsec settings the entries fall back on (the replay window); empty = plain output. */
    static List<String> render(List<CryptoBindings.Binding> bindings, IkeSnapshot snapshot, Optional<String> peer,
                               Optional<org.iosemu.config.IpsecGlobals> detail) {
        List<String> out = new ArrayList<>();
        String lastInterface = null;
        for (CryptoBindings.Binding b : bindings) {
            if (peer.isPresent() && !peer.equals(b.currentPeer())) {
                continue;
            }
            if (!b.iface().name().toString().equals(lastInterface)) {
                lastInterface = b.iface().name().toString();
                out.add("");
                out.add("interface: " + b.iface().name());
                out.add("    Crypto map tag: " + b.mapTag() + ", local addr " + b.localAddress());
            }
            for (CryptoBindings.FlowState f : b.flows()) {
                flow(out, b, f, snapshot, detail);
            }
        }
        return out;
    }

    private static void flow(List<String> out, CryptoBindings.Binding b, CryptoBindings.FlowState fs, IkeSnapshot snapshot,
                             Optional<org.iosemu.config.IpsecGlobals> detail) {
        CryptoFlows.Flow f = fs.flow();
        List<IkeSnapshot.IpsecSa> sas = fs.sas();
        String peer = b.currentPeer().orElse("0.0.0.0");
        out.add("");
        out.add("   protected vrf: (none)");
        out.add("   local  ident (addr/mask/prot/port): (" + f.localAddress() + "/" + f.localMask() + "/" + f.protocol() + "/"
                + f.localPort() + ")");
        out.add("   remote ident (addr/mask/prot/port): (" + f.remoteAddress() + "/" + f.remoteMask() + "/" + f.protocol() + "/"
                + f.remotePort() + ")");
        out.add("   current_peer " + peer + " port " + sas.stream().findFirst().map(IkeSnapshot.IpsecSa::peerPort).orElse(500));
        out.add("     PERMIT, flags={origin_is_acl,}");
        out.add("    #pkts encaps: " + sum(sas, IkeSnapshot.IpsecSa::encaps) + ", #pkts encrypt: "
                + sum(sas, IkeSnapshot.IpsecSa::encrypt) + ", #pkts digest: " + sum(sas, IkeSnapshot.IpsecSa::digest));
        out.add("    #pkts decaps: " + sum(sas, IkeSnapshot.IpsecSa::decaps) + ", #pkts decrypt: "
                + sum(sas, IkeSnapshot.IpsecSa::decrypt) + ", #pkts verify: " + sum(sas, IkeSnapshot.IpsecSa::verify));
        out.add("    #pkts compressed: 0, #pkts decompressed: 0");
        out.add("    #pkts not compressed: 0, #pkts compr. failed: 0");
        out.add("    #pkts not decompressed: 0, #pkts decompress failed: 0");
        Optional<IkeSnapshot.IpsecSa> current = sas.stream().reduce((a, c) -> c);
        if (detail.isPresent()) {
            out.add("    #pkts no sa (send) 0, #pkts invalid sa (rcv) 0");
            out.add("    #pkts encaps failed (send) " + sendErrors(sas) + ", #pkts decaps failed (rcv) 0");
            IkeSnapshot.ReceiveErrors rcv = receiveErrors(sas);
            out.add("    #pkts invalid prot (recv) " + rcv.invalidProtocol() + ", #pkts verify failed: " + rcv.verifyFailed());
            out.add("    #pkts invalid identity (recv) " + rcv.invalidIdentity() + ", #pkts invalid len (rcv) "
                    + rcv.invalidLength());
            out.add("    #pkts replay rollover (send): 0, #pkts replay rollover (rcv) 0");
            out.add("    ##pkts replay failed (rcv): " + rcv.replayFailed());
            out.add("    #pkts tagged (send): 0, #pkts untagged (rcv): 0");
            out.add("    #pkts not tagged (send): 0, #pkts not untagged (rcv): 0");
            out.add("    #pkts internal err (send): 0, #pkts internal err (recv) 0");
        } else {
            out.add("    #send errors " + sendErrors(sas) + ", #recv errors " + receiveErrors(sas).total());
        }
        out.add("");
        out.add("     local crypto endpt.: " + b.localAddress() + ", remote crypto endpt.: " + peer);
        Optional<IkeSnapshot.Sizing> sizing = current.map(IkeSnapshot.IpsecSa::sizing);
        int plaintext = sizing.map(IkeSnapshot.Sizing::plaintextMtu).orElseGet(() -> plaintextMtu(current
                .map(IkeSnapshot.IpsecSa::transform).orElse(""), current.map(s -> s.mode() == org.iosemu.ike.config.EspMode.TRANSPORT)
                .orElse(false)));
        out.add("     " + (detail.isPresent() ? "plaintext mtu " + plaintext + ", " : "")
                + "path mtu " + sizing.map(IkeSnapshot.Sizing::pathMtu).orElse(1500) + ", ip mtu "
                + sizing.map(IkeSnapshot.Sizing::ipMtu).orElse(1500) + ", ip mtu idb " + b.idb());
        out.add("     current outbound spi: " + current.map(s -> spi(s.spiOut())).orElse("0x0(0)"));
        int pfs = current.map(IkeSnapshot.IpsecSa::pfsGroup).orElse(b.entry().pfsGroup().orElse(0));
        out.add("     PFS (Y/N): " + (pfs == 0 ? "N, DH group: none" : "Y, DH group: group" + pfs));
        if (sas.isEmpty()) {
            for (String kind : List.of("inbound esp sas:", "inbound ah sas:", "inbound pcp sas:", "outbound esp sas:",
                    "outbound ah sas:", "outbound pcp sas:")) {
                out.add("");
                out.add("     " + kind);
            }
            return;
        }
        out.add("");
        out.add("     inbound esp sas:");
        int window = detail.map(g -> IkeConfigMapper.replayWindow(g, b.entry())).orElse(-1);
        sas.forEach(s -> saBlock(out, s, true, window));
        out.add("     inbound ah sas:");
        out.add(SA_GAP);
        out.add("     inbound pcp sas:");
        out.add(SA_GAP);
        out.add("     outbound esp sas:");
        sas.forEach(s -> saBlock(out, s, false, window));
        out.add("     outbound ah sas:");
        out.add(SA_GAP);
        out.add("     outbound pcp sas:");
    }

    /** {@code window}: the replay window size to show (detail), or -1 for the plain layout. */
    private static void saBlock(List<String> out, IkeSnapshot.IpsecSa s, boolean inbound, int window) {
        out.add("      spi: " + spi(inbound ? s.spiIn() : s.spiOut()));
        out.add("        transform: " + s.transform() + " ,");
        out.add("        in use settings =" + s.inUseSettings());
        out.add("        conn id: " + s.ipsecConnId(inbound) + ", flow_id: SW:" + s.flow(inbound) + ", sibling_flags 80004040, crypto map: "
                + s.mapName());
        out.add("        sa timing: remaining key lifetime (k/sec): (" + s.remainingKilobytes() + "/" + s.remainingSeconds() + ")");
        out.add("        IV size: " + (s.transform().startsWith("esp-aes") ? 16 : 8) + " bytes");
        out.add("        replay detection support: " + (s.replayDetection() ? "Y" : "N")
                + (window >= 0 && s.replayDetection() ? "  replay window size: " + window : ""));
        out.add("        Status: ACTIVE(ACTIVE)");
        out.add(SA_GAP);
    }

    private static long sendErrors(List<IkeSnapshot.IpsecSa> sas) {
        return sas.stream().mapToLong(s -> s.sizing() == null ? 0 : s.sizing().sendErrors()).sum();
    }

    /** The refused inbound packets of the flow's SAs, kind by kind. */
    private static IkeSnapshot.ReceiveErrors receiveErrors(List<IkeSnapshot.IpsecSa> sas) {
        List<IkeSnapshot.ReceiveErrors> each = sas.stream().map(IkeSnapshot.IpsecSa::receiveErrors)
                .filter(java.util.Objects::nonNull).toList();
        return new IkeSnapshot.ReceiveErrors(each.stream().mapToLong(IkeSnapshot.ReceiveErrors::verifyFailed).sum(),
                each.stream().mapToLong(IkeSnapshot.ReceiveErrors::replayFailed).sum(),
                each.stream().mapToLong(IkeSnapshot.ReceiveErrors::invalidLength).sum(),
                each.stream().mapToLong(IkeSnapshot.ReceiveErrors::invalidProtocol).sum(),
                each.stream().mapToLong(IkeSnapshot.ReceiveErrors::invalidIdentity).sum());
    }

    private static long sum(List<IkeSnapshot.IpsecSa> sas, java.util.function.ToLongFunction<IkeSnapshot.IpsecSa> f) {
        return sas.stream().mapToLong(f).sum();
    }

    /**
     * The largest clear-text packet that fits one ESP packet in a 1500-byte path: tunnel mode
     * {@code floor((1500 - 20 - 8 - IV - ICV) / block) * block - 2}, transport mode 20 more (the reference's
     * formula, which reproduces every IOS value observed).
     */
    static int plaintextMtu(String transform, boolean transportMode) {
        boolean aes = transform.contains("aes");
        int block = aes ? 16 : 8;
        int icv = transform.contains("sha256") ? 16 : transform.contains("sha384") ? 24 : transform.contains("sha512") ? 32
                : transform.contains("hmac") ? 12 : 0;
        int tunnel = (1500 - 20 - 8 - block - icv) / block * block - 2;
        return transportMode ? tunnel + 20 : tunnel;
    }

    static String spi(int spi) {
        return String.format(Locale.ROOT, "0x%X(%d)", spi, Integer.toUnsignedLong(spi));
    }
}
