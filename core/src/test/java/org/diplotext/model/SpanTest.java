package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    private static final String INPUT = "Moscou exige des garanties";

    @Test
    void holdsItsOffsetsAndText() {
        Span span = new Span(7, 12, "exige");
        assertThat(span.start()).isEqualTo(7);
        assertThat(span.end()).isEqualTo(12);
        assertThat(span.text()).isEqualTo("exige");
        assertThat(span.length()).isEqualTo(5);
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> new Span(0, 1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void rejectsNegativeStart() {
        assertThatThrownBy(() -> new Span(-1, 2, "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be >= 0, was -1");
    }

    @Test
    void rejectsEmptyAndReversedSpans() {
        assertThatThrownBy(() -> new Span(4, 4, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must be > start, was start 4, end 4");
        assertThatThrownBy(() -> new Span(5, 3, "ab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must be > start, was start 5, end 3");
    }

    @Test
    void rejectsTextWhoseLengthDisagreesWithTheOffsets() {
        assertThatThrownBy(() -> new Span(0, 3, "Moscou"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text length 6 does not match offsets 0..3 (length 3)");
    }

    @Test
    void countsUtf16CodeUnits() {
        String emoji = "\uD83C\uDDEB\uD83C\uDDF7"; // a flag: two code points, four code units
        Span span = Span.of("x" + emoji, 1, 5);
        assertThat(span.text()).isEqualTo(emoji);
        assertThat(span.length()).isEqualTo(4);
    }

    @Test
    void ofCutsTheInput() {
        Span span = Span.of(INPUT, 0, 6);
        assertThat(span).isEqualTo(new Span(0, 6, "Moscou"));
        assertThat(span.matches(INPUT)).isTrue();
        assertThat(Span.of(INPUT, 7, INPUT.length()).text()).isEqualTo("exige des garanties");
    }

    @Test
    void ofRejectsOffsetsOutsideTheInput() {
        assertThatThrownBy(() -> Span.of(INPUT, 20, 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offsets 20..40 do not lie within an input of length 26");
        assertThatThrownBy(() -> Span.of(INPUT, -1, 3))
                .hasMessage("offsets -1..3 do not lie within an input of length 26");
        assertThatThrownBy(() -> Span.of(INPUT, 3, 3))
                .hasMessage("offsets 3..3 do not lie within an input of length 26");
        assertThatThrownBy(() -> Span.of(null, 0, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("input must not be null");
    }

    @Test
    void matchesOnlyTheInputItWasCutFrom() {
        Span span = new Span(0, 6, "Moscou");
        assertThat(span.matches(INPUT)).isTrue();
        assertThat(span.matches("Berlin exige")).isFalse();
        assertThat(span.matches("Mosc")).isFalse();
        assertThatThrownBy(() -> span.matches(null)).hasMessage("input must not be null");
    }

    @Test
    void containsAndOverlaps() {
        Span outer = Span.of(INPUT, 0, 12);
        Span inner = Span.of(INPUT, 7, 12);
        Span after = Span.of(INPUT, 12, 16);
        Span across = Span.of(INPUT, 10, 16);
        assertThat(outer.contains(inner)).isTrue();
        assertThat(outer.contains(outer)).isTrue();
        assertThat(inner.contains(outer)).isFalse();
        assertThat(outer.overlaps(after)).as("end is exclusive").isFalse();
        assertThat(outer.overlaps(across)).isTrue();
        assertThat(across.overlaps(outer)).isTrue();
        assertThatThrownBy(() -> outer.contains(null)).hasMessage("other must not be null");
        assertThatThrownBy(() -> outer.overlaps(null)).hasMessage("other must not be null");
    }

    @Test
    void ordersByStartThenEnd() {
        Span a = Span.of(INPUT, 0, 6);
        Span b = Span.of(INPUT, 0, 12);
        Span c = Span.of(INPUT, 7, 12);
        List<Span> spans = new ArrayList<>(List.of(c, b, a));
        Collections.sort(spans);
        assertThat(spans).containsExactly(a, b, c);
        assertThat(a.compareTo(Span.of(INPUT, 0, 6))).isZero();
    }

    @Test
    void isAValue() {
        assertThat(new Span(0, 6, "Moscou")).isEqualTo(Span.of(INPUT, 0, 6))
                .hasSameHashCodeAs(Span.of(INPUT, 0, 6));
        assertThat(new Span(0, 6, "Moscou")).isNotEqualTo(new Span(1, 7, "Moscou"));
    }
}
