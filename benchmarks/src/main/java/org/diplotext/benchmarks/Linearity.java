package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;

/**
 * How the cost per byte grows with a dispatch's size, measured in one JVM so that both sizes run on
 * the same compiled code and the same host conditions. JMH measures each size in its own fork,
 * where the 1 MB one gets only a few parses to warm up on: the ratio of those forks' figures moved
 * from 1.45 to 2.6 between runs of unchanged code.
 *
 * <p>The 1 MB dispatch is compared with the same text cut into dispatches of at most 5 KB, each
 * under the same headline, parsed one after the other: same words, same bytes, only the size of a
 * dispatch differs. One 5 KB dispatch parsed over and over is also measured, as earlier runs did,
 * but it reads faster than any varied text (the words it looks up and the branches it takes stay in
 * the CPU's caches and predictors: on the development machine one corpus file parsed again and
 * again ran at about twice the rate of the corpus parsed file after file), so its ratio mixes the
 * growth with size with that warmth and is printed for comparison only.
 */
final class Linearity {
    private static final int SMALL = 5 * 1024;
    private static final int LARGE = 1024 * 1024;
    private static final long ROUND_NANOS = 1_000_000_000L;
    /** Rounds left out after {@link JitWarmUp}, which warms up on the corpus and both sizes first. */
    private static final int WARM_UP = 2;

    /**
     * Medians over the rounds after warm-up: the 1 MB dispatch's CPU cost per byte over that of its
     * text in 5 KB dispatches, and over that of one 5 KB dispatch parsed again and again; the MB per
     * CPU-second of each.
     */
    record Result(double ratio, double slicesRate, double largeRate, double repeatedRatio, double repeatedRate) {
    }

    private Linearity() {
    }

    static Result measure(Path seed, Path corpus, int rounds) {
        String small = Inputs.synthetic(SMALL, seed, corpus);
        String large = Inputs.synthetic(LARGE, seed, corpus);
        List<String> slices = Inputs.slices(large, SMALL);
        double smallBytes = Inputs.utf8Length(small);
        double largeBytes = Inputs.utf8Length(large);
        double slicesBytes = slices.stream().mapToInt(Inputs::utf8Length).sum();
        DiplotextParser parser = Diplotext.builder().discoverServices(false).build();
        List<String> warmUp = new java.util.ArrayList<>(slices);
        warmUp.add(small);
        warmUp.add(large);
        System.out.println(JitWarmUp.run(parser, Inputs.warmUpTexts(warmUp, corpus)).describe());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int kept = Math.max(1, rounds - WARM_UP);
        double[] ratios = new double[kept];
        double[] slicesRates = new double[kept];
        double[] largeRates = new double[kept];
        double[] repeatedRatios = new double[kept];
        double[] repeatedRates = new double[kept];
        for (int round = 0; round < WARM_UP + kept; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String slice : slices) {
                parser.parse(slice);
            }
            double slicesNanosPerByte = (threads.getCurrentThreadCpuTime() - start) / slicesBytes;
            start = threads.getCurrentThreadCpuTime();
            parser.parse(large);
            double largeNanosPerByte = (threads.getCurrentThreadCpuTime() - start) / largeBytes;
            start = threads.getCurrentThreadCpuTime();
            long parses = 0;
            while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
                parser.parse(small);
                parses++;
            }
            double repeatedNanosPerByte = (threads.getCurrentThreadCpuTime() - start) / (parses * smallBytes);
            if (round >= WARM_UP) {
                int k = round - WARM_UP;
                ratios[k] = largeNanosPerByte / slicesNanosPerByte;
                slicesRates[k] = 1e3 / slicesNanosPerByte;
                largeRates[k] = 1e3 / largeNanosPerByte;
                repeatedRatios[k] = largeNanosPerByte / repeatedNanosPerByte;
                repeatedRates[k] = 1e3 / repeatedNanosPerByte;
            }
        }
        return new Result(median(ratios), median(slicesRates), median(largeRates), median(repeatedRatios),
                median(repeatedRates));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
