package org.diplotext.spi;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplotext.model.Article;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;

/**
 * What an {@link Extractor} reads: the input text, the layout the format read in it, and the
 * settings of the parser.
 *
 * <p>Offsets of the layout's segments, and of every {@link Span} built with {@link #span(int, int)},
 * are indexes into {@link #text()}, the input exactly as given to the parser. When the input holds
 * several dispatches, {@code text} is the whole input and the layout covers one of them.
 *
 * @param text   the whole input, as given
 * @param layout the anatomy of the dispatch being extracted
 * @param zone   the time zone the parser assumes for stamps that give none
 */
public record ExtractionInput(String text, Layout layout, ZoneId zone) {

    /** Checks that every part is present. */
    public ExtractionInput {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(layout, "layout must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
    }

    /**
     * The article as the format read it.
     *
     * @return the article, never null
     */
    public Article article() {
        return layout.article();
    }

    /**
     * When the dispatch was published, if it says.
     *
     * @return the publication, or empty
     */
    public Optional<Published> published() {
        return layout.article().published();
    }

    /**
     * The day relative dates ({@code mercredi}, {@code hier}) are resolved against: the day of
     * publication.
     *
     * @return the day, or empty when the dispatch gives no date
     */
    public Optional<LocalDate> referenceDate() {
        return published().map(Published::date);
    }

    /**
     * The segments of the dispatch of the given kinds, in input order; all segments when no kind is
     * given.
     *
     * @param kinds the kinds wanted
     * @return the segments, possibly empty
     */
    public List<Segment> segments(SegmentKind... kinds) {
        List<SegmentKind> wanted = List.of(kinds);
        return layout.segments().stream().filter(s -> wanted.isEmpty() || wanted.contains(s.kind())).toList();
    }

    /**
     * The sentences of the headline, lead, headings, paragraphs and captions, in input order. The
     * cut is simple: after {@code .}, {@code !}, {@code ?} or {@code …} (and a closing guillemet or
     * parenthesis) followed by white space and an upper-case letter, a digit or an opening
     * guillemet, except after one upper-case letter ({@code M.}, {@code J.}).
     *
     * @return the sentences as spans of {@link #text()}, trimmed
     */
    public List<Span> sentences() {
        // every extractor of a dispatch gets the same input: cut its sentences once
        Cut c = lastCut;
        if (c != null && c.input().get() == this) {
            return c.sentences();
        }
        List<Span> sentences = cutSentences();
        lastCut = new Cut(new WeakReference<>(this), sentences);
        return sentences;
    }

    /** The input whose sentences were cut last (weakly held) and its sentences. */
    private record Cut(WeakReference<ExtractionInput> input, List<Span> sentences) {
    }

    private static volatile Cut lastCut;

    private List<Span> cutSentences() {
        List<Span> out = new ArrayList<>();
        for (Segment s : segments(SegmentKind.HEADLINE, SegmentKind.LEAD, SegmentKind.HEADING,
                SegmentKind.PARAGRAPH, SegmentKind.CAPTION)) {
            Sentences.split(text, s.span().start(), s.span().end(), out);
        }
        return List.copyOf(out);
    }

    /**
     * The span of {@link #text()} between two offsets.
     *
     * @param start index of the first character
     * @param end   index after the last character
     * @return the span with its text
     * @throws IllegalArgumentException if the offsets do not lie within the text or are not ordered
     */
    public Span span(int start, int end) {
        return Span.of(text, start, end);
    }
}
