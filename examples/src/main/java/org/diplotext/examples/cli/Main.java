package org.diplotext.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.examples.corpus.CorpusRun;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;

/**
 * The diplotext command line: {@code java -jar diplotext.jar parse FILE|DIR|- [...]}.
 *
 * <p>One input holding one dispatch prints one indented JSON document; several inputs, a
 * directory, or a text holding several dispatches print JSON Lines, one document per dispatch.
 * {@code --summary} prints a readable table instead. Standard output carries nothing but the
 * documents (or the table). An input that cannot be read gets one line on standard error naming
 * it, the others are still processed, and the exit status is 1; a usage error exits with 2.
 */
public final class Main {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: diplotext parse [--summary] [--jsonl] [--date YYYY-MM-DD] FILE|DIR|- [FILE|DIR|- ...]
              FILE     a UTF-8 text file holding one or more dispatches
              DIR      every *.txt and *.xml file below it, in name order
              -        standard input
              --summary  print a table (headline, agency, date, actors, communications, demands)
              --jsonl    print JSON Lines even for a single document
              --date     the day the dispatches were published (a feed's wire date), for those
                         whose text gives no year: PARIS, 14 mars (AFP) - ...; a full date in the
                         text wins
            or: diplotext corpus [-o OUT.jsonl] [--threads N] [--progress auto|bar|lines|none]
                                 [--date YYYY-MM-DD] DIR|FILE...
            or: diplotext report [-o REPORT.html] [--title TEXT] DIR|FILE.jsonl|FILE...
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final DiplotextParser parser;
    private final Function<Path, String> files;

    Main(PrintStream out, PrintStream err, InputStream in, DiplotextParser parser) {
        this(out, err, in, parser, DiplotextParser::read);
    }

    /** With {@code files} reading a file's text, throwing DiplotextException when it cannot. */
    Main(PrintStream out, PrintStream err, InputStream in, DiplotextParser parser, Function<Path, String> files) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.parser = parser;
        this.files = files;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // Logs are the library's business; without a provider SLF4J would warn on stderr at start.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Main(out, err, System.in, Diplotext.parser()).run(args);
        out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if ("corpus".equals(args[0])) {
            return new CorpusRun(out, err, parser, System::nanoTime).run(rest);
        }
        if ("report".equals(args[0])) {
            return new org.diplotext.examples.report.ReportMain(out, err, parser).run(rest);
        }
        if (!"parse".equals(args[0])) {
            err.println("diplotext: unknown command '" + args[0] + "'");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        boolean summary = false;
        boolean jsonLines = false;
        LocalDate date = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--summary" -> summary = true;
                case "--jsonl" -> jsonLines = true;
                case "--date" -> {
                    try {
                        date = CorpusRun.referenceDate(i + 1 < args.length ? args[++i] : null);
                    } catch (IllegalArgumentException e) {
                        err.println("diplotext: " + e.getMessage());
                        err.print(USAGE_TEXT);
                        return USAGE;
                    }
                }
                case "-h", "--help" -> {
                    out.print(USAGE_TEXT);
                    out.flush();
                    return OK;
                }
                default -> {
                    // A file whose name starts with '-' can be given as ./-name.
                    if (args[i].startsWith("-") && !"-".equals(args[i])) {
                        err.println("diplotext: unknown option '" + args[i] + "'");
                        err.print(USAGE_TEXT);
                        return USAGE;
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (inputs.isEmpty()) {
            err.println("diplotext: parse needs at least one FILE, DIR or -");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        return parseAll(inputs, summary, jsonLines, date);
    }

    /** Parses with {@code date} as the reference date when there is one. */
    private List<Dispatch> parse(String text, LocalDate date) {
        return date == null ? parser.parseAll(text) : parser.parseAll(text, date);
    }

    private int parseAll(List<String> inputs, boolean summary, boolean jsonLines, LocalDate date) {
        // The shape of the output follows the command line, not which inputs turn out readable.
        boolean manyInputs = inputs.size() > 1 || inputs.stream().anyMatch(Main::isDirectory);
        SummaryTable table = summary ? new SummaryTable() : null;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean failed = false;
        for (String input : inputs) {
            List<Source> sources;
            try {
                sources = expand(input);
            } catch (DiplotextException e) {
                failed = true;
                report(e.getMessage());
                continue;
            }
            for (Source source : sources) {
                List<Dispatch> dispatches;
                try {
                    dispatches = parse(source.read(in, files), date);
                } catch (DiplotextException e) {
                    failed = true;
                    report(e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    // A bug must not cost the user the other files.
                    failed = true;
                    report(source.name() + ": internal error: " + e);
                    continue;
                }
                if (table != null) {
                    dispatches.forEach(d -> table.add(source.name(), d));
                } else {
                    write(writer, dispatches, !jsonLines && !manyInputs && dispatches.size() == 1);
                    if (out.checkError()) {
                        // A closed pipe (| head): nobody reads what the other inputs would give.
                        report("cannot write to standard output");
                        return SOME_FAILED;
                    }
                }
            }
        }
        if (table != null) {
            table.print(out);
        }
        out.flush();
        if (out.checkError()) {
            report("cannot write to standard output");
            return SOME_FAILED;
        }
        return failed ? SOME_FAILED : OK;
    }

    private static void write(Writer writer, List<Dispatch> dispatches, boolean pretty) {
        try {
            for (Dispatch d : dispatches) {
                DispatchJson.write(d, writer, pretty);
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            // The PrintStream underneath records failures rather than throwing; run() checks it.
            throw new UncheckedIOException(e);
        }
    }

    /** One line on standard error, whatever line breaks the message holds. */
    private void report(String message) {
        err.println("diplotext: " + message.replaceAll("\\R+", " "));
    }

    private static boolean isDirectory(String input) {
        try {
            return !"-".equals(input) && Files.isDirectory(Path.of(input));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static List<Source> expand(String input) {
        if ("-".equals(input)) {
            return List.of(Source.STDIN);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new DiplotextException(input + ": not a valid path: " + e.getReason(), e);
        }
        if (!Files.exists(path)) {
            throw new DiplotextException(input + ": no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(new Source(path));
        }
        List<Source> found;
        try (Stream<Path> walk = Files.walk(path)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".txt") || name.endsWith(".xml");
                    })
                    .sorted()
                    .map(Source::new)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DiplotextException(input + ": cannot list directory: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new DiplotextException(input + ": directory holds no .txt or .xml file");
        }
        return found;
    }

    /** A file, or standard input when {@code path} is null. */
    private record Source(Path path) {
        static final Source STDIN = new Source(null);

        String name() {
            return path == null ? "-" : path.toString();
        }

        String read(InputStream in, Function<Path, String> files) {
            if (path != null) {
                return files.apply(path);
            }
            try {
                return DiplotextParser.decode(in.readAllBytes(), "standard input");
            } catch (IOException e) {
                throw new DiplotextException("standard input: cannot read: " + e.getMessage(), e);
            }
        }
    }
}
