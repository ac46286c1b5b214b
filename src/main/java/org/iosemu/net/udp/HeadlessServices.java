package org.iosemu.net.udp;

import java.util.Optional;
import org.iosemu.capture.WiresharkKeys;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.RouterServices;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.RunningConfig;
import org.iosemu.grammar.IosParser;
import org.iosemu.ike.ClearFilter;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;

/**
 * Engine-backed EXEC commands of the {@link HeadlessRouter}: SA tables from the engine snapshot, `clear
 * crypto`, `debug crypto isakmp`, and a real `ping` through the tunnel; the rest as a standalone router.
 */
final class HeadlessServices implements RouterServices {
    private final HeadlessRouter router;
    private final StandaloneRouterServices standalone = new StandaloneRouterServices();
    private volatile boolean debugIsakmp;

    HeadlessServices(HeadlessRouter router) {
        this.router = router;
    }

    boolean debugIsakmp() {
        return debugIsakmp;
    }

    @Override
    public void showCrypto(IosParser.Sh_cryptoContext request, RunningConfig config, CliOutput out) {
        IkeSnapshot snap = router.engine().snapshot();
        if (request.shc_isakmp() != null && request.shc_isakmp().shc_isakmp_keys() != null) {
            WiresharkKeys.lines(router.engine().keyLog()).forEach(out::println);
            return;
        }
        if (request.shc_isakmp() != null && request.shc_isakmp().shc_isakmp_sa() != null) {
            out.print("IPv4 Crypto ISAKMP SA\n");
            out.print("dst             src             state          conn-id status\n");
            for (IkeSnapshot.IkeSa sa : snap.ikeSas()) {
                out.print(String.format("%-15s %-15s %-14s %7d %s%n", sa.dst(), sa.src(), sa.state(), sa.connId(), sa.status()));
            }
            out.print("\nIPv4 Crypto ISAKMP SA (emulator detail)\n");
            for (IkeSnapshot.IkeSa sa : snap.ikeSas()) {
                out.print(String.format("%d  local port %d remote port %d  Cap.%s%n", sa.connId(), sa.localPort(), sa.remotePort(), sa.capabilities()));
            }
            out.print("\n");
            return;
        }
        if (request.shc_ipsec() != null && request.shc_ipsec().shc_ipsec_transform_set() == null && request.shc_ipsec().shc_ipsec_client() == null) {
            for (IkeSnapshot.IpsecSa s : snap.ipsecSas()) {
                out.print(String.format("   current_peer %s port %d%n", s.peer(), s.peerPort()));
                out.print(String.format("    #pkts encaps: %d, #pkts encrypt: %d, #pkts digest: %d%n", s.encaps(), s.encrypt(), s.digest()));
                out.print(String.format("    #pkts decaps: %d, #pkts decrypt: %d, #pkts verify: %d%n", s.decaps(), s.decrypt(), s.verify()));
                out.print(String.format("     inbound esp sas:%n      spi: 0x%X(%d)%n        in use settings =%s%n", s.spiIn(), s.spiIn() & 0xffffffffL, s.inUseSettings()));
                out.print(String.format("     outbound esp sas:%n      spi: 0x%X(%d)%n        in use settings =%s%n", s.spiOut(), s.spiOut() & 0xffffffffL, s.inUseSettings()));
            }
            return;
        }
        standalone.showCrypto(request, config, out);
    }

    @Override
    public void clearCrypto(IosParser.Ex_clearContext request, RunningConfig config, CliOutput out) {
        boolean ike = request.clear_crypto_sa() == null;
        boolean ipsec = request.clear_crypto_isakmp() == null;
        router.engine().clear(ClearFilter.all(), ike, ipsec);
    }

    @Override
    public Optional<Dialogue> debug(IosParser.Debug_targetContext target, boolean enable, CliOutput out) {
        if (target.ISAKMP() != null || target.ALL() != null && !enable) {
            debugIsakmp = enable; // `debug all` asks first; its confirmation is the standalone dialogue's business
        }
        return standalone.debug(target, enable, out);
    }

    @Override
    public void showDebugging(CliOutput out) {
        standalone.showDebugging(out);
    }

    @Override
    public void ping(IosParser.Ex_pingContext request, RunningConfig config, CliOutput out) {
        Ipv4 target = Ipv4.parse(request.arg_ping_target().getText());
        int repeat = 5;
        int size = 100;
        int timeout = 2;
        Optional<Ipv4> source = router.defaultSource(config);
        for (IosParser.Ping_optionContext o : request.ping_option()) {
            if (o.arg_ping_repeat() != null) {
                repeat = Integer.parseInt(o.arg_ping_repeat().getText());
            } else if (o.arg_ping_size() != null) {
                size = Integer.parseInt(o.arg_ping_size().getText());
            } else if (o.arg_ping_timeout() != null) {
                timeout = Integer.parseInt(o.arg_ping_timeout().getText());
            } else if (o.arg_ping_source_address() != null) {
                source = Optional.of(Ipv4.parse(o.arg_ping_source_address().getText()));
            } else if (o.arg_interface_ref() != null) {
                source = InterfaceName.parse(o.arg_interface_ref().getText()).flatMap(config::iface)
                        .flatMap(InterfaceConfig::address).map(a -> Ipv4.parse(a.address()));
            }
        }
        out.print("Type escape sequence to abort.\n");
        out.print("Sending " + repeat + ", " + size + "-byte ICMP Echos to " + target + ", timeout is " + timeout + " seconds:\n");
        if (source.isEmpty()) {
            out.print("% Invalid source address\n");
            return;
        }
        out.print("Packet sent with a source address of " + source.get() + " \n");
        int ok = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long total = 0;
        int id = (int) (System.nanoTime() & 0xffff);
        for (int seq = 0; seq < repeat; seq++) {
            long t0 = System.nanoTime();
            router.host().send(source.get(), target, IpPacket.ICMP, new IcmpEcho(true, id, seq, new byte[Math.max(0, size - 28)]).encode());
            boolean answered;
            try {
                answered = router.host().awaitReply(id, seq, timeout * 1000L).isPresent();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (answered) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ok++;
                min = Math.min(min, ms);
                max = Math.max(max, ms);
                total += ms;
            }
            out.print(answered ? "!" : ".");
        }
        out.print("\nSuccess rate is " + (100 * ok / repeat) + " percent (" + ok + "/" + repeat + ")"
                + (ok > 0 ? ", round-trip min/avg/max = " + min + "/" + (total / ok) + "/" + max + " ms" : "") + "\n");
    }

    @Override
    public Optional<Dialogue> ezvpn(IosParser.Ex_cryptoContext request, RunningConfig config, CliOutput out) {
        return standalone.ezvpn(request, config, out);
    }

    @Override
    public void lab(IosParser.Ex_labContext request, CliOutput out) {
        standalone.lab(request, out);
    }
}
