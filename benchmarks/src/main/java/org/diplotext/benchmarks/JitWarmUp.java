package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.diplotext.DiplotextParser;

/**
 * Parses dispatches until the JIT has compiled the extraction, before anything is measured. The
 * rule code is large: on a two-core machine the optimising compiler needed one to two minutes
 * (wall) to compile and recompile its methods, and the corpus was parsed two to four times slower
 * per CPU-second until then. A fixed warm-up of a few seconds, as JMH's defaults give, measured
 * mostly that earlier code. So this runs windows of at least {@link #WINDOW_NANOS} of CPU time, each
 * a whole number of passes over the texts, until the rate stops rising: no window among the last {@link #PLATEAU_WINDOWS} beats the best before them
 * by more than {@link #RISE}, after at least {@link #MIN_WINDOWS}, or at most {@link #MAX_NANOS}.
 */
final class JitWarmUp {
    static final long WINDOW_NANOS = 2_000_000_000L;
    static final int MIN_WINDOWS = 15;
    static final int PLATEAU_WINDOWS = 8;
    static final double RISE = 0.03;
    static final long MAX_NANOS = 300_000_000_000L;

    /** What a warm-up took: CPU seconds, windows, the best rate seen, and whether it stopped at the cap. */
    record Result(double cpuSeconds, int windows, double bestMbPerCpuSecond, boolean capped) {
        String describe() {
            return String.format(Locale.ROOT, "JIT warm-up: %.0f CPU-seconds over %d windows, rate reached %.2f MB per CPU-second%s",
                    cpuSeconds, windows, bestMbPerCpuSecond, capped ? " (stopped at the cap, still rising)" : "");
        }
    }

    private JitWarmUp() {
    }

    /** Parses {@code texts} in turn until the rate plateaus; prints one line per ten windows as progress. */
    static Result run(DiplotextParser parser, List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("nothing to warm the parser up on");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] sizes = texts.stream().mapToLong(Inputs::utf8Length).toArray();
        long start = threads.getCurrentThreadCpuTime();
        double[] rates = new double[(int) (MAX_NANOS / WINDOW_NANOS) + 1];
        int windows = 0;
        while (true) {
            long windowStart = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            long now = windowStart;
            // whole passes over the texts, so that every window weighs them alike (a 1 MB one beside the corpus)
            while (now - windowStart < WINDOW_NANOS) {
                for (int k = 0; k < texts.size(); k++) {
                    parser.parse(texts.get(k));
                    bytes += sizes[k];
                }
                now = threads.getCurrentThreadCpuTime();
            }
            rates[windows++] = bytes * 1e3 / (now - windowStart); // MB per CPU-second
            if (windows % 10 == 0) {
                System.out.printf(Locale.ROOT, "  warming up: %.0f CPU-seconds, %.2f MB per CPU-second%n", (now - start) / 1e9, rates[windows - 1]);
            }
            boolean capped = now - start >= MAX_NANOS || windows == rates.length;
            if (capped || windows >= MIN_WINDOWS && plateaued(rates, windows)) {
                double best = 0;
                for (int k = 0; k < windows; k++) {
                    best = Math.max(best, rates[k]);
                }
                return new Result((now - start) / 1e9, windows, best, capped);
            }
        }
    }

    /** Whether none of the last {@link #PLATEAU_WINDOWS} rates beats the best before them by more than {@link #RISE}. */
    static boolean plateaued(double[] rates, int windows) {
        double before = 0;
        for (int k = 0; k < windows - PLATEAU_WINDOWS; k++) {
            before = Math.max(before, rates[k]);
        }
        for (int k = Math.max(0, windows - PLATEAU_WINDOWS); k < windows; k++) {
            if (rates[k] > before * (1 + RISE)) {
                return false;
            }
        }
        return true;
    }
}
