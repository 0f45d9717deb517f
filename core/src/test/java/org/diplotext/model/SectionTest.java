package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void factoriesBuildTitledAndUntitledSections() {
        Section titled = Section.titled("Pas d'invasion", List.of("Premier.", "Second."));
        assertThat(titled.heading()).contains("Pas d'invasion");
        assertThat(titled.paragraphs()).containsExactly("Premier.", "Second.");
        Section untitled = Section.untitled(List.of("Seul."));
        assertThat(untitled.heading()).isEmpty();
        assertThat(untitled).isEqualTo(new Section(Optional.empty(), List.of("Seul.")));
    }

    @Test
    void copiesParagraphs() {
        List<String> paragraphs = new ArrayList<>(List.of("Un."));
        Section section = Section.untitled(paragraphs);
        paragraphs.add("Deux.");
        assertThat(section.paragraphs()).containsExactly("Un.");
        assertThatThrownBy(() -> section.paragraphs().add("Trois."))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankOrNullHeading() {
        assertThatThrownBy(() -> Section.titled("  ", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("heading must not be blank");
        assertThatThrownBy(() -> Section.titled(null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Section(null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("heading must not be null; use Optional.empty()");
    }

    @Test
    void rejectsNullOrBlankParagraphs() {
        assertThatThrownBy(() -> Section.untitled(null))
                .isInstanceOf(NullPointerException.class).hasMessage("paragraphs must not be null");
        assertThatThrownBy(() -> Section.untitled(Arrays.asList("Un.", null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("paragraphs must not contain null (index 1)");
        assertThatThrownBy(() -> Section.untitled(List.of("Un.", "Deux.", "\t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paragraphs must not contain a blank string (index 2)");
    }
}
