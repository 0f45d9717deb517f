package org.diplotext.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.diplotext.model.Article;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.junit.jupiter.api.Test;

class ExtractionInputTest {

    @Test
    void cutsSentencesButNotAfterInitials() {
        String text = "Titre\nM. Cassis a parlé. « Nous exigeons la paix », a-t-il dit! Puis 3 pays ont suivi.\n";
        int start = text.indexOf("M.");
        int end = text.indexOf('\n', start);
        Layout layout = new Layout(Article.builder("x").published(Published.on(LocalDate.of(2024, 3, 12))).build(),
                List.of(new Segment(SegmentKind.HEADLINE, Span.of(text, 0, 5)),
                        new Segment(SegmentKind.LEAD, Span.of(text, start, end))), List.of());
        ExtractionInput input = new ExtractionInput(text, layout, ZoneId.of("UTC"));

        assertThat(input.sentences()).extracting(Span::text).containsExactly("Titre", "M. Cassis a parlé.",
                "« Nous exigeons la paix », a-t-il dit!", "Puis 3 pays ont suivi.");
        assertThat(input.sentences()).allMatch(s -> s.matches(text));
        assertThat(input.referenceDate()).contains(LocalDate.of(2024, 3, 12));
        assertThat(input.segments(SegmentKind.LEAD)).hasSize(1);
        assertThat(input.segments()).hasSize(2);
    }
}
