package org.diplotext.examples.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;

/**
 * Writes a self-contained HTML report of many dispatches: the network of actors, a timeline of
 * communications and demands, tables that link to the evidence, and the text of each dispatch.
 *
 * <pre>
 * java -jar diplotext.jar report [-o REPORT.html] [--title TEXT] DIR|FILE.jsonl|FILE...
 * </pre>
 *
 * <p>A folder is parsed ({@code *.txt} and {@code *.xml} below it, in name order); a
 * {@code .jsonl} file is read as JSON Lines written by {@code diplotext corpus} or
 * {@code parse --jsonl}; any other file is parsed. What cannot be read gets one line on standard
 * error and the rest is still reported; the exit status is then 1.
 */
public final class ReportMain {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: diplotext report [-o REPORT.html] [--title TEXT] DIR|FILE.jsonl|FILE...
              DIR          every *.txt and *.xml file below it is parsed
              FILE.jsonl   dispatches already parsed, one JSON document a line
              -o FILE      the page to write (default: diplotext-report.html)
              --title      the page's title
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final DiplotextParser parser;

    /**
     * A report command writing messages to the given streams.
     *
     * @param out    where the path of the page written is announced
     * @param err    where unreadable inputs are reported
     * @param parser the parser for text inputs
     */
    public ReportMain(PrintStream out, PrintStream err, DiplotextParser parser) {
        this.out = out;
        this.err = err;
        this.parser = parser;
    }

    /**
     * Writes a report and exits with the status.
     *
     * @param args the command line, without the {@code report} subcommand
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ReportMain(out, err, Diplotext.parser()).run(args));
    }

    /**
     * Runs with the arguments after {@code report}.
     *
     * @param args the arguments
     * @return the exit status: 0, 1 if an input could not be read, 2 for a usage error
     */
    public int run(String[] args) {
        Path output = Path.of("diplotext-report.html");
        String title = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("-h".equals(a) || "--help".equals(a)) {
                out.print(USAGE_TEXT);
                return OK;
            } else if (("-o".equals(a) || "--output".equals(a) || "--title".equals(a)) && i + 1 < args.length) {
                if ("--title".equals(a)) {
                    title = args[++i];
                } else {
                    output = Path.of(args[++i]);
                }
            } else if (a.startsWith("-")) {
                err.println("diplotext report: unknown option or missing value '" + a + "'");
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (inputs.isEmpty()) {
            err.println("diplotext report: report needs at least one DIR or FILE");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        boolean failed = false;
        List<HtmlReport.Doc> docs = new ArrayList<>();
        for (Path input : inputs) {
            failed |= !load(input, docs);
        }
        String pageTitle = title != null ? title : "diplotext report: " + String.join(", ",
                inputs.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).toList());
        try {
            Files.writeString(output, new HtmlReport(docs, pageTitle).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("diplotext report: cannot write " + output + ": " + e.getMessage());
            return SOME_FAILED;
        }
        out.println("wrote " + output + " (" + docs.size() + (docs.size() == 1 ? " dispatch)" : " dispatches)"));
        return failed ? SOME_FAILED : OK;
    }

    /** Adds the dispatches of one input; false if some could not be read. */
    private boolean load(Path input, List<HtmlReport.Doc> docs) {
        boolean ok = true;
        List<Path> files;
        try {
            files = Files.isDirectory(input) ? org.diplotext.examples.corpus.CorpusRun.list(input) : List.of(input);
        } catch (DiplotextException e) {
            err.println("diplotext report: " + e.getMessage());
            return false;
        }
        if (!Files.exists(input)) {
            err.println("diplotext report: " + input + ": no such file or directory");
            return false;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                ok &= readJsonLines(file, docs);
                continue;
            }
            try {
                List<Dispatch> all = parser.parseAll(DiplotextParser.read(file));
                for (int k = 0; k < all.size(); k++) {
                    docs.add(new HtmlReport.Doc(all.size() == 1 ? name : name + " #" + (k + 1), all.get(k)));
                }
            } catch (DiplotextException e) {
                err.println("diplotext report: " + e.getMessage());
                ok = false;
            }
        }
        return ok;
    }

    private boolean readJsonLines(Path file, List<HtmlReport.Doc> docs) {
        boolean ok = true;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Dispatch d = DispatchJson.fromJson(line);
                    docs.add(new HtmlReport.Doc(file.getFileName() + ":" + number, d));
                } catch (DiplotextException e) {
                    err.println("diplotext report: " + file + ":" + number + ": " + e.getMessage());
                    ok = false;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("diplotext report: " + file + ": cannot read: " + e.getMessage());
            return false;
        }
        return ok;
    }
}
