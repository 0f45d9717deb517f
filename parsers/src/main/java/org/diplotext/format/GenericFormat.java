package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import org.diplotext.model.Article;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.diplotext.text.Lines;

/** The fallback for text in no known format: first line headline, second lead, then paragraphs. */
final class GenericFormat implements DispatchFormat {

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public int confidence(String text) {
        return 1;
    }

    @Override
    public List<Layout> read(String text) {
        List<Span> lines = Lines.nonBlank(text);
        Article.Builder article = Article.builder(id());
        List<Segment> segments = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (i == 0) {
                article.headline(line.text());
                segments.add(new Segment(SegmentKind.HEADLINE, line));
            } else if (i == 1) {
                article.lead(line.text());
                segments.add(new Segment(SegmentKind.LEAD, line));
            } else {
                paragraphs.add(line.text());
                segments.add(new Segment(SegmentKind.PARAGRAPH, line));
            }
        }
        if (!paragraphs.isEmpty()) {
            article.section(Section.untitled(paragraphs));
        }
        return List.of(new Layout(article.build(), segments, List.of()));
    }
}
