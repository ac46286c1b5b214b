package org.iosemu.config;

/** `ntp server A.B.C.D [prefer]`. */
public record NtpServer(String address, boolean prefer) {

    public String render() {
        return "ntp server " + address + (prefer ? " prefer" : "");
    }
}
