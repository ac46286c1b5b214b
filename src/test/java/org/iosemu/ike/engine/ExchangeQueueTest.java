package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.codec.IsakmpHeader;
import org.junit.jupiter.api.Test;

/** The order exchanges run in on one IKE SA: transactions first, one at a time, then the waiting quick modes. */
class ExchangeQueueTest {
    private final ExchangeQueue queue = new ExchangeQueue();
    /** What happened, in order: "start X", "abort X". */
    private final List<String> log = new ArrayList<>();
    private int nextMessageId = 1;

    /** An exchange that logs its start and abort and finishes when the test says so. */
    private final class Fake implements Exchange {
        final String name;
        final int messageId = nextMessageId++;
        boolean finished;

        Fake(String name) {
            this.name = name;
        }

        @Override
        public int messageId() {
            return messageId;
        }

        @Override
        public void onMessage(IsakmpHeader header, byte[] datagram) {
        }

        @Override
        public boolean finished() {
            return finished;
        }

        @Override
        public void abort() {
            log.add("abort " + name);
            finished = true;
        }

        void finish() {
            finished = true;
            queue.ended(messageId);
        }
    }

    private final List<Fake> started = new ArrayList<>();

    private ExchangeQueue.Starter starter(String name) {
        return () -> {
            Fake f = new Fake(name);
            log.add("start " + name);
            started.add(f);
            queue.add(f);
            return f;
        };
    }

    private Fake startedExchange(String name) {
        return started.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nothingStartsBeforePhase1Completes() {
        queue.queueQuickMode("map 10|acl", starter("QM"));
        queue.queueTransaction(starter("XAUTH"));
        assertEquals(List.of(), log);
    }

    @Test
    void queuedTransactionsRunOneAtATimeBeforeWaitingQuickModes() {
        queue.queueQuickMode("map 10|acl1", starter("QM1"));
        queue.queueTransaction(starter("XAUTH"));
        queue.queueTransaction(starter("MODECFG"));
        queue.queueQuickMode("map 10|acl2", starter("QM2"));

        queue.phase1Complete();
        assertEquals(List.of("start XAUTH"), log, "only the first transaction runs");
        startedExchange("XAUTH").finish();
        assertEquals(List.of("start XAUTH", "start MODECFG"), log, "the next transaction once the first finished");
        startedExchange("MODECFG").finish();
        assertEquals(List.of("start XAUTH", "start MODECFG", "start QM1", "start QM2"), log,
                "then the quick modes, in the order they were asked for");
    }

    @Test
    void quickModeAskedWhileATransactionRunsWaitsForIt() {
        queue.queueTransaction(starter("XAUTH"));
        queue.phase1Complete();
        queue.queueQuickMode("map 10|acl", starter("QM"));
        assertEquals(List.of("start XAUTH"), log);
        startedExchange("XAUTH").finish();
        assertEquals(List.of("start XAUTH", "start QM"), log);
    }

    @Test
    void quickModeStartsAtOnceAfterPhase1WhenNoTransactionIsPending() {
        queue.phase1Complete();
        assertTrue(queue.queueQuickMode("map 10|acl", starter("QM")));
        assertEquals(List.of("start QM"), log);
        assertFalse(queue.isWaiting("map 10|acl"));
    }

    @Test
    void theSameTrafficWaitsOnlyOnce() {
        assertTrue(queue.queueQuickMode("map 10|acl", starter("QM")));
        assertFalse(queue.queueQuickMode("map 10|acl", starter("QM again")));
        queue.phase1Complete();
        assertEquals(List.of("start QM"), log);
    }

    @Test
    void theEndOfAQuickModeDoesNotStartAnything() {
        queue.phase1Complete();
        queue.queueQuickMode("map 10|acl", starter("QM"));
        queue.queueTransaction(starter("XAUTH"));
        startedExchange("QM").finish();
        assertEquals(List.of("start QM", "start XAUTH"), log, "a transaction queued after phase 1 runs at once");
    }

    @Test
    void abortAbortsRunningExchangesAndDropsWaitingOnes() {
        queue.queueTransaction(starter("XAUTH"));
        queue.queueTransaction(starter("MODECFG"));
        queue.queueQuickMode("map 10|acl", starter("QM"));
        queue.phase1Complete();

        queue.abortAll();
        assertEquals(List.of("start XAUTH", "abort XAUTH"), log);
        startedExchange("XAUTH").finish();
        queue.phase1Complete();
        queue.queueQuickMode("map 10|other", starter("QM2"));
        queue.queueTransaction(starter("XAUTH2"));
        assertEquals(List.of("start XAUTH", "abort XAUTH"), log, "nothing starts on an aborted SA");
        assertTrue(queue.uses(startedExchange("XAUTH").messageId()), "the message ID stays used");
    }

    @Test
    void abortReachesFinishedExchangesToo() {
        queue.phase1Complete();
        queue.queueQuickMode("a", starter("QM1"));
        queue.queueQuickMode("b", starter("QM2"));
        startedExchange("QM1").finish();
        queue.abortAll();
        assertEquals(List.of("start QM1", "start QM2", "abort QM1", "abort QM2"), log);
    }
}
