package org.iosemu.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.exercise.Exercise;
import org.iosemu.exercise.ExerciseConsole;
import org.iosemu.exercise.ExerciseFormatException;
import org.iosemu.exercise.ExerciseParser;
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
public record LabLaunch(Optional<Path> lab, boolean embedded, List<String> remaining, boolean exercise) {

    public static final String USAGE = String.join("\n",
            "  --lab DIR        a lab: one router per DIR/NAME.cfg on one simulated network; the",
            "                   console starts on the first router (`lab attach NAME` moves it);",
            "                   with --replay it runs on virtual time",
            "  (no arguments)   the embedded site-to-site DPD lab, console on R1 (R2 is its peer)",
            "");

    public static LabLaunch parse(List<String> args) throws OptionsParser.UsageException {
        if (args.isEmpty()) {
            return new LabLaunch(Optional.empty(), true, args, false);
        }
        List<String> rest = new ArrayList<>();
        Optional<Path> dir = Optional.empty();
        boolean exercise = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String option = a.startsWith("--exercise") ? "--exercise" : "--lab";
            if (a.equals(option) || a.startsWith(option + "=")) {
                String value = a.startsWith(option + "=") ? a.substring(option.length() + 1) : i + 1 < args.size() ? args.get(++i) : "";
                if (value.isEmpty()) {
                    throw new OptionsParser.UsageException(option + " needs a value");
                }
                if (dir.isPresent()) {
                    throw new OptionsParser.UsageException("--lab and --exercise name one folder between them");
                }
                dir = Optional.of(Path.of(value));
                exercise = option.equals("--exercise");
            } else {
                rest.add(a);
            }
        }
        return new LabLaunch(dir, false, rest, exercise);
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
        Optional<Exercise> started = exercise ? Optional.of(loadExercise()) : Optional.empty();
        Map<String, String> configs = started.map(Exercise::startingConfigs)
                .orElse(lab.isPresent() ? LabLoader.fromDirectory(lab.get()) : LabLoader.embedded());
        Lab booted = new Lab(configs, LabLoader.scratchNvram(), time, bootErrors);
        if (lab.isPresent()) {
            LabLoader.nats(lab.get()).forEach(booted::placeBehindNat);
            booted.applyLinks(org.iosemu.lab.LinkPlan.read(lab.get()));
            booted.applyEngines(org.iosemu.lab.EnginePlan.read(lab.get()));
        }
        started.ifPresent(e -> ExerciseConsole.attach(e, booted));
        return booted;
    }

    /** The exercise of `--exercise DIR`; a mistake in its file is an IOException whose message is FILE:LINE: message. */
    public Exercise loadExercise() throws IOException {
        try {
            return ExerciseParser.load(lab.orElseThrow());
        } catch (ExerciseFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static LabTime time(RouterSetup setup) {
        return setup.scheduler() instanceof VirtualScheduler v ? new VirtualLabTime(v)
                : new RealLabTime((RealTimeScheduler) setup.scheduler());
    }
}
