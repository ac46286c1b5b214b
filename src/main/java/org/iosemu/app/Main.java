package org.iosemu.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entry point of `java -jar iosemu.jar`; see {@link OptionsParser#USAGE}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // transcripts can be long: buffer stdout (the consoles flush before waiting for input)
        PrintStream stdout = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        LabLaunch lab;
        UdpLaunch udp;
        try {
            udp = UdpLaunch.parse(List.of(args));
            lab = LabLaunch.parse(udp.remaining());
        } catch (OptionsParser.UsageException e) {
            System.err.println("iosemu: " + e.getMessage());
            System.err.print(OptionsParser.USAGE);
            System.exit(2);
            return;
        }
        SessionFactory factory = udp.isUdp() ? udp.factory(lab, System.err) : lab.isLab() ? lab.factory() : IosSessions.factory();
        Launcher launcher = new Launcher(factory, System.in, stdout,
                System.err, () -> System.console() != null);
        int status = launcher.run(lab.remaining());
        stdout.flush();
        System.exit(status);
    }
}
