package org.iosemu.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iosemu.lab.LabLoader;
import org.iosemu.net.Ipv4Address;

/**
 * Reads an exercise folder: the lab's NAME.cfg files, nat.txt, {@code exercise.txt} and {@code solution/}. The
 * file is line oriented and indented like a running-config (see the README's "Exercises"); every mistake is
 * reported as {@code FILE:LINE: message}.
 */
public final class ExerciseParser {

    /** `show crypto ipsec client ezvpn`'s Current State values an Easy VPN remote passes through. */
    private static final List<String> EZVPN_STATES = List.of("CONNECT_REQUIRED", "READY", "IKE_PEND", "XAUTH_REQ", "XAUTH_PROMPT",
            "XAUTH_REPLIED", "SS_OPEN", "IPSEC_ACTIVE");

    private final String file;
    private final Set<String> routers;
    private final List<Line> lines;
    private int next;

    /** One non-comment line: number, indentation, text without the indentation. */
    private record Line(int number, int indent, String text) {
        List<String> words() {
            return List.of(text.strip().split("\\s+"));
        }
    }

    private ExerciseParser(String file, Set<String> routers, List<Line> lines) {
        this.file = file;
        this.routers = routers;
        this.lines = lines;
    }

    public static Exercise load(Path dir) throws IOException, ExerciseFormatException {
        Map<String, String> configs = LabLoader.fromDirectory(dir);
        Map<String, Ipv4Address> nats = LabLoader.nats(dir);
        Path file = dir.resolve(Exercise.FILE);
        if (!Files.exists(file)) {
            throw new ExerciseFormatException(file.toString(), 0, "no exercise file (" + Exercise.FILE + ") in " + dir);
        }
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> solution = new LinkedHashMap<>();
        Path solutionDir = dir.resolve(Exercise.SOLUTION);
        if (Files.isDirectory(solutionDir)) {
            solution.putAll(LabLoader.fromDirectory(solutionDir));
            for (String name : solution.keySet()) {
                if (!configs.containsKey(name)) {
                    throw new ExerciseFormatException(solutionDir.resolve(name + ".cfg").toString(), 1,
                            "no router " + name + " in the lab");
                }
            }
        }
        return parse(dir, file.toString(), text, configs, nats, solution);
    }

    /** Parses the text of an exercise file for the lab whose configs are given. */
    public static Exercise parse(Path dir, String fileName, List<String> text, Map<String, String> configs,
                                 Map<String, Ipv4Address> nats, Map<String, String> solution) throws ExerciseFormatException {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String raw = text.get(i).stripTrailing();
            String body = raw.stripLeading();
            if (raw.indexOf('\t') >= 0 && raw.indexOf('\t') < raw.length() - body.length()) {
                throw new ExerciseFormatException(fileName, i + 1, "indent with spaces, not tabs");
            }
            if (body.startsWith("!")) {
                continue;
            }
            lines.add(new Line(i + 1, raw.length() - body.length(), body));
        }
        return new ExerciseParser(fileName, configs.keySet(), lines).exercise(dir, configs, nats, solution);
    }

    private Exercise exercise(Path dir, Map<String, String> configs, Map<String, Ipv4Address> nats,
                              Map<String, String> solution) throws ExerciseFormatException {
        String title = null;
        List<String> briefing = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Step> activity = new ArrayList<>();
        Set<String> taskIds = new HashSet<>();
        while (next < lines.size()) {
            Line l = lines.get(next++);
            if (l.text.isEmpty()) {
                continue;
            }
            if (l.indent > 0) {
                throw error(l, "indented line outside a block: " + l.text);
            }
            List<String> w = l.words();
            switch (w.get(0)) {
                case "title" -> {
                    if (w.size() < 2) {
                        throw error(l, "title needs text");
                    }
                    title = rest(l.text, 1);
                }
                case "briefing" -> briefing.addAll(block(l));
                case "fault" -> faults.add(fault(l, w, configs));
                case "activity" -> activity.addAll(steps(l));
                case "task" -> {
                    Task t = task(l, w);
                    if (!taskIds.add(t.id())) {
                        throw error(l, "task " + t.id() + " is defined twice");
                    }
                    tasks.add(t);
                }
                default -> throw error(l, "unknown keyword '" + w.get(0) + "' (expected title, briefing, fault, activity or task)");
            }
        }
        if (title == null) {
            throw new ExerciseFormatException(file, 1, "the exercise has no title line");
        }
        if (tasks.isEmpty()) {
            throw new ExerciseFormatException(file, lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number, "the exercise has no task");
        }
        return new Exercise(dir, title, briefing, faults, tasks, activity, configs, nats, solution);
    }

    /** The indented text under {@code head}, with the block's common indentation removed; blank lines kept inside. */
    private List<String> block(Line head) {
        List<Line> body = new ArrayList<>();
        while (next < lines.size() && (lines.get(next).text.isEmpty() || lines.get(next).indent > head.indent)) {
            body.add(lines.get(next++));
        }
        while (!body.isEmpty() && body.get(body.size() - 1).text.isEmpty()) {
            body.remove(body.size() - 1);
        }
        int indent = body.stream().filter(b -> !b.text.isEmpty()).mapToInt(Line::indent).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (Line b : body) {
            out.add(b.text.isEmpty() ? "" : " ".repeat(b.indent - indent) + b.text);
        }
        return out;
    }

    private Fault fault(Line l, List<String> w, Map<String, String> configs) throws ExerciseFormatException {
        if (w.size() != 3) {
            throw error(l, "expected 'fault KIND ROUTER'");
        }
        Fault.Kind kind = Fault.Kind.of(w.get(1)).orElseThrow(() -> error(l, "unknown fault '" + w.get(1) + "' (one of " + Fault.Kind.words() + ")"));
        String router = router(l, w.get(2));
        if (kind.edit(configs.get(router)).isEmpty()) {
            throw error(l, "fault " + kind.word() + ": " + router + "'s config has nothing it could change");
        }
        return new Fault(kind, router);
    }

    private Task task(Line head, List<String> w) throws ExerciseFormatException {
        if (w.size() < 3) {
            throw error(head, "expected 'task ID TITLE'");
        }
        String id = w.get(1);
        String title = rest(head.text, 2);
        int points = 1;
        List<String> hints = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        while (next < lines.size() && (lines.get(next).text.isEmpty() || lines.get(next).indent > head.indent)) {
            Line l = lines.get(next++);
            if (l.text.isEmpty()) {
                continue;
            }
            List<String> t = l.words();
            switch (t.get(0)) {
                case "points" -> points = number(l, t, 1, 0, 10_000);
                case "hint" -> {
                    if (t.size() < 2) {
                        throw error(l, "hint needs text");
                    }
                    hints.add(rest(l.text, 1));
                }
                case "config" -> checks.add(config(l, t));
                case "state" -> {
                    if (t.size() < 3) {
                        throw error(l, "expected 'state ROUTER FACT ...'");
                    }
                    checks.add(new Check.State(router(l, t.get(1)), fact(l, t.subList(2, t.size()))));
                }
                case "behaviour", "behavior" -> {
                    if (t.size() < 2) {
                        throw error(l, "behaviour needs a title");
                    }
                    List<Step> steps = steps(l);
                    if (steps.isEmpty()) {
                        throw error(l, "behaviour has no steps (indent them under it)");
                    }
                    checks.add(new Check.Behaviour(rest(l.text, 1), steps));
                }
                default -> throw error(l, "unknown task line '" + t.get(0) + "' (expected points, hint, config, state or behaviour)");
            }
        }
        if (checks.isEmpty()) {
            throw error(head, "task " + id + " has no check");
        }
        return new Task(id, title, points, hints, checks, head.number);
    }

    private Check config(Line l, List<String> t) throws ExerciseFormatException {
        if (t.size() < 3 || !(t.get(2).equals("present") || t.get(2).equals("absent"))) {
            throw error(l, "expected 'config ROUTER present|absent [LINE]'");
        }
        String router = router(l, t.get(1));
        boolean present = t.get(2).equals("present");
        List<String> snippet = t.size() > 3 ? List.of(rest(l.text, 3)) : block(l);
        if (snippet.isEmpty()) {
            throw error(l, "config check needs a line (after present|absent, or indented under it)");
        }
        if (!snippet.get(0).equals(snippet.get(0).stripLeading())) {
            throw error(l, "the first config line must be the least indented");
        }
        Optional<String> problem = ConfigMatcher.rejected(snippet);
        if (problem.isPresent()) {
            throw error(l, "config line rejected by IOS: " + problem.get());
        }
        return new Check.Config(router, snippet, present);
    }

    private List<Step> steps(Line head) throws ExerciseFormatException {
        List<Step> steps = new ArrayList<>();
        while (next < lines.size() && (lines.get(next).text.isEmpty() || lines.get(next).indent > head.indent)) {
            Line l = lines.get(next++);
            if (!l.text.isEmpty()) {
                steps.add(step(l));
            }
        }
        return steps;
    }

    private Step step(Line l) throws ExerciseFormatException {
        List<String> w = l.words();
        switch (w.get(0)) {
            case "ping" -> {
                // ping ROUTER TARGET [source X] succeeds|fails
                if (!(w.size() == 4 || w.size() == 6) || !(w.get(w.size() - 1).equals("succeeds") || w.get(w.size() - 1).equals("fails"))
                        || (w.size() == 6 && !w.get(3).equals("source"))) {
                    throw error(l, "expected 'ping ROUTER TARGET [source IF|ADDR] succeeds|fails'");
                }
                return new Step.Ping(l.number, router(l, w.get(1)), w.get(2), w.size() == 6 ? Optional.of(w.get(4)) : Optional.empty(),
                        w.get(w.size() - 1).equals("succeeds"));
            }
            case "power" -> {
                if (w.size() != 3 || !(w.get(2).equals("up") || w.get(2).equals("down"))) {
                    throw error(l, "expected 'power ROUTER down|up'");
                }
                return new Step.Power(l.number, router(l, w.get(1)), w.get(2).equals("up"));
            }
            case "wait" -> {
                return new Step.Wait(l.number, number(l, w, 1, 1, 86_400));
            }
            case "quiet" -> {
                return new Step.Quiet(l.number, number(l, w, 1, 1, 86_400));
            }
            case "exec" -> {
                if (w.size() < 3) {
                    throw error(l, "expected 'exec ROUTER COMMAND'");
                }
                return new Step.Exec(l.number, router(l, w.get(1)), rest(l.text, 2));
            }
            case "dead" -> {
                // dead ROUTER PEER within N [after M]
                if (!(w.size() == 5 || w.size() == 7) || !w.get(3).equals("within") || (w.size() == 7 && !w.get(5).equals("after"))) {
                    throw error(l, "expected 'dead ROUTER PEER within SECONDS [after SECONDS]'");
                }
                long within = number(l, w, 4, 1, 86_400);
                long after = w.size() == 7 ? number(l, w, 6, 0, within) : 0;
                return new Step.Dead(l.number, router(l, w.get(1)), peer(l, w.get(2)), within, after);
            }
            case "state" -> {
                if (w.size() < 3) {
                    throw error(l, "expected 'state ROUTER FACT ...'");
                }
                return new Step.State(l.number, router(l, w.get(1)), fact(l, w.subList(2, w.size())));
            }
            case "logged" -> {
                if (w.size() < 3) {
                    throw error(l, "expected 'logged ROUTER TEXT'");
                }
                return new Step.Logged(l.number, router(l, w.get(1)), rest(l.text, 2));
            }
            default -> throw error(l, "unknown step '" + w.get(0) + "' (expected ping, power, wait, quiet, exec, dead, state or logged)");
        }
    }

    private Fact fact(Line l, List<String> w) throws ExerciseFormatException {
        switch (w.get(0)) {
            case "ike-sa" -> {
                if (w.size() < 2 || w.size() > 3) {
                    throw error(l, "expected 'ike-sa PEER [STATE]'");
                }
                String state = w.size() == 3 ? w.get(2) : "QM_IDLE";
                if (!List.of("QM_IDLE", "MM_NO_STATE", "MM_SA_SETUP", "MM_KEY_EXCH", "AG_INIT_EXCH").contains(state)) {
                    throw error(l, "unknown IKE SA state '" + state + "'");
                }
                return new Fact.IkeSa(peer(l, w.get(1)), state);
            }
            case "ipsec-sa" -> {
                if (w.size() != 2) {
                    throw error(l, "expected 'ipsec-sa PEER'");
                }
                return new Fact.IpsecTraffic(peer(l, w.get(1)));
            }
            case "dpd" -> {
                if (w.size() != 2) {
                    throw error(l, "expected 'dpd PEER'");
                }
                return new Fact.Dpd(peer(l, w.get(1)));
            }
            case "current-peer" -> {
                if (w.size() != 4) {
                    throw error(l, "expected 'current-peer MAP SEQ PEER'");
                }
                return new Fact.CurrentPeer(w.get(1), number(l, w, 2, 1, 65535), peer(l, w.get(3)));
            }
            case "ezvpn" -> {
                if (w.size() < 2 || w.size() > 3) {
                    throw error(l, "expected 'ezvpn TUNNEL [STATE]'");
                }
                String state = w.size() == 3 ? w.get(2) : "IPSEC_ACTIVE";
                if (!EZVPN_STATES.contains(state)) {
                    throw error(l, "unknown Easy VPN state '" + state + "' (one of " + String.join(", ", EZVPN_STATES) + ")");
                }
                return new Fact.EzvpnState(w.get(1), state);
            }
            case "ezvpn-peer" -> {
                if (w.size() != 3) {
                    throw error(l, "expected 'ezvpn-peer TUNNEL PEER'");
                }
                return new Fact.EzvpnPeer(w.get(1), peer(l, w.get(2)));
            }
            case "nat-translation" -> {
                if (w.size() != 3) {
                    throw error(l, "expected 'nat-translation INSIDE OUTSIDE'");
                }
                return new Fact.NatTranslation(peer(l, w.get(1)), peer(l, w.get(2)));
            }
            case "not" -> {
                if (w.size() < 2 || w.get(1).equals("not")) {
                    throw error(l, "expected 'not FACT'");
                }
                return new Fact.Not(fact(l, w.subList(1, w.size())));
            }
            default -> throw error(l, "unknown fact '" + w.get(0)
                    + "' (expected ike-sa, ipsec-sa, dpd, current-peer, ezvpn, ezvpn-peer, nat-translation or not)");
        }
    }

    private String router(Line l, String name) throws ExerciseFormatException {
        if (!routers.contains(name)) {
            throw error(l, "no router " + name + " in the lab (" + String.join(", ", routers) + ")");
        }
        return name;
    }

    /** A lab router's name or an address. */
    private String peer(Line l, String peer) throws ExerciseFormatException {
        if (routers.contains(peer)) {
            return peer;
        }
        try {
            Ipv4Address.parse(peer);
            return peer;
        } catch (IllegalArgumentException e) {
            throw error(l, "'" + peer + "' is neither a router of the lab nor an address");
        }
    }

    private int number(Line l, List<String> w, int index, long min, long max) throws ExerciseFormatException {
        if (index >= w.size()) {
            throw error(l, w.get(0) + " needs a number");
        }
        String s = w.get(index);
        if (!s.matches("\\d{1,9}") || Long.parseLong(s) < min || Long.parseLong(s) > max) {
            throw error(l, "'" + s + "' is not a number from " + min + " to " + max);
        }
        return Integer.parseInt(s);
    }

    /** The text after the first {@code words} words, spacing kept. */
    private static String rest(String text, int words) {
        String s = text.strip();
        for (int i = 0; i < words; i++) {
            s = s.replaceFirst("^\\S+\\s*", "");
        }
        return s;
    }

    private ExerciseFormatException error(Line l, String message) {
        return new ExerciseFormatException(file, l.number, message);
    }
}
