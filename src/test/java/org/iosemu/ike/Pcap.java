package org.iosemu.ike;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Minimal reader for the reference captures: classic pcap, Ethernet, IPv4, UDP 500/4500 and ESP. */
public final class Pcap {
    /** The captures are test resources (copied from /work/shared/harness/ike/reference). */
    public static final Path REFERENCE = resourceDir();

    private static Path resourceDir() {
        try {
            return Path.of(Pcap.class.getResource("/ike/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One IKE or ESP packet. {@code isakmp} is true for IKE (non-ESP marker already stripped on 4500). */
    public record Packet(int frame, String src, String dst, int sport, int dport, boolean isakmp, boolean esp, byte[] data) {
    }

    public static List<Packet> read(String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(REFERENCE.resolve(name))).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != 0xa1b2c3d4) {
            throw new IOException("not a little-endian pcap");
        }
        b.position(24);
        List<Packet> out = new ArrayList<>();
        int frame = 0;
        while (b.remaining() >= 16) {
            b.getInt();
            b.getInt();
            int incl = b.getInt();
            b.getInt();
            byte[] f = new byte[incl];
            b.get(f);
            frame++;
            Packet p = parse(frame, f);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Packet parse(int frame, byte[] f) {
        if (f.length < 34 || (f[12] & 0xff) != 0x08 || f[13] != 0) {
            return null;
        }
        int ip = 14;
        int ihl = (f[ip] & 0x0f) * 4;
        int total = ((f[ip + 2] & 0xff) << 8) | (f[ip + 3] & 0xff);
        int proto = f[ip + 9] & 0xff;
        String src = addr(f, ip + 12);
        String dst = addr(f, ip + 16);
        int l4 = ip + ihl;
        int end = ip + total;
        if (proto == 50) {
            return new Packet(frame, src, dst, 0, 0, false, true, Arrays.copyOfRange(f, l4, end));
        }
        if (proto != 17) {
            return null;
        }
        int sport = ((f[l4] & 0xff) << 8) | (f[l4 + 1] & 0xff);
        int dport = ((f[l4 + 2] & 0xff) << 8) | (f[l4 + 3] & 0xff);
        byte[] payload = Arrays.copyOfRange(f, l4 + 8, end);
        if (sport == 4500 || dport == 4500) {
            boolean marker = payload.length >= 4 && payload[0] == 0 && payload[1] == 0 && payload[2] == 0 && payload[3] == 0;
            return marker ? new Packet(frame, src, dst, sport, dport, true, false, Arrays.copyOfRange(payload, 4, payload.length))
                    : new Packet(frame, src, dst, sport, dport, false, true, payload);
        }
        return new Packet(frame, src, dst, sport, dport, sport == 500 || dport == 500, false, payload);
    }

    private static String addr(byte[] f, int at) {
        return (f[at] & 0xff) + "." + (f[at + 1] & 0xff) + "." + (f[at + 2] & 0xff) + "." + (f[at + 3] & 0xff);
    }

    /** Value of a tshark-keys.txt line: the IKE Ka for the capture. */
    public static byte[] ikeKey(String scenario) throws IOException {
        for (String line : Files.readAllLines(REFERENCE.resolve(scenario + ".tshark-keys.txt"))) {
            if (line.startsWith("uat:ikev1_decryption_table:")) {
                return org.iosemu.ike.crypto.Bytes.unhex(line.substring(line.indexOf(',') + 1).trim());
            }
        }
        throw new IOException("no IKE key");
    }

    /** ESP SA keys: [spi hex without 0x, enc key hex, auth key hex] per line. */
    public static List<String[]> espKeys(String scenario) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCE.resolve(scenario + ".tshark-keys.txt"))) {
            if (line.startsWith("uat:esp_sa:")) {
                String[] f = line.substring("uat:esp_sa:".length()).replace("\"", "").split(",");
                out.add(new String[] {f[3].substring(2), f[5].substring(2), f[7].substring(2)});
            }
        }
        return out;
    }

    private Pcap() {
    }
}
