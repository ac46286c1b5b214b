package org.iosemu.timeline;

/** What a note on a router's lifeline says happened there. */
public enum NoteKind {
    /** DPD declared the peer dead. */
    DEAD_PEER("dead-peer"),
    /** A crypto map entry moved to another peer. */
    FAILOVER("failover"),
    IKE_SA_UP("sa-up"),
    IKE_SA_DOWN("sa-down"),
    /** The lab powered the router off or on. */
    POWER("power");

    private final String cssName;

    NoteKind(String cssName) {
        this.cssName = cssName;
    }

    /** The name in markup (class and data attributes). */
    public String cssName() {
        return cssName;
    }
}
