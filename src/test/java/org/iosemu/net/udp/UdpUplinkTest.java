package org.iosemu.net.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.lab.Lab;
import org.iosemu.lab.LabLoader;
import org.iosemu.lab.Router;
import org.iosemu.lab.VirtualLabTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--lab DIR --udp R1=ADDR`: the lab's R1 keeps its CLI and engine, its IKE leaves by the real socket. */
class UdpUplinkTest {

    @TempDir
    Path nvram;

    @Test
    void aLabRouterBoundToUdpSendsItsIkeThroughTheSocketNotTheLabNetwork() throws Exception {
        Lab lab = new Lab(LabLoader.fromDirectory(Path.of("samples/labs/site-to-site-periodic-dpd")), nvram,
                new VirtualLabTime(0), line -> { });
        Router r1 = lab.router("R1");
        List<String> sent = new CopyOnWriteArrayList<>();
        try (UdpUplink uplink = UdpUplink.bind(r1, Ipv4.parse("127.0.0.7"))) {
            uplink.transport().addTap((src, dst, payload) -> sent.add(src + " -> " + dst));
            StringBuilder screen = new StringBuilder();
            r1.console().submit("ping 10.2.2.1 source 10.1.1.1 repeat 1", screen::append);

            assertTrue(sent.contains("127.0.0.7:" + Endpoint.IKE_PORT + " -> 10.2.80.209:" + Endpoint.IKE_PORT), "MM1 to the peer on the socket: " + sent);
            assertEquals(List.of("MM_NO_STATE"), r1.engine().snapshot().ikeSas().stream().map(s -> s.state()).toList());
            assertTrue(lab.router("R2").engine().snapshot().ikeSas().isEmpty(), "nothing reached R2 over the lab network");
            assertTrue(screen.toString().contains("Success rate is 0 percent (0/1)"), screen.toString());
        }
    }
}
