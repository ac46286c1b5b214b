package org.iosemu.ike.engine;

import org.iosemu.ike.codec.Payload;

/** An Easy VPN remote's IKE SA: what happens on it goes to the remote's {@link EasyVpnSession}. */
final class RemoteAccessClient implements RemoteAccess {
    private final EasyVpnSession session;
    private final Phase1Sa sa;

    RemoteAccessClient(EasyVpnSession session, Phase1Sa sa) {
        this.session = session;
        this.sa = sa;
    }

    @Override
    public void phase1Complete() {
        session.phase1Complete(sa);
    }

    @Override
    public void onPeerMessage(TransactionAnswer answer, Payload.Attributes message) {
        session.onServerMessage(sa, answer, message);
    }

    @Override
    public void saGone(String reason) {
        session.saGone(sa, reason);
    }
}
