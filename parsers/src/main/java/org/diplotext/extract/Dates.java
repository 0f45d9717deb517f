package org.diplotext.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotext.lexicon.Entries.Act;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.model.Article;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Layout;
import org.diplotext.text.Folding;
import org.diplotext.text.Token;

/**
 * Dates acts against the dispatch's date: a weekday is the last such day up to the dispatch's
 * (a {@code mercredi} in a Wednesday dispatch is that day), the coming one after a future or a
 * verb of meeting in the present ({@code reçoit jeudi}), {@code hier}, {@code la veille},
 * {@code aujourd'hui}, {@code demain}, explicit days ({@code 9 février 2022}, {@code le 16 juin},
 * {@code le 11.03.2024}, {@code le 8} in the month being told), {@code en début de semaine},
 * {@code il y a une semaine}; a day fronted far before the verb still dates it. With no
 * expression, the present is the dispatch's day; the passé composé and the pluperfect are the day
 * the story is at (the last recent day named outside quotations before, as {@code la veille} and
 * {@code le lendemain} count from it), else the dispatch's day for the passé composé and unknown
 * for the pluperfect. Years, months and weeks alone do not date an act to a day: named right after
 * its verb or opening its sentence ({@code la semaine dernière}, {@code en 2023}) they leave it undated.
 *
 * <p>A reference date given with the text (a feed's wire date) stands in for the publication a
 * dispatch does not give: it lends its year to a dateline without one ({@code PARIS, 14 mars (AFP)}),
 * and is the dispatch's day when the text names none. A date the text gives in full wins over it.
 */
final class Dates {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    /** A day, a word and a year: a written date when the word is a month of {@code grammar.tsv}. */
    private static final Pattern WRITTEN = Pattern.compile("\\b(\\d{1,2})(?:er)? (\\p{L}+) (\\d{4})\\b");
    /** A day and a word with no year after it, in a folded dateline: {@code paris, 14 mars (afp)}. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er)?[\\s\\u00a0\\u202f]+(\\p{L}+)\\b(?![.\\s\\u00a0\\u202f]*\\d)");
    /** Belga's day and month in figures: {@code BRUXELLES 12/05 (BELGA)}. */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b(?!/)");

    /** How many days before the dispatch a date may lie and still set the story's current day. */
    private static final int RECENT = 14;
    /**
     * How many days after the dispatch a day named without a year may lie and still be in the dispatch's
     * year when the verb near it is past: a past act is not ahead, but what it set up may be, a few weeks off;
     * a day further ahead told in the past is last year's.
     */
    private static final int DAYS_AHEAD_OF_A_PAST_VERB = 31;
    /** How many tokens on either side of a day without a year are read for the tense that places it. */
    private static final int TENSE_REACH = 8;
    /** The grammar classes of the words that open a date, besides numbers and {@code aujourd'hui}. */
    private static final List<String> DATE_OPENERS = List.of("WEEKDAY", "RELATIVE_DAY", "DEMONSTRATIVE", "WEEK_PART", "TODAY_START", "AGO_START", "WHOLE_DAY");
    private final Lexicon lexicon;
    private static final Lexicon.ClassSet DATE_OPENER_CLASSES = Lexicon.ClassSet.of(DATE_OPENERS);
    private final String input;
    /** The last recent day named outside quotations in the sentences read so far: "la veille" counts from it. */
    private LocalDate narrative;

    Dates(Lexicon lexicon, String input) {
        this.lexicon = lexicon;
        this.input = input;
    }

    /**
     * Notes the last recent day named in a sentence just read, outside quotations, as the story's
     * current day: a later "la veille", "le lendemain" or pluperfect without a date of its own
     * counts from it. Days long before the dispatch ("tué le 11 janvier dernier") tell history, not
     * the story, and are ignored, and so are days named in what is asked ({@code asked} tokens):
     * "appelle à manifester vendredi" names when to act.
     */
    void read(Sentence s, LocalDate reference, java.util.BitSet asked) {
        if (reference == null || !opensADate(s)) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.inQuote(i) || asked.get(i)) {
                continue;
            }
            LocalDate d = expression(s, i, reference);
            if (d != null && !d.isAfter(reference) && !d.isBefore(reference.minusDays(RECENT)) && !deadline(s, i) && !ofNoun(s, i)
                    && !reportedBy(s, i)) {
                narrative = d;
            }
        }
    }

    /** The last recent day named outside quotations in the sentences read so far, or null. */
    LocalDate storyDay() {
        return narrative;
    }

    /** Whether some token could open a date: a number or a word of {@link #DATE_OPENERS}. */
    private boolean opensADate(Sentence s) {
        if (lexicon.occursAnyIn(s.tokens, DATE_OPENER_CLASSES)) {
            return true;
        }
        for (Token t : s.tokens) {
            if (t.numeric()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the day at i dates a noun through the participle before it ("l'ultimatum lancé la
     * veille", a noun after its article): it tells when that thing happened, not where the story is;
     * after an auxiliary or a verb the participle is the clause's ("a rejeté mercredi", "fut
     * remerciée vendredi").
     */
    private boolean ofNoun(Sentence s, int day) {
        int i = lexicon.is(s.tokens, day - 1, Grammar.ARTICLE) ? day - 1 : day; // "la veille" is read at "veille"
        if (i < 2 || !s.token(i - 1).isWord() || !s.token(i - 2).isWord() || s.token(i - 2).capitalised()) {
            return false;
        }
        String raw = input.substring(s.token(i - 1).start(), s.token(i - 1).end());
        boolean determined = i >= 3 && (s.word(i - 3).equals("'") || lexicon.is(s.tokens, i - 3, Grammar.ARTICLE) || lexicon.is(s.tokens, i - 3, Grammar.DETERMINER));
        return Syntax.writtenParticiple(raw) && determined && !lexicon.is(s.tokens, i - 2, Grammar.AUXILIARY);
    }

    /** Whether the day at i is a time limit ("jusqu'à vendredi", "d'ici lundi"): it lies ahead, the story is not there yet. */
    private boolean deadline(Sentence s, int i) {
        int j = i - 1;
        if (lexicon.is(s.tokens, j, Grammar.TO_SINGULAR)) {
            j--;
        }
        if (s.word(j).equals("'")) {
            j--;
        }
        return lexicon.is(s.tokens, j, Grammar.UNTIL) || lexicon.is(s.tokens, j, Grammar.HERE) && s.word(j - 1).equals("'");
    }

    /** The dispatch's date: its publication, or else the first full date near its top. */
    static Optional<LocalDate> reference(Article article, String text, Lexicon lexicon) {
        Optional<LocalDate> published = article.published().map(Published::date);
        if (published.isPresent()) {
            return published;
        }
        String top = Folding.fold(text.substring(0, Math.min(text.length(), 400)));
        int best = Integer.MAX_VALUE;
        LocalDate date = null;
        Matcher m = NUMERIC.matcher(top);
        if (m.find()) {
            date = safe(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            best = m.start();
        }
        Matcher w = WRITTEN.matcher(top);
        while (w.find() && w.start() < best) {
            Optional<String> month = lexicon.value(w.group(2), Grammar.MONTH);
            if (month.isPresent()) {
                date = safe(Integer.parseInt(w.group(3)), Integer.parseInt(month.get()), Integer.parseInt(w.group(1)));
                break;
            }
        }
        return Optional.ofNullable(date);
    }

    /**
     * The publication that {@code given}, a reference date passed with the text, gives a dispatch
     * that has none: the day and month its dateline names, in the year that puts that day nearest
     * {@code given}; else, when the text names no full date near its top, {@code given} itself.
     * Empty when the dispatch dates itself, as a date the text gives in full wins.
     */
    static Optional<Published> publication(Layout layout, String text, Lexicon lexicon, LocalDate given) {
        if (layout.article().published().isPresent()) {
            return Optional.empty();
        }
        Optional<LocalDate> dateline = datelineDay(layout, text, lexicon, given);
        if (dateline.isPresent()) {
            return dateline.map(Published::on);
        }
        return reference(layout.article(), text, lexicon).isPresent() ? Optional.empty() : Optional.of(Published.on(given));
    }

    /** The dateline of the layout, if it names a day and a month without a year. */
    static Optional<Segment> yearlessDateline(Layout layout, String text, Lexicon lexicon) {
        return layout.segments().stream().filter(s -> s.kind() == SegmentKind.DATELINE).findFirst()
                .filter(s -> dayMonth(s, text, lexicon) != null);
    }

    /** The day the dateline names without a year, put in the year nearest {@code given}. */
    private static Optional<LocalDate> datelineDay(Layout layout, String text, Lexicon lexicon, LocalDate given) {
        int[] dayMonth = yearlessDateline(layout, text, lexicon).map(s -> dayMonth(s, text, lexicon)).orElse(null);
        if (dayMonth == null) {
            return Optional.empty();
        }
        LocalDate best = null;
        for (int year = given.getYear() - 1; year <= given.getYear() + 1; year++) {
            LocalDate d = safe(year, dayMonth[1], dayMonth[0]); // 29 février is a day only in leap years
            if (d != null && (best == null || Math.abs(d.toEpochDay() - given.toEpochDay())
                    < Math.abs(best.toEpochDay() - given.toEpochDay()))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int[] dayMonth(Segment dateline, String text, Lexicon lexicon) {
        return dayMonth(Folding.fold(text.substring(dateline.span().start(), dateline.span().end())), lexicon);
    }

    /** Day and month named in a folded dateline without a year, or null. */
    private static int[] dayMonth(String folded, Lexicon lexicon) {
        Matcher m = DAY_MONTH.matcher(folded);
        while (m.find()) {
            Optional<String> month = lexicon.value(m.group(2), Grammar.MONTH);
            int day = Integer.parseInt(m.group(1));
            if (month.isPresent() && day >= 1 && day <= 31) {
                return new int[] {day, Integer.parseInt(month.get())};
            }
        }
        Matcher n = NUMERIC_DAY_MONTH.matcher(folded);
        if (n.find()) {
            int day = Integer.parseInt(n.group(1));
            int month = Integer.parseInt(n.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                return new int[] {day, month};
            }
        }
        return null;
    }

    /** The date of an act whose verb or mark is at token {@code anchor}, or null. */
    LocalDate of(Sentence s, int anchor, LocalDate reference) {
        return of(s, anchor, reference, s.inQuote(anchor));
    }

    /**
     * The date of an act at token {@code anchor}; days named inside quotations count only when
     * {@code quoted} (a demand made in someone's words), never for the act of speaking them.
     */
    LocalDate of(Sentence s, int anchor, LocalDate reference, boolean quoted) {
        return of(s, anchor, reference, quoted, -1, -1);
    }

    /**
     * The date of an act at token {@code anchor} whose content, tokens {@code [from, to]}, is left
     * out: "ils appellent à une manifestation le 12 mars" are asking on the dispatch's day.
     */
    LocalDate of(Sentence s, int anchor, LocalDate reference, boolean quoted, int from, int to) {
        if (reference == null) {
            return null;
        }
        if (quoted && s.inQuote(anchor)) {
            Sentence.Quote quote = s.quotes.get(s.quoteOf[anchor]);
            if (quote.date != null && !namedIn(s, s.quoteOf[anchor], reference)) {
                return quote.date; // "« J'appelle les parties à … », a-t-il dit mercredi": asked when the words were said
            }
        }
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        // "Le sommet aura lieu le 15 mars, a annoncé X": what is told in the passé composé was done by the dispatch's day
        LocalDate latest = !quoted && pastTense(s, anchor) ? reference : LocalDate.MAX;
        int reported = quoted ? -1 : reportedClause(s, anchor);
        // near the verb first; then anywhere before it in the sentence ("Lors de son discours mardi 3 juillet, …, X a …")
        for (int i = Math.max(0, anchor - 40); i < Math.min(s.size(), anchor + 40); i++) {
            if (s.inQuote(i) && !quoted || i >= from && i <= to || reported >= 0 && i > reported) {
                continue; // a date in someone's words, or in the clause they report, dates what they speak of, not when they spoke
            }
            if (!quoted && i < anchor && reportedBy(s, i) && coordinatedVerbBetween(s, i, anchor)) {
                continue; // "X a averti dimanche que le trafic serait perturbé le 12 mars et a demandé …": X asked on Sunday
            }
            LocalDate d = expression(s, i, reference);
            if (d != null && !d.isAfter(latest)) {
                int distance = Math.abs(i - anchor);
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        for (int i = anchor - 41; i >= 0 && best == null; i--) {
            if ((!s.inQuote(i) || quoted) && !(i >= from && i <= to)) {
                best = expression(s, i, reference);
                best = best != null && best.isAfter(latest) ? null : best;
            }
        }
        if (best != null) {
            return best;
        }
        if (!quoted && periodDates(s, anchor)) {
            return null; // "a déclaré la semaine dernière", "En 2023, X a signé": a time is named, but no day
        }
        for (int j = anchor - 1; j >= Math.max(0, anchor - 3); j--) {
            if (lexicon.is(s.tokens, j, Grammar.PLUPERFECT)) {
                // "avait déclaré" with no day of its own: the day the story is at, if it named one before the dispatch's
                return narrative != null && narrative.isBefore(reference) ? narrative : null;
            }
        }
        if (narrative != null && narrative.isBefore(reference) && !quoted && (pastTense(s, anchor) || openedByDocument(s))) {
            return narrative; // "X a rencontré lundi Y. Il a déclaré …": told in the past, the act is on the story's day
        }
        return reference;
    }

    /** Whether a verb coordinated to the main clause ({@code et a demandé}) follows token i before the act at {@code anchor}. */
    private boolean coordinatedVerbBetween(Sentence s, int i, int anchor) {
        for (int k = i + 1; k < anchor; k++) {
            if (lexicon.is(s.tokens, k, Grammar.AND) && lexicon.is(s.tokens, k + 1, Grammar.PRESENT_AUXILIARY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token i lies in the clause a verb of speech reports ("a indiqué que les discussions reprendraient lundi"):
     * the day is the one spoken of, not the one the story is at.
     */
    private boolean reportedBy(Sentence s, int i) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() && c.last < i && c.has(Act.REPORTING) && !s.inQuote(c.first)) {
                int clause = reportedClause(s, c.last);
                if (clause >= 0 && clause < i) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The "que" that opens the clause an act's verb at {@code anchor} reports, a few words after it ("a indiqué à
     * l'issue de la réunion que les discussions reprendraient lundi"), or -1.
     */
    private int reportedClause(Sentence s, int anchor) {
        for (int j = anchor + 1; j < Math.min(s.size(), anchor + 9); j++) {
            if (s.inQuote(j) || !s.token(j).isWord() && !s.word(j).equals("'")) {
                return -1;
            }
            if (lexicon.is(s.tokens, j, Grammar.SUBORDINATOR)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the act at {@code anchor} is dated by a period longer than a day, named right after its verb
     * (a few adverbs aside) or opening the sentence: {@code début mars}, {@code fin février}, {@code en mars},
     * {@code en 2023}, {@code mars dernier}, {@code la semaine dernière}, {@code le mois prochain}, {@code en fin
     * de semaine}, {@code ce week-end}. Such an act has no day: neither the dispatch's nor the story's.
     */
    private boolean periodDates(Sentence s, int anchor) {
        if (!s.inQuote(0) && (period(s, 0) || period(s, 1) && !s.token(0).isWord())) {
            return true;
        }
        for (int i = anchor + 1; i <= Math.min(s.size() - 1, anchor + 3); i++) {
            if (s.inQuote(i)) {
                return false;
            }
            if (period(s, i)) {
                return true;
            }
            if (!lexicon.is(s.tokens, i, Grammar.ADVERB)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a period longer than a day is named from token i (see {@link #periodDates}). */
    private boolean period(Sentence s, int i) {
        if (i >= s.size()) {
            return false;
        }
        int k = lexicon.is(s.tokens, i, Grammar.IN) ? i + 1 : i;
        if (lexicon.is(s.tokens, i, Grammar.TO_BARE) && lexicon.is(s.tokens, i + 1, Grammar.DEFINITE_FEMININE)) {
            k = i + 2; // "à la fin de la semaine dernière"
        }
        if (k == i + 1 && k < s.size() && (lexicon.is(s.tokens, k, Grammar.MONTH) || YEAR.matcher(s.word(k)).matches())) {
            return true; // "en mars", "en 2023"
        }
        if (lexicon.is(s.tokens, k, Grammar.DAY_EDGE)) {
            if (lexicon.is(s.tokens, k + 1, Grammar.MONTH)) {
                return true; // "début mars", "fin février"
            }
            int noun = lexicon.is(s.tokens, k + 2, Grammar.ARTICLE) ? k + 3 : k + 2;
            return lexicon.is(s.tokens, k + 1, Grammar.OF_UNELIDED) && (lexicon.is(s.tokens, noun, Grammar.PERIOD) || lexicon.is(s.tokens, noun, Grammar.MONTH));
        }
        if (lexicon.is(s.tokens, i, Grammar.MONTH) && lexicon.is(s.tokens, i + 1, Grammar.LAST)) {
            return true; // "mars dernier"
        }
        if (lexicon.is(s.tokens, i + 1, Grammar.WEEKEND) && (lexicon.is(s.tokens, i, Grammar.DEMONSTRATIVE) || lexicon.is(s.tokens, i, Grammar.ARTICLE))) {
            return true; // "ce week-end", "le week-end dernier": two days, not one
        }
        return lexicon.is(s.tokens, i, Grammar.ARTICLE) && lexicon.is(s.tokens, i + 1, Grammar.PERIOD)
                && (lexicon.is(s.tokens, i + 2, Grammar.LAST) || lexicon.is(s.tokens, i + 2, Grammar.NEXT)); // "la semaine dernière"
    }

    /** Whether a day is named inside the quotation of index {@code quote}. */
    private boolean namedIn(Sentence s, int quote, LocalDate reference) {
        for (int i = 0; i < s.size(); i++) {
            if (s.quoteOf[i] == quote && expression(s, i, reference) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code anchor} is in the passé composé (a present auxiliary before its participle) or a perfect infinitive. */
    private boolean pastTense(Sentence s, int anchor) {
        int j = anchor - 1;
        while (j >= 0 && (lexicon.is(s.tokens, j, Grammar.ADVERB) || s.word(j).equals("-") || lexicon.is(s.tokens, j, Grammar.PRONOUN_SINGULAR)
                || lexicon.is(s.tokens, j, Grammar.PRONOUN_PLURAL) || lexicon.is(s.tokens, j, Grammar.EUPHONIC))) {
            j--;
        }
        j = Syntax.adverbsBefore(lexicon, s, j); // "a de son côté demandé"
        boolean appended = j >= 1 && j == anchor - 1 && s.word(j).equals(",") && lexicon.endsWithAny(s.word(anchor), "PRESENT_PARTICIPLE_ENDING");
        if (j >= 1 && lexicon.is(s.tokens, j, Grammar.AND) || appended) {
            // "a appelé à … et exhorté X à …": the second participle shares the first one's auxiliary;
            // "a condamné l'attaque, appelant les parties à …": the appended participle shares its clause's tense
            for (int k = j - 1; k >= Math.max(0, j - 20) && !s.word(k).equals(";"); k--) {
                int v = k + 1;
                while (v < j && lexicon.is(s.tokens, v, Grammar.ADVERB)) {
                    v++;
                }
                if (lexicon.is(s.tokens, k, Grammar.PRESENT_AUXILIARY) && !s.inQuote(k) && s.cueAt(v) != null && s.cueAt(v).isVerb()) {
                    return true;
                }
            }
        }
        if (j >= 1 && lexicon.is(s.tokens, j, Grammar.BEEN)) {
            j--; // "a été reçu": the passive's passé composé
        }
        // "M. X leur aurait rappelé que": the conditional reports, second hand, an act already done;
        // "a précisé avoir appelé X": the perfect infinitive tells an act done before the saying
        return j >= 0 && (lexicon.is(s.tokens, j, Grammar.PRESENT_AUXILIARY) || lexicon.is(s.tokens, j, Grammar.CONDITIONAL_PERFECT)
                || lexicon.is(s.tokens, j, Grammar.INFINITIVE_AUXILIARY));
    }

    /**
     * Whether the sentence opens on a document that holds its act ({@code Dans un courrier adressé à …, il
     * souhaite que}, {@code Dans un communiqué commun, X exigent}): the document was written before the
     * dispatch, though told in the present.
     */
    private boolean openedByDocument(Sentence s) {
        if (s.size() < 3 || !lexicon.is(s.tokens, 0, Grammar.DOCUMENT_INTRODUCER) || s.inQuote(0)) {
            return false;
        }
        if (!lexicon.is(s.tokens, 1, Grammar.ARTICLE) && !lexicon.is(s.tokens, 1, Grammar.DETERMINER)) {
            return false;
        }
        Sentence.Cue noun = s.cueAt(2);
        return noun != null && noun.noun != null;
    }

    private LocalDate expression(Sentence s, int i, LocalDate ref) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        String w = s.word(i);
        if (!s.token(i).numeric() && !lexicon.isAny(s.tokens, i, DATE_OPENER_CLASSES)) {
            return null; // the words that open a date are few: cheap to rule out first, as every token is asked
        }
        Optional<String> weekday = lexicon.value(s.tokens, i, Grammar.WEEKDAY);
        if (weekday.isPresent()) {
            LocalDate explicit = explicitDay(s, i + 1, ref); // "mercredi 4 juillet": the day number decides
            if (explicit != null) {
                return explicit;
            }
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(weekday.get()));
            if (lexicon.is(s.tokens, i + 1, Grammar.NEXT)) {
                return ref.with(TemporalAdjusters.next(day));
            }
            if (lexicon.is(s.tokens, i + 1, Grammar.LAST)) {
                return ref.with(TemporalAdjusters.previous(day));
            }
            if (tense(s, i, i) > 0 || presentBefore(s, i)) {
                // "recevra lundi", "doit accueillir vendredi", "reçoit jeudi": the coming one
                return ref.with(TemporalAdjusters.nextOrSame(day));
            }
            return ref.with(TemporalAdjusters.previousOrSame(day));
        }
        if (lexicon.is(s.tokens, i, Grammar.TODAY_START) && lexicon.is(s.tokens, i + 2, Grammar.TODAY_END)) {
            return ref;
        }
        if (lexicon.is(s.tokens, i, Grammar.DEMONSTRATIVE)
                && (lexicon.is(s.tokens, i + 1, Grammar.DAY_PART) || lexicon.is(s.tokens, i + 1, Grammar.AFTER) && lexicon.is(s.tokens, i + 3, Grammar.DAY_PART))) {
            return ref; // "ce matin", "cet après-midi", "ce soir": the dispatch's day
        }
        if (lexicon.is(s.tokens, i, Grammar.AGO_START)) {
            return ago(s, i, ref);
        }
        if (lexicon.is(s.tokens, i, Grammar.WHOLE_DAY)) {
            return withinTheDay(s, i) ? ref : null;
        }
        Optional<String> relative = lexicon.value(s.tokens, i, Grammar.RELATIVE_DAY);
        boolean hyphenated = lexicon.is(s.tokens, i, Grammar.YESTERDAY) && s.word(i - 1).equals("-");
        if (hyphenated && lexicon.is(s.tokens, i - 2, Grammar.BEFORE)) {
            return ref.minusDays(2); // "avant-hier"
        }
        if (relative.isPresent() && !hyphenated) {
            int offset;
            try {
                offset = Integer.parseInt(relative.get());
            } catch (NumberFormatException e) {
                return null;
            }
            if (lexicon.is(w, Grammar.STORY_RELATIVE_DAY) && lexicon.is(s.tokens, i + 1, Grammar.DE_FORM)) {
                return null; // "au lendemain du vote", "la veille de la visite": a day next to an event, not to the story's day
            }
            if (lexicon.is(w, Grammar.STORY_RELATIVE_DAY) && narrative != null) {
                return narrative.plusDays(offset); // "la veille", "le lendemain": next to the day the story is at
            }
            try {
                return ref.plusDays(offset);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Optional<String> part = lexicon.value(s.tokens, i, Grammar.WEEK_PART);
        if (part.isPresent() && lexicon.is(s.tokens, i + 1, Grammar.OF_UNELIDED)) {
            int k = lexicon.is(s.tokens, i + 2, Grammar.ARTICLE) ? i + 3 : i + 2;
            if (lexicon.is(s.tokens, k, Grammar.WEEK)) {
                // "en début de semaine": the first day of the dispatch's week
                return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(part.get()))));
            }
        }
        return explicitDay(s, i, ref);
    }

    /**
     * Whether the weekday at i follows a verb of meeting, calling or inviting in the present ({@code reçoit
     * jeudi}, {@code se réunissent lundi}, adverbs aside): wire copy tells in the present, with a day, what is
     * planned; what is done it tells in the passé composé. Words said or asked cannot be planned so. Not a
     * participle, an infinitive, the imperfect or a verb after an auxiliary ({@code a reçu jeudi}, {@code avait
     * reçu}, {@code va recevoir}).
     */
    private boolean presentBefore(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && lexicon.is(s.tokens, j, Grammar.ADVERB) && j > i - 3) {
            j--;
        }
        Sentence.Cue cue = s.cueAt(j);
        if (cue == null || !cue.isVerb() || cue.last != j || !s.token(j).isWord()
                || !cue.has(Act.MEETING) && !cue.has(Act.CALL)
                && !cue.has(Act.INVITATION)) {
            return false; // what is said or asked is not planned: "estime lundi" tells Monday's words in the present
        }
        for (int k = j; k >= Math.max(0, cue.first - 4); k--) {
            if (lexicon.is(s.tokens, k, Grammar.AUXILIARY) || lexicon.is(s.tokens, k, Grammar.PLUPERFECT)) {
                return false; // "s'est entretenu au téléphone jeudi": the auxiliary may lie inside the cue
            }
            String w = s.word(k);
            if (k >= cue.first && s.token(k).isWord() && !lexicon.is(s.tokens, k, Grammar.CLITIC)) {
                String raw = input.substring(s.token(k).start(), s.token(k).end());
                if (Syntax.writtenParticiple(raw) || cue.lemma.endsWith(w) || lexicon.endsWithAny(w, Grammar.PAST_PARTICIPLE_ENDING.name())
                        || lexicon.endsWithAny(w, Grammar.IMPERFECT_ENDING.name()) || lexicon.endsWithAny(w, Grammar.PRESENT_PARTICIPLE_ENDING.name())) {
                    return false;
                }
            }
            if (k < cue.first && !lexicon.is(s.tokens, k, Grammar.CLITIC) && !lexicon.is(s.tokens, k, Grammar.ADVERB) && !w.equals("'")) {
                // "au téléphone jeudi": a form of a verb after an article or a preposition is a noun
                return k != cue.first - 1 || !lexicon.is(s.tokens, k, Grammar.ARTICLE) && !lexicon.is(s.tokens, k, Grammar.PREPOSITION);
            }
        }
        return true;
    }

    /**
     * The day {@code il y a trois jours}, {@code il y a deux semaines} from token i names, counted
     * back from the dispatch's day, or null: a count in figures or words, then a unit of days
     * ({@code AGO_UNIT}, valued in days) or months ({@code AGO_MONTH_UNIT}: {@code il y a un mois}).
     */
    private LocalDate ago(Sentence s, int i, LocalDate ref) {
        if (!lexicon.is(s.tokens, i + 1, Grammar.AGO_THERE) || !lexicon.is(s.tokens, i + 2, Grammar.PRESENT_AUXILIARY)) {
            return null;
        }
        Optional<String> counted = lexicon.value(s.tokens, i + 3, Grammar.COUNT_WORD);
        int count = s.token(i + 3).numeric() ? leadingNumber(s.word(i + 3))
                : lexicon.is(s.tokens, i + 3, Grammar.INDEFINITE_ARTICLE) ? 1 // "il y a une semaine"
                : counted.isPresent() ? Integer.parseInt(counted.get()) : -1;
        if (count >= 1 && count <= 12 && lexicon.is(s.tokens, i + 4, Grammar.AGO_MONTH_UNIT)) {
            return ref.minusMonths(count); // "il y a un mois": the same day of the month before
        }
        Optional<String> unit = lexicon.value(s.tokens, i + 4, Grammar.AGO_UNIT);
        if (count < 1 || count > 31 || unit.isEmpty()) {
            return null;
        }
        return ref.minusDays((long) count * Integer.parseInt(unit.get()));
    }

    /**
     * Whether the {@code journée} at token i is the dispatch's day as wire copy writes it: {@code
     * dans la journée}, {@code plus tôt dans la journée}, {@code en fin de journée}; not when a day
     * follows ({@code la journée de mardi}, {@code la journée du 12 mars}), which dates by itself.
     */
    private boolean withinTheDay(Sentence s, int i) {
        if (lexicon.is(s.tokens, i + 1, Grammar.OF_UNELIDED) || lexicon.is(s.tokens, i + 1, Grammar.OF_THE_SINGULAR)) {
            return false;
        }
        boolean inTheDay = lexicon.is(s.tokens, i - 1, Grammar.DEFINITE_FEMININE) && lexicon.is(s.tokens, i - 2, Grammar.WITHIN);
        boolean partOfTheDay = lexicon.is(s.tokens, i - 1, Grammar.OF_UNELIDED) && lexicon.is(s.tokens, i - 2, Grammar.DAY_EDGE);
        return inTheDay || partOfTheDay;
    }

    /** A day written from token i ({@code 4 juillet}, {@code 1er mai 2012}, {@code 11.03.2024}, {@code 11/03/2024}), or null. */
    private LocalDate explicitDay(Sentence s, int i, LocalDate ref) {
        if (i < s.size() && s.token(i).numeric() && i + 1 < s.size()) {
            String w = s.word(i);
            String separator = s.word(i + 1);
            if ((separator.equals(".") || separator.equals("/")) && i + 4 < s.size() && s.token(i + 2).numeric()
                    && s.word(i + 3).equals(separator) && YEAR.matcher(s.word(i + 4)).matches()) {
                return safe(Integer.parseInt(s.word(i + 4)), leadingNumber(s.word(i + 2)), leadingNumber(w)); // "le 11.03.2024"
            }
            int day = leadingNumber(w);
            int next = lexicon.is(s.tokens, i + 1, Grammar.ORDINAL_FIRST) ? i + 2 : i + 1;
            Optional<String> month = lexicon.value(s.tokens, next, Grammar.MONTH);
            if (day >= 1 && day <= 31 && month.isEmpty() && dayAlone(s, i)) {
                return dayOfTheMonth(s, i, day, ref); // "a déclaré le 8 que", "le 10 et le 11 mars"
            }
            if (day >= 1 && day <= 31 && month.isPresent()) {
                int m = Integer.parseInt(month.get());
                int year;
                if (next + 1 < s.size() && YEAR.matcher(s.word(next + 1)).matches()) {
                    year = Integer.parseInt(s.word(next + 1));
                } else {
                    year = yearOf(s, i, next, safe(ref.getYear(), m, day), ref);
                }
                return safe(year, m, day);
            }
        }
        return null;
    }

    /**
     * Whether the number at i is a day named without its month, as wire copy writes one in the month
     * being told: figures only, after {@code le} or a weekday, and before a comma, a full stop, {@code à},
     * {@code et} or {@code que} ({@code le 8, …}, {@code le 8 à Genève}); not {@code le 20 heures}, {@code
     * le 3e}, {@code le 49.3}.
     */
    private boolean dayAlone(Sentence s, int i) {
        String w = s.word(i);
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        if (!lexicon.is(s.tokens, i - 1, Grammar.DEFINITE_MASCULINE) && !lexicon.is(s.tokens, i - 1, Grammar.WEEKDAY)) {
            return false;
        }
        String next = s.word(i + 1);
        boolean stop = next.equals(",") || next.equals(";") || next.equals(".") && !(i + 2 < s.size() && s.token(i + 2).numeric());
        return stop || lexicon.is(s.tokens, i + 1, Grammar.TO_BARE) || lexicon.is(s.tokens, i + 1, Grammar.AND)
                || lexicon.is(s.tokens, i + 1, Grammar.SUBORDINATOR);
    }

    /**
     * The day {@code day} of the dispatch's month, or of the month before when the words around it tell the
     * past and the day is still ahead ({@code a déclaré le 28} in a dispatch of 3 March), or of the month
     * after when they look ahead and the day has passed; null for a day the month lacks.
     */
    private LocalDate dayOfTheMonth(Sentence s, int i, int day, LocalDate ref) {
        int tense = tense(s, i, i);
        LocalDate month = ref.withDayOfMonth(1);
        if (tense < 0 && day > ref.getDayOfMonth() || tense == 0 && day > ref.getDayOfMonth() + 7) {
            month = month.minusMonths(1);
        } else if (tense > 0 && day < ref.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        return safe(month.getYear(), month.getMonthValue(), day);
    }

    /**
     * The year of a day named without one ({@code guess}, in the dispatch's year): the coming one
     * when the words around it look ahead ({@code le 15 mars prochain}, {@code aura lieu le 15 mars},
     * {@code se rendra le 15 mars}, {@code prévu le 15 mars}), the latest past one when they tell
     * the past ({@code le 3 mars dernier}, {@code a déclaré le 3 mars}) unless the day is only weeks ahead
     * (what a past act set up: {@code a convoqué une réunion le 10 juillet}); with no tense to read, the
     * dispatch's year unless that puts the day more than a month ahead.
     */
    private int yearOf(Sentence s, int dayAt, int monthAt, LocalDate guess, LocalDate ref) {
        int year = ref.getYear();
        if (guess == null) {
            return year; // 29 février outside a leap year: no such day, whatever the year
        }
        boolean last = lexicon.is(s.tokens, monthAt + 1, Grammar.LAST);
        int tense = lexicon.is(s.tokens, monthAt + 1, Grammar.NEXT) ? 1 : last ? -1 : tense(s, dayAt, monthAt);
        if (tense > 0) {
            return guess.isBefore(ref) ? year + 1 : year;
        }
        if (tense < 0) {
            // "a déposé un préavis de grève pour le 14 juillet" in a dispatch of 8 July: the day is the strike's, ahead;
            // "a déclaré le 3 mars", "le 3 mars dernier": the day is the act's, past
            boolean actsDay = last || verbBefore(s, dayAt);
            return guess.isAfter(actsDay ? ref : ref.plusDays(DAYS_AHEAD_OF_A_PAST_VERB)) ? year - 1 : year;
        }
        return guess.isAfter(ref.plusDays(31)) ? year - 1 : year;
    }

    /** Whether a verb stands right before the day at {@code dayAt}, past its article: {@code a déclaré le 3 mars}. */
    private boolean verbBefore(Sentence s, int dayAt) {
        int k = lexicon.is(s.tokens, dayAt - 1, Grammar.DEFINITE_MASCULINE) ? dayAt - 2 : dayAt - 1;
        Sentence.Cue cue = s.cueAt(k);
        // "a signé le 3 mars", "a été reçu le 3 mars": any participle right after its auxiliary
        boolean participle = k > 0 && s.token(k).isWord() && (lexicon.is(s.tokens, k - 1, Grammar.PRESENT_AUXILIARY) || lexicon.is(s.tokens, k - 1, Grammar.BEEN));
        return cue != null && cue.isVerb() || participle || lexicon.is(s.tokens, k, Grammar.PRESENT_AUXILIARY);
    }

    /**
     * Which way the verb nearest a day points, read first before it, then after it, within its
     * clause (up to a subordinator or a relative pronoun): 1 for what is ahead (a future form, a {@code SCHEDULED} word), -1 for what is past
     * (the passé composé's or the pluperfect's auxiliary), 0 when no tense is read.
     */
    private int tense(Sentence s, int dayAt, int monthAt) {
        boolean quoted = s.inQuote(dayAt);
        // words are counted, not elisions' apostrophes: "doit s'exprimer devant l'Assemblée nationale vendredi"
        for (int j = dayAt - 1, words = 0; j >= 0 && words < TENSE_REACH && s.inQuote(j) == quoted && !breaks(s, j); j--) {
            if (s.word(j).equals("'")) {
                continue;
            }
            words++;
            int t = tenseAt(s, j);
            if (t != 0) {
                return t;
            }
        }
        for (int j = monthAt + 1; j < Math.min(s.size(), monthAt + 1 + TENSE_REACH) && s.inQuote(j) == quoted && !breaks(s, j); j++) {
            int t = tenseAt(s, j);
            if (t != 0) {
                return t;
            }
        }
        return 0;
    }

    /** Where the clause of a day ends: "a indiqué que le sommet, qui se tient le 15 mars": the main verb's tense is not the day's. */
    private boolean breaks(Sentence s, int j) {
        return lexicon.is(s.tokens, j, Grammar.HARD_BREAK) || lexicon.is(s.tokens, j, Grammar.SUBORDINATOR) || lexicon.is(s.tokens, j, Grammar.RELATIVE_PRONOUN)
                || s.word(j).equals(";");
    }

    private int tenseAt(Sentence s, int j) {
        Token t = s.token(j);
        if (!t.isWord() || t.numeric()) {
            return 0;
        }
        if (lexicon.is(s.tokens, j, Grammar.SCHEDULED)) {
            return 1;
        }
        if (lexicon.is(s.tokens, j, Grammar.PLUPERFECT)
                || lexicon.is(s.tokens, j, Grammar.PRESENT_AUXILIARY) && input.charAt(t.start()) != '\u00e0') { // "a", not "à"
            return -1;
        }
        if (!t.capitalised()) {
            String w = t.folded();
            for (int n = Math.min(5, w.length() - 1); n > 2; n--) {
                if (lexicon.is("-" + w.substring(w.length() - n), Grammar.FUTURE_ENDING)) { // "se rendra", "rencontrera", "se réuniront"
                    return 1;
                }
            }
        }
        return 0;
    }

    private static int leadingNumber(String w) {
        int n = 0;
        int k = 0;
        while (k < w.length() && Character.isDigit(w.charAt(k)) && k < 3) {
            n = n * 10 + (w.charAt(k) - '0');
            k++;
        }
        return k == 0 ? -1 : n;
    }

    private static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
