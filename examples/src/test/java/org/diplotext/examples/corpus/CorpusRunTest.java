package org.diplotext.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunTest {
    private static final String ONE = "L'UE appelle au calme\nBruxelles a appelé mercredi les parties au calme.\n";
    private static final String TWO = "Genève accueille des pourparlers\nLes délégations sont arrivées lundi.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    private final DiplotextParser parser = Diplotext.builder().discoverServices(false).build();

    private int run(String... args) {
        return new CorpusRun(out, new PrintStream(err, true, StandardCharsets.UTF_8), parser,
                () -> clock.addAndGet(100_000_000L)).run(args);
    }

    @Test
    void writesOneLinePerDispatchInFileOrderAndGoesOnAfterAnUnreadableFile() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/a.txt"), ONE, StandardCharsets.UTF_8);
        Files.write(dir.resolve("corpus/b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Files.writeString(corpus.resolve("c.txt"), TWO, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corpus/notes.md"), "ignored", StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");

        int status = run("--threads", "2", "--progress", "lines", "-o", output.toString(), dir.resolve("corpus").toString());

        assertThat(status).isEqualTo(CorpusRun.SOME_FAILED);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).extracting(l -> DispatchJson.fromJson(l).article().headline().orElseThrow())
                .containsExactly("L'UE appelle au calme", "Genève accueille des pourparlers");
        assertThat(lines.get(0)).isEqualTo(DispatchJson.toJsonLine(parser.parse(ONE)));
        List<String> messages = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(messages).filteredOn(l -> l.contains("b.txt")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("diplotext corpus: ").contains("not UTF-8"));
        assertThat(messages).noneMatch(l -> l.contains("\r"));
        assertThat(messages).anyMatch(l -> l.startsWith("progress: 3/3 files (100%)"));
        assertThat(messages.get(messages.size() - 1))
                .startsWith("3 files (1 failed), 2 dispatches in ").contains("wrote " + output);
        assertThat(out.size()).as("nothing on standard output with -o").isZero();
    }

    @Test
    void writesToStandardOutputWithoutOutputFile() throws IOException {
        Path file = Files.writeString(dir.resolve("one.txt"), ONE, StandardCharsets.UTF_8);
        assertThat(run("--progress", "none", file.toString())).isEqualTo(CorpusRun.OK);
        Dispatch d = DispatchJson.fromJson(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(d.article().headline()).contains("L'UE appelle au calme");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1 files (0 failed), 1 dispatches"));
    }

    @Test
    void dateGivesEveryFileTheReferenceDate() throws IOException {
        String afp = "Moscou exige le départ des forces de l'Otan\n\nPARIS, 14 mars (AFP) - Le ministre russe Sergueï Lavrov"
                + " a déclaré mardi que la Russie ne tolérerait aucune provocation.\n";
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), afp, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), ONE, StandardCharsets.UTF_8);

        assertThat(run("--progress", "none", "--date", "2024-03-15", corpus.toString())).isEqualTo(CorpusRun.OK);
        List<Dispatch> dispatches = out.toString(StandardCharsets.UTF_8).lines().map(DispatchJson::fromJson).toList();
        assertThat(dispatches).extracting(d -> d.article().published().orElseThrow().date())
                .containsExactly(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 15));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(CorpusRun.USAGE);
        assertThat(run("--threads", "0", "x")).isEqualTo(CorpusRun.USAGE);
        assertThat(run("--progress", "sometimes", "x")).isEqualTo(CorpusRun.USAGE);
        assertThat(run("--frobnicate")).isEqualTo(CorpusRun.USAGE);
        assertThat(run("--date", "2024-13-01", "x")).isEqualTo(CorpusRun.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("diplotext corpus: --date needs a day as YYYY-MM-DD");
        assertThat(run("x", "--date")).isEqualTo(CorpusRun.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: diplotext corpus");
    }
}
