package org.iosemu.app;

/** Entry point; replaced by the real launcher as the shell lands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("iosemu");
    }
}
