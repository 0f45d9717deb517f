package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemandTest {
    private static final Span EVIDENCE = new Span(3, 8, "exige");

    private static Demand demand(Optional<String> source, Optional<String> target, String content) {
        return new Demand("d1", source, target, content, true, Optional.empty(), List.of(EVIDENCE));
    }

    @Test
    void holdsItsParts() {
        Demand d = new Demand("d1", Optional.of("a1"), Optional.of("a2"), "procéder à une désescalade", true,
                Optional.of(LocalDate.of(2022, 2, 9)), List.of(EVIDENCE, new Span(40, 45, "exige")));
        assertThat(d.id()).isEqualTo("d1");
        assertThat(d.source()).contains("a1");
        assertThat(d.target()).contains("a2");
        assertThat(d.content()).isEqualTo("procéder à une désescalade");
        assertThat(d.direct()).isTrue();
        assertThat(d.date()).contains(LocalDate.of(2022, 2, 9));
        assertThat(d.evidence()).hasSize(2);
        assertThat(d.actorIds()).containsExactly("a1", "a2");
    }

    @Test
    void actorIdsSkipWhatIsUnknown() {
        assertThat(demand(Optional.empty(), Optional.of("a2"), "x").actorIds()).containsExactly("a2");
        assertThat(demand(Optional.empty(), Optional.empty(), "x").actorIds()).isEmpty();
    }

    @Test
    void rejectsBadParts() {
        assertThatThrownBy(() -> new Demand(null, Optional.empty(), Optional.empty(), "x", false, Optional.empty(),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
        assertThatThrownBy(() -> demand(Optional.of(" "), Optional.empty(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source must not be blank");
        assertThatThrownBy(() -> demand(Optional.empty(), null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("target must not be null; use Optional.empty()");
        assertThatThrownBy(() -> demand(Optional.empty(), Optional.of(""), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("target must not be blank");
        assertThatThrownBy(() -> demand(Optional.empty(), Optional.empty(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("content must not be blank");
        assertThatThrownBy(() -> demand(Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("content must not be null");
        assertThatThrownBy(() -> new Demand("d1", Optional.empty(), Optional.empty(), "x", false, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Demand("d1", Optional.empty(), Optional.empty(), "x", false, Optional.empty(),
                Arrays.asList((Span) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("evidence must not contain null (index 0)");
    }
}
