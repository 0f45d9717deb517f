package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a text holding several dispatches one after another (news tickers, "en bref" columns)
 * where each opens with its own agency dateline ({@code PARIS (AFP) -}, {@code OTTAWA —}).
 * A dispatch starts at its headline when a title line (and by-lines) stand right above its
 * dateline.
 */
final class Splitter {
    private static final int MAX_TITLE = 200;

    private Splitter() {
    }

    /** The ranges {@code [start, end)} of the dispatches in {@code text}: one range when it holds one. */
    static List<int[]> split(String text, FormatLexicon lexicon) {
        List<Line> lines = Line.scan(text, 0, text.length());
        List<Integer> datelines = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (k > 0 && !l.blankBefore() || l.text().length() < 20) {
                continue;
            }
            Optional<Dateline> d = l.dateline(lexicon);
            if (d.isPresent() && d.get().leadStart() < l.text().length() && isStrong(d.get())) {
                datelines.add(k);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        if (datelines.size() < 2) {
            ranges.add(new int[] {0, text.length()});
            return ranges;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int j = 1; j < datelines.size(); j++) {
            int previous = datelines.get(j - 1);
            int start = datelines.get(j);
            int k = start - 1;
            while (k > previous && isMeta(lines.get(k), lexicon)) {
                start = k;
                k--;
            }
            if (k > previous && isTitle(lines.get(k), lexicon)) {
                start = k;
            }
            starts.add(lines.get(start).start());
        }
        for (int j = 0; j < starts.size(); j++) {
            int end = j + 1 < starts.size() ? starts.get(j + 1) : text.length();
            ranges.add(new int[] {starts.get(j), end});
        }
        return ranges;
    }

    /** A dateline that names an agency, or a place in capitals before a dash: not a bare date. */
    private static boolean isStrong(Dateline d) {
        return d.agency().isPresent() || d.published().isEmpty() && d.place().isPresent()
                && d.place().get().equals(d.place().get().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isMeta(Line l, FormatLexicon lexicon) {
        LineKind kind = LineKind.of(l, lexicon);
        return kind == LineKind.AGENCY || kind == LineKind.BYLINE
                || Stamp.read(l.text(), Optional.empty(), lexicon).isPresent();
    }

    private static boolean isTitle(Line l, FormatLexicon lexicon) {
        String t = l.text();
        return t.length() <= MAX_TITLE && !t.endsWith(".") && LineKind.of(l, lexicon) == LineKind.TEXT;
    }
}
