package org.iosemu.lab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap figures the lab benches print: used now, the pools' peaks, and where the memory goes. */
final class HeapFigures {
    private HeapFigures() {
    }

    static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The 20 biggest classes of the live heap (jcmd GC.class_histogram), to see where memory goes. */
    static String histogram() throws Exception {
        javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        return String.join("\n", text.lines().limit(23).toList());
    }

    /** The sum of the heap pools' peak usage, in MiB. */
    static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024.0 / 1024.0;
    }
}
