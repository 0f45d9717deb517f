package org.diplotext.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    @Test
    void theBarIsRedrawnInPlaceAtMostFourTimesASecond() {
        Progress p = new Progress(err, Progress.Mode.BAR, now::get, 100);
        for (int i = 0; i <= 100; i++) {
            p.update(i);
            now.addAndGet(50_000_000L); // 20 updates a second
        }
        p.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        long draws = shown.chars().filter(c -> c == '\r').count();
        assertThat(draws).as("5 s of updates at 4 draws a second, plus the first and the last").isBetween(20L, 23L);
        assertThat(shown).contains("[##############################] 100/100 100%", "files/s", "ETA 0:00").endsWith("\n");
        assertThat(shown.chars().filter(c -> c == '\n').count()).as("one line, redrawn").isEqualTo(1);
    }

    @Test
    void messagesClearTheBarAndPrintOnTheirOwnLine() {
        Progress p = new Progress(err, Progress.Mode.BAR, now::get, 10);
        p.update(1);
        p.message("diplotext corpus: bad.txt: not UTF-8 text");
        p.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\rdiplotext corpus: bad.txt: not UTF-8 text\n");
    }

    @Test
    void plainLinesAreRareAndNeverUseCarriageReturns() {
        Progress p = new Progress(err, Progress.Mode.LINES, now::get, 100);
        for (int i = 0; i <= 100; i++) {
            p.update(i);
            now.addAndGet(100_000_000L);
        }
        p.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\r");
        assertThat(shown.lines()).hasSizeBetween(5, 8).last().asString().startsWith("progress: 100/100 files (100%)");
    }

    @Test
    void formatsRemainingTime() {
        assertThat(Progress.clock(4.4)).isEqualTo("0:04");
        assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
    }
}
