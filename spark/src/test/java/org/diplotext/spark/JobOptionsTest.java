package org.diplotext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void defaults() {
        JobOptions o = JobOptions.parse("--input", "in", "--output", "out");
        assertThat(o.inputFormat()).isEqualTo(JobOptions.InputFormat.TEXT);
        assertThat(o.idField()).isEqualTo("id");
        assertThat(o.textField()).isEqualTo("text");
        assertThat(o.master()).isEmpty();
        assertThat(o.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(o.partitions()).isEmpty();
        assertThat(o.overwrite()).isFalse();
    }

    @Test
    void everyOption() {
        JobOptions o = JobOptions.parse("--input", "a.jsonl", "--input-format", "JSONL", "--id-field", "ref",
                "--text-field", "body", "--output", "out", "--master", "local[*]", "--zone", "Europe/Paris",
                "--partitions", "8", "--overwrite");
        assertThat(o).isEqualTo(new JobOptions("a.jsonl", JobOptions.InputFormat.JSONL, "ref", "body", "out",
                Optional.of("local[*]"), ZoneId.of("Europe/Paris"), Optional.of(8), true));
    }

    @Test
    void badCommandLinesNameTheOption() {
        assertThatThrownBy(() -> JobOptions.parse("--output", "out")).hasMessage("--input is required");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in")).hasMessage("--output is required");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output")).hasMessage("--output needs a value");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--colour", "red"))
                .hasMessage("unknown option '--colour'");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--input-format", "xml"))
                .hasMessageContaining("text or jsonl");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--partitions", "0"))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--zone", "Mars/Olympus"))
                .hasMessageContaining("not a time zone");
    }
}
