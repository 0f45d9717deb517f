package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.Dispatch;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end parsing (format detection, structure, extraction) with one shared parser: one
 * operation parses one dispatch. The primary score is dispatches per second; the secondary
 * {@code bytes} counter is UTF-8 input bytes per second (divide by 10^6 for MB/s), and
 * {@code cpuNanos} the CPU time the parsing threads used per second, which turns both into
 * speeds per CPU-second on a machine that other work shares.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class ParseBenchmark {

    /** The dispatches parsed: {@code seed}, {@code corpus} (every file in turn), or a synthetic size. */
    @Param({"seed", "corpus", "1KB", "5KB", "100KB", "1MB"})
    public String input;

    /** The corpus folder, read at set-up. */
    @Param("../shared/corpus/wikinews-fr")
    public String corpus;

    /** The seed dispatch, read at set-up. */
    @Param("../shared/seeds/000_5ffead0ab71d9f47.txt")
    public String seed;

    DiplotextParser parser;
    String[] texts;
    int[] sizes;

    @Setup(Level.Trial)
    public void setUp() {
        parser = Diplotext.builder().build();
        List<String> loaded = Inputs.load(input, Path.of(seed), Path.of(corpus));
        texts = loaded.toArray(String[]::new);
        sizes = loaded.stream().mapToInt(Inputs::utf8Length).toArray();
        System.out.println(JitWarmUp.run(parser, Inputs.warmUpTexts(loaded, Path.of(corpus))).describe());
    }

    /** Where a thread is in the list of dispatches, and what it has read in this iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Reader {
        int next;
        /** UTF-8 bytes parsed; JMH reports it as a rate. */
        public long bytes;
        /**
         * CPU time the parsing thread spent, in ns; JMH reports it as a rate too. bytes over
         * cpuNanos is the speed on one core even when other processes share the machine.
         */
        public long cpuNanos;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            cpuNanos = 0;
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Dispatch parseNext(Reader reader) {
        int i = reader.next;
        reader.next = i + 1 == texts.length ? 0 : i + 1;
        long before = CPU.getCurrentThreadCpuTime();
        Dispatch dispatch = parser.parse(texts[i]);
        reader.cpuNanos += CPU.getCurrentThreadCpuTime() - before;
        reader.bytes += sizes[i];
        return dispatch;
    }

    /** One thread parsing. */
    @Benchmark
    @Threads(1)
    public Dispatch oneThread(Reader reader) {
        return parseNext(reader);
    }

    /** As many threads as the machine has cores, sharing one parser. */
    @Benchmark
    @Threads(Threads.MAX)
    public Dispatch allCores(Reader reader) {
        return parseNext(reader);
    }
}
