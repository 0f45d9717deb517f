package org.diplotext.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a text shows of its format, gathered in one pass: the agencies its datelines, by-lines,
 * credits and signatures name, whether it has an ATS-style stamp, a dated-news prefix, a
 * Canadian dateline. Formats turn it into a confidence.
 */
final class Evidence {
    /** How many lines at the top count as the header. */
    private static final int HEADER_LINES = 8;

    final Map<String, Integer> datelineAgencies = new HashMap<>();
    final Map<String, Integer> bylineAgencies = new HashMap<>();
    final Map<String, Integer> creditAgencies = new HashMap<>();
    final Map<String, Integer> signatureAgencies = new HashMap<>();
    boolean headerStamp;
    boolean datedPrefix;
    boolean capsDashDateline;
    boolean parenPlaceDateline;
    int agencyDatelines;

    /**
     * The text last looked at (weakly held, so a large input is not kept alive) and its evidence:
     * every format asks about the same text in turn.
     */
    private record Cached(java.lang.ref.WeakReference<String> text, Evidence evidence) {
    }

    private static volatile Cached last;

    /** The evidence of the whole of {@code text}, remembered for the next format that asks. */
    static Evidence of(String text, FormatLexicon lexicon) {
        Cached c = last;
        if (c != null && c.text().get() == text) {
            return c.evidence();
        }
        Evidence e = of(text, 0, text.length(), lexicon);
        last = new Cached(new java.lang.ref.WeakReference<>(text), e);
        return e;
    }

    /** The evidence of {@code text[from, to)}. */
    static Evidence of(String text, int from, int to, FormatLexicon lexicon) {
        Evidence e = new Evidence();
        List<Line> lines = Line.scan(text, from, to);
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            String t = l.text();
            if (k < HEADER_LINES && Stamp.read(t, Optional.empty(), lexicon).isPresent()) {
                e.headerStamp = true;
            }
            if (t.length() <= FormatLexicon.SHORT_LINE) {
                Map<String, Integer> target = k < HEADER_LINES ? e.bylineAgencies : e.creditAgencies;
                lexicon.agencyByCode(l).ifPresent(a -> count(target, a));
                LineKind.bylineAgency(l, lexicon).ifPresent(a -> count(e.bylineAgencies, a));
                LineKind.signatureAgency(t, lexicon).ifPresent(a -> count(e.signatureAgencies, a));
                if (lexicon.isPhotoCredit(l)) {
                    lexicon.agenciesNamedIn(t).forEach(a -> count(e.creditAgencies, a));
                }
                Stamp.credit(t, lexicon).ifPresent(c -> count(e.creditAgencies, c.agency())); // "(©AFP / 12 mars 2024 14h32)"
            }
            trailingAgency(t, lexicon).ifPresent(a -> count(e.creditAgencies, a));
            if (!l.blankBefore() && k > 0) {
                continue; // datelines open paragraphs
            }
            Optional<Dateline> d = l.dateline(lexicon);
            if (d.isEmpty() || d.get().leadStart() >= t.length() && k + 1 >= lines.size()) {
                continue;
            }
            Dateline dl = d.get();
            if (dl.agency().isPresent()) {
                count(e.datelineAgencies, dl.agency().get());
                e.agencyDatelines++;
            } else if (dl.published().isPresent()) {
                e.datedPrefix |= k <= 3;
            } else if (t.startsWith("(")) {
                e.parenPlaceDateline |= k <= 4;
            } else if (t.indexOf('\u2014') > 0 && t.indexOf('\u2014') <= dl.length()) {
                e.capsDashDateline |= k <= 4;
            }
        }
        return e;
    }

    private static Optional<FormatLexicon.Agency> trailingAgency(String t, FormatLexicon lexicon) {
        if (!t.endsWith(")")) {
            return Optional.empty();
        }
        int open = t.lastIndexOf('(');
        if (open < 0 || t.length() - open > 30) {
            return Optional.empty();
        }
        return lexicon.agencyByCode(t.substring(open + 1, t.length() - 1));
    }

    private static void count(Map<String, Integer> map, FormatLexicon.Agency a) {
        map.merge(a.name(), 1, Integer::sum);
    }

    /** Points for an agency: its datelines weigh most, then by-lines, signatures and credits. */
    int agencyScore(String agency) {
        int score = 0;
        if (datelineAgencies.containsKey(agency)) {
            score += 70;
        }
        if (bylineAgencies.containsKey(agency)) {
            score += 40;
        }
        if (signatureAgencies.containsKey(agency)) {
            score += 20;
        }
        if (creditAgencies.containsKey(agency)) {
            score += 25;
        }
        return score;
    }
}
