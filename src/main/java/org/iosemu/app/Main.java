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
        Launcher launcher = new Launcher(IosSessions.factory(), System.in, stdout, System.err,
                () -> System.console() != null);
        int status = launcher.run(List.of(args));
        stdout.flush();
        System.exit(status);
    }
}
