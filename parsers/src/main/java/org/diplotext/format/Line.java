package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Span;
import org.diplotext.text.Lines;

/**
 * One non-blank line of the input, trimmed of surrounding white space. Its folded form is
 * computed at most once: every line kind and lexicon test compares against it.
 */
final class Line {
    private final int start;
    private final int end;
    private final boolean blankBefore;
    private final String text;
    /** {@link FormatLexicon#fold} of {@link #text}, computed on first use (a benign race: strings are immutable). */
    private String folded;
    /** The dateline opening the line as a lexicon reads it, computed on first use: evidence, splitting and reading all ask. */
    private DatelineRead dateline;

    private record DatelineRead(FormatLexicon lexicon, Optional<Dateline> dateline) {
    }

    /**
     * @param start       index of its first non-space character in the input
     * @param end         index after its last non-space character
     * @param blankBefore whether a blank line (or the start of the range) precedes it
     * @param text        its characters
     */
    Line(int start, int end, boolean blankBefore, String text) {
        this.start = start;
        this.end = end;
        this.blankBefore = blankBefore;
        this.text = text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean blankBefore() {
        return blankBefore;
    }

    String text() {
        return text;
    }

    /** The text as {@link FormatLexicon#fold} gives it. */
    String folded() {
        String f = folded;
        if (f == null) {
            f = FormatLexicon.fold(text);
            folded = f;
        }
        return f;
    }

    /** {@link Dateline#read} of the line's text, remembered. */
    Optional<Dateline> dateline(FormatLexicon lexicon) {
        DatelineRead read = dateline;
        if (read == null || read.lexicon() != lexicon) {
            read = new DatelineRead(lexicon, Dateline.read(text, lexicon));
            dateline = read;
        }
        return read.dateline();
    }

    @Override
    public String toString() {
        return "Line[" + start + ", " + end + ", " + text + "]";
    }

    /** The input last scanned (weakly held) and its lines: evidence, splitting and reading scan the same text in turn. */
    private record Scanned(java.lang.ref.WeakReference<String> input, int from, int to, List<Line> lines) {
    }

    private static volatile Scanned last;

    Span span() {
        return new Span(start, end, text);
    }

    /**
     * The non-blank lines of {@code input[from, to)} in one linear pass. Accepts LF, CRLF and CR
     * line ends; white space is as {@link Lines#isSpace(char)} knows it (no-break spaces, BOM).
     */
    static List<Line> scan(String input, int from, int to) {
        Scanned c = last;
        if (c != null && c.input().get() == input && c.from() == from && c.to() == to) {
            return c.lines();
        }
        List<Line> lines = scanAnew(input, from, to);
        last = new Scanned(new java.lang.ref.WeakReference<>(input), from, to, lines);
        return lines;
    }

    private static List<Line> scanAnew(String input, int from, int to) {
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '\n' : input.charAt(i);
            boolean eol = c == '\n' || c == '\r';
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
        return java.util.Collections.unmodifiableList(lines);
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
