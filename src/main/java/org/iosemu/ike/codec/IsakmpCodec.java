package org.iosemu.ike.codec;

import java.util.ArrayList;
import java.util.List;

/** Encoder/decoder for ISAKMP messages (RFC 2408). Decoding never throws anything but DecodeException. */
public final class IsakmpCodec {
    /** Largest message we accept; IKEv1 messages without certificates are far smaller. */
    public static final int MAX_MESSAGE = 16_384;
    private static final int MAX_PAYLOADS = 64;

    private IsakmpCodec() {
    }

    public static IsakmpHeader decodeHeader(byte[] datagram) throws DecodeException {
        if (datagram == null) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, "no data");
        }
        if (datagram.length > MAX_MESSAGE) {
            throw new DecodeException(DecodeException.Reason.OVERSIZED, datagram.length + " bytes");
        }
        Reader r = new Reader(datagram, 0, datagram.length);
        byte[] icky = r.bytes(8, "initiator cookie");
        byte[] rcky = r.bytes(8, "responder cookie");
        int next = r.u8("next payload");
        int version = r.u8("version");
        int exchange = r.u8("exchange type");
        int flags = r.u8("flags");
        int mid = r.u32("message id");
        long length = r.u32("length") & 0xffffffffL;
        if ((version >>> 4) != 1) {
            throw new DecodeException(DecodeException.Reason.BAD_VERSION, "major version " + (version >>> 4));
        }
        if (length < IsakmpHeader.SIZE || length > datagram.length) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, "header length " + length + " vs datagram " + datagram.length);
        }
        if (length < datagram.length) {
            throw new DecodeException(DecodeException.Reason.OVERSIZED, "datagram " + datagram.length + " longer than header length " + length);
        }
        return new IsakmpHeader(icky, rcky, next, version, exchange, flags, mid, (int) length);
    }

    /** Decodes a plaintext message (header and payload chain). */
    public static IsakmpMessage decode(byte[] datagram) throws DecodeException {
        IsakmpHeader h = decodeHeader(datagram);
        if (h.encrypted()) {
            throw new DecodeException(DecodeException.Reason.BAD_FIELD, "message is encrypted");
        }
        PayloadChain chain = decodePayloads(h.nextPayload(), datagram, IsakmpHeader.SIZE, h.length(), false);
        return new IsakmpMessage(h, chain);
    }

    /**
     * Decodes a payload chain in data[from, to). With {@code allowTrailing} (decrypted bodies) bytes after the
     * last payload are CBC padding and are ignored; otherwise they are an error.
     */
    public static PayloadChain decodePayloads(int firstType, byte[] data, int from, int to, boolean allowTrailing) throws DecodeException {
        Reader r = new Reader(data, from, to);
        List<Payload> payloads = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        int type = firstType;
        while (type != PayloadType.NONE) {
            if (payloads.size() >= MAX_PAYLOADS) {
                throw new DecodeException(DecodeException.Reason.OVERSIZED, "too many payloads");
            }
            if (type == PayloadType.PROPOSAL || type == PayloadType.TRANSFORM) {
                throw new DecodeException(DecodeException.Reason.BAD_FIELD, "proposal/transform outside SA");
            }
            int start = r.position();
            int next = r.u8("next payload");
            int reserved = r.u8("reserved");
            int length = r.u16("payload length");
            if (length < 4) {
                throw new DecodeException(DecodeException.Reason.BAD_LENGTH, "payload length " + length);
            }
            if (reserved != 0 && type < 128) {
                throw new DecodeException(DecodeException.Reason.BAD_FIELD, "reserved not zero on payload " + type);
            }
            Reader body = r.slice(length - 4, "payload type " + type + " body");
            payloads.add(decodeBody(type, body));
            raw.add(java.util.Arrays.copyOfRange(data, start, start + length));
            type = next;
        }
        if (!allowTrailing && r.remaining() != 0) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, r.remaining() + " bytes after last payload");
        }
        return new PayloadChain(payloads, raw);
    }

    private static Payload decodeBody(int type, Reader b) throws DecodeException {
        switch (type) {
            case PayloadType.SA: {
                int doi = b.u32("SA DOI");
                int situation = b.u32("SA situation");
                List<Proposal> proposals = new ArrayList<>();
                int next = PayloadType.PROPOSAL;
                while (next != PayloadType.NONE) {
                    if (next != PayloadType.PROPOSAL) {
                        throw new DecodeException(DecodeException.Reason.BAD_FIELD, "SA contains payload type " + next);
                    }
                    next = b.u8("proposal next");
                    b.u8("proposal reserved");
                    int len = b.u16("proposal length");
                    if (len < 8) {
                        throw new DecodeException(DecodeException.Reason.BAD_LENGTH, "proposal length " + len);
                    }
                    proposals.add(decodeProposal(b.slice(len - 4, "proposal")));
                }
                expectEnd(b, "SA");
                return new Payload.Sa(doi, situation, proposals);
            }
            case PayloadType.KE:
                return new Payload.KeyExchange(b.bytes(b.remaining(), "KE"));
            case PayloadType.ID: {
                int idType = b.u8("ID type");
                int proto = b.u8("ID protocol");
                int port = b.u16("ID port");
                return new Payload.Identification(idType, proto, port, b.bytes(b.remaining(), "ID data"));
            }
            case PayloadType.HASH:
                return new Payload.Hash(b.bytes(b.remaining(), "HASH"));
            case PayloadType.NONCE:
                return new Payload.Nonce(b.bytes(b.remaining(), "NONCE"));
            case PayloadType.NOTIFY: {
                int doi = b.u32("N DOI");
                int proto = b.u8("N protocol");
                int spiSize = b.u8("N spi size");
                int ntype = b.u16("N type");
                byte[] spi = b.bytes(spiSize, "N spi");
                return new Payload.Notify(doi, proto, ntype, spi, b.bytes(b.remaining(), "N data"));
            }
            case PayloadType.DELETE: {
                int doi = b.u32("D DOI");
                int proto = b.u8("D protocol");
                int spiSize = b.u8("D spi size");
                int count = b.u16("D spi count");
                if ((long) spiSize * count != b.remaining()) {
                    throw new DecodeException(DecodeException.Reason.BAD_LENGTH, "delete holds " + b.remaining() + " bytes for " + count + " SPIs of " + spiSize);
                }
                List<byte[]> spis = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    spis.add(b.bytes(spiSize, "D spi"));
                }
                return new Payload.Delete(doi, proto, spiSize, spis);
            }
            case PayloadType.VENDOR_ID:
                return new Payload.VendorId(b.bytes(b.remaining(), "VID"));
            case PayloadType.ATTRIBUTES: {
                int cfgType = b.u8("ATTR type");
                b.u8("ATTR reserved");
                int identifier = b.u16("ATTR identifier");
                return new Payload.Attributes(cfgType, identifier, decodeAttributes(b));
            }
            case PayloadType.NAT_D:
            case PayloadType.NAT_D_DRAFT:
                return new Payload.NatD(type, b.bytes(b.remaining(), "NAT-D"));
            default:
                return new Payload.Unknown(type, b.bytes(b.remaining(), "payload"));
        }
    }

    private static Proposal decodeProposal(Reader p) throws DecodeException {
        int number = p.u8("proposal number");
        int proto = p.u8("protocol id");
        int spiSize = p.u8("spi size");
        int count = p.u8("transform count");
        byte[] spi = p.bytes(spiSize, "proposal spi");
        List<Transform> transforms = new ArrayList<>();
        int next = PayloadType.TRANSFORM;
        while (next != PayloadType.NONE) {
            if (next != PayloadType.TRANSFORM) {
                throw new DecodeException(DecodeException.Reason.BAD_FIELD, "proposal contains payload type " + next);
            }
            next = p.u8("transform next");
            p.u8("transform reserved");
            int len = p.u16("transform length");
            if (len < 8) {
                throw new DecodeException(DecodeException.Reason.BAD_LENGTH, "transform length " + len);
            }
            Reader t = p.slice(len - 4, "transform");
            int tnum = t.u8("transform number");
            int tid = t.u8("transform id");
            t.u16("transform reserved");
            transforms.add(new Transform(tnum, tid, decodeAttributes(t)));
        }
        if (transforms.size() != count) {
            throw new DecodeException(DecodeException.Reason.BAD_FIELD, "proposal announces " + count + " transforms, holds " + transforms.size());
        }
        expectEnd(p, "proposal");
        return new Proposal(number, proto, spi, transforms);
    }

    /** A bare attribute list (a notification's data, RFC 2407 4.6.3.1); a truncated attribute throws. */
    public static List<Attribute> decodeAttributeList(byte[] data) throws DecodeException {
        return decodeAttributes(new Reader(data, 0, data.length));
    }

    /** The wire form of a bare attribute list. */
    public static byte[] encodeAttributeList(List<Attribute> attributes) {
        Writer w = new Writer();
        encodeAttributes(w, attributes);
        return w.toBytes();
    }

    private static List<Attribute> decodeAttributes(Reader t) throws DecodeException {
        List<Attribute> attrs = new ArrayList<>();
        while (t.remaining() > 0) {
            int typeField = t.u16("attribute type");
            int type = typeField & 0x7fff;
            if ((typeField & 0x8000) != 0) {
                attrs.add(new Attribute(type, true, t.bytes(2, "TV value")));
            } else {
                int len = t.u16("TLV length");
                attrs.add(new Attribute(type, false, t.bytes(len, "TLV value")));
            }
        }
        return attrs;
    }

    /** TV attributes as type|0x8000 and their two bytes, TLV ones with a 16-bit length. */
    private static void encodeAttributes(Writer w, List<Attribute> attributes) {
        for (Attribute a : attributes) {
            if (a.basic()) {
                w.u16(0x8000 | a.type()).bytes(a.value());
            } else {
                w.u16(a.type()).u16(a.value().length).bytes(a.value());
            }
        }
    }

    private static void expectEnd(Reader r, String what) throws DecodeException {
        if (r.remaining() != 0) {
            throw new DecodeException(DecodeException.Reason.BAD_LENGTH, r.remaining() + " stray bytes in " + what);
        }
    }

    // ---------------------------------------------------------------- encoding

    public static byte[] encodeHeader(IsakmpHeader h) {
        return new Writer().bytes(h.initiatorCookie()).bytes(h.responderCookie()).u8(h.nextPayload()).u8(h.version())
                .u8(h.exchangeType()).u8(h.flags()).u32(h.messageId()).u32(h.length()).toBytes();
    }

    /** Encodes a plaintext message; next-payload and length fields of the header are filled in. */
    public static byte[] encode(IsakmpHeader h, List<? extends Payload> payloads) {
        byte[] body = encodePayloads(payloads);
        int first = payloads.isEmpty() ? PayloadType.NONE : payloads.get(0).type();
        IsakmpHeader full = h.withNextPayload(first).withLength(IsakmpHeader.SIZE + body.length);
        Writer w = new Writer().bytes(encodeHeader(full)).bytes(body);
        return w.toBytes();
    }

    public static byte[] encodePayloads(List<? extends Payload> payloads) {
        Writer w = new Writer();
        for (int i = 0; i < payloads.size(); i++) {
            int next = i + 1 < payloads.size() ? payloads.get(i + 1).type() : PayloadType.NONE;
            w.bytes(encodePayload(payloads.get(i), next));
        }
        return w.toBytes();
    }

    /** One payload with its generic header. */
    public static byte[] encodePayload(Payload p, int nextType) {
        Writer w = new Writer().u8(nextType).u8(0).u16(0);
        if (p instanceof Payload.Sa sa) {
            w.u32(sa.doi()).u32(sa.situation());
            for (int i = 0; i < sa.proposals().size(); i++) {
                encodeProposal(w, sa.proposals().get(i), i + 1 < sa.proposals().size());
            }
        } else if (p instanceof Payload.KeyExchange ke) {
            w.bytes(ke.data());
        } else if (p instanceof Payload.Identification id) {
            w.u8(id.idType()).u8(id.protocol()).u16(id.port()).bytes(id.data());
        } else if (p instanceof Payload.Hash hash) {
            w.bytes(hash.data());
        } else if (p instanceof Payload.Nonce n) {
            w.bytes(n.data());
        } else if (p instanceof Payload.Notify n) {
            w.u32(n.doi()).u8(n.protocolId()).u8(n.spi().length).u16(n.notifyType()).bytes(n.spi()).bytes(n.data());
        } else if (p instanceof Payload.Delete d) {
            w.u32(d.doi()).u8(d.protocolId()).u8(d.spiSize()).u16(d.spis().size());
            d.spis().forEach(w::bytes);
        } else if (p instanceof Payload.VendorId v) {
            w.bytes(v.data());
        } else if (p instanceof Payload.Attributes a) {
            w.u8(a.cfgType()).u8(0).u16(a.identifier());
            encodeAttributes(w, a.attributes());
        } else if (p instanceof Payload.NatD n) {
            w.bytes(n.data());
        } else if (p instanceof Payload.Unknown u) {
            w.bytes(u.data());
        }
        w.patchU16(2, w.size());
        return w.toBytes();
    }

    private static void encodeProposal(Writer w, Proposal p, boolean more) {
        int start = w.size();
        w.u8(more ? PayloadType.PROPOSAL : 0).u8(0).u16(0).u8(p.number()).u8(p.protocolId()).u8(p.spi().length).u8(p.transforms().size()).bytes(p.spi());
        for (int i = 0; i < p.transforms().size(); i++) {
            Transform t = p.transforms().get(i);
            int tstart = w.size();
            w.u8(i + 1 < p.transforms().size() ? PayloadType.TRANSFORM : 0).u8(0).u16(0).u8(t.number()).u8(t.transformId()).u16(0);
            encodeAttributes(w, t.attributes());
            w.patchU16(tstart + 2, w.size() - tstart);
        }
        w.patchU16(start + 2, w.size() - start);
    }
}
