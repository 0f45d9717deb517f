package org.diplotext.model;

import java.util.Objects;

/**
 * One part of a dispatch's anatomy and where it stands in the input.
 *
 * @param kind what the part is
 * @param span the characters of the input it covers
 */
public record Segment(SegmentKind kind, Span span) {

    /** Checks that both parts are present. */
    public Segment {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }

    /** The text of the part. */
    public String text() {
        return span.text();
    }
}
