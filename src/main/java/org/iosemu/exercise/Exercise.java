package org.iosemu.exercise;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iosemu.net.Ipv4Address;

/**
 * An exercise: a lab folder (NAME.cfg per router, optional nat.txt) and its exercise file.
 *
 * @param labConfigs the lab's configs as handed out, before faults
 * @param activity steps the headless grader runs on a submission before reading live state (what a learner
 *     would have done at the console, such as a ping that brings the tunnel up)
 * @param solution the reference solution's configs by router (from {@code solution/NAME.cfg}); routers it does not
 *     name keep their starting config
 */
public record Exercise(Path dir, String title, List<String> briefing, List<Fault> faults, List<Task> tasks,
                       List<Step> activity, Map<String, String> labConfigs, Map<String, Ipv4Address> nats,
                       Map<String, String> solution) {

    /** The exercise file in a lab folder. */
    public static final String FILE = "exercise.txt";
    /** The folder of the reference solution's configs. */
    public static final String SOLUTION = "solution";

    /** The configs the learner starts from: the lab's, with the faults' edits. */
    public Map<String, String> startingConfigs() {
        Map<String, String> configs = new java.util.TreeMap<>(labConfigs);
        for (Fault f : faults) {
            configs.put(f.router(), f.kind().edit(configs.get(f.router())).orElseThrow());
        }
        return configs;
    }

    /** Routers a fault keeps powered off. */
    public List<String> poweredOff() {
        return faults.stream().filter(f -> f.kind() == Fault.Kind.PEER_DOWN).map(Fault::router).toList();
    }

    public int maxPoints() {
        return tasks.stream().mapToInt(Task::points).sum();
    }
}
