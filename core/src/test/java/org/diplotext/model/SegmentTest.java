package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentTest {
    private final Span span = new Span(0, 8, "Ukraine:");

    @Test
    void holdsKindAndSpan() {
        Segment segment = new Segment(SegmentKind.KICKER, span);
        assertThat(segment.kind()).isEqualTo(SegmentKind.KICKER);
        assertThat(segment.span()).isEqualTo(span);
        assertThat(segment.text()).isEqualTo("Ukraine:");
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new Segment(null, span))
                .isInstanceOf(NullPointerException.class).hasMessage("kind must not be null");
        assertThatThrownBy(() -> new Segment(SegmentKind.LEAD, null))
                .isInstanceOf(NullPointerException.class).hasMessage("span must not be null");
    }

    @Test
    void kindsFollowTheOrderOfADispatch() {
        assertThat(SegmentKind.values()).startsWith(SegmentKind.KICKER, SegmentKind.HEADLINE)
                .contains(SegmentKind.SET_ASIDE);
        assertThat(SegmentKind.values()[SegmentKind.values().length - 1]).isEqualTo(SegmentKind.SET_ASIDE);
    }
}
