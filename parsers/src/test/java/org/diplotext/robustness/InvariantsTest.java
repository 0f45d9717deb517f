package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotext.model.Article;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.junit.jupiter.api.Test;

/** The checks the robustness tests rely on catch what they are there to catch. */
class InvariantsTest {
    private static final String TEXT = "Titre\n\nGenève - La Suisse a invité la Russie.\n";

    private static Dispatch dispatch(List<Segment> segments) {
        return Dispatch.of(Article.builder("test").build(), segments, List.of());
    }

    @Test
    void aResultCoveringEveryCharacterInOrderPasses() {
        Dispatch d = dispatch(List.of(new Segment(SegmentKind.HEADLINE, Span.of(TEXT, 0, 5)),
                new Segment(SegmentKind.LEAD, Span.of(TEXT, 7, 46))));
        assertThat(Invariants.violations(TEXT, List.of(d))).isEmpty();
        assertThat(Invariants.lost(TEXT, List.of(d))).isEmpty();
    }

    @Test
    void aSpanThatDoesNotMatchTheInputIsReported() {
        Dispatch d = dispatch(List.of(new Segment(SegmentKind.HEADLINE, new Span(0, 5, "Title"))));
        assertThat(Invariants.violations(TEXT, List.of(d))).singleElement().asString().contains("0..5");
    }

    @Test
    void overlappingOrUnorderedSegmentsAreReported() {
        Dispatch d = dispatch(List.of(new Segment(SegmentKind.LEAD, Span.of(TEXT, 7, 46)),
                new Segment(SegmentKind.HEADLINE, Span.of(TEXT, 0, 5))));
        assertThat(Invariants.violations(TEXT, List.of(d))).singleElement().asString().contains("overlaps or precedes");
    }

    @Test
    void anIssuePastTheEndIsReported() {
        Dispatch d = Dispatch.of(Article.builder("test").build(), List.of(),
                List.of(new ParseIssue(ParseIssue.Severity.INFO, 0, 999, "odd")));
        assertThat(Invariants.violations(TEXT, List.of(d))).singleElement().asString().contains("past the input's end");
    }

    @Test
    void charactersOutsideEverySegmentAreReportedAsLost() {
        Dispatch d = dispatch(List.of(new Segment(SegmentKind.HEADLINE, Span.of(TEXT, 0, 5))));
        assertThat(Invariants.lost(TEXT, List.of(d))).containsExactly("7..45 'Genève - La Suisse a invité la Russie.'");
    }
}
