package org.iosemu.ike.codec;

import java.util.List;

/** The payloads of an ISAKMP message. The chain order and "next payload" fields are handled by the codec. */
public sealed interface Payload {
    int type();

    record Sa(int doi, int situation, List<Proposal> proposals) implements Payload {
        public static final int DOI_IPSEC = 1;
        public static final int SIT_IDENTITY_ONLY = 1;

        public Sa {
            proposals = List.copyOf(proposals);
        }

        public int type() {
            return PayloadType.SA;
        }
    }

    record KeyExchange(byte[] data) implements Payload {
        public int type() {
            return PayloadType.KE;
        }
    }

    record Identification(int idType, int protocol, int port, byte[] data) implements Payload {
        public static final int ID_IPV4_ADDR = 1;
        public static final int ID_FQDN = 2;
        public static final int ID_KEY_ID = 11;
        public static final int ID_IPV4_ADDR_SUBNET = 4;

        public int type() {
            return PayloadType.ID;
        }
    }

    record Hash(byte[] data) implements Payload {
        public int type() {
            return PayloadType.HASH;
        }
    }

    record Nonce(byte[] data) implements Payload {
        public int type() {
            return PayloadType.NONCE;
        }
    }

    record Notify(int doi, int protocolId, int notifyType, byte[] spi, byte[] data) implements Payload {
        public int type() {
            return PayloadType.NOTIFY;
        }
    }

    record Delete(int doi, int protocolId, int spiSize, List<byte[]> spis) implements Payload {
        public Delete {
            spis = List.copyOf(spis);
        }

        public int type() {
            return PayloadType.DELETE;
        }
    }

    record VendorId(byte[] data) implements Payload {
        public int type() {
            return PayloadType.VENDOR_ID;
        }
    }

    /**
     * The attribute payload of a Transaction exchange: {@code cfgType} is one of {@link ConfigAttributes#CFG_REQUEST}
     * .. {@link ConfigAttributes#CFG_ACK}, {@code identifier} is echoed by the answer.
     */
    record Attributes(int cfgType, int identifier, List<Attribute> attributes) implements Payload {
        public Attributes {
            attributes = List.copyOf(attributes);
        }

        public int type() {
            return PayloadType.ATTRIBUTES;
        }
    }

    /** NAT discovery hash; type is 20 (RFC 3947) or 130 (draft). */
    record NatD(int type, byte[] data) implements Payload {
    }

    /** Any payload we carry but do not interpret (certificates, NAT-OA, private types). */
    record Unknown(int type, byte[] data) implements Payload {
    }
}
