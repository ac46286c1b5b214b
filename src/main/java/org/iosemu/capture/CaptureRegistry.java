package org.iosemu.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The router's embedded packet capture: capture points by name, fed with every packet the router's network
 * layer sends or receives, exported as pcap. Answers the `monitor capture` commands with IOS-XE's texts.
 */
public final class CaptureRegistry {
    private final Map<String, CapturePoint> points = new ConcurrentHashMap<>();

    /** A packet crossed an interface (called from network threads). */
    public void onPacket(CapturedPacket p) {
        for (CapturePoint c : points.values()) {
            c.offer(p);
        }
    }

    public Optional<CapturePoint> point(String name) {
        return Optional.ofNullable(points.get(name));
    }

    /** `monitor capture NAME interface IF both|in|out`. */
    public void attach(String name, String interfaceName, CapturePoint.Direction direction) {
        points.computeIfAbsent(name, CapturePoint::new).attach(interfaceName, direction);
    }

    /** `monitor capture NAME start`: returns the IOS message lines. */
    public List<String> start(String name) {
        CapturePoint c = points.get(name);
        if (c == null || !c.hasInterface()) {
            return List.of("Capture point " + name + " does not exist or is not complete (no interface attached)");
        }
        c.setActive(true);
        return List.of("Started capture point : " + name);
    }

    public List<String> stop(String name) {
        CapturePoint c = points.get(name);
        if (c == null) {
            return List.of("Capture point " + name + " does not exist");
        }
        c.setActive(false);
        return List.of("Stopped capture point : " + name);
    }

    public List<String> clear(String name) {
        point(name).ifPresent(CapturePoint::clear);
        return List.of();
    }

    /** `monitor capture NAME export FILE`; IOS's "flash:" prefix maps to the working directory. */
    public List<String> export(String name, String location) {
        CapturePoint c = points.get(name);
        if (c == null) {
            return List.of("Capture point " + name + " does not exist");
        }
        String file = location.startsWith("flash:") ? location.substring("flash:".length()) : location;
        try {
            PcapFile.write(Path.of(file), c.packets());
        } catch (IOException | RuntimeException e) {
            return List.of("Failed to Export captured buffer: " + e.getMessage());
        }
        return List.of("Exported Successfully");
    }

    /** `show monitor capture NAME buffer [brief]`. */
    public List<String> bufferBrief(String name) {
        CapturePoint c = points.get(name);
        if (c == null) {
            return List.of("Capture point " + name + " does not exist");
        }
        List<CapturedPacket> packets = c.packets();
        List<String> out = new ArrayList<>();
        String rule = " ----------------------------------------------------------------------------";
        out.add(rule);
        out.add(String.format(" %4s %6s %12s  %-15s     %-15s  %s", "#", "size", "timestamp", "source", "destination", "protocol"));
        out.add(rule);
        long t0 = packets.isEmpty() ? 0 : packets.get(0).timeMillis();
        for (int i = 0; i < packets.size(); i++) {
            CapturedPacket p = packets.get(i);
            out.add(String.format(" %4d %6d %12.6f  %-15s ->  %-15s  %s", i, p.ipLength() + 14, (p.timeMillis() - t0) / 1000.0,
                    p.src(), p.dst(), protocolName(p)));
        }
        return out;
    }

    private static String protocolName(CapturedPacket p) {
        return switch (p.protocol()) {
            case CapturedPacket.UDP -> "UDP";
            case 50 -> "ESP";
            case 1 -> "ICMP";
            default -> String.valueOf(p.protocol());
        };
    }
}
