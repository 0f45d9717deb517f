package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;

/**
 * Heap held by a built parser, measured without an agent: the heap in use after full collections,
 * before and after building a parser (and parsing one small text with it, so that anything
 * loaded lazily is counted) while a strong reference keeps it alive. The difference is the
 * parser's retained size plus any static data its build loaded, within a few hundred KB of noise
 * (class metadata is not heap and not counted).
 */
final class HeapHeld {
    private static volatile Object keep;

    private HeapHeld() {
    }

    /**
     * Heap in bytes held by the first parser built in this JVM and by a second one, then the wall
     * time, the building thread's CPU time and the whole process's CPU time in ns of the first
     * build (diplotext's classes and the lexicons loaded). The build reads the formats' data on a
     * second thread, and the JIT compiles on others: the process's CPU time is what one core would
     * spend.
     */
    static long[] measure() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Nothing is warmed up first: building a parser needs no JSON object mapper, so the
        // first build pays all it needs, as in a command-line run.
        long before = usedAfterGc();
        long wall = System.nanoTime();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        long cpu = threads.getCurrentThreadCpuTime();
        DiplotextParser first = Diplotext.builder().build();
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        process = os.getProcessCpuTime() - process;
        wall = System.nanoTime() - wall;
        first.parse("Titre\n\nGenève (ATS) - La Suisse a invité la Russie à des pourparlers.\n");
        keep = first;
        long afterFirst = usedAfterGc();
        DiplotextParser second = Diplotext.builder().build();
        second.parse("Titre\n\nGenève (ATS) - La Suisse a invité la Russie à des pourparlers.\n");
        keep = new Object[] {first, second};
        long afterSecond = usedAfterGc();
        keep = null;
        return new long[] {afterFirst - before, afterSecond - afterFirst, wall, cpu, process};
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Repeat until a collection frees nothing more: finalisation and soft references can
        // release memory over more than one cycle.
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - now) < 64 * 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
