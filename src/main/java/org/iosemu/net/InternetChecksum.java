package org.iosemu.net;

/** The RFC 1071 ones'-complement checksum used by IPv4 and ICMP headers. */
public final class InternetChecksum {

    private InternetChecksum() {}

    /** The checksum of {@code length} bytes; 0 when the data already contains a valid checksum. */
    public static int of(byte[] data, int offset, int length) {
        long sum = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }
}
