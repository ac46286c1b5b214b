package org.iosemu.ike;

import java.util.List;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.config.Ipv4;

/** Everything the engine reports. Debug text carries no timestamp; the CLI adds it. */
public sealed interface IkeEvent {
    /** A `debug crypto isakmp` line. */
    record Debug(String text) implements IkeEvent {
    }

    /** A syslog message such as %CRYPTO-5-SESSION_STATUS. */
    record Syslog(String text) implements IkeEvent {
    }

    record IkeSaUp(int connId, Ipv4 local, Ipv4 peer) implements IkeEvent {
    }

    record IkeSaDown(int connId, Ipv4 local, Ipv4 peer, String reason) implements IkeEvent {
    }

    record IpsecSaUp(String mapName, int seq, Ipv4 peer, int spiIn, int spiOut) implements IkeEvent {
    }

    record IpsecSaDown(String mapName, int seq, Ipv4 peer, int spiIn, int spiOut, String reason) implements IkeEvent {
    }

    /**
     * A protected informational message the engine sent (DPD probe or acknowledgement, DELETE, notify): what its
     * encrypted payloads say, under the message ID its header carries in the clear.
     */
    record InformationalSent(Endpoint local, Endpoint remote, int messageId, List<Payload> payloads) implements IkeEvent {
        public InformationalSent {
            payloads = List.copyOf(payloads);
        }

        /** Payloads hold byte arrays: two reports are equal when their payloads encode the same. */
        @Override
        public boolean equals(Object o) {
            return o instanceof InformationalSent other && local.equals(other.local) && remote.equals(other.remote)
                    && messageId == other.messageId
                    && java.util.Arrays.equals(IsakmpCodec.encodePayloads(payloads), IsakmpCodec.encodePayloads(other.payloads));
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(local, remote, messageId, java.util.Arrays.hashCode(IsakmpCodec.encodePayloads(payloads)));
        }

        @Override
        public String toString() {
            return "InformationalSent[local=" + local + ", remote=" + remote + ", messageId=" + messageId + ", payloads="
                    + java.util.HexFormat.of().formatHex(IsakmpCodec.encodePayloads(payloads)) + "]";
        }
    }

    /** A crypto map entry's current peer moved: to the next `set peer` after a dead peer, or back to its `default` one. */
    record PeerChanged(String mapName, int seq, Ipv4 from, Ipv4 to, String reason) implements IkeEvent {
    }
}
