package org.diplotext.model;

import java.util.Objects;

/**
 * A stretch of the input text: {@code text} equals {@code input.substring(start, end)}.
 *
 * <p>Offsets are Java {@code String} indexes (UTF-16 code units) into the input exactly as it was
 * given to the parser, {@code end} exclusive. A span covers at least one character.
 *
 * @param start index of the first character, at least 0
 * @param end   index after the last character, greater than {@code start}
 * @param text  the characters covered, of length {@code end - start}
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    /** Checks that the offsets are ordered and agree with the text's length. */
    public Span {
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be > start, was start " + start + ", end " + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match offsets "
                    + start + ".." + end + " (length " + (end - start) + ")");
        }
    }

    /**
     * Cuts a span out of an input.
     *
     * @throws IllegalArgumentException if the offsets do not lie within the input
     */
    public static Span of(String input, int start, int end) {
        Objects.requireNonNull(input, "input must not be null");
        if (start < 0 || end > input.length() || end <= start) {
            throw new IllegalArgumentException("offsets " + start + ".." + end
                    + " do not lie within an input of length " + input.length());
        }
        return new Span(start, end, input.substring(start, end));
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely within this span. */
    public boolean contains(Span other) {
        Objects.requireNonNull(other, "other must not be null");
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        Objects.requireNonNull(other, "other must not be null");
        return other.start < end && start < other.end;
    }

    /** Whether this span's text is exactly what {@code input} holds at its offsets. */
    public boolean matches(String input) {
        Objects.requireNonNull(input, "input must not be null");
        return end <= input.length() && input.regionMatches(start, text, 0, text.length());
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }
}
