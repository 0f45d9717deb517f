package org.diplotext.format;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Layout;

/**
 * Reads the anatomy of one dispatch written as lines of text, in three states: the header
 * (kicker, headline, by-line, stamp), the lead (with its dateline) and the body (captions,
 * credits, intertitles, paragraphs, signature). Every non-blank line ends up in a segment;
 * lines that are not part of the dispatch are set aside with an issue.
 *
 * <p>One reader serves every text format: what differs between agencies is data (their names,
 * datelines, credit lines), not the shape of a dispatch. Stateless and thread-safe; each call
 * works on its own {@link Walk}.
 */
final class TextReader {
    private static final int MAX_TITLE = 200;
    private static final int MAX_HEADING = 80;
    private static final int MAX_HEADING_WORDS = 10;
    /** A line at least this long that stops mid-sentence was wrapped by the feed, not ended. */
    private static final int MIN_WRAPPED = 50;

    private final String format;
    private final Optional<ZoneId> zone;
    private final FormatLexicon lexicon;
    private final KickerSplitter kickers;

    TextReader(String format, Optional<ZoneId> zone, FormatLexicon lexicon) {
        this.format = format;
        this.zone = zone;
        this.lexicon = lexicon;
        this.kickers = new KickerSplitter(lexicon);
    }

    /** The layout of the dispatch in {@code input[from, to)}. */
    Layout read(String input, int from, int to) {
        Walk walk = new Walk(input, Line.scan(input, from, to));
        walk.header();
        walk.lead();
        walk.body();
        return walk.finish();
    }

    /** One pass over the lines of one dispatch. */
    private final class Walk {
        private final List<Line> lines;
        private final LineKind[] kinds;
        private final LayoutBuilder out;
        private int i;
        private Line headline;
        private int headlineIndex = -1;
        private Line kicker;
        private String lastCaption;
        private boolean published;

        Walk(String input, List<Line> lines) {
            this.lines = lines;
            this.kinds = new LineKind[lines.size()];
            for (int k = 0; k < kinds.length; k++) {
                kinds[k] = LineKind.of(lines.get(k), lexicon);
            }
            this.out = new LayoutBuilder(input, format);
        }

        // --- header: kicker, headline, by-line, stamp -----------------------------------------

        void header() {
            boolean meta = false;
            for (; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (setAsideIfNoise(i) || captionIfRepeated(i)) {
                    continue;
                }
                if (stamp(l)) {
                    meta = true;
                    continue;
                }
                LineKind kind = kinds[i];
                if (kind == LineKind.AGENCY || kind == LineKind.BYLINE) {
                    byline(l);
                    meta = true;
                    continue;
                }
                if (kind == LineKind.CREDIT) {
                    credit(l);
                    meta = true;
                    continue;
                }
                if (meta || l.dateline(lexicon).isPresent()) {
                    return;
                }
                if (headline == null) {
                    headline = l;
                    headlineIndex = i;
                    continue;
                }
                if (authorOverAgency(i)) {
                    byline(l); // Stéphanie Marin / La Presse Canadienne / 20 janvier 2026: the author, no headline
                    meta = true;
                    continue;
                }
                if (kicker == null && isTitle(headline) && isTitle(l) && metaFollows(i + 1)) {
                    kicker = headline;
                    headline = l;
                    headlineIndex = i;
                    continue;
                }
                return;
            }
        }

        /** Whether line k is a bare author's name over the agency's line, as La Presse Canadienne's by-lines. */
        private boolean authorOverAgency(int k) {
            return k + 1 < lines.size() && kinds[k + 1] == LineKind.AGENCY && LineKind.isBareName(lines.get(k).text());
        }

        /** Whether the next line that is not noise is a stamp, a by-line or a dateline. */
        private boolean metaFollows(int from) {
            for (int k = from; k < lines.size(); k++) {
                if (kinds[k] == LineKind.NOISE) {
                    continue;
                }
                Line l = lines.get(k);
                return kinds[k] == LineKind.AGENCY || kinds[k] == LineKind.BYLINE
                        || Stamp.read(l.text(), zone, lexicon).isPresent() || l.dateline(lexicon).isPresent();
            }
            return false;
        }

        private boolean isTitle(Line l) {
            return l.text().length() <= MAX_TITLE && !l.text().endsWith(".");
        }

        private void writeHeadline() {
            if (kicker != null) {
                out.article.kicker(out.segment(SegmentKind.KICKER, kicker.start(), kicker.end()));
            }
            if (headline == null) {
                return;
            }
            Optional<int[]> split = kicker == null ? kickers.split(headline.text()) : Optional.empty();
            if (split.isPresent()) {
                int kickerEnd = headline.start() + split.get()[0];
                int headlineStart = headline.start() + split.get()[1];
                out.article.kicker(out.segment(SegmentKind.KICKER, headline.start(), kickerEnd));
                out.article.headline(out.segment(SegmentKind.HEADLINE, headlineStart, headline.end()));
            } else {
                out.article.headline(out.segment(SegmentKind.HEADLINE, headline.start(), headline.end()));
            }
        }

        private boolean stamp(Line l) {
            Optional<Published> p = Stamp.read(l.text(), currentZone(), lexicon);
            if (p.isEmpty()) {
                if (Stamp.relative(l.text(), lexicon)) {
                    out.segment(SegmentKind.STAMP, l.start(), l.end()); // "Mis à jour il y a 2 heures": a stamp, not the lead
                    return true;
                }
                return false;
            }
            out.segment(SegmentKind.STAMP, l.start(), l.end());
            if (!published) {
                out.article.published(p.get());
                published = true;
            }
            return true;
        }

        /** The format's zone, else that of the agency named so far (an ATS by-line read generically). */
        private Optional<ZoneId> currentZone() {
            if (zone.isPresent()) {
                return zone;
            }
            return out.agencyName().flatMap(name -> lexicon.agencies.stream()
                    .filter(a -> a.name().equals(name)).findFirst()).flatMap(FormatLexicon.Agency::zone);
        }

        private void byline(Line l) {
            out.segment(SegmentKind.BYLINE, l.start(), l.end());
            Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(l);
            if (agency.isPresent()) {
                out.agency(agency.get().name());
                out.article.credit(l.text());
                return;
            }
            LineKind.bylineAgency(l, lexicon).ifPresent(a -> {
                out.agency(a.name());
                out.article.credit(a.name());
            });
        }

        private void credit(Line l) {
            out.segment(SegmentKind.CREDIT, l.start(), l.end());
            Optional<Stamp.Credit> dated = Stamp.credit(l.text(), lexicon);
            if (dated.isPresent()) {
                // "(©AFP / 12 mars 2024 14h32)" closing a copied dispatch: its agency, and its date when none came before
                FormatLexicon.Agency agency = dated.get().agency();
                out.article.credit(agency.name());
                if (!out.hasAgency()) {
                    out.agency(agency.name());
                }
                Optional<Published> p = Stamp.read(dated.get().stamp(), agency.zone(), lexicon);
                if (p.isPresent() && !published) {
                    out.article.published(p.get());
                    published = true;
                }
                return;
            }
            Optional<String> creditLine = lexicon.creditLine(l);
            if (creditLine.isPresent()) {
                out.article.credit(l.text());
                return;
            }
            Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(l);
            if (agency.isPresent()) {
                out.article.credit(l.text());
                out.agency(agency.get().name()); // "La Presse Canadienne" closing a dispatch without by-line or dateline agency
                return;
            }
            lexicon.agenciesNamedIn(l.text()).forEach(a -> out.article.credit(a.name()));
            lexicon.creditsNamedIn(l.text()).forEach(out.article::credit);
        }

        // --- lead -----------------------------------------------------------------------------

        void lead() {
            writeHeadline();
            boolean datelineAlone = false;
            for (; i < lines.size(); i++) {
                if (setAsideIfNoise(i) || captionIfRepeated(i)) {
                    continue;
                }
                if (datelineAlone && (kinds[i] == LineKind.AGENCY || kinds[i] == LineKind.BYLINE)) {
                    byline(lines.get(i)); // (Ottawa) / La Presse Canadienne / the lead
                    continue;
                }
                if (kinds[i] != LineKind.TEXT) {
                    return;
                }
                Line l = lines.get(i);
                Optional<Dateline> dateline = l.dateline(lexicon);
                int textStart = l.start();
                if (dateline.isPresent()) {
                    Dateline d = dateline.get();
                    out.segment(SegmentKind.DATELINE, l.start(), l.start() + d.length());
                    d.place().ifPresent(out.article::dateline);
                    d.agency().ifPresent(a -> {
                        out.agency(a.name());
                        out.article.credit(a.name());
                    });
                    if (d.published().isPresent() && !published) {
                        out.article.published(d.published().get());
                        published = true;
                    }
                    textStart = l.start() + d.leadStart();
                    if (textStart >= l.end()) {
                        datelineAlone = true;
                        continue; // the dateline stands alone on its line: the lead is the next line
                    }
                }
                int end = paragraphEnd();
                int textEnd = trailingAgency(textStart, end);
                if (textEnd > textStart) {
                    out.article.lead(out.segment(SegmentKind.LEAD, textStart, textEnd));
                }
                i++;
                return;
            }
        }

        // --- body -----------------------------------------------------------------------------

        void body() {
            for (; i < lines.size(); i++) {
                if (setAsideIfNoise(i) || captionIfRepeated(i)) {
                    continue;
                }
                Line l = lines.get(i);
                LineKind kind = kinds[i];
                if (stamp(l)) {
                    continue;
                }
                switch (kind) {
                    case SIGNATURE -> {
                        out.signature(out.segment(SegmentKind.SIGNATURE, l.start(), l.end()));
                        LineKind.signatureAgency(l.text(), lexicon).ifPresent(a -> {
                            if (!out.hasAgency()) {
                                out.agency(a.name());
                            }
                        });
                    }
                    case CLOSING -> out.signature(out.segment(SegmentKind.SIGNATURE, l.start(), l.end()));
                    case AGENCY, CREDIT -> credit(l);
                    case BYLINE -> byline(l);
                    default -> {
                        if (authorOverClosingCredit(i)) {
                            byline(l);
                        } else if (LineKind.isDeskInitials(l.text()) && (i == lines.size() - 1 || out.hasAgency() && nothingAfter(i))) {
                            out.signature(out.segment(SegmentKind.SIGNATURE, l.start(), l.end())); // AFP's closing "bur-ob/gmo/cls", "pz/sba/cls"
                        } else {
                            text(l);
                        }
                    }
                }
            }
        }

        /** Whether no line of text follows line k: it closes the dispatch. */
        private boolean nothingAfter(int k) {
            for (int j = k + 1; j < lines.size(); j++) {
                if (kinds[j] == LineKind.TEXT) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A bare author's name over the agency's line that closes the dispatch ({@code Stéphanie
         * Marin} / {@code La Presse Canadienne}): a by-line, not a paragraph naming a person.
         */
        private boolean authorOverClosingCredit(int k) {
            if (k + 1 >= lines.size() || kinds[k + 1] != LineKind.AGENCY && kinds[k + 1] != LineKind.CREDIT) {
                return false;
            }
            for (int j = k + 2; j < lines.size(); j++) {
                if (kinds[j] == LineKind.TEXT) {
                    return false;
                }
            }
            return LineKind.isBareName(lines.get(k).text());
        }

        private void text(Line l) {
            if (isCaption(i)) {
                String caption = out.segment(SegmentKind.CAPTION, l.start(), l.end());
                out.article.caption(caption);
                lastCaption = caption;
                return;
            }
            if (isHeading(i)) {
                out.heading(out.segment(SegmentKind.HEADING, l.start(), l.end()));
                return;
            }
            int end = paragraphEnd();
            int textEnd = trailingAgency(l.start(), end);
            if (textEnd > l.start()) {
                out.paragraph(out.segment(SegmentKind.PARAGRAPH, l.start(), textEnd));
            }
        }

        /** A photo caption: a line repeated at once, or followed at once by a photo credit. */
        private boolean isCaption(int k) {
            if (k + 1 >= lines.size()) {
                return false;
            }
            Line next = lines.get(k + 1);
            if (next.blankBefore()) {
                return false;
            }
            return next.text().equals(lines.get(k).text()) || lexicon.isPhotoCredit(next);
        }

        /**
         * An intertitle: a short line without closing punctuation, starting with a capital,
         * after a blank line, followed by a longer paragraph of text.
         */
        private boolean isHeading(int k) {
            Line l = lines.get(k);
            String t = l.text();
            if (!l.blankBefore() || t.length() > MAX_HEADING || k + 1 >= lines.size()) {
                return false;
            }
            Line next = lines.get(k + 1);
            boolean apart = next.blankBefore() || t.length() < MIN_WRAPPED;
            if (!apart || kinds[k + 1] != LineKind.TEXT || next.text().length() <= t.length()) {
                return false;
            }
            char first = t.charAt(0);
            char last = t.charAt(t.length() - 1);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
            if (l.endsSentence() || last == ',' || last == '-' || last == '\u2013' || last == '\u2014'
                    || last == '\u00bb' || last == '"' || last == '\u201d') {
                return false;
            }
            int words = t.split("\\s+").length;
            return words <= MAX_HEADING_WORDS;
        }

        /**
         * The end of the paragraph starting at line {@code i}: hard-wrapped lines (no blank line
         * between, the first not closing a sentence, and either long or followed by a line in
         * lower case) are joined.
         * Leaves {@code i} on the paragraph's last line.
         */
        private int paragraphEnd() {
            int end = lines.get(i).end();
            while (i + 1 < lines.size()) {
                Line current = lines.get(i);
                Line next = lines.get(i + 1);
                if (next.blankBefore() || current.endsSentence() || kinds[i + 1] != LineKind.TEXT
                        || !Character.isLowerCase(next.text().charAt(0)) && current.text().length() < MIN_WRAPPED) {
                    break;
                }
                i++;
                end = next.end();
            }
            return end;
        }

        /**
         * Where the text of a paragraph ends when it closes with an agency in parentheses
         * ({@code … a-t-il dit. (Belga)}), which becomes a credit (or a signature when written
         * in lower case, {@code (ats)}).
         */
        private int trailingAgency(int start, int end) {
            String input = out.input();
            if (end - start < 4 || input.charAt(end - 1) != ')') {
                return end;
            }
            int open = input.lastIndexOf('(', end - 1);
            if (open <= start || end - open > 30) {
                return end;
            }
            String inside = input.substring(open + 1, end - 1);
            Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(inside);
            if (agency.isEmpty()) {
                return end;
            }
            int textEnd = open;
            while (textEnd > start && org.diplotext.text.Lines.isSpace(input.charAt(textEnd - 1))) {
                textEnd--;
            }
            if (inside.equals(inside.toLowerCase(java.util.Locale.ROOT))) {
                out.signature(out.segment(SegmentKind.SIGNATURE, open, end));
            } else {
                out.segment(SegmentKind.CREDIT, open, end);
                out.article.credit(agency.get().name());
            }
            out.agency(agency.get().name());
            return textEnd;
        }

        // --- lines that are not part of the dispatch --------------------------------------------

        private boolean setAsideIfNoise(int k) {
            if (kinds[k] != LineKind.NOISE) {
                return false;
            }
            Line l = lines.get(k);
            out.setAside(l.start(), l.end(), "set aside a line that is not part of the dispatch: '"
                    + abbreviate(l.text()) + "'");
            return true;
        }

        private boolean captionIfRepeated(int k) {
            Line l = lines.get(k);
            if (lastCaption != null && l.text().equals(lastCaption)) {
                out.setAside(l.start(), l.end(), "set aside the repetition of a photo caption");
                return true;
            }
            if (k + 1 < lines.size() && !lines.get(k + 1).blankBefore() && kinds[k] == LineKind.TEXT
                    && lines.get(k + 1).text().equals(l.text()) && headlineIndex >= 0 && k > headlineIndex) {
                // a caption before the lead, as web pages put the photo under the stamp
                String caption = out.segment(SegmentKind.CAPTION, l.start(), l.end());
                out.article.caption(caption);
                lastCaption = caption;
                return true;
            }
            return false;
        }

        Layout finish() {
            if (lines.isEmpty()) {
                out.issue(ParseIssue.Severity.WARNING, 0, 0, "the text is empty: no dispatch to read");
            } else if (headline == null) {
                out.issue(ParseIssue.Severity.WARNING, lines.get(0).start(), lines.get(0).start(),
                        "no headline found");
            }
            return out.build();
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
