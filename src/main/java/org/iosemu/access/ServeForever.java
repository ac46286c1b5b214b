package org.iosemu.access;

import java.util.concurrent.CountDownLatch;

/** Keeps a headless emulator alive for its SSH and telnet users until the process is killed. */
public final class ServeForever {

    private ServeForever() {}

    public static void await() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
