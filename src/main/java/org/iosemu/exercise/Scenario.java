package org.iosemu.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.DebugFlags;
import org.iosemu.cli.session.IosSession;
import org.iosemu.lab.Lab;
import org.iosemu.lab.LabLoader;
import org.iosemu.lab.Router;
import org.iosemu.lab.VirtualLabTime;
import org.iosemu.net.Ipv4Address;
import org.iosemu.time.IosTimestamp;

/**
 * Runs {@link Step}s on a lab on virtual time. {@link #copyOf} boots the copy a behaviour check runs on: the
 * learner's current running-configs, the same NAT and the same routers powered off, on a clock of its own, so
 * a scenario that cuts a hub's power never touches the learner's lab. Every router of the scenario's lab has
 * `debug crypto isakmp` on, and its log and debug lines are kept with their lab time for `dead` and `logged`.
 */
final class Scenario {

    private static final Pattern SUCCESS_RATE = Pattern.compile("Success rate is (\\d+) percent");

    private final Lab lab;
    private final long started;
    private final Map<String, List<TimedLine>> logs = new HashMap<>();

    private record TimedLine(long millis, String text) {}

    private Scenario(Lab lab) {
        this.lab = lab;
        this.started = lab.time().now();
        for (Router r : lab.routers()) {
            List<TimedLine> lines = new ArrayList<>();
            logs.put(r.name(), lines);
            r.debugs().set(DebugFlags.Flag.ISAKMP, true);
            r.context().logBus().tap(line -> {
                synchronized (lines) {
                    lines.add(new TimedLine(lab.time().now(), line));
                }
            });
        }
    }

    /** A copy of {@code source} booted from its current running-configs, on its own virtual clock. */
    static Lab copyOf(Lab source) {
        List<String> off = source.routers().stream().filter(r -> !r.powered()).map(Router::name).toList();
        return boot(source.runningConfigs(), source.nats(), off);
    }

    /** A lab on virtual time from {@code configs}, behind {@code nats}, with {@code poweredOff} routers off. */
    static Lab boot(Map<String, String> configs, Map<String, Ipv4Address> nats, List<String> poweredOff) {
        Lab lab = new Lab(configs, LabLoader.scratchNvram(), new VirtualLabTime(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), text -> { });
        nats.forEach(lab::placeBehindNat);
        poweredOff.forEach(name -> lab.router(name).powerOff());
        lab.time().settle();
        return lab;
    }

    /** Runs {@code steps} on {@code lab}; the first step that does not hold ends the run with its outcome. */
    static Outcome run(Lab lab, List<Step> steps) {
        Scenario s = new Scenario(lab);
        for (Step step : steps) {
            Optional<Outcome> failed = s.step(step);
            if (failed.isPresent()) {
                return failed.get();
            }
        }
        return Outcome.of(true, steps.size() + " steps", "all held");
    }

    private Optional<Outcome> step(Step step) {
        if (step instanceof Step.Ping p) {
            return ping(p);
        }
        if (step instanceof Step.Power p) {
            Router r = lab.router(p.router());
            if (p.up()) {
                r.powerOn(text -> { });
            } else {
                r.powerOff();
            }
            lab.time().settle();
            return Optional.empty();
        }
        if (step instanceof Step.Wait w) {
            lab.time().pass(w.seconds() * 1000);
            return Optional.empty();
        }
        if (step instanceof Step.Exec e) {
            String output = exec(e.router(), e.command());
            if (output.contains("% Invalid input") || output.contains("% Incomplete command") || output.contains("% Ambiguous command")) {
                return fail(step, e.router() + "# " + e.command() + " accepted", output.strip());
            }
            return Optional.empty();
        }
        if (step instanceof Step.Dead d) {
            return dead(d);
        }
        if (step instanceof Step.Quiet q) {
            long before = lab.network().deliveredCount() + lab.network().droppedCount();
            lab.time().pass(q.seconds() * 1000);
            long packets = lab.network().deliveredCount() + lab.network().droppedCount() - before;
            return packets == 0 ? Optional.empty()
                    : fail(step, "no packet on the lab network for " + q.seconds() + " s", packets + " packets in " + q.seconds() + " s");
        }
        if (step instanceof Step.State st) {
            Outcome o = LabFacts.check(lab, st.router(), st.fact());
            return o.passed() ? Optional.empty() : fail(step, st.router() + ": " + o.expected(), o.observed());
        }
        Step.Logged l = (Step.Logged) step;
        boolean seen = lines(l.router(), started).stream().anyMatch(t -> t.text().contains(l.text()));
        return seen ? Optional.empty() : fail(step, l.router() + " logs \"" + l.text() + "\"", "no such line");
    }

    private Optional<Outcome> ping(Step.Ping p) {
        String command = "ping " + p.target() + p.source().map(s -> " source " + s).orElse("");
        int rate = -1;
        String output = "";
        for (int attempt = 0; attempt < 2; attempt++) {
            output = exec(p.router(), command);
            Matcher m = SUCCESS_RATE.matcher(output);
            rate = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (rate == 100 || (!p.succeeds() && rate > 0)) {
                break; // a first ping loses echoes to IKE: only a second one may fail for good
            }
        }
        boolean held = p.succeeds() ? rate == 100 : rate == 0;
        String observed = rate < 0 ? output.strip() : "Success rate is " + rate + " percent";
        return held ? Optional.empty()
                : fail(p, p.router() + "# " + command + (p.succeeds() ? " gets every echo back" : " gets no echo back"), observed);
    }

    private Optional<Outcome> dead(Step.Dead d) {
        long from = lab.time().now();
        lab.time().pass(d.within() * 1000);
        Set<String> peer = LabFacts.addresses(lab, d.peer());
        Optional<TimedLine> declared = lines(d.router(), from).stream()
                .filter(t -> peer.stream().anyMatch(a -> t.text().contains("peer " + a + " not responding!"))).findFirst();
        String expected = d.router() + " declares " + d.peer() + " dead " + (d.after() > 0 ? "after " + d.after() + " s and " : "")
                + "within " + d.within() + " s";
        if (declared.isEmpty()) {
            return fail(d, expected, "not declared dead within " + d.within() + " s");
        }
        long millis = declared.get().millis() - from;
        String observed = "declared dead after " + millis / 1000 + "." + String.format("%03d", millis % 1000) + " s";
        return millis >= d.after() * 1000 ? Optional.empty() : fail(d, expected, observed);
    }

    private List<TimedLine> lines(String router, long since) {
        List<TimedLine> all = logs.get(router);
        synchronized (all) {
            return all.stream().filter(t -> t.millis() >= since).toList();
        }
    }

    /** Runs a privileged EXEC command on the router's own session and returns what it printed. */
    private String exec(String routerName, String command) {
        Router r = lab.router(routerName);
        if (!r.powered()) {
            return "% " + routerName + " is powered off";
        }
        IosSession session = IosSession.authenticated(r.context(), IosSession.Origin.CONSOLE, 15);
        StringBuilder out = new StringBuilder();
        CliOutput sink = out::append;
        session.submit(command, sink);
        lab.time().settle();
        return out.toString();
    }

    private static Optional<Outcome> fail(Step step, String expected, String observed) {
        return Optional.of(Outcome.of(false, expected + " (" + Exercise.FILE + ":" + step.line() + ")", observed));
    }
}
