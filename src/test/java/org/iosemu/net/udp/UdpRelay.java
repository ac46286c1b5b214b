package org.iosemu.net.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.config.Ipv4;

/**
 * A twice-NAT on loopback for tests: router A talks to {@code facingA}, router B to {@code facingB}; every
 * datagram A sends to facingA:P leaves facingB:P towards B:P and back. Both routers therefore see their peer
 * at an address that is not the peer's own, which is what NAT discovery must notice.
 */
final class UdpRelay implements AutoCloseable {
    private final List<DatagramSocket> sockets = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    UdpRelay(Ipv4 a, Ipv4 facingA, Ipv4 facingB, Ipv4 b) throws IOException {
        for (int port : new int[] {500, 4500}) {
            DatagramSocket towardsA = bind(facingA, port);
            DatagramSocket towardsB = bind(facingB, port);
            forward(towardsA, towardsB, b, port);
            forward(towardsB, towardsA, a, port);
        }
    }

    private DatagramSocket bind(Ipv4 address, int port) throws IOException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(UdpTransport.inet(address), port));
        sockets.add(s);
        return s;
    }

    private void forward(DatagramSocket in, DatagramSocket out, Ipv4 to, int port) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65_535];
            while (!in.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    in.receive(p);
                    out.send(new DatagramPacket(p.getData(), p.getOffset(), p.getLength(), UdpTransport.inet(to), port));
                } catch (IOException e) {
                    return;
                }
            }
        }, "relay");
        t.setDaemon(true);
        t.start();
        threads.add(t);
    }

    @Override
    public void close() {
        sockets.forEach(DatagramSocket::close);
    }
}
