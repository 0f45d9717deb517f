package org.diplotext.examples.communique;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotext.model.Article;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;

/**
 * Reads a foreign ministry's press release ("Communiqué de presse"), as the Swiss FDFA or the
 * French Ministry for Europe and Foreign Affairs publish them:
 *
 * <pre>
 * Département fédéral des affaires étrangères DFAE      issuer      -&gt; agency, BYLINE
 * Communiqué de presse                                 marker      -&gt; kicker, KICKER
 * Berne, le 12 mars 2024                               place, date -&gt; dateline, published
 * Le DFAE convoque l'ambassadeur de Russie             title       -&gt; headline
 * Le Département fédéral ... a convoqué mardi ...      first para  -&gt; lead
 * 1. La Suisse condamne ...                            points      -&gt; paragraphs of the body
 * Renseignements complémentaires : ...                 closing     -&gt; signature
 * </pre>
 *
 * <p>The date line may stand before or after the title. It is an example of a user-written
 * {@link DispatchFormat}: it uses only the public API, keeps every offset into the input as given,
 * and reports what it cannot read as issues instead of throwing. Stateless and thread-safe.
 */
public final class CommuniqueFormat implements DispatchFormat {
    private static final int HEAD_LINES = 6;
    private static final int CLOSING_LINES = 6;
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}),\\s+(?<stamp>(?:le\\s+)?(?<day>1er|\\d{1,2})\\s+"
                    + "(?<month>\\p{L}+)\\s+(?<year>\\d{4}))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s");

    /** A format with the French words of its resource file. */
    public CommuniqueFormat() {
    }

    @Override
    public String id() {
        return "communique";
    }

    @Override
    public int confidence(String text) {
        List<Span> head = lines(text, HEAD_LINES);
        int marker = markerIndex(head);
        if (marker < 0) {
            return 0;
        }
        boolean dated = head.stream().skip(marker + 1L).anyMatch(l -> DATE_LINE.matcher(l.text()).matches());
        return dated ? 95 : 60;
    }

    @Override
    public List<Layout> read(String text) {
        List<Span> lines = lines(text, Integer.MAX_VALUE);
        List<Segment> segments = new ArrayList<>();
        List<ParseIssue> issues = new ArrayList<>();
        Article.Builder article = Article.builder(id());

        int marker = markerIndex(lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        int next = 0;
        if (marker < 0) {
            issues.add(new ParseIssue(ParseIssue.Severity.WARNING, 0, Math.min(text.length(), 1),
                    "no 'Communiqué de presse' line among the first lines"));
        } else {
            for (int i = 0; i < marker; i++) {
                segments.add(new Segment(SegmentKind.BYLINE, lines.get(i)));
                if (i == 0) {
                    article.agency(lines.get(i).text()).credit(lines.get(i).text());
                }
            }
            segments.add(new Segment(SegmentKind.KICKER, lines.get(marker)));
            article.kicker(lines.get(marker).text());
            next = marker + 1;
        }

        int closing = closingIndex(lines, next);
        int dateLine = -1;
        for (int i = next; i < Math.min(next + 2, closing); i++) {
            if (DATE_LINE.matcher(lines.get(i).text()).matches()) {
                dateLine = i;
                break;
            }
        }
        int headline = -1;
        List<Span> body = new ArrayList<>();
        for (int i = next; i < closing; i++) {
            Span line = lines.get(i);
            if (i == dateLine) {
                dateLine(text, line, article, segments, issues);
            } else if (headline < 0) {
                headline = i;
                article.headline(line.text());
                segments.add(new Segment(SegmentKind.HEADLINE, line));
            } else {
                body.add(line);
            }
        }
        if (dateLine < 0) {
            issues.add(new ParseIssue(ParseIssue.Severity.WARNING, 0, Math.min(text.length(), 1),
                    "no place and date line ('Berne, le 12 mars 2024') after the marker"));
        }
        List<String> paragraphs = new ArrayList<>();
        int points = 0;
        for (int i = 0; i < body.size(); i++) {
            Span line = body.get(i);
            if (i == 0) {
                article.lead(line.text());
                segments.add(new Segment(SegmentKind.LEAD, line));
            } else {
                paragraphs.add(line.text());
                segments.add(new Segment(SegmentKind.PARAGRAPH, line));
                points += NUMBERED.matcher(line.text()).find() ? 1 : 0;
            }
        }
        if (!paragraphs.isEmpty()) {
            article.section(Section.untitled(paragraphs));
        }
        if (points > 0) {
            Span first = body.stream().filter(l -> NUMBERED.matcher(l.text()).find()).findFirst().orElseThrow();
            issues.add(ParseIssue.at(ParseIssue.Severity.INFO, first, points + " numbered points kept as paragraphs"));
        }
        if (closing < lines.size()) {
            Span block = Span.of(text, lines.get(closing).start(), lines.get(lines.size() - 1).end());
            article.signature(block.text());
            segments.add(new Segment(SegmentKind.SIGNATURE, block));
        }
        segments.sort((a, b) -> a.span().compareTo(b.span()));
        issues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.of(new Layout(article.build(), segments, issues));
    }

    private static void dateLine(String text, Span line, Article.Builder article, List<Segment> segments,
            List<ParseIssue> issues) {
        Matcher m = DATE_LINE.matcher(line.text());
        if (!m.matches()) {
            return;
        }
        int base = line.start();
        article.dateline(m.group("place").strip());
        segments.add(new Segment(SegmentKind.DATELINE, Span.of(text, base + m.start("place"),
                base + m.start("place") + m.group("place").strip().length())));
        segments.add(new Segment(SegmentKind.STAMP, Span.of(text, base + m.start("stamp"), base + m.end("stamp"))));
        Map<String, String> months = Words.FR.pairs("month");
        String month = months.get(Words.lower(m.group("month")));
        String day = m.group("day");
        try {
            if (month == null) {
                throw new DateTimeException("unknown month '" + m.group("month") + "'");
            }
            article.published(Published.on(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(month),
                    "1er".equalsIgnoreCase(day) ? 1 : Integer.parseInt(day))));
        } catch (DateTimeException e) {
            issues.add(ParseIssue.at(ParseIssue.Severity.WARNING, line, "date not read: " + e.getMessage()));
        }
    }

    private static int markerIndex(List<Span> head) {
        List<String> markers = Words.FR.values("marker");
        for (int i = 0; i < head.size(); i++) {
            String line = Words.lower(head.get(i).text()).replaceAll("[\\s:.]+$", "");
            if (markers.contains(line)) {
                return i;
            }
        }
        return -1;
    }

    /** The first line, after {@code from}, that opens the closing block; the line count if none. */
    private static int closingIndex(List<Span> lines, int from) {
        List<String> closings = Words.FR.values("closing");
        // Only the last lines can close the release: "Le porte-parole a déclaré" may open a paragraph.
        for (int i = Math.max(from + 1, lines.size() - CLOSING_LINES); i < lines.size(); i++) {
            String line = Words.lower(lines.get(i).text());
            for (String c : closings) {
                if (line.startsWith(c) && (line.length() == c.length()
                        || !Character.isLetter(line.charAt(c.length())))) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    /** Up to {@code max} non-blank lines, trimmed, as spans of the text. */
    static List<Span> lines(String text, int max) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length() && out.size() < max; i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int s = start;
                int e = i;
                while (s < e && isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(Span.of(text, s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\ufeff';
    }
}
