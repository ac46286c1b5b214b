package org.iosemu.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes classic libpcap files (microsecond timestamps, LINKTYPE_ETHERNET). */
public final class PcapFile {
    private static final int MAGIC = 0xa1b2c3d4;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int SNAPLEN = 65_535;

    private PcapFile() {
    }

    public static void write(Path file, List<CapturedPacket> packets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
            out.write(h.array());
            int id = 1;
            for (CapturedPacket p : packets) {
                byte[] frame = EthernetFrames.frame(p, id++);
                ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                r.putInt((int) (p.timeMillis() / 1000)).putInt((int) (p.timeMillis() % 1000) * 1000).putInt(frame.length).putInt(frame.length);
                out.write(r.array());
                out.write(frame);
            }
        }
    }
}
