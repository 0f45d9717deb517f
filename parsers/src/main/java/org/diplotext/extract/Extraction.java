package org.diplotext.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.lexicon.LexiconLoader;
import org.diplotext.lexicon.Named;
import org.diplotext.model.Article;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Layout;
import org.diplotext.spi.LexiconSource;
import org.diplotext.text.Folding;
import org.diplotext.text.Quotation;
import org.diplotext.text.Quotations;
import org.diplotext.text.Sentences;
import org.diplotext.text.Token;

/**
 * Finds actors, communications and demands in a dispatch whose anatomy is known. Immutable and
 * thread-safe once created: the lexicons are loaded once, and each call works on its own state.
 *
 * <p>The stages, in order: sentences and quotations ({@code org.diplotext.text}), mentions
 * ({@link MentionFinder}), actors ({@link ActorResolver}), acts ({@link Events}, {@link Demands},
 * {@link Dates}), then the records ({@link Assembly}).
 */
public final class Extraction {
    /** Titles of works run to a dozen words at most; a longer quotation after "le film" is someone speaking of it. */
    private static final int MAX_TITLE_WORDS = 12;
    private static final Set<SegmentKind> READ = EnumSet.of(SegmentKind.KICKER, SegmentKind.HEADLINE, SegmentKind.LEAD,
            SegmentKind.CAPTION, SegmentKind.PARAGRAPH, SegmentKind.HEADING);
    /** The paragraphs of the body, which a quotation may span. */
    private static final Set<SegmentKind> BODY = EnumSet.of(SegmentKind.LEAD, SegmentKind.PARAGRAPH);

    private final Lexicon lexicon;
    private final Set<String> abbreviations;
    private final Set<String> letterNameOpeners;

    private Extraction(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.abbreviations = lexicon.words("ABBREVIATION");
        this.letterNameOpeners = lexicon.words(Grammar.LETTER_NAME_OPENER.name());
    }

    /**
     * An extraction with the built-in lexicons and, added to them, the given extra sources.
     *
     * @throws org.diplotext.model.DiplotextException if a source holds a file that is not valid
     */
    public static Extraction create(List<LexiconSource> extraLexicons) {
        Objects.requireNonNull(extraLexicons, "extraLexicons must not be null");
        return new Extraction(LexiconLoader.load(extraLexicons));
    }

    /** The dispatch read from {@code text} with the given layout, with everything found in it. */
    public Dispatch extract(String text, Layout layout) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(layout, "layout must not be null");
        String folded = Folding.fold(text);
        List<ParseIssue> issues = new ArrayList<>(layout.issues());
        List<Sentence> sentences = sentences(text, folded, layout, issues);
        LocalDate reference = Dates.reference(layout.article(), text, lexicon).orElse(null);

        MentionFinder finder = new MentionFinder(lexicon);
        String dateline = datelineState(layout.article());
        ActorResolver resolver = new ActorResolver(lexicon, text, dateline, dateline != null ? dateline : agencyState(layout.article()));
        Events events = new Events(lexicon, text, reference);
        events.statesFrom(resolver::knownState);
        for (Sentence s : sentences) {
            finder.find(s);
            resolver.resolve(s);
            events.process(s);
            resolver.acted(events.communications, events.demands(), s.index);
        }
        resolver.nameOfficials(events.communications, events.demands());
        resolver.surnamesAlone(events.communications, events.demands());
        resolver.membersAlone(finder.membersOf, events.communications, events.demands());
        resolver.regionsAlone(events.communications, events.demands());
        events.headlineSpeakers(resolver::surnamed);
        events.mergeRetold();
        resolver.forgetThings(finder.thingNames, finder.playedNames);
        if (reference == null) {
            undated(text, layout, events).ifPresent(issues::add);
        }
        issues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Assembly(resolver, events).dispatch(layout, issues);
    }

    /**
     * The layout with {@code referenceDate}, a date known outside the text (a feed's wire date),
     * standing in for the publication the dispatch does not give: the dateline's day completed with
     * the nearest year ({@code PARIS, 14 mars (AFP)}), else the reference date itself, with an
     * {@code INFO} issue saying so. Unchanged when the text dates itself: a full date wins.
     */
    public Layout dated(String text, Layout layout, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(layout, "layout must not be null");
        Objects.requireNonNull(referenceDate, "referenceDate must not be null");
        Optional<Published> published = Dates.publication(layout, text, lexicon, referenceDate);
        if (published.isEmpty()) {
            return layout;
        }
        Optional<Segment> dateline = Dates.yearlessDateline(layout, text, lexicon);
        String message = dateline.isPresent()
                ? "the dateline gives no year: dated " + published.get() + " with the year of the reference date " + referenceDate
                : "the dispatch gives no date: dated " + referenceDate + ", the reference date";
        ParseIssue issue = dateline.map(s -> ParseIssue.at(ParseIssue.Severity.INFO, s.span(), message))
                .orElseGet(() -> new ParseIssue(ParseIssue.Severity.INFO, 0, 0, message));
        List<ParseIssue> issues = new ArrayList<>(layout.issues());
        issues.add(issue);
        issues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Layout(layout.article().toBuilder().published(published.get()).build(), layout.segments(), issues);
    }

    /** A warning that the acts found stay undated, the text giving no year, or nothing when none was found. */
    private Optional<ParseIssue> undated(String text, Layout layout, Events events) {
        int acts = events.communications.size() + events.demands().size();
        if (acts == 0) {
            return Optional.empty();
        }
        Optional<Segment> dateline = Dates.yearlessDateline(layout, text, lexicon);
        String message = (dateline.isPresent() ? "the dateline gives no year" : "the dispatch gives no date")
                + " and no reference date was given: communications and demands are left undated";
        return Optional.of(dateline.map(s -> ParseIssue.at(ParseIssue.Severity.WARNING, s.span(), message))
                .orElseGet(() -> new ParseIssue(ParseIssue.Severity.WARNING, 0, 0, message)));
    }

    private List<Sentence> sentences(String text, String folded, Layout layout, List<ParseIssue> issues) {
        List<Sentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Segment> segments = layout.segments();
        for (int n = 0; n < segments.size(); n++) {
            Segment segment = segments.get(n);
            if (!READ.contains(segment.kind())) {
                continue;
            }
            int from = segment.span().start();
            int to = segment.span().end();
            if (!seen.add(folded.substring(from, to).strip())) {
                continue; // a repeated caption or paragraph says nothing new
            }
            Quotations.Found found = Quotations.find(text, from, to, runsOn(text, segments, n));
            issues.addAll(found.issues());
            int next = 0;
            for (int[] range : Sentences.split(text, from, to, found.quotations(), abbreviations, letterNameOpeners)) {
                List<Token> tokens = lexicon.tokens(text, folded, range[0], range[1]);
                if (tokens.isEmpty()) {
                    continue;
                }
                List<Sentence.Quote> quotes = new ArrayList<>();
                List<Quotation> all = found.quotations();
                while (next < all.size() && all.get(next).open() < range[0]) {
                    next++;
                }
                for (int k = next; k < all.size() && all.get(k).open() < range[1]; k++) {
                    Quotation q = all.get(k);
                    if (q.open() >= range[0] && q.close() < range[1] && q.hasContent()) {
                        int first = Sentence.tokenAt(tokens, q.contentStart());
                        int end = Sentence.tokenAt(tokens, q.contentEnd());
                        int words = 0;
                        for (int t = first; t < end; t++) {
                            words += tokens.get(t).isWord() ? 1 : 0;
                        }
                        // a quotation that runs on into the next paragraph is someone's speech, however short its first part
                        Sentence.Quote quote = new Sentence.Quote(q, q.runsOn() || isStatement(text, folded, q, tokens, first, end, words));
                        quote.brief = words < 6 && !q.runsOn();
                        quotes.add(quote);
                    }
                }
                out.add(new Sentence(out.size(), range[0], range[1], segment.kind(), tokens, quotes));
            }
        }
        return out;
    }

    /**
     * Whether a quotation left open in body paragraph {@code n} runs on into the next one: French
     * copy opens each paragraph of a long quotation with a mark again and closes only the last.
     */
    private static boolean runsOn(String text, List<Segment> segments, int n) {
        if (!BODY.contains(segments.get(n).kind())) {
            return false;
        }
        for (int k = n + 1; k < segments.size(); k++) {
            Segment next = segments.get(k);
            if (!READ.contains(next.kind()) || next.kind() == SegmentKind.CAPTION) {
                continue; // a photo, its caption or page furniture set in between
            }
            if (!BODY.contains(next.kind())) {
                return false;
            }
            int at = next.span().start();
            while (at < next.span().end() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            char c = at < next.span().end() ? text.charAt(at) : ' ';
            return c == '\u00ab' || c == '\u201c' || c == '"';
        }
        return false;
    }

    /** The state whose capital or name the dateline gives ({@code MADRID (AFP)}), or null. */
    private String datelineState(Article article) {
        Named named = article.dateline().map(place -> lexicon.names().get(place)).orElse(null);
        if (named != null && (named.kind() == Named.Kind.CAPITAL || named.kind() == Named.Kind.STATE)) {
            return named.key();
        }
        return article.dateline().flatMap(lexicon::stateOfPlace).orElse(null);
    }

    /** The state of the national agency that sent the dispatch ({@code Belga}: BE, {@code ATS}: CH), or null. */
    private String agencyState(Article article) {
        Named named = article.agency().map(agency -> lexicon.names().get(agency)).orElse(null);
        if (named == null || named.kind() != Named.Kind.ORGANISATION) {
            return null;
        }
        return lexicon.organisation(named.key()).flatMap(o -> o.country()).orElse(null);
    }

    /** Whether the word ending before index {@code k} (spaces aside) is the reflexive "se" or "s'". */
    private boolean reflexive(String text, String folded, int k) {
        int w = k;
        while (w >= 0 && Character.isWhitespace(text.charAt(w))) {
            w--;
        }
        int from = w;
        while (from >= 0 && Character.isLetter(text.charAt(from))) {
            from--;
        }
        String auxiliary = folded.substring(from + 1, w + 1);
        boolean apart = from >= 0 && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\'' || text.charAt(from) == '\u2019');
        if (apart && lexicon.is(auxiliary, Grammar.BE_AUXILIARY)) {
            w = from; // "X s'est dit « très inquiet »": the auxiliary between the pronoun and the participle
            while (w >= 0 && Character.isWhitespace(text.charAt(w))) {
                w--;
            }
        }
        if (w >= 1 && (text.charAt(w) == '\'' || text.charAt(w) == '\u2019')) {
            return lexicon.is(folded.substring(w - 1, w), Grammar.REFLEXIVE) && (w < 2 || !Character.isLetter(text.charAt(w - 2)));
        }
        return w >= 1 && lexicon.is(folded.substring(w - 1, w + 1), Grammar.REFLEXIVE) && (w < 2 || !Character.isLetter(text.charAt(w - 2)));
    }

    /**
     * Whether the quotation is the title of a work right after the noun for it ({@code la sculpture
     * « La Petite danseuse de quatorze ans »}, {@code le film « … »}, {@code l'opération « … »}: NAMED_THING):
     * it names the work, nobody says it, however long it is.
     */
    private boolean titleOfWork(String text, String folded, Quotation q, List<Token> tokens, int first, int words) {
        if (words == 0 || words > MAX_TITLE_WORDS || first >= tokens.size() || !tokens.get(first).capitalised()) {
            return false;
        }
        int[] noun = wordBefore(text, q.open());
        return noun[1] > noun[0] && lexicon.is(folded.substring(noun[0], noun[1]), Grammar.NAMED_THING);
    }

    /** The bounds {@code [start, end)} of the word ending before {@code at}, spaces (no-break ones too) aside; empty when none. */
    private static int[] wordBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u00a0' || text.charAt(k) == '\u202f')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return new int[] {k + 1, end};
    }

    /**
     * A quotation of a few words naming a concept is not a statement; one that speaks is.
     * {@code tokens[first, last)} are its tokens, {@code words} of them letters or digits.
     */
    private boolean isStatement(String text, String folded, Quotation q, List<Token> tokens, int first, int last, int words) {
        if (titleOfWork(text, folded, q, tokens, first, words)) {
            return false;
        }
        for (int i = first; i < last; i++) {
            Token t = tokens.get(i);
            if (t.isWord() ? lexicon.is(tokens, i, Grammar.FIRST_PERSON) || lexicon.is(tokens, i, Grammar.SECOND_PERSON) : t.is("!") || t.is("?")) {
                return true;
            }
        }
        if (words >= 6) {
            return true;
        }
        // a few quoted words are someone's words unless they name a thing: "le concept de « ... »"
        int[] word = wordBefore(text, q.open());
        String before = folded.substring(word[0], word[1]);
        if (lexicon.is(before, Grammar.NAMING) && reflexive(text, folded, word[0] - 1)) {
            return words > 0; // "X se dit « très inquiet »": said of oneself, the words are X's
        }
        if (lexicon.is(before, Grammar.NAMING) && word[0] > 0) {
            int[] auxiliary = wordBefore(text, word[0]);
            if (lexicon.is(folded.substring(auxiliary[0], auxiliary[1]), Grammar.AUXILIARY)) {
                return words > 0; // "X a dit « suivre la situation »": the participle of speech, not "dit" that names
            }
        }
        if (lexicon.is(before, Grammar.OF)) {
            int[] noun = wordBefore(text, word[0]);
            before = folded.substring(noun[0], noun[1]);
        }
        return words > 0 && (!lexicon.is(before, Grammar.NAMING) || namedBy(tokens, q));
    }

    /**
     * Whether "par" and a capitalised name follow the quotation: "une rencontre qualifiée de « stérile »
     * par le STTP" gives the words of the one who labels, not a label of the text's own.
     */
    private boolean namedBy(List<Token> tokens, Quotation q) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() <= q.close()) {
            k++;
        }
        if (k >= tokens.size() || !lexicon.is(tokens, k, Grammar.BY)) {
            return false;
        }
        k++;
        if (k + 1 < tokens.size() && lexicon.is(tokens, k, Grammar.ARTICLE)) {
            k += tokens.get(k + 1).is("'") ? 2 : 1;
        }
        return k < tokens.size() && tokens.get(k).capitalised();
    }
}
