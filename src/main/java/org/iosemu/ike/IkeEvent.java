package org.iosemu.ike;

import java.util.Optional;
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
     * Server side of Easy VPN: a remote authenticated ({@code user}, empty without XAUTH) in {@code group} and got its
     * configuration ({@code assigned}: the pool address, empty for a network-extension client): reverse route
     * injection and `show crypto session` take it from here.
     */
    record RemoteAccessUp(int connId, Ipv4 local, Ipv4 peer, String user, String group, Optional<Ipv4> assigned) implements IkeEvent {
    }

    /** The remote's IKE SA went; its address is back in the pool. */
    record RemoteAccessDown(int connId, Ipv4 local, Ipv4 peer, String user, String group, Optional<Ipv4> assigned, String reason)
            implements IkeEvent {
    }

    /**
     * An Easy VPN remote waits for the user's XAUTH answer (`crypto ipsec client ezvpn xauth`), which goes to
     * {@code IkeEngine.easyVpnCredentials}; {@code message} is the server's XAUTH_MESSAGE, if any.
     */
    record EasyVpnXauthPending(String name, Optional<String> message) implements IkeEvent {
        /** The two console lines IOS prints. */
        public java.util.List<String> consoleLines() {
            return java.util.List.of("EZVPN(" + name + "): Pending XAuth Request, Please enter the following command:",
                    "EZVPN: crypto ipsec client ezvpn xauth");
        }
    }

    /** An Easy VPN remote's state machine moved ({@code show crypto ipsec client ezvpn}: Current State, Last Event). */
    record EasyVpnStateChanged(String name, String state, String lastEvent) implements IkeEvent {
    }

    /** An Easy VPN remote's tunnel is up (its first IPsec SA), with what Mode Config gave it. */
    record EasyVpnUp(EasyVpnStatus status) implements IkeEvent {
    }

    /** An Easy VPN remote's tunnel went down. */
    record EasyVpnDown(EasyVpnStatus status, String reason) implements IkeEvent {
    }
}
