package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import org.diplotext.model.Span;
import org.diplotext.text.Lines;

/**
 * One non-blank line of the input, trimmed of surrounding white space.
 *
 * @param start       index of its first non-space character in the input
 * @param end         index after its last non-space character
 * @param blankBefore whether a blank line (or the start of the range) precedes it
 * @param text        its characters
 */
record Line(int start, int end, boolean blankBefore, String text) {

    Span span() {
        return new Span(start, end, text);
    }

    /**
     * The non-blank lines of {@code input[from, to)} in one linear pass. Accepts LF, CRLF and CR
     * line ends; white space is as {@link Lines#isSpace(char)} knows it (no-break spaces, BOM).
     */
    static List<Line> scan(String input, int from, int to) {
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            boolean eol = i == to || input.charAt(i) == '\n' || input.charAt(i) == '\r';
            if (!eol) {
                continue;
            }
            int s = lineStart;
            int e = i;
            while (s < e && Lines.isSpace(input.charAt(s))) {
                s++;
            }
            while (e > s && Lines.isSpace(input.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Line(s, e, blank, input.substring(s, e)));
                blank = false;
            } else if (i < to && !(input.charAt(i) == '\n' && i > from && input.charAt(i - 1) == '\r' && lineStart == i)) {
                blank = true;
            }
            lineStart = i + 1;
        }
        return lines;
    }

    /**
     * Whether the line ends a sentence: a full stop, question or exclamation mark, ellipsis,
     * colon or semicolon, possibly followed by a closing quotation mark. A quotation closed
     * mid-sentence ({@code à "faire pression"}) does not end it.
     */
    boolean endsSentence() {
        int i = text.length() - 1;
        char c = text.charAt(i);
        if ((c == '\u00bb' || c == '"' || c == '\u201d') && i > 0) {
            int k = i - 1;
            while (k > 0 && org.diplotext.text.Lines.isSpace(text.charAt(k))) {
                k--;
            }
            c = text.charAt(k);
        }
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';';
    }
}
