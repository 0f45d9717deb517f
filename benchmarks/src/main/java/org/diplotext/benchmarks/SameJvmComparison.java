package org.diplotext.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the library in one JVM: each checkout's compiled {@code core} and
 * {@code parsers} classes get a class loader of their own, both parse the corpus in alternating
 * rounds of {@link #ROUND_NANOS} of CPU time, and the median of the per-round ratios is printed.
 * Runs made at different times differ by up to a factor of two on a shared host; two builds side by
 * side in one JVM see the same host, so a change of a few per cent shows. Run it with
 * {@code -XX:-BackgroundCompilation}, so that both builds are compiled before the rounds count:
 *
 * <pre>
 * java -XX:-BackgroundCompilation -cp benchmarks/target/benchmarks.jar \
 *     org.diplotext.benchmarks.SameJvmComparison OLD_CHECKOUT NEW_CHECKOUT ../shared/corpus/wikinews-fr 60
 * </pre>
 */
public final class SameJvmComparison {
    private static final long ROUND_NANOS = 700_000_000L;
    private static final int WARM_UP_PASSES = 300;

    private SameJvmComparison() {
    }

    /**
     * Arguments: the two checkouts (built with {@code mvn package}), the corpus folder and the number
     * of rounds.
     */
    public static void main(String[] args) throws Throwable {
        if (args.length != 4) {
            System.err.println("usage: SameJvmComparison CHECKOUT_A CHECKOUT_B CORPUS_DIR ROUNDS");
            System.exit(2);
        }
        MethodHandle[] parse = {parser(Path.of(args[0])), parser(Path.of(args[1]))};
        List<String> texts = Inputs.corpusFiles(Path.of(args[2])).stream().map(Inputs::read).toList();
        int rounds = Integer.parseInt(args[3]);
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (MethodHandle p : parse) {
                for (String text : texts) {
                    p.invoke(text);
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[2][rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round + k) % 2; // each build goes first in every other round
                long start = threads.getCurrentThreadCpuTime();
                long read = 0;
                while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
                    for (String text : texts) {
                        parse[which].invoke(text);
                    }
                    read += chars;
                }
                rates[which][round] = read / ((threads.getCurrentThreadCpuTime() - start) / 1e9) / 1e6;
            }
            ratios[round] = rates[1][round] / rates[0][round];
        }
        System.out.printf(Locale.ROOT, "B/A median %.3f (quartiles %.3f, %.3f); A %.2f, B %.2f million characters per CPU-second%n",
                quantile(ratios, 2), quantile(ratios, 1), quantile(ratios, 3), quantile(rates[0], 2), quantile(rates[1], 2));
    }

    /** {@code DiplotextParser.parse(String)} of a parser built from a checkout's classes, as Object to Object. */
    private static MethodHandle parser(Path checkout) throws Throwable {
        ClassLoader loader = new ChildFirst(new URL[] {url(checkout.resolve("parsers/target/classes")), url(checkout.resolve("core/target/classes"))},
                SameJvmComparison.class.getClassLoader());
        Class<?> facade = Class.forName("org.diplotext.Diplotext", true, loader);
        Object builder = facade.getMethod("builder").invoke(null);
        builder = builder.getClass().getMethod("discoverServices", boolean.class).invoke(builder, false); // no extension of the other build
        Object parser = builder.getClass().getMethod("build").invoke(builder);
        Class<?> dispatch = Class.forName("org.diplotext.model.Dispatch", false, loader);
        return MethodHandles.publicLookup().findVirtual(parser.getClass(), "parse", MethodType.methodType(dispatch, String.class))
                .bindTo(parser).asType(MethodType.methodType(Object.class, String.class));
    }

    private static URL url(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no compiled classes at " + folder + ": run mvn package in that checkout");
        }
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static double quantile(double[] values, int quarter) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * quarter / 4)];
    }

    /**
     * Loads the library's own classes and resources (its lexicons) from the checkout before asking its
     * parent, since the benchmarks jar holds a copy of them too; its dependencies come from the parent.
     */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.diplotext.") || name.startsWith("org.diplotext.benchmarks.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
