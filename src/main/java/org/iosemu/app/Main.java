package org.iosemu.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.iosemu.access.AccessOptions;
import org.iosemu.access.AccessPorts;
import org.iosemu.access.RemoteLab;
import org.iosemu.access.RemoteSessions;
import org.iosemu.access.ServeForever;
import org.iosemu.exercise.HeadlessGrading;
import org.iosemu.lab.Lab;

/** Entry point of `java -jar iosemu.jar`; see {@link OptionsParser#USAGE}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // transcripts can be long: buffer stdout (the consoles flush before waiting for input)
        PrintStream stdout = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        if (List.of(args).contains("--grade")) {
            System.exit(grade(List.of(args), stdout));
            return;
        }
        AccessOptions.Parsed access;
        LabLaunch lab;
        UdpLaunch udp;
        try {
            access = AccessOptions.parse(List.of(args));
            udp = UdpLaunch.parse(access.rest());
            lab = LabLaunch.parse(udp.remaining());
        } catch (AccessOptions.UsageException | OptionsParser.UsageException e) {
            System.err.println("iosemu: " + e.getMessage());
            System.err.print(OptionsParser.USAGE);
            System.exit(2);
            return;
        }
        if (lab.exercise()) {
            try {
                lab.loadExercise(); // a mistake in the exercise file is reported before any router boots
            } catch (java.io.IOException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return;
            }
        }
        boolean interactive = System.console() != null;
        AccessPorts ports = access.ports();
        // a lab (or --udp's lone router) gets its vty ports once booted
        Consumer<Lab> remoteAccess = ports.any() ? booted -> RemoteLab.start(booted, ports, System.err) : booted -> { };
        SessionFactory sessions;
        if (udp.isUdp()) {
            sessions = udp.factory(lab, System.err, remoteAccess);
        } else if (lab.isLab()) {
            sessions = lab.factory(remoteAccess);
        } else {
            sessions = ports.any() ? RemoteSessions.factory(ports, System.err) : IosSessions.factory();
        }
        Launcher launcher = new Launcher(sessions, System.in, stdout, System.err, () -> interactive);
        int status = launcher.run(lab.remaining());
        stdout.flush();
        if (ports.any() && !interactive && status == 0 && !launcher.quitRequested()) {
            // a headless router: its console input ended, SSH and telnet keep serving until killed (or `lab quit`)
            ServeForever.await();
        }
        System.exit(status);
    }

    /** `--grade DIR --submission CONFIGS [--report OUT]`: headless grading, see {@link HeadlessGrading}. */
    private static int grade(List<String> args, PrintStream stdout) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!List.of("--grade", "--submission", "--report").contains(a) || i + 1 >= args.size()) {
                System.err.println("iosemu: --grade DIR --submission CONFIGS [--report OUT] takes no other option: " + a);
                return 2;
            }
            values.put(a, args.get(++i));
        }
        if (!values.containsKey("--submission")) {
            System.err.println("iosemu: --grade needs --submission CONFIGS");
            return 2;
        }
        int status = HeadlessGrading.run(java.nio.file.Path.of(values.get("--grade")), java.nio.file.Path.of(values.get("--submission")),
                java.nio.file.Path.of(values.getOrDefault("--report", ".")), stdout, System.err);
        stdout.flush();
        return status;
    }
}
