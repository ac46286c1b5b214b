package org.iosemu.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.lab.Lab;
import org.iosemu.lab.LabConsole;
import org.iosemu.lab.LabLoader;
import org.iosemu.lab.LabTime;
import org.iosemu.lab.RealLabTime;
import org.iosemu.lab.VirtualLabTime;
import org.iosemu.time.RealTimeScheduler;
import org.iosemu.time.VirtualScheduler;

/**
 * The lab side of the command line: `--lab DIR` runs that lab, and a start with no arguments at all runs
 * the embedded site-to-site lab (console on R1, its peer answering). Everything else is left to
 * {@link OptionsParser}; the clock comes from the launcher (virtual for --replay, real otherwise).
 *
 * @param lab the lab folder; empty with {@code embedded} = the default lab
 * @param remaining the arguments for {@link OptionsParser}
 */
public record LabLaunch(Optional<Path> lab, boolean embedded, List<String> remaining) {

    public static final String USAGE = String.join("\n",
            "  --lab DIR        a lab: one router per DIR/NAME.cfg on one simulated network; the",
            "                   console starts on the first router (`lab attach NAME` moves it);",
            "                   with --replay it runs on virtual time",
            "  (no arguments)   the embedded site-to-site DPD lab, console on R1 (R2 is its peer)",
            "");

    public static LabLaunch parse(List<String> args) throws OptionsParser.UsageException {
        if (args.isEmpty()) {
            return new LabLaunch(Optional.empty(), true, args);
        }
        List<String> rest = new ArrayList<>();
        Optional<Path> dir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lab") || a.startsWith("--lab=")) {
                String value = a.startsWith("--lab=") ? a.substring(6) : i + 1 < args.size() ? args.get(++i) : "";
                if (value.isEmpty()) {
                    throw new OptionsParser.UsageException("--lab needs a value");
                }
                dir = Optional.of(Path.of(value));
            } else {
                rest.add(a);
            }
        }
        return new LabLaunch(dir, false, rest);
    }

    public boolean isLab() {
        return embedded || lab.isPresent();
    }

    /** Opens the lab on the launcher's clock and returns its console. */
    public SessionFactory factory() {
        return factory(opened -> { });
    }

    /** As {@link #factory()}, and hands the booted lab to {@code opened} (remote access, for one). */
    public SessionFactory factory(Consumer<Lab> opened) {
        return (setup, bootErrors) -> {
            Lab booted = open(time(setup), bootErrors);
            opened.accept(booted);
            return new LabConsole(booted);
        };
    }

    /** The lab itself: the folder's routers, or the embedded site-to-site pair. */
    Lab open(LabTime time, CliOutput bootErrors) throws IOException {
        Map<String, String> configs = lab.isPresent() ? LabLoader.fromDirectory(lab.get()) : LabLoader.embedded();
        Lab booted = new Lab(configs, LabLoader.scratchNvram(), time, bootErrors);
        if (lab.isPresent()) {
            LabLoader.nats(lab.get()).forEach(booted::placeBehindNat);
            booted.applyLinks(org.iosemu.lab.LinkPlan.read(lab.get()));
        }
        return booted;
    }

    static LabTime time(RouterSetup setup) {
        return setup.scheduler() instanceof VirtualScheduler v ? new VirtualLabTime(v)
                : new RealLabTime((RealTimeScheduler) setup.scheduler());
    }
}
