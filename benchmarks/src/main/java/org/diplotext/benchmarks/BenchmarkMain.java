package org.diplotext.benchmarks;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the diplotext benchmarks and prints, after JMH's own report, a summary in MB/s and
 * dispatches/s checked against the targets of README "Performance". Takes JMH's command-line
 * options ({@code -p corpus=PATH}, {@code -f}, {@code -wi}, a benchmark regex, {@code -prof gc}...).
 */
public final class BenchmarkMain {
    private static final Set<String> JMH_ONLY = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");
    private static final double TARGET_MB_PER_S = 10;
    private static final double TARGET_BUILD_MS = 300;
    private static final double TARGET_HEAP_MB = 64;
    private static final double TARGET_LINEARITY = 2;
    private static final int LINEARITY_ROUNDS = 10;

    private BenchmarkMain() {
    }

    /** Runs the benchmarks; see the class comment. */
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (JMH_ONLY.contains(arg)) {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Measured first, in a JVM that has loaded nothing of JMH's runs yet.
        long[] heap = HeapHeld.measure();
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "heap held by the first parser built (lexicons and static data): %.1f MB "
                + "(target < %.0f MB: %s); by a second parser: %.1f MB",
                mb(heap[0]), TARGET_HEAP_MB, verdict(mb(heap[0]) < TARGET_HEAP_MB), mb(heap[1])));
        summary.add(String.format(Locale.ROOT, "first parser build in this JVM: %.0f ms wall (target < %.0f ms: %s); "
                + "CPU %.0f ms on the building thread, %.0f ms in the whole process (the formats' thread and JIT "
                + "compilation included)", heap[2] / 1e6, TARGET_BUILD_MS, verdict(heap[2] / 1e6 < TARGET_BUILD_MS),
                heap[3] / 1e6, heap[4] / 1e6));
        if (measuresParsing(options)) {
            Linearity.Result linearity = Linearity.measure(Path.of(parameter(options, "seed", "../shared/seeds/000_5ffead0ab71d9f47.txt")),
                    Path.of(parameter(options, "corpus", "../shared/corpus/wikinews-fr")), LINEARITY_ROUNDS);
            summary.add(String.format(Locale.ROOT, "CPU cost per byte of a 1MB dispatch / of the same text in 5KB dispatches, "
                    + "alternating in one JVM (median of %d rounds): %.2f (target <= %.0f: %s); 5KB dispatches %.2f, 1MB %.2f "
                    + "MB per CPU-second", LINEARITY_ROUNDS - 2, linearity.ratio(), TARGET_LINEARITY,
                    verdict(linearity.ratio() <= TARGET_LINEARITY), linearity.slicesRate(), linearity.largeRate()));
            summary.add(String.format(Locale.ROOT, "  for comparison, against one 5KB dispatch parsed again and again (its text "
                    + "stays in the CPU caches): %.2f; %.2f MB per CPU-second", linearity.repeatedRatio(), linearity.repeatedRate()));
        }
        summary.forEach(System.out::println);

        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        summary.addAll(summarise(results));
        System.out.println();
        System.out.println("== diplotext summary");
        summary.forEach(System.out::println);
    }

    private static List<String> summarise(Collection<RunResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-10s %-8s %14s %10s %16s %12s", "input", "threads", "dispatches/s", "MB/s",
                "dispatches/CPU-s", "MB/CPU-s"));
        Double corpusOne = null;
        Double small = null;
        Double large = null;
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            Result<?> primary = run.getPrimaryResult();
            if (benchmark.endsWith("ParseBenchmark.oneThread") || benchmark.endsWith("ParseBenchmark.allCores")) {
                String input = run.getParams().getParam("input");
                Result<?> bytes = run.getSecondaryResults().get("bytes");
                Result<?> cpuNanos = run.getSecondaryResults().get("cpuNanos");
                double mbPerS = bytes == null ? Double.NaN : bytes.getScore() / 1e6;
                // Both counters are rates over the same wall time: their ratio is per CPU-second.
                double cpuSeconds = cpuNanos == null ? Double.NaN : cpuNanos.getScore() / 1e9;
                double mbPerCpuS = mbPerS / cpuSeconds;
                int threads = run.getParams().getThreads();
                lines.add(String.format(Locale.ROOT, "%-10s %-8d %14.1f %10.2f %16.1f %12.2f", input, threads,
                        primary.getScore(), mbPerS, primary.getScore() / cpuSeconds, mbPerCpuS));
                if (benchmark.endsWith("oneThread")) {
                    switch (input) {
                        case "corpus" -> corpusOne = mbPerCpuS;
                        case "5KB" -> small = mbPerCpuS;
                        case "1MB" -> large = mbPerCpuS;
                        default -> { }
                    }
                }
            } else if (benchmark.endsWith("StageBenchmark.formatStage") || benchmark.endsWith("StageBenchmark.extractionStage")) {
                Result<?> bytes = run.getSecondaryResults().get("bytes");
                Result<?> cpuNanos = run.getSecondaryResults().get("cpuNanos");
                double mbPerCpuS = bytes == null || cpuNanos == null ? Double.NaN : bytes.getScore() / 1e6 / (cpuNanos.getScore() / 1e9);
                String which = benchmark.endsWith("formatStage") ? "format stage alone" : "extraction alone";
                lines.add(String.format(Locale.ROOT, "%s, one thread on the corpus: %.2f MB per CPU-second", which, mbPerCpuS));
            } else if (benchmark.endsWith("BuildBenchmark.cold") || benchmark.endsWith("BuildBenchmark.warm")) {
                double ms = primary.getScore();
                String which = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                lines.add(String.format(Locale.ROOT, "parser build, %s: %.1f ± %.1f ms (target < %.0f ms: %s)",
                        which, ms, primary.getScoreError(), TARGET_BUILD_MS, verdict(ms < TARGET_BUILD_MS)));
            }
        }
        if (corpusOne != null) {
            lines.add(String.format(Locale.ROOT, "one thread on the corpus: %.2f MB per CPU-second (target >= %.0f MB/s on one core: %s)",
                    corpusOne, TARGET_MB_PER_S, verdict(corpusOne >= TARGET_MB_PER_S)));
        }
        if (small != null && large != null) {
            double ratio = small / large;
            lines.add(String.format(Locale.ROOT, "CPU cost per byte of 1MB / CPU cost per byte of 5KB across JMH's forks: %.2f "
                    + "(each size warmed up in its own fork; the same-JVM figure above is the steadier one)", ratio));
        }
        return lines;
    }

    /** Whether the run includes the parse benchmarks (no benchmark named, or one of them). */
    private static boolean measuresParsing(CommandLineOptions options) {
        List<String> includes = options.getIncludes();
        return includes.isEmpty() || includes.stream()
                .anyMatch(pattern -> java.util.regex.Pattern.compile(pattern).matcher(ParseBenchmark.class.getName() + ".oneThread").find());
    }

    /** The first value given to a JMH parameter with {@code -p}, or the benchmarks' default. */
    private static String parameter(CommandLineOptions options, String name, String fallback) {
        org.openjdk.jmh.util.Optional<Collection<String>> values = options.getParameter(name);
        return values.hasValue() && !values.get().isEmpty() ? values.get().iterator().next() : fallback;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
