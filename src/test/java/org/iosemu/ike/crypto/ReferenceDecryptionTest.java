package org.iosemu.ike.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.Pcap;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.IsakmpHeader;
import org.iosemu.ike.codec.NotifyType;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.junit.jupiter.api.Test;

/**
 * Known answers from the strongSwan captures: with the logged Ka, our phase-1 IV (hash of the KE values),
 * phase-2/informational IVs (hash of last phase-1 block and M-ID) and CBC decryption must turn every
 * encrypted message into a payload chain that decodes strictly; ESP packets must pass the ICV and decrypt.
 */
class ReferenceDecryptionTest {

    private static List<PayloadChain> decryptAll(String scenario, Ikev1Crypto crypto) throws Exception {
        byte[] ka = Pcap.ikeKey(scenario);
        List<Pcap.Packet> ike = Pcap.read(scenario + ".pcap").stream().filter(Pcap.Packet::isakmp).toList();
        byte[] gxi = IsakmpCodec.decode(ike.get(2).data()).chain().first(Payload.KeyExchange.class).orElseThrow().data();
        byte[] gxr = IsakmpCodec.decode(ike.get(3).data()).chain().first(Payload.KeyExchange.class).orElseThrow().data();
        byte[] iv = crypto.phase1Iv(gxi, gxr);
        byte[] lastP1Block = null;
        java.util.Map<Integer, byte[]> p2Iv = new java.util.HashMap<>();
        List<PayloadChain> out = new ArrayList<>();
        for (Pcap.Packet p : ike.subList(4, ike.size())) {
            IsakmpHeader h = IsakmpCodec.decodeHeader(p.data());
            assertTrue(h.encrypted());
            byte[] body = Arrays.copyOfRange(p.data(), IsakmpHeader.SIZE, p.data().length);
            byte[] useIv;
            if (h.messageId() == 0) {
                useIv = iv;
                iv = Bytes.lastBlock(body, crypto.cipher().blockSize());
                lastP1Block = iv;
            } else {
                useIv = p2Iv.getOrDefault(h.messageId(), crypto.phase2Iv(lastP1Block, h.messageId()));
                p2Iv.put(h.messageId(), Bytes.lastBlock(body, crypto.cipher().blockSize()));
            }
            byte[] plain = crypto.cipher().decrypt(ka, useIv, body);
            out.add(IsakmpCodec.decodePayloads(h.nextPayload(), plain, 0, plain.length, true));
        }
        return out;
    }

    @Test
    void tripleDesSha1CaptureDecrypts() throws Exception {
        List<PayloadChain> msgs = decryptAll("D-backend-none-udp500-no-natt", new Ikev1Crypto(HashAlgorithm.SHA1, CipherAlgorithm.TRIPLE_DES));
        Payload.Identification idi = msgs.get(0).first(Payload.Identification.class).orElseThrow();
        assertArrayEquals(new byte[] {10, 99, 5, 1}, idi.data());
        assertEquals(20, msgs.get(0).first(Payload.Hash.class).orElseThrow().data().length);
        assertArrayEquals(new byte[] {10, 99, 5, 2}, msgs.get(1).first(Payload.Identification.class).orElseThrow().data());
        assertTrue(msgs.get(2).first(Payload.Sa.class).isPresent(), "QM1 carries the ESP proposal");
        assertEquals(2, msgs.get(2).all(Payload.Identification.class).size());
        long dpd = msgs.stream().flatMap(m -> m.all(Payload.Notify.class).stream()).filter(n -> n.notifyType() == NotifyType.R_U_THERE).count();
        long ack = msgs.stream().flatMap(m -> m.all(Payload.Notify.class).stream()).filter(n -> n.notifyType() == NotifyType.R_U_THERE_ACK).count();
        assertEquals(2, dpd);
        assertEquals(2, ack);
    }

    @Test
    void aes128Sha256CaptureDecryptsIncludingDeletes() throws Exception {
        List<PayloadChain> msgs = decryptAll("C-aes128-sha256-modp2048-graceful-delete", new Ikev1Crypto(HashAlgorithm.SHA256, CipherAlgorithm.AES128));
        assertEquals(32, msgs.get(0).first(Payload.Hash.class).orElseThrow().data().length);
        List<Payload.Delete> deletes = msgs.stream().flatMap(m -> m.all(Payload.Delete.class).stream()).toList();
        assertEquals(2, deletes.size());
        assertEquals(3, deletes.get(0).protocolId());
        assertEquals(1, deletes.get(1).protocolId());
        assertEquals(16, deletes.get(1).spiSize());
    }

    /**
     * strongSwan's Main Mode message 5 carries N(INITIAL_CONTACT) (its log: `[ ID HASH N(INITIAL_CONTACT) ]`) with
     * RFC 2407's value 24578; the engine must know it by that number, or a restarted strongSwan's new SA is added
     * next to the stale ones instead of replacing them (seen with the VTI interop test).
     */
    @Test
    void strongSwansInitialContactIsRecognised() throws Exception {
        List<PayloadChain> msgs = decryptAll("D-backend-none-udp500-no-natt", new Ikev1Crypto(HashAlgorithm.SHA1, CipherAlgorithm.TRIPLE_DES));
        Payload.Notify n = msgs.get(0).first(Payload.Notify.class).orElseThrow(() -> new AssertionError("MM5 has a notify"));
        assertEquals(24578, n.notifyType());
        assertEquals(NotifyType.INITIAL_CONTACT, n.notifyType());
        assertEquals("INITIAL_CONTACT", NotifyType.name(n.notifyType()));
        assertEquals(1, n.protocolId());
    }

    @Test
    void espPacketsOfBothCapturesAuthenticateAndDecrypt() throws Exception {
        int opened = 0;
        opened += openEsp("A-mm-qm-esp-dpd-dut-killed", CipherAlgorithm.TRIPLE_DES, IntegrityAlgorithm.HMAC_SHA1_96);
        opened += openEsp("C-aes128-sha256-modp2048-graceful-delete", CipherAlgorithm.AES128, IntegrityAlgorithm.HMAC_SHA256_128);
        assertTrue(opened >= 6, "opened " + opened);
    }

    private int openEsp(String scenario, CipherAlgorithm cipher, IntegrityAlgorithm integrity) throws Exception {
        List<String[]> keys = Pcap.espKeys(scenario);
        int opened = 0;
        for (Pcap.Packet p : Pcap.read(scenario + ".pcap")) {
            if (!p.esp()) {
                continue;
            }
            String spi = String.format("%08x", Bytes.u32(p.data(), 0));
            String[] k = keys.stream().filter(x -> x[0].equals(spi)).findFirst().orElseThrow();
            EspKeys ek = new EspKeys(cipher, Bytes.unhex(k[1]), integrity, Bytes.unhex(k[2]));
            Esp.Opened o = Esp.open(ek, p.data()).orElseThrow(() -> new AssertionError("ESP frame " + p.frame()));
            assertEquals(4, o.nextHeader(), "tunnel mode carries IPv4");
            assertEquals(0x45, o.payload()[0] & 0xff);
            assertEquals(1, o.payload()[9], "ICMP inside");
            opened++;
        }
        return opened;
    }

    @Test
    void prfMatchesRfc2202And4231() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        byte[] data = "Hi There".getBytes();
        assertEquals("b617318655057264e28bc0b6fb378c8ef146be00", Bytes.hex(HashAlgorithm.SHA1.prf(key, data)));
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Bytes.hex(HashAlgorithm.SHA256.prf(key, data)));
        assertEquals("9294727a3638bb1c13f48ef8158bfc9d", Bytes.hex(HashAlgorithm.MD5.prf(Arrays.copyOf(key, 16), data)));
    }
}
