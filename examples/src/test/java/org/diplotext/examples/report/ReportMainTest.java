package org.diplotext.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplotext.Diplotext;
import org.diplotext.json.DispatchJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMainTest {
    @TempDir
    Path dir;

    @Test
    void readsJsonLinesAndFoldersAndReportsWhatItCannotRead() throws IOException {
        Path jsonl = dir.resolve("corpus.jsonl");
        StringBuilder lines = new StringBuilder();
        ReportFixtures.docs().forEach(d -> lines.append(DispatchJson.toJsonLine(d.dispatch())).append('\n'));
        lines.append("{not json}\n");
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
        Path page = dir.resolve("out.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new ReportMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Diplotext.parser())
                .run(new String[] {"-o", page.toString(), "--title", "Essai", jsonl.toString(),
                        ReportFixtures.COMMUNIQUES.toString(), dir.resolve("missing").toString()});

        assertThat(status).isEqualTo(ReportMain.SOME_FAILED);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("corpus.jsonl:6:", "missing: no such file or directory");
        assertThat(errors.lines()).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + page + " (9 dispatches)");
        assertThat(Files.readString(page)).contains("<title>Essai</title>", ">DFAE</text>");
    }

    @Test
    void usageErrorsExitWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ReportMain main = new ReportMain(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Diplotext.parser());
        assertThat(main.run(new String[0])).isEqualTo(ReportMain.USAGE);
        assertThat(main.run(new String[] {"--colour", "x"})).isEqualTo(ReportMain.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: diplotext report");
    }
}
