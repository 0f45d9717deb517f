package org.diplotext.spi;

import java.util.List;
import org.diplotext.model.Span;

/** A plain sentence cutter for {@link ExtractionInput#sentences()}; good enough for extensions. */
final class Sentences {
    private Sentences() {
    }

    static void split(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < to && (text.charAt(end) == '»' || text.charAt(end) == ')' || text.charAt(end) == '"')) {
                end++;
            }
            int next = end;
            while (next < to && isSpace(text.charAt(next))) {
                next++;
            }
            if (next == end || next >= to || !opensSentence(text.charAt(next)) || isInitial(text, from, i)) {
                continue;
            }
            add(text, start, end, out);
            start = next;
            i = next - 1;
        }
        add(text, start, to, out);
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"';
    }

    /** {@code M.} or {@code J.}: one upper-case letter standing alone before the dot. */
    private static boolean isInitial(String text, int from, int dot) {
        if (text.charAt(dot) != '.' || dot - 1 < from || !Character.isUpperCase(text.charAt(dot - 1))) {
            return false;
        }
        return dot - 2 < from || !Character.isLetter(text.charAt(dot - 2));
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(Span.of(text, start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
    }
}
