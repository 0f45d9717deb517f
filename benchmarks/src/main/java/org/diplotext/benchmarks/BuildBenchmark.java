package org.diplotext.benchmarks;

import java.util.concurrent.TimeUnit;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a parser, lexicons loaded. {@link #cold} is the first build in a fresh JVM (class
 * loading and interpretation included: what a command-line run pays once); {@link #warm} is a
 * rebuild in a warmed-up JVM (what a service pays when it builds a parser per configuration).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    /** The first build in each of five fresh JVMs. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DiplotextParser cold() {
        return Diplotext.builder().build();
    }

    /** A build after twenty others in the same JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 20)
    @Measurement(iterations = 10)
    public DiplotextParser warm() {
        return Diplotext.builder().build();
    }
}
