package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Layout;
import org.diplotext.text.Lines;

/** The rules every layout of every format keeps, checked on any input. */
final class LayoutChecks {
    private LayoutChecks() {
    }

    /**
     * Segments match the input, come in input order without overlapping, cover every
     * non-white-space character, and every set-aside segment lies under an INFO issue (its own for
     * noise lines; one for all the markup of a wire XML document).
     */
    static void check(String input, List<Layout> layouts) {
        assertThat(layouts).as("layouts").isNotEmpty();
        boolean[] covered = new boolean[input.length()];
        int previousEnd = 0;
        for (Layout layout : layouts) {
            for (Segment s : layout.segments()) {
                assertThat(s.span().matches(input)).as("segment %s matches the input", s).isTrue();
                assertThat(s.span().start()).as("segment %s in input order", s).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = s.span().end();
                for (int i = s.span().start(); i < s.span().end(); i++) {
                    covered[i] = true;
                }
                if (s.kind() == SegmentKind.SET_ASIDE) {
                    assertThat(layout.issues()).as("issue for set-aside %s", s)
                            .anyMatch(i -> i.start() <= s.span().start() && i.end() >= s.span().end()
                                    && i.severity() == ParseIssue.Severity.INFO);
                }
            }
            for (ParseIssue issue : layout.issues()) {
                assertThat(issue.end()).as("issue %s within the input", issue).isLessThanOrEqualTo(input.length());
            }
        }
        for (int i = 0; i < input.length(); i++) {
            if (!covered[i] && !Lines.isSpace(input.charAt(i))) {
                int from = Math.max(0, i - 20);
                int to = Math.min(input.length(), i + 20);
                throw new AssertionError("character " + i + " ('" + input.charAt(i) + "') lies in no segment, near '"
                        + input.substring(from, to) + "'");
            }
        }
    }
}
