package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;

/**
 * How the cost per byte grows with a dispatch's size, measured in one JVM: rounds alternate between
 * parsing the 5 KB synthetic dispatch for a CPU-second and the 1 MB one twice, so both sizes run
 * on the same compiled code and the same host conditions. JMH measures each size in its own fork,
 * where the 1 MB one gets only a few parses to warm up on: the ratio of those forks' figures moved
 * from 1.45 to 2.6 between runs of unchanged code, while this one stays within a few tenths.
 */
final class Linearity {
    private static final int SMALL = 5 * 1024;
    private static final int LARGE = 1024 * 1024;
    private static final long ROUND_NANOS = 1_000_000_000L;
    /** Rounds left out after {@link JitWarmUp}, which warms up on the corpus and both sizes first. */
    private static final int WARM_UP = 2;

    private Linearity() {
    }

    /**
     * The median over the rounds after warm-up of the 1 MB dispatch's CPU cost per byte over the
     * 5 KB one's, then the median MB per CPU-second of each.
     */
    static double[] measure(Path seed, Path corpus, int rounds) {
        String small = Inputs.synthetic(SMALL, seed, corpus);
        String large = Inputs.synthetic(LARGE, seed, corpus);
        double smallBytes = Inputs.utf8Length(small);
        double largeBytes = Inputs.utf8Length(large);
        DiplotextParser parser = Diplotext.builder().discoverServices(false).build();
        System.out.println(JitWarmUp.run(parser, Inputs.warmUpTexts(java.util.List.of(small, large), corpus)).describe());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int kept = Math.max(1, rounds - WARM_UP);
        double[] ratios = new double[kept];
        double[] smallRates = new double[kept];
        double[] largeRates = new double[kept];
        for (int round = 0; round < WARM_UP + kept; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long parses = 0;
            while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
                parser.parse(small);
                parses++;
            }
            double smallNanosPerByte = (threads.getCurrentThreadCpuTime() - start) / (parses * smallBytes);
            start = threads.getCurrentThreadCpuTime();
            parser.parse(large);
            parser.parse(large);
            double largeNanosPerByte = (threads.getCurrentThreadCpuTime() - start) / (2 * largeBytes);
            if (round >= WARM_UP) {
                int k = round - WARM_UP;
                ratios[k] = largeNanosPerByte / smallNanosPerByte;
                smallRates[k] = 1e3 / smallNanosPerByte;
                largeRates[k] = 1e3 / largeNanosPerByte;
            }
        }
        return new double[] {median(ratios), median(smallRates), median(largeRates)};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
