package org.diplotext.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Article;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.Layout;

/** Collects the article, segments and issues of one dispatch while a reader walks it. Not thread-safe. */
final class LayoutBuilder {
    private final String input;
    final Article.Builder article;
    private final List<Segment> segments = new ArrayList<>();
    private final List<ParseIssue> issues = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private final List<String> paragraphs = new ArrayList<>();
    private boolean agencySet;
    private String agencyName;
    private boolean signatureSet;

    LayoutBuilder(String input, String format) {
        this.input = input;
        this.article = Article.builder(format);
    }

    String input() {
        return input;
    }

    /** Adds a segment of {@code kind} over {@code input[start, end)} and returns its text. */
    String segment(SegmentKind kind, int start, int end) {
        Span span = Span.of(input, start, end);
        segments.add(new Segment(kind, span));
        return span.text();
    }

    void setAside(int start, int end, String why) {
        Span span = Span.of(input, start, end);
        segments.add(new Segment(SegmentKind.SET_ASIDE, span));
        issues.add(ParseIssue.at(ParseIssue.Severity.INFO, span, why));
    }

    void issue(ParseIssue.Severity severity, int start, int end, String message) {
        issues.add(new ParseIssue(severity, start, end, message));
    }

    /** Sets the agency unless one was already found: the first evidence wins. */
    void agency(String name) {
        if (!agencySet) {
            article.agency(name);
            agencyName = name;
            agencySet = true;
        }
    }

    Optional<String> agencyName() {
        return Optional.ofNullable(agencyName);
    }

    boolean hasAgency() {
        return agencySet;
    }

    void signature(String value) {
        if (!signatureSet) {
            article.signature(value);
            signatureSet = true;
        }
    }

    void heading(String value) {
        closeSection();
        heading = value;
    }

    void paragraph(String value) {
        paragraphs.add(value);
    }

    private void closeSection() {
        if (heading != null || !paragraphs.isEmpty()) {
            sections.add(new Section(Optional.ofNullable(heading), paragraphs));
        }
        heading = null;
        paragraphs.clear();
    }

    Layout build() {
        closeSection();
        article.sections(sections);
        segments.sort(Comparator.comparing(Segment::span));
        issues.sort(Comparator.comparingInt(ParseIssue::start).thenComparingInt(ParseIssue::end));
        return new Layout(article.build(), segments, issues);
    }
}
