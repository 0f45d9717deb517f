package org.diplotext.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.diplotext.model.ParseIssue;

/**
 * Finds quotations: {@code «…»} with or without (narrow) no-break spaces, {@code “…”},
 * straight {@code "…"}, and AFP's {@code +…+} inner quotes. Nested quotations belong to the
 * outer one; marks that do not pair are reported as issues and yield no quotation.
 */
public final class Quotations {

    /** The quotations found and the unpaired marks met. */
    public record Found(List<Quotation> quotations, List<ParseIssue> issues) {
        /** Copies the lists. */
        public Found {
            quotations = List.copyOf(quotations);
            issues = List.copyOf(issues);
        }
    }

    private Quotations() {
    }

    /** The top-level quotations of {@code text[from, to)}. */
    public static Found find(String text, int from, int to) {
        List<Quotation> found = new ArrayList<>();
        List<ParseIssue> issues = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {mark, position}
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!mayMarkQuotation(c)) {
                continue;
            }
            switch (c) {
                case '\u00ab', '\u201c', '\u201e' -> open.push(new int[] {c, i});
                case '\u00bb' -> close(text, open, '\u00ab', i, found, issues);
                case '\u201d' -> {
                    if (!open.isEmpty() && (open.peek()[0] == '\u201c' || open.peek()[0] == '\u201e')) {
                        close(text, open, open.peek()[0], i, found, issues);
                    } else {
                        issues.add(new ParseIssue(ParseIssue.Severity.INFO, i, i + 1, "closing quotation mark without an opening one"));
                    }
                }
                case '"' -> {
                    if (!open.isEmpty() && open.peek()[0] == '"') {
                        close(text, open, '"', i, found, issues);
                    } else {
                        open.push(new int[] {c, i});
                    }
                }
                case '+' -> {
                    // AFP marks a quotation inside a quotation with plus signs: +like this+.
                    if (!open.isEmpty() && open.peek()[0] == '+') {
                        open.pop();
                    } else if (!open.isEmpty() && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                            && (i == from || Lines.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00ab')) {
                        open.push(new int[] {c, i});
                    }
                }
                default -> {
                }
            }
        }
        while (!open.isEmpty()) {
            int[] mark = open.removeLast();
            if (mark[0] != '+') {
                issues.add(new ParseIssue(ParseIssue.Severity.WARNING, mark[1], mark[1] + 1,
                        "quotation mark '" + (char) mark[0] + "' is never closed; the quotation is ignored"));
            }
        }
        found.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Found(found, issues);
    }

    /** Whether a character is one of the marks {@link #find} reads: one test rules out nearly every character of a text. */
    private static boolean mayMarkQuotation(char c) {
        return c < '\u00ab' ? c == '"' || c == '+' : c == '\u00ab' || c == '\u00bb' || c >= '\u201c' && c <= '\u201e';
    }

    private static void close(String text, Deque<int[]> open, int mark, int at, List<Quotation> found, List<ParseIssue> issues) {
        // unclosed inner marks (a stray + or ") are dropped up to the matching opener
        while (!open.isEmpty() && open.peek()[0] != mark && (open.peek()[0] == '+' || open.peek()[0] == '"')) {
            open.pop();
        }
        if (open.isEmpty() || open.peek()[0] != mark) {
            issues.add(new ParseIssue(ParseIssue.Severity.INFO, at, at + 1, "closing quotation mark without an opening one"));
            return;
        }
        int[] opener = open.pop();
        if (open.isEmpty()) {
            int s = opener[1] + 1;
            int e = at;
            while (s < e && Lines.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Lines.isSpace(text.charAt(e - 1))) {
                e--;
            }
            found.add(new Quotation(opener[1], at, s, e));
        }
    }
}
