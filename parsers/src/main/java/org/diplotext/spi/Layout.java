package org.diplotext.spi;

import java.util.List;
import java.util.Objects;
import org.diplotext.model.Article;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;

/**
 * The anatomy of one dispatch as a {@link DispatchFormat} read it: the article, where each of its
 * parts stands in the input, and what was odd.
 *
 * @param article  the article's parts as text
 * @param segments the parts' spans in the input, in input order
 * @param issues   what the format met that was odd, in input order
 */
public record Layout(Article article, List<Segment> segments, List<ParseIssue> issues) {

    /** Checks every part and copies the lists. */
    public Layout {
        Objects.requireNonNull(article, "article must not be null");
        segments = List.copyOf(Objects.requireNonNull(segments, "segments must not be null"));
        issues = List.copyOf(Objects.requireNonNull(issues, "issues must not be null"));
    }
}
