package org.iosemu.net.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.iosemu.ike.DatagramPort;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;

/**
 * A router's IKE/NAT-T transport on real UDP sockets bound to one local IPv4 address, ports 500 and 4500.
 * Outgoing IKE on 4500 gets the non-ESP marker; received datagrams are classified (IKE, ESP-in-UDP, NAT
 * keepalive) on a receive thread per socket and handed to the {@link Receiver} through the router's executor,
 * so the engine is only ever entered from the router's own thread.
 */
public final class UdpTransport implements DatagramPort, AutoCloseable {
    /** Where received traffic goes (normally the router: IKE to the engine, ESP to the data plane). */
    public interface Receiver {
        void onIke(Endpoint local, Endpoint remote, byte[] message);

        void onEsp(Endpoint local, Endpoint remote, byte[] esp);
    }

    private static final int MAX_DATAGRAM = 65_535;

    private final Ipv4 address;
    private final DatagramSocket ike;
    private final DatagramSocket natT;
    private final Executor executor;
    private final List<Thread> threads = new ArrayList<>();
    private final List<UdpTap> taps = new CopyOnWriteArrayList<>();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong keepalivesReceived = new AtomicLong();
    private volatile Receiver receiver;

    private UdpTransport(Ipv4 address, DatagramSocket ike, DatagramSocket natT, Executor executor) {
        this.address = address;
        this.ike = ike;
        this.natT = natT;
        this.executor = executor;
    }

    /** Binds {@code address}:500 and {@code address}:4500 (needs root or CAP_NET_BIND_SERVICE for 500). */
    public static UdpTransport bind(Ipv4 address, Executor executor) throws SocketException {
        DatagramSocket ike = socket(address, Endpoint.IKE_PORT);
        try {
            return new UdpTransport(address, ike, socket(address, Endpoint.NAT_T_PORT), executor);
        } catch (SocketException e) {
            ike.close();
            throw e;
        }
    }

    private static DatagramSocket socket(Ipv4 address, int port) throws SocketException {
        DatagramSocket s = new DatagramSocket(null);
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(inet(address), port));
        return s;
    }

    /** Starts the receive threads; datagrams arriving before this are queued by the kernel. */
    public void start(Receiver r) {
        this.receiver = r;
        for (DatagramSocket s : List.of(ike, natT)) {
            Thread t = new Thread(() -> receiveLoop(s), "udp-" + address + ":" + s.getLocalPort());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    public Ipv4 address() {
        return address;
    }

    public void addTap(UdpTap tap) {
        taps.add(tap);
    }

    public void removeTap(UdpTap tap) {
        taps.remove(tap);
    }

    public long sendErrors() {
        return sendErrors.get();
    }

    public long keepalivesReceived() {
        return keepalivesReceived.get();
    }

    @Override
    public void send(Endpoint local, Endpoint remote, byte[] payload) {
        boolean floated = local.port() == Endpoint.NAT_T_PORT || remote.port() == Endpoint.NAT_T_PORT;
        transmit(floated ? natT : ike, local, remote, NatTFraming.forIke(local, remote, payload));
    }

    @Override
    public void sendNatKeepalive(Endpoint local, Endpoint remote) {
        transmit(natT, local, remote, NatTFraming.KEEPALIVE);
    }

    /** UDP-encapsulated ESP (RFC 3948): the ESP packet as the UDP payload on port 4500, no marker. */
    public void sendEsp(int remotePort, Ipv4 remote, byte[] esp) {
        transmit(natT, new Endpoint(address, Endpoint.NAT_T_PORT), new Endpoint(remote, remotePort), esp);
    }

    private void transmit(DatagramSocket socket, Endpoint local, Endpoint remote, byte[] data) {
        // tapped before sending: the answer may otherwise be tapped (by the receive thread) before its request
        taps.forEach(t -> t.onDatagram(new Endpoint(address, socket.getLocalPort()), remote, data));
        try {
            socket.send(new DatagramPacket(data, data.length, inet(remote.ip()), remote.port()));
        } catch (IOException e) {
            sendErrors.incrementAndGet(); // like a router: a failed send is a lost packet, not an error for the sender
        }
    }

    private void receiveLoop(DatagramSocket socket) {
        byte[] buf = new byte[MAX_DATAGRAM];
        Endpoint local = new Endpoint(address, socket.getLocalPort());
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return; // closed
            }
            byte[] data = Arrays.copyOfRange(p.getData(), p.getOffset(), p.getOffset() + p.getLength());
            Endpoint remote = new Endpoint(Ipv4.of(p.getAddress().getAddress(), 0), p.getPort());
            taps.forEach(t -> t.onDatagram(remote, local, data));
            dispatch(socket == natT, local, remote, data);
        }
    }

    private void dispatch(boolean natTPort, Endpoint local, Endpoint remote, byte[] data) {
        Receiver r = receiver;
        if (!natTPort) {
            executor.execute(() -> r.onIke(local, remote, data));
            return;
        }
        NatTFraming.Received what = NatTFraming.classify(data);
        if (what instanceof NatTFraming.Ike i) {
            executor.execute(() -> r.onIke(local, remote, i.message()));
        } else if (what instanceof NatTFraming.Esp e) {
            executor.execute(() -> r.onEsp(local, remote, e.packet()));
        } else if (what instanceof NatTFraming.Keepalive) {
            keepalivesReceived.incrementAndGet();
        }
        // Junk (shorter than an ESP header) is dropped, as IOS does
    }

    static InetAddress inet(Ipv4 a) {
        try {
            return InetAddress.getByAddress(a.toBytes());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // cannot happen for 4 bytes
        }
    }

    @Override
    public void close() {
        ike.close();
        natT.close();
        for (Thread t : threads) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
