package org.diplotext.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplotext.Diplotext;
import org.diplotext.extract.Extraction;
import org.diplotext.format.Formats;
import org.diplotext.model.Dispatch;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The two halves of a parse, apart, on one thread over every corpus file in turn: the format
 * stage (choosing a format and reading the dispatch's anatomy) and the extraction (actors,
 * communications, demands, dates) of an anatomy read beforehand. It calls the library's
 * internal packages, which are on the class path here: a tool for the project, not an example.
 * The secondary counters are those of {@link ParseBenchmark.Reader}: UTF-8 bytes and CPU time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
@Threads(1)
public class StageBenchmark {

    /** The corpus folder, read at set-up. */
    @Param("../shared/corpus/wikinews-fr")
    public String corpus;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    List<DispatchFormat> formats;
    Extraction extraction;
    String[] texts;
    int[] sizes;
    /** For each text, its first dispatch's anatomy, read at set-up. */
    Layout[] layouts;

    @Setup
    public void setUp() {
        formats = Formats.builtIn();
        extraction = Extraction.create(List.of());
        List<String> loaded = Inputs.load(Inputs.CORPUS, Path.of("unused"), Path.of(corpus));
        texts = loaded.toArray(String[]::new);
        sizes = loaded.stream().mapToInt(Inputs::utf8Length).toArray();
        List<Layout> read = new ArrayList<>();
        for (String text : texts) {
            read.add(Formats.choose(text, formats).read(text).get(0));
        }
        layouts = read.toArray(Layout[]::new);
        // The stages run the code a whole parse runs: warming a parser up compiles it.
        System.out.println(JitWarmUp.run(Diplotext.builder().discoverServices(false).build(), loaded).describe());
    }

    /** Format choice and anatomy of one corpus file. */
    @Benchmark
    public List<Layout> formatStage(ParseBenchmark.Reader reader) {
        int i = next(reader);
        long before = CPU.getCurrentThreadCpuTime();
        List<Layout> read = Formats.choose(texts[i], formats).read(texts[i]);
        reader.cpuNanos += CPU.getCurrentThreadCpuTime() - before;
        return read;
    }

    /** Extraction from the anatomy of one corpus file. */
    @Benchmark
    public Dispatch extractionStage(ParseBenchmark.Reader reader) {
        int i = next(reader);
        long before = CPU.getCurrentThreadCpuTime();
        Dispatch dispatch = extraction.extract(texts[i], layouts[i]);
        reader.cpuNanos += CPU.getCurrentThreadCpuTime() - before;
        return dispatch;
    }

    private int next(ParseBenchmark.Reader reader) {
        int i = reader.next;
        reader.next = i + 1 == texts.length ? 0 : i + 1;
        reader.bytes += sizes[i];
        return i;
    }
}
