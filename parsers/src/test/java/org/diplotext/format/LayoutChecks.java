package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** Each set-aside segment lies under an INFO issue: one sweep over both, sorted by start. */
    private static void checkIssuesCover(List<Segment> setAside, List<ParseIssue> issues) {
        List<ParseIssue> infos = issues.stream().filter(i -> i.severity() == ParseIssue.Severity.INFO)
                .sorted(Comparator.comparingInt(ParseIssue::start)).toList();
        int k = 0;
        int reach = -1;
        for (Segment s : setAside) {
            while (k < infos.size() && infos.get(k).start() <= s.span().start()) {
                reach = Math.max(reach, infos.get(k).end());
                k++;
            }
            if (reach < s.span().end()) {
                throw new AssertionError("no INFO issue covers set-aside " + s);
            }
        }
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
        List<Segment> setAside = new ArrayList<>();
        for (Layout layout : layouts) {
            for (Segment s : layout.segments()) {
                // plain checks: AssertJ per segment is slow on texts of many thousand lines
                if (!s.span().matches(input)) {
                    throw new AssertionError("segment " + s + " does not match the input");
                }
                if (s.span().start() < previousEnd) {
                    throw new AssertionError("segment " + s + " overlaps or precedes the one before (ended at "
                            + previousEnd + ")");
                }
                previousEnd = s.span().end();
                for (int i = s.span().start(); i < s.span().end(); i++) {
                    covered[i] = true;
                }
                if (s.kind() == SegmentKind.SET_ASIDE) {
                    setAside.add(s);
                }
            }
            checkIssuesCover(setAside, layout.issues());
            setAside.clear();
            for (ParseIssue issue : layout.issues()) {
                if (issue.end() > input.length()) {
                    throw new AssertionError("issue " + issue + " ends after the input");
                }
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
