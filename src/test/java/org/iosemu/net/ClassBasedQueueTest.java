package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The LLQ queue's order: priority first (policed to its rate), the rest shared by bandwidth, tail drops. */
class ClassBasedQueueTest {

    private final VirtualScheduler clock = new VirtualScheduler(0);
    private final Ipv4Address a = Ipv4Address.parse("10.0.0.1");
    private final Ipv4Address b = Ipv4Address.parse("10.0.0.2");

    private OutputQueue.Queued packet(int cls, int bytes, int port, OutputQueue.TransmitListener l) {
        return new OutputQueue.Queued(IpPacket.udp(a, port, b, 9, new byte[bytes - 28]), bytes, cls, l);
    }

    @Test
    void thePriorityClassLeavesFirst() {
        ClassBasedQueue q = new ClassBasedQueue(List.of(new ClassBasedQueue.ClassSpec(true, 128, false),
                new ClassBasedQueue.ClassSpec(false, 0, false)), 512, clock);
        q.offer(packet(1, 1000, 1, OutputQueue.TransmitListener.NONE));
        q.offer(packet(0, 200, 2, OutputQueue.TransmitListener.NONE));
        assertEquals(2, q.poll().packet().sourcePort());
        assertEquals(1, q.poll().packet().sourcePort());
        assertNull(q.poll());
    }

    @Test
    void bandwidthClassesShareInProportion() {
        // 300 and 100 kbit/s: of 400 packets served while both are backlogged, three in four are the first class's
        ClassBasedQueue q = new ClassBasedQueue(List.of(new ClassBasedQueue.ClassSpec(false, 300, false),
                new ClassBasedQueue.ClassSpec(false, 100, false)), 400, clock);
        int[] served = new int[2];
        for (int i = 0; i < 40; i++) {
            q.offer(packet(0, 1000, 0, OutputQueue.TransmitListener.NONE));
            q.offer(packet(1, 1000, 1, OutputQueue.TransmitListener.NONE));
        }
        for (int i = 0; i < 400; i++) {
            OutputQueue.Queued next = q.poll();
            served[next.trafficClass()]++;
            q.offer(packet(next.trafficClass(), 1000, next.trafficClass(), OutputQueue.TransmitListener.NONE));
        }
        assertTrue(Math.abs(served[0] - 300) <= 2, served[0] + "/" + served[1]); // deficit round robin: exact per round
        assertEquals(400, served[0] + served[1]);
    }

    @Test
    void aPriorityClassAboveItsRateIsPolicedWhileTheLinkIsBusy() {
        List<String> events = new ArrayList<>();
        OutputQueue.TransmitListener l = new OutputQueue.TransmitListener() {
            @Override
            public void exceeded(int bytes) {
                events.add("exceeded");
            }
        };
        // 64 kbit/s: a burst of 1600 bytes (200 ms), so the ninth 200-byte packet in the same millisecond exceeds
        ClassBasedQueue q = new ClassBasedQueue(List.of(new ClassBasedQueue.ClassSpec(true, 64, false),
                new ClassBasedQueue.ClassSpec(false, 0, false)), 256, clock);
        for (int i = 0; i < 9; i++) {
            assertTrue(q.offer(packet(0, 200, i, l)));
        }
        assertEquals(List.of("exceeded"), events);
        assertEquals(8, q.depth());
        clock.advance(25); // 25 ms at 64 kbit/s refill 200 bytes
        q.offer(packet(0, 200, 99, l));
        assertEquals(9, q.depth());
    }

    @Test
    void aFullClassQueueAndAFullFlowQueueDropAtTheTail() {
        ClassBasedQueue q = new ClassBasedQueue(List.of(new ClassBasedQueue.ClassSpec(false, 0, true)), 256, clock);
        for (int i = 0; i < ClassBasedQueue.FLOW_QUEUE_LIMIT; i++) {
            assertTrue(q.offer(packet(0, 500, 1, OutputQueue.TransmitListener.NONE)));
        }
        assertFalse(q.offer(packet(0, 500, 1, OutputQueue.TransmitListener.NONE)), "the flow's 16 are full");
        assertTrue(q.offer(packet(0, 500, 2, OutputQueue.TransmitListener.NONE)), "another flow still gets in");
        assertEquals(2, q.poll().packet().sourcePort() == 1 ? q.poll().packet().sourcePort() : 0,
                "fair-queue serves the flows in turn");
    }
}
