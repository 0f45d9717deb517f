package org.diplotext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through {@link Main#run(String[])}, with its three streams captured. Expected
 * documents come from the same parser, so these tests hold whatever the parser finds.
 */
class MainTest {
    private static final String EU = """
            L'UE invite la Russie à des pourparlers
            Bruxelles - L'Union européenne a invité mercredi la Russie à des pourparlers à l'OSCE.
            La Russie n'a pas encore répondu.
            """;
    private static final String UN = """
            L'ONU appelle au cessez-le-feu
            New York - Le secrétaire général de l'ONU a appelé lundi à un cessez-le-feu immédiat.
            """;
    private static final DiplotextParser PARSER = Diplotext.parser();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(byte[] stdin, Function<Path, String> files, String... args) {
        return run(stdin, files, PARSER, args);
    }

    private static Run run(byte[] stdin, Function<Path, String> files, DiplotextParser parser, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), parser, files)
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(new byte[0], DiplotextParser::read, args);
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static Dispatch parsed(String text) {
        return PARSER.parse(text);
    }

    @Test
    void oneFilePrintsOneIndentedDocumentAndNothingElse() throws IOException {
        Path eu = file("eu.txt", EU);
        Run run = run("parse", eu.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(DispatchJson.toJson(parsed(EU)) + "\n");
        assertThat(run.out()).startsWith("{\n  \"article\": {");
        assertThat(DispatchJson.fromJson(run.out())).isEqualTo(parsed(EU));
    }

    @Test
    void severalFilesPrintJsonLinesInArgumentOrder() throws IOException {
        Path eu = file("eu.txt", EU);
        Path un = file("un.txt", UN);
        Run run = run("parse", un.toString(), eu.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(UN)),
                DispatchJson.toJsonLine(parsed(EU)));
        assertThat(run.outLines()).allSatisfy(line -> assertThat(DispatchJson.fromJson(line)).isNotNull());
    }

    @Test
    void aDirectoryPrintsJsonLinesForItsTextsInNameOrder() throws IOException {
        file("b.txt", EU);
        file("a.TXT", UN);
        file("sub/c.txt", EU + "\nEncore un paragraphe.\n");
        file("notes.md", "# not a dispatch");
        file("image.jpg", "\u00ff");
        Run run = run("parse", dir.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(UN)),
                DispatchJson.toJsonLine(parsed(EU)), DispatchJson.toJsonLine(parsed(EU + "\nEncore un paragraphe.\n")));
    }

    @Test
    void aDirectoryWithOneTextStillPrintsJsonLines() throws IOException {
        file("only/eu.txt", EU);
        Run run = run("parse", dir.resolve("only").toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void jsonlForcesJsonLinesForOneFile() throws IOException {
        Path eu = file("eu.txt", EU);
        Run run = run("parse", "--jsonl", eu.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(DispatchJson.toJsonLine(parsed(EU)) + "\n");
    }

    @Test
    void dashReadsStandardInput() {
        Run run = run(EU.getBytes(StandardCharsets.UTF_8), DiplotextParser::read, "parse", "-");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(DispatchJson.toJson(parsed(EU)) + "\n");
    }

    @Test
    void standardInputAndFilesMix() throws IOException {
        Path un = file("un.txt", UN);
        Run run = run(EU.getBytes(StandardCharsets.UTF_8), DiplotextParser::read, "parse", un.toString(), "-");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(UN)),
                DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void summaryPrintsATableInsteadOfJson() throws IOException {
        Path eu = file("eu.txt", EU);
        Path un = file("un.txt", UN);
        Run run = run("parse", "--summary", eu.toString(), un.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split(" +"))
                .containsExactly("source", "headline", "agency", "published", "actors", "comms", "demands");
        Dispatch d = parsed(EU);
        assertThat(lines.get(1)).startsWith(eu.toString())
                .contains(d.article().headline().orElse("-"))
                .contains(d.article().agency().orElse("-"))
                .endsWith(" " + d.demands().size());
        assertThat(lines.get(2)).startsWith(un.toString());
        assertThat(lines.get(3)).isEqualTo("2 dispatches");
        assertThat(lines.get(1).indexOf(d.article().headline().orElse("-")))
                .as("columns align").isEqualTo(lines.get(0).indexOf("headline"));
        assertThat(run.out()).doesNotContain("{");
    }

    @Test
    void summaryOfOneDispatchSaysSo() throws IOException {
        Run run = run("parse", "--summary", file("eu.txt", EU).toString());
        assertThat(run.outLines()).last().isEqualTo("1 dispatch");
    }

    @Test
    void aMissingFileIsReportedOnOneLineAndTheOthersAreParsed() throws IOException {
        Path eu = file("eu.txt", EU);
        Path un = file("un.txt", UN);
        String missing = dir.resolve("absent.txt").toString();
        Run run = run("parse", eu.toString(), missing, un.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).containsExactly("diplotext: " + missing + ": no such file or directory");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)),
                DispatchJson.toJsonLine(parsed(UN)));
    }

    @Test
    void aLoneMissingFilePrintsNothingOnStandardOutput() {
        Run run = run("parse", dir.resolve("absent.txt").toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1).first().asString().contains("absent.txt");
    }

    @Test
    void aNonUtf8FileIsReportedOnOneLineAndTheOthersAreParsed() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Genève, été".getBytes(StandardCharsets.ISO_8859_1));
        Path eu = file("eu.txt", EU);
        Run run = run("parse", latin1.toString(), eu.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).hasSize(1).first().asString()
                .startsWith("diplotext: " + latin1 + ": not UTF-8 text");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void aNonUtf8FileInsideADirectoryDoesNotStopTheOthers() throws IOException {
        file("a.txt", UN);
        Files.write(dir.resolve("b.txt"), new byte[] {'G', 'e', 'n', (byte) 0xE8, 'v', 'e'});
        file("c.txt", EU);
        Run run = run("parse", dir.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("b.txt").contains("not UTF-8");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(UN)),
                DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void nonUtf8StandardInputIsReported() {
        Run run = run(new byte[] {(byte) 0xC3, (byte) 0x28}, DiplotextParser::read, "parse", "-");
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1).first().asString()
                .startsWith("diplotext: standard input: not UTF-8 text");
    }

    @Test
    void aDirectoryWithoutTextsIsReportedAndTheOthersAreParsed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        file("empty/readme.md", "nothing here");
        Path eu = file("eu.txt", EU);
        Run run = run("parse", empty.toString(), eu.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).containsExactly("diplotext: " + empty + ": directory holds no .txt or .xml file");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreParsed() throws IOException {
        Path locked = file("locked.txt", UN);
        Path eu = file("eu.txt", EU);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "the file system has no POSIX permissions");
        }
        assumeFalse(Files.isReadable(locked), "this user (root?) can read a file without permissions");
        Run run = run("parse", locked.toString(), eu.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).hasSize(1).first().asString()
                .startsWith("diplotext: " + locked + ": cannot read");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void aFileThatFailsToReadIsReportedAndTheOthersAreParsed() throws IOException {
        // Runs even as root, where permissions cannot make a file unreadable.
        Path locked = file("locked.txt", UN);
        Path eu = file("eu.txt", EU);
        Function<Path, String> files = p -> {
            if (p.equals(locked)) {
                throw new DiplotextException(p + ": cannot read: AccessDeniedException " + p);
            }
            return DiplotextParser.read(p);
        };
        Run run = run(new byte[0], files, "parse", locked.toString(), eu.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).containsExactly("diplotext: " + locked + ": cannot read: AccessDeniedException " + locked);
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parsed(EU)));
    }

    @Test
    void aParserFailureOnOneFileDoesNotStopTheOthers() throws IOException {
        DispatchFormat exploding = new DispatchFormat() {
            @Override
            public String id() {
                return "exploding";
            }

            @Override
            public int confidence(String text) {
                return text.contains("BOOM") ? 100 : 0;
            }

            @Override
            public List<Layout> read(String text) {
                throw new IllegalStateException("bug\nin format");
            }
        };
        DiplotextParser parser = Diplotext.builder().format(exploding).build();
        Path boom = file("boom.txt", "BOOM\n");
        Path eu = file("eu.txt", EU);
        Run run = run(new byte[0], DiplotextParser::read, parser, "parse", boom.toString(), eu.toString());
        assertThat(run.status()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.errLines()).containsExactly("diplotext: " + boom
                + ": internal error: java.lang.IllegalStateException: bug in format");
        assertThat(run.outLines()).containsExactly(DispatchJson.toJsonLine(parser.parse(EU)));
    }

    @Test
    void usageErrorsExitWithTwoAndPrintNothingOnStandardOutput() throws IOException {
        String eu = file("eu.txt", EU).toString();
        for (String[] args : List.of(new String[] {}, new String[] {"convert", eu}, new String[] {"parse"},
                new String[] {"parse", "--pretty", eu}, new String[] {"parse", "-s", eu}, new String[] {"--summary", "parse", eu})) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).contains("usage: diplotext parse");
        }
        assertThat(run("convert").errLines()).first().isEqualTo("diplotext: unknown command 'convert'");
        assertThat(run("parse", "--pretty").errLines()).first().isEqualTo("diplotext: unknown option '--pretty'");
    }

    @Test
    void dateGivesTheReferenceDateToDispatchesWithoutAYear() throws IOException {
        String text = "Moscou exige le départ des forces de l'Otan\n\nPARIS, 14 mars (AFP) - Le ministre russe Sergueï Lavrov"
                + " a déclaré mardi que la Russie ne tolérerait aucune provocation.\n";
        Path afp = file("afp.txt", text);
        LocalDate wire = LocalDate.of(2024, 3, 14);

        Run dated = run("parse", "--date", "2024-03-14", afp.toString());
        assertThat(dated.status()).isZero();
        assertThat(dated.err()).isEmpty();
        assertThat(dated.out()).isEqualTo(DispatchJson.toJson(PARSER.parse(text, wire)) + "\n");
        Dispatch d = DispatchJson.fromJson(dated.out());
        assertThat(d.article().published()).contains(Published.on(wire));
        assertThat(d.communications()).extracting(c -> c.date().orElseThrow()).containsExactly(LocalDate.of(2024, 3, 12));

        Run undated = run("parse", afp.toString());
        assertThat(DispatchJson.fromJson(undated.out()).article().published()).isEmpty();
    }

    @Test
    void aMalformedDateIsAUsageError() throws IOException {
        String eu = file("eu.txt", EU).toString();
        for (String[] args : List.of(new String[] {"parse", "--date", "14/03/2024", eu}, new String[] {"parse", "--date", "2024-02-30", eu},
                new String[] {"parse", eu, "--date"})) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.errLines()).as(String.join(" ", args)).first().asString()
                    .startsWith("diplotext: --date needs a day as YYYY-MM-DD");
        }
        assertThat(run("parse", "--date", "14/03/2024", eu).errLines()).first()
                .isEqualTo("diplotext: --date needs a day as YYYY-MM-DD, such as 2024-03-14, not '14/03/2024'");
    }

    @Test
    void helpGoesToStandardOutputAndSucceeds() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"},
                new String[] {"parse", "--help"})) {
            Run run = run(args);
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("usage: diplotext parse");
            assertThat(run.err()).isEmpty();
        }
    }
}
