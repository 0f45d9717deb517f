package org.diplotext.text;

import java.util.ArrayList;
import java.util.List;
import org.diplotext.model.Span;

/** Cuts a text into lines and paragraphs while keeping their offsets. */
public final class Lines {
    private Lines() {
    }

    /**
     * The non-blank lines of {@code text} between {@code from} and {@code to}, trimmed of
     * surrounding white space (including no-break spaces), as spans. Accepts LF, CRLF and CR.
     */
    public static List<Span> nonBlank(String text, int from, int to) {
        List<Span> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                trimmed(text, start, i).ifPresent(lines::add);
                start = i + 1;
            }
        }
        return lines;
    }

    /** The non-blank lines of the whole text. */
    public static List<Span> nonBlank(String text) {
        return nonBlank(text, 0, text.length());
    }

    /** The span of {@code text[start, end)} without surrounding white space, if any is left. */
    public static java.util.Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? java.util.Optional.of(Span.of(text, start, end)) : java.util.Optional.empty();
    }

    /** White space as typography knows it: Java white space, no-break spaces and the byte-order mark. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007' || c == '\ufeff';
    }
}
