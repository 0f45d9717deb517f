package org.diplotext.examples.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;

/**
 * Parses a folder of dispatches into one JSON Lines file, several files at a time, with a
 * progress bar on standard error and a summary at the end:
 *
 * <pre>
 * java -jar diplotext.jar corpus [-o OUT.jsonl] [--threads N] [--progress auto|bar|lines|none] [--date YYYY-MM-DD] DIR|FILE...
 * </pre>
 *
 * <p>Files ({@code *.txt}, {@code *.xml}, in name order below each folder) are parsed in parallel
 * by one shared parser and written in order, one JSON document per dispatch. A file that cannot
 * be read gets one line on standard error and the run goes on; the exit status is then 1.
 */
public final class CorpusRun {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: diplotext corpus [-o OUT.jsonl] [--threads N] [--progress auto|bar|lines|none]
                                    [--date YYYY-MM-DD] DIR|FILE...
              DIR         every *.txt and *.xml file below it, in name order
              -o FILE     write JSON Lines to FILE (default: standard output)
              --threads   files parsed at once (default: the number of processors)
              --progress  bar on a terminal, plain lines otherwise (auto, the default), or none
              --date      the day the dispatches were published, for those whose text gives no
                          year (PARIS, 14 mars (AFP) - ...); a full date in the text wins
            """;

    private final OutputStream stdout;
    private final PrintStream err;
    private final DiplotextParser parser;
    private final LongSupplier nanoTime;

    /**
     * A corpus run writing to the given streams.
     *
     * @param stdout   where JSON Lines go without {@code -o}
     * @param err      where progress, failures and the summary go
     * @param parser   the parser, shared by the worker threads
     * @param nanoTime the clock of the progress display
     */
    public CorpusRun(OutputStream stdout, PrintStream err, DiplotextParser parser, LongSupplier nanoTime) {
        this.stdout = stdout;
        this.err = err;
        this.parser = parser;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs a corpus and exits with its status.
     *
     * @param args the command line, without the {@code corpus} subcommand
     */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new CorpusRun(System.out, err, Diplotext.parser(), System::nanoTime).run(args));
    }

    /**
     * Runs with the arguments after {@code corpus}.
     *
     * @param args the arguments
     * @return the exit status: 0, 1 if a file could not be read, 2 for a usage error
     */
    public int run(String[] args) {
        Path output = null;
        int threads = Runtime.getRuntime().availableProcessors();
        Progress.Mode mode = null;
        LocalDate date = null;
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-h", "--help" -> {
                        err.print(USAGE_TEXT);
                        return OK;
                    }
                    case "-o", "--output" -> output = Path.of(value(args, ++i));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                    case "--date" -> date = referenceDate(i + 1 < args.length ? args[++i] : null);
                    case "--progress" -> {
                        String v = value(args, ++i);
                        mode = "auto".equals(v) ? null : Progress.Mode.valueOf(v.toUpperCase(Locale.ROOT));
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                        }
                        inputs.add(Path.of(args[i]));
                    }
                }
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("corpus needs at least one DIR or FILE");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("diplotext corpus: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<Path> files = new ArrayList<>();
        boolean failed = false;
        for (Path input : inputs) {
            try {
                files.addAll(list(input));
            } catch (DiplotextException e) {
                err.println("diplotext corpus: " + e.getMessage());
                failed = true;
            }
        }
        Progress progress = new Progress(err, mode == null ? Progress.Mode.auto() : mode, nanoTime, files.size());
        Summary summary;
        try (OutputStream target = output == null ? new NonClosing(stdout) : Files.newOutputStream(output);
             Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8))) {
            summary = parse(files, threads, out, progress, date);
        } catch (IOException | UncheckedIOException e) {
            progress.finish();
            err.println("diplotext corpus: cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage());
            return SOME_FAILED;
        }
        progress.finish();
        err.println(summary.describe(progress.elapsedSeconds(), output));
        return failed || summary.failures > 0 ? SOME_FAILED : OK;
    }

    /**
     * The day a {@code --date} option gives (the command line's {@code parse} reads it the same way).
     *
     * @param value the option's value, or null when it has none
     * @return the day
     * @throws IllegalArgumentException naming the option and the expected form when {@code value}
     *                                  is missing or not an ISO date
     */
    public static LocalDate referenceDate(String value) {
        if (value == null) {
            throw new IllegalArgumentException("--date needs a day as YYYY-MM-DD, such as 2024-03-14");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date needs a day as YYYY-MM-DD, such as 2024-03-14, not '" + value + "'", e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The outcome of one file: its JSON lines and counts, or why it failed. */
    private record Outcome(Path file, List<String> lines, List<Dispatch> dispatches, String failure) {
    }

    private Summary parse(List<Path> files, int threads, Writer out, Progress progress, LocalDate date) throws IOException {
        Summary summary = new Summary(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplotext-corpus");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            progress.update(0);
            while (done < files.size()) {
                // A bounded window keeps memory flat and output in input order.
                while (next < files.size() && window.size() < threads * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> parseOne(file, date)));
                }
                Outcome o = await(window.poll());
                done++;
                if (o.failure() != null) {
                    summary.failures++;
                    progress.message("diplotext corpus: " + o.failure());
                } else {
                    for (String line : o.lines()) {
                        out.write(line);
                        out.write('\n');
                    }
                    o.dispatches().forEach(summary::add);
                }
                progress.update(done);
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    /** Parses one file, with {@code date} as the reference date when there is one. */
    private Outcome parseOne(Path file, LocalDate date) {
        try {
            String text = DiplotextParser.read(file);
            List<Dispatch> dispatches = date == null ? parser.parseAll(text) : parser.parseAll(text, date);
            return new Outcome(file, dispatches.stream().map(DispatchJson::toJsonLine).toList(), dispatches, null);
        } catch (DiplotextException e) {
            return new Outcome(file, List.of(), List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(file, List.of(), List.of(), file + ": internal error: " + e);
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The {@code *.txt} and {@code *.xml} files below a folder, in name order, or the file itself.
     *
     * @param input a folder or a file
     * @return the files
     * @throws DiplotextException if the input does not exist or cannot be listed
     */
    public static List<Path> list(Path input) {
        if (!Files.exists(input)) {
            throw new DiplotextException(input + ": no such file or directory");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") || n.endsWith(".xml");
            }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DiplotextException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Totals of a run. */
    static final class Summary {
        final int files;
        int failures;
        int dispatches;
        int actors;
        int communications;
        int demands;
        final Map<ParseIssue.Severity, Integer> issues = new EnumMap<>(ParseIssue.Severity.class);

        Summary(int files) {
            this.files = files;
        }

        void add(Dispatch d) {
            dispatches++;
            actors += d.actors().size();
            communications += d.communications().size();
            demands += d.demands().size();
            d.issues().forEach(i -> issues.merge(i.severity(), 1, Integer::sum));
        }

        String describe(double seconds, Path output) {
            return String.format(Locale.ROOT,
                    "%d files (%d failed), %d dispatches in %.1f s (%.1f files/s): %d actors, %d communications,"
                            + " %d demands; issues: %d errors, %d warnings, %d infos%s",
                    files, failures, dispatches, seconds, files / Math.max(seconds, 1e-9), actors, communications, demands,
                    issues.getOrDefault(ParseIssue.Severity.ERROR, 0), issues.getOrDefault(ParseIssue.Severity.WARNING, 0),
                    issues.getOrDefault(ParseIssue.Severity.INFO, 0), output == null ? "" : "; wrote " + output);
        }
    }

    /** Standard output must stay open after the run. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
