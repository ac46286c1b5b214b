package org.iosemu.ike.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Numbers of the Transaction exchange (draft-dukes-ike-mode-cfg 3.2): the message types of an attribute payload,
 * the Mode Config attributes, the XAUTH ones (draft-ietf-ipsec-isakmp-xauth-06, the "_V2" numbers IOS uses) and
 * Cisco Unity's (28672 and up), with the names IOS prints in `debug crypto isakmp`, and value readers that never
 * throw on what a peer sends.
 */
public final class ConfigAttributes {
    public static final int CFG_REQUEST = 1;
    public static final int CFG_REPLY = 2;
    public static final int CFG_SET = 3;
    public static final int CFG_ACK = 4;

    public static final int INTERNAL_IP4_ADDRESS = 1;
    public static final int INTERNAL_IP4_NETMASK = 2;
    public static final int INTERNAL_IP4_DNS = 3;
    public static final int INTERNAL_IP4_NBNS = 4;
    public static final int INTERNAL_ADDRESS_EXPIRY = 5;
    public static final int APPLICATION_VERSION = 7;

    public static final int XAUTH_TYPE = 16520;
    public static final int XAUTH_USER_NAME = 16521;
    public static final int XAUTH_USER_PASSWORD = 16522;
    public static final int XAUTH_PASSCODE = 16523;
    public static final int XAUTH_MESSAGE = 16524;
    public static final int XAUTH_CHALLENGE = 16525;
    public static final int XAUTH_DOMAIN = 16526;
    public static final int XAUTH_STATUS = 16527;
    public static final int XAUTH_NEXT_PIN = 16528;
    public static final int XAUTH_ANSWER = 16529;
    public static final int XAUTH_STATUS_OK = 1;
    public static final int XAUTH_STATUS_FAIL = 0;

    public static final int UNITY_BANNER = 28672;
    public static final int UNITY_SAVE_PASSWD = 28673;
    public static final int UNITY_DEF_DOMAIN = 28674;
    public static final int UNITY_SPLIT_DNS = 28675;
    public static final int UNITY_SPLIT_INCLUDE = 28676;
    public static final int UNITY_NATT_PORT = 28677;
    public static final int UNITY_LOCAL_LAN = 28678;
    public static final int UNITY_PFS = 28679;
    public static final int UNITY_FW_TYPE = 28680;
    public static final int UNITY_BACKUP_SERVERS = 28681;
    public static final int UNITY_DDNS_HOSTNAME = 28682;

    /** One split-tunnel record of a Unity attribute: addr(4) | mask(4) | proto(2) | sport(2) | dport(2). */
    public static final int SPLIT_RECORD_LENGTH = 14;

    /** A split-tunnel record as raw numbers (addresses as 32-bit values). */
    public record SplitRecord(int address, int mask, int protocol, int sourcePort, int destinationPort) {
    }

    private ConfigAttributes() {
    }

    /** The message type as IOS prints it after "Config payload ". */
    public static String cfgTypeName(int cfgType) {
        return switch (cfgType) {
            case CFG_REQUEST -> "REQUEST";
            case CFG_REPLY -> "REPLY";
            case CFG_SET -> "SET";
            case CFG_ACK -> "ACK";
            default -> "type " + cfgType;
        };
    }

    /** The attribute's name as IOS prints it in "checking request:" and xauth lines. */
    public static String name(int type) {
        return switch (type) {
            case INTERNAL_IP4_ADDRESS -> "IP4_ADDRESS";
            case INTERNAL_IP4_NETMASK -> "IP4_NETMASK";
            case INTERNAL_IP4_DNS -> "IP4_DNS";
            case INTERNAL_IP4_NBNS -> "IP4_NBNS";
            case INTERNAL_ADDRESS_EXPIRY -> "ADDRESS_EXPIRY";
            case APPLICATION_VERSION -> "APPLICATION_VERSION";
            case XAUTH_TYPE -> "XAUTH_TYPE_V2";
            case XAUTH_USER_NAME -> "XAUTH_USER_NAME_V2";
            case XAUTH_USER_PASSWORD -> "XAUTH_USER_PASSWORD_V2";
            case XAUTH_PASSCODE -> "XAUTH_PASSCODE_V2";
            case XAUTH_MESSAGE -> "XAUTH_MESSAGE_V2";
            case XAUTH_CHALLENGE -> "XAUTH_CHALLENGE_V2";
            case XAUTH_DOMAIN -> "XAUTH_DOMAIN_V2";
            case XAUTH_STATUS -> "XAUTH_STATUS_V2";
            case XAUTH_NEXT_PIN -> "XAUTH_NEXT_PIN_V2";
            case XAUTH_ANSWER -> "XAUTH_ANSWER_V2";
            case UNITY_BANNER -> "MODECFG_BANNER";
            case UNITY_SAVE_PASSWD -> "MODECFG_SAVEPWD";
            case UNITY_DEF_DOMAIN -> "DEFAULT_DOMAIN";
            case UNITY_SPLIT_DNS -> "SPLIT_DNS";
            case UNITY_SPLIT_INCLUDE -> "SPLIT_INCLUDE";
            case UNITY_NATT_PORT -> "NATT_PORT";
            case UNITY_LOCAL_LAN -> "INCLUDE_LOCAL_LAN";
            case UNITY_PFS -> "PFS";
            case UNITY_FW_TYPE -> "FW_RECORD";
            case UNITY_BACKUP_SERVERS -> "BACKUP_SERVER";
            case UNITY_DDNS_HOSTNAME -> "MODECFG_HOSTNAME";
            default -> "attribute " + type;
        };
    }

    /** An empty attribute, as a REQUEST lists what it asks for (TLV with no value). */
    public static Attribute empty(int type) {
        return new Attribute(type, false, new byte[0]);
    }

    public static Attribute text(int type, String value) {
        return new Attribute(type, false, value.getBytes(StandardCharsets.UTF_8));
    }

    public static Attribute bytes(int type, byte[] value) {
        return new Attribute(type, false, value.clone());
    }

    /**
     * A 16-bit value: strongSwan sends these as 2-byte TLVs, IOS as TV; both are accepted. Empty for any other
     * length.
     */
    public static Optional<Integer> number16(Attribute a) {
        if (a.value().length == 2) {
            return Optional.of(((a.value()[0] & 0xff) << 8) | (a.value()[1] & 0xff));
        }
        if (!a.basic() && a.value().length == 4) {
            // a 32-bit TLV of a small value (some servers size numbers to 4 bytes)
            long v = a.longValue();
            return v <= 0xffff ? Optional.of((int) v) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A 4-byte address value as a 32-bit number; empty for any other length. */
    public static Optional<Integer> address(Attribute a) {
        byte[] v = a.value();
        if (a.basic() || v.length != 4) {
            return Optional.empty();
        }
        return Optional.of(((v[0] & 0xff) << 24) | ((v[1] & 0xff) << 16) | ((v[2] & 0xff) << 8) | (v[3] & 0xff));
    }

    /** The value as text (control characters shown as '?', so a peer cannot write to the console). */
    public static String textOf(Attribute a) {
        String s = new String(a.value(), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 && c != '\n' || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    /** The records of a SPLIT_INCLUDE / LOCAL_LAN value; empty when its length is not a multiple of a record. */
    public static Optional<List<SplitRecord>> splitRecords(Attribute a) {
        byte[] v = a.value();
        if (a.basic() || v.length % SPLIT_RECORD_LENGTH != 0) {
            return Optional.empty();
        }
        List<SplitRecord> records = new ArrayList<>();
        for (int at = 0; at < v.length; at += SPLIT_RECORD_LENGTH) {
            records.add(new SplitRecord(u32(v, at), u32(v, at + 4), u16(v, at + 8), u16(v, at + 10), u16(v, at + 12)));
        }
        return Optional.of(records);
    }

    /** Encodes split-tunnel records as one attribute value (all records in one attribute, as Cisco does). */
    public static Attribute splitAttribute(int type, List<SplitRecord> records) {
        byte[] v = new byte[records.size() * SPLIT_RECORD_LENGTH];
        int at = 0;
        for (SplitRecord r : records) {
            put32(v, at, r.address());
            put32(v, at + 4, r.mask());
            put16(v, at + 8, r.protocol());
            put16(v, at + 10, r.sourcePort());
            put16(v, at + 12, r.destinationPort());
            at += SPLIT_RECORD_LENGTH;
        }
        return new Attribute(type, false, v);
    }

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
