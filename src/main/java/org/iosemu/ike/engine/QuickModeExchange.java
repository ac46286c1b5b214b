package org.iosemu.ike.engine;

/** One quick mode, keyed by its message ID inside the IKE SA. */
interface QuickModeExchange extends Exchange {
    /** The traffic request this exchange serves (initiator), or null (responder). */
    SaRequest request();
}
