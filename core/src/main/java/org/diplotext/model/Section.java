package org.diplotext.model;

import java.util.List;
import java.util.Optional;

/**
 * A section of a dispatch's body: an optional intertitle and the paragraphs under it.
 *
 * @param heading    the intertitle, if the section has one
 * @param paragraphs the paragraphs' texts, in order
 */
public record Section(Optional<String> heading, List<String> paragraphs) {

    /** Checks the heading is not blank and copies the paragraphs. */
    public Section {
        heading = Checks.presentText(heading, "heading");
        paragraphs = Checks.copyTexts(paragraphs, "paragraphs");
    }

    /** A section without intertitle. */
    public static Section untitled(List<String> paragraphs) {
        return new Section(Optional.empty(), paragraphs);
    }

    /** A section opened by an intertitle. */
    public static Section titled(String heading, List<String> paragraphs) {
        return new Section(Optional.of(heading), paragraphs);
    }
}
