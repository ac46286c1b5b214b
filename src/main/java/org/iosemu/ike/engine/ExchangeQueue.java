package org.iosemu.ike.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchanges of one IKE SA after phase 1, and the order they run in. Nothing starts before phase 1 completes.
 * Then the queued transactions (XAUTH, then Mode Config) run one at a time, each once the one before has
 * finished, and only after the last of them the waiting quick modes start, all at once, in the order they were
 * asked for (a Quick Mode needs what the transactions settle: the user is authenticated, the address assigned).
 * Once phase 1 is done and no transaction is pending, a quick mode starts as soon as it is asked for. Aborting
 * (the IKE SA goes) aborts every running exchange and drops what waits; nothing starts after that.
 */
final class ExchangeQueue {
    /** Creates an exchange when its turn comes, sends its first message and returns it. */
    interface Starter {
        Exchange start();
    }

    /** Every exchange started or answered on the SA, by message ID (finished ones stay, to recognise replays). */
    private final Map<Integer, Exchange> byMessageId = new HashMap<>();
    private final Deque<Starter> transactions = new ArrayDeque<>();
    private final Map<String, Starter> waitingQuickModes = new LinkedHashMap<>();
    private Exchange runningTransaction;
    private boolean phase1Complete;
    private boolean aborted;

    /** Registers an exchange under its message ID: an initiator when it starts, a responder on the peer's first message. */
    void add(Exchange exchange) {
        byMessageId.put(exchange.messageId(), exchange);
    }

    Exchange get(int messageId) {
        return byMessageId.get(messageId);
    }

    boolean uses(int messageId) {
        return byMessageId.containsKey(messageId);
    }

    /** Message IDs of the exchanges seen on the SA. */
    Collection<Integer> messageIds() {
        return Collections.unmodifiableSet(byMessageId.keySet());
    }

    Collection<Exchange> exchanges() {
        return Collections.unmodifiableCollection(byMessageId.values());
    }

    /** Queues a transaction; it runs after phase 1 and the transactions queued before it. */
    void queueTransaction(Starter transaction) {
        if (aborted) {
            return;
        }
        transactions.add(transaction);
        runNext();
    }

    /**
     * Asks for a quick mode serving {@code key}; returns false (and queues nothing) if one for the same key waits
     * already. It starts at once if its turn has come.
     */
    boolean queueQuickMode(String key, Starter quickMode) {
        if (aborted || waitingQuickModes.containsKey(key)) {
            return false;
        }
        waitingQuickModes.put(key, quickMode);
        runNext();
        return true;
    }

    boolean isWaiting(String key) {
        return waitingQuickModes.containsKey(key);
    }

    /** Phase 1 is up: the queued exchanges may run. */
    void phase1Complete() {
        phase1Complete = true;
        runNext();
    }

    /** An exchange finished (or failed); if it was the running transaction, the next one may start. */
    void ended(int messageId) {
        if (runningTransaction != null && runningTransaction.messageId() == messageId) {
            runningTransaction = null;
            runNext();
        }
    }

    /** The IKE SA goes: every exchange is aborted, waiting ones are dropped, and nothing starts any more. */
    void abortAll() {
        aborted = true;
        transactions.clear();
        waitingQuickModes.clear();
        runningTransaction = null;
        for (Exchange e : List.copyOf(byMessageId.values())) {
            e.abort();
        }
    }

    private void runNext() {
        while (phase1Complete && !aborted && runningTransaction == null && !transactions.isEmpty()) {
            Exchange started = transactions.poll().start();
            if (!started.finished()) {
                runningTransaction = started;
            }
        }
        if (!phase1Complete || aborted || runningTransaction != null || waitingQuickModes.isEmpty()) {
            return;
        }
        List<Starter> due = new ArrayList<>(waitingQuickModes.values());
        waitingQuickModes.clear();
        for (Starter s : due) {
            if (aborted) {
                return;
            }
            s.start();
        }
    }
}
