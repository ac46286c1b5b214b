package org.iosemu.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.iosemu.cli.session.CryptoEngineText;
import org.iosemu.time.Scheduler;

/**
 * The router's crypto engine as one server with a processing rate (a lab property; none = it never congests):
 * an idle engine takes a packet at once (the caller encrypts or decrypts it there and then) and is then busy for
 * the packet's bits at its rate; packets arriving meanwhile wait, still clear (or still ESP), in its priority or
 * best-effort queue (LLQ for IPsec encryption engines), or are dropped at the queue's tail. While both queues wait the engine takes {@link #PRIORITY_RATIO} priority packets for each
 * best-effort one (the guide's "favorable ratio": best effort is slowed, never starved).
 */
final class CryptoEngineQueue {

    static final int BEST_EFFORT_LIMIT = CryptoEngineText.INPUT_QUEUE_SIZE;
    static final int PRIORITY_LIMIT = CryptoEngineText.PRIORITY_QUEUE_SIZE;
    static final int PRIORITY_RATIO = CryptoEngineText.PRIORITY_RATIO;

    enum Lane { PRIORITY, BEST_EFFORT }

    /** One queue's figures: waiting now, its limit, packets the engine took from it, tail drops. */
    record LaneStats(int depth, int limit, long processed, long drops) {
        CryptoEngineText.EngineQueue shown() {
            return new CryptoEngineText.EngineQueue(depth, limit, processed, drops);
        }
    }

    /** The engine's rate (empty = not limited) and its two queues. */
    record Stats(OptionalLong kbps, LaneStats priority, LaneStats bestEffort) {
        int depth() {
            return priority.depth() + bestEffort.depth();
        }
    }

    private record Job(int bytes, Runnable work) {}

    private static final class Queue {
        final ArrayDeque<Job> jobs = new ArrayDeque<>();
        final int limit;
        long processed;
        long drops;

        Queue(int limit) {
            this.limit = limit;
        }

        LaneStats stats() {
            return new LaneStats(jobs.size(), limit, processed, drops);
        }
    }

    private final Scheduler scheduler;
    private final Queue priority = new Queue(PRIORITY_LIMIT);
    private final Queue bestEffort = new Queue(BEST_EFFORT_LIMIT);
    private long kbps;
    private boolean busy;
    private long busyUntilMicros;
    private int priorityInARow;

    CryptoEngineQueue(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The engine's rate in kbit/s; empty = not limited (it takes every packet at once, as before this model). */
    synchronized void setCapacity(OptionalLong capacity) {
        kbps = capacity.orElse(0);
    }

    synchronized OptionalLong capacity() {
        return kbps == 0 ? OptionalLong.empty() : OptionalLong.of(kbps);
    }

    /** What became of a packet offered to the engine. */
    enum Admission {
        /** The engine was idle: the caller processes the packet now (the engine is busy with it from now on). */
        NOW,
        /** It waits its turn; the engine runs the given work when it comes. */
        QUEUED,
        /** Its queue was full: dropped at the tail, the work never runs. */
        DROPPED
    }

    /** Offers the processing of a {@code bytes}-long packet; {@code later} is what the engine does with it if it waits. */
    synchronized Admission offer(Lane lane, int bytes, Runnable later) {
        Queue q = queue(lane);
        if (busy) {
            if (q.jobs.size() >= q.limit) {
                q.drops++;
                return Admission.DROPPED;
            }
            q.jobs.add(new Job(bytes, later));
            return Admission.QUEUED;
        }
        q.processed++;
        if (kbps > 0) {
            start(bytes, Math.max(scheduler.nowMillis() * 1000, busyUntilMicros));
        }
        return Admission.NOW;
    }

    /** Power cut: what waits is lost and the counts start again; the rate (a lab property) stays. */
    synchronized void powerOff() {
        for (Queue q : List.of(priority, bestEffort)) {
            q.jobs.clear();
            q.processed = 0;
            q.drops = 0;
        }
    }

    synchronized Stats stats() {
        return new Stats(capacity(), priority.stats(), bestEffort.stats());
    }

    /** What `show crypto engine qos` shows, with the interfaces whose policies supply the priority classes. */
    CryptoEngineText.EngineQos show(java.util.Map<String, org.iosemu.config.PolicyMap> priorityPolicies) {
        Stats s = stats();
        return new CryptoEngineText.EngineQos(s.kbps(), priorityPolicies, PRIORITY_RATIO, s.priority().shown(),
                s.bestEffort().shown());
    }

    private Queue queue(Lane lane) {
        return lane == Lane.PRIORITY ? priority : bestEffort;
    }

    private void start(int bytes, long startMicros) {
        busy = true;
        busyUntilMicros = startMicros + bytes * 8_000L / kbps;
        long doneAtMillis = (busyUntilMicros + 500) / 1000; // the lab clock ticks in ms: the nearest one
        scheduler.schedule(Math.max(0, doneAtMillis - scheduler.nowMillis()), this::finished);
    }

    /** The packet in process is done: the next one starts (all that wait, if the rate was lifted meanwhile). */
    private void finished() {
        List<Runnable> run = new ArrayList<>();
        synchronized (this) {
            busy = false;
            Job next;
            while ((next = next()) != null) {
                run.add(next.work());
                if (kbps > 0) {
                    start(next.bytes(), busyUntilMicros);
                    break;
                }
            }
        }
        run.forEach(Runnable::run);
    }

    /** Priority first, but one best-effort packet after every {@link #PRIORITY_RATIO} priority ones while both wait. */
    private Job next() {
        boolean bestEffortWaits = !bestEffort.jobs.isEmpty();
        if (!priority.jobs.isEmpty() && (!bestEffortWaits || priorityInARow < PRIORITY_RATIO)) {
            priorityInARow++;
            priority.processed++;
            return priority.jobs.poll();
        }
        priorityInARow = 0;
        if (!bestEffortWaits) {
            return null;
        }
        bestEffort.processed++;
        return bestEffort.jobs.poll();
    }
}
