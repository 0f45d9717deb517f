package org.diplotext.robustness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;
import org.diplotext.model.Span;

/**
 * What must hold of any result, whatever the input: every span anywhere in a dispatch is the
 * input's text at its offsets, segments are ordered and do not overlap, issues lie within the
 * input, and (for text formats) every non-blank character lies in some segment.
 */
final class Invariants {
    private Invariants() {
    }

    /**
     * The broken invariants of {@code dispatches} parsed from {@code text}, as messages; empty
     * when all hold. Segments of successive dispatches must follow one another too.
     */
    static List<String> violations(String text, List<Dispatch> dispatches) {
        List<String> problems = new ArrayList<>();
        if (dispatches.isEmpty()) {
            problems.add("no dispatch at all");
        }
        Segment previous = null;
        for (Dispatch dispatch : dispatches) {
            for (Span span : spans(dispatch)) {
                if (!span.matches(text)) {
                    problems.add(String.format(Locale.ROOT, "span %d..%d does not match the input: %s",
                            span.start(), span.end(), clip(span.text())));
                }
            }
            for (Segment segment : dispatch.segments()) {
                if (previous != null && segment.span().start() < previous.span().end()) {
                    problems.add(String.format(Locale.ROOT, "segment %s %d..%d overlaps or precedes %s %d..%d",
                            segment.kind(), segment.span().start(), segment.span().end(),
                            previous.kind(), previous.span().start(), previous.span().end()));
                }
                previous = segment;
            }
            for (ParseIssue issue : dispatch.issues()) {
                if (issue.end() > text.length()) {
                    problems.add(String.format(Locale.ROOT, "issue %d..%d lies past the input's end %d: %s",
                            issue.start(), issue.end(), text.length(), issue.message()));
                }
            }
        }
        return problems.size() > 20 ? problems.subList(0, 20) : problems;
    }

    /**
     * The stretches of non-blank characters of {@code text} that lie in no segment of any of
     * {@code dispatches}, as {@code start..end} with their text; empty when nothing is lost.
     */
    static List<String> lost(String text, List<Dispatch> dispatches) {
        boolean[] covered = new boolean[text.length()];
        for (Dispatch dispatch : dispatches) {
            for (Segment segment : dispatch.segments()) {
                int end = Math.min(segment.span().end(), text.length());
                for (int i = segment.span().start(); i < end; i++) {
                    covered[i] = true;
                }
            }
        }
        List<String> lost = new ArrayList<>();
        int i = 0;
        while (i < text.length() && lost.size() < 20) {
            if (covered[i] || isBlank(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !covered[i]) {
                i++;
            }
            int end = i;
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            lost.add(String.format(Locale.ROOT, "%d..%d %s", start, end, clip(text.substring(start, end))));
        }
        return lost;
    }

    /** White space, no-break spaces, line and paragraph separators, the byte-order mark. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
    }

    /** Every span held anywhere in a dispatch: segments, actors, communications, demands... */
    static List<Span> spans(Dispatch dispatch) {
        List<Span> all = new ArrayList<>();
        collect(dispatch, all, 0);
        return all;
    }

    // Walks the model generically so that spans added to the model later are checked too.
    private static void collect(Object value, List<Span> into, int depth) {
        if (value == null || depth > 20) {
            return;
        }
        if (value instanceof Span span) {
            into.add(span);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, into, depth + 1));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> collect(v, into, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, into, depth + 1));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), into, depth + 1);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }

    static String clip(String s) {
        String flat = s.replace("\n", "\\n").replace("\r", "\\r");
        return "'" + (flat.length() > 60 ? flat.substring(0, 60) + "…" : flat) + "'";
    }
}
