package org.diplotext.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.diplotext.model.ParseIssue;

/**
 * Finds quotations: {@code «…»} with or without (narrow) no-break spaces, {@code “…”},
 * {@code „…“}, {@code ‹…›}, straight {@code "…"}, single {@code '…'} (Reuters) and AFP's
 * {@code +…+} inner quotes. Nested quotations belong to the
 * outer one; marks that do not pair are reported as issues and yield no quotation, except a
 * quotation that runs on into the next paragraph (see {@link #find(String, int, int, boolean)}).
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
        return find(text, from, to, false);
    }

    /**
     * The top-level quotations of the paragraph {@code text[from, to)}. When {@code runsOn} (the
     * next paragraph opens with a quotation mark), a quotation opened and never closed is the
     * first part of a quotation that spans paragraphs, as French typography writes it: it ends
     * with the paragraph ({@link Quotation#close()} is then the paragraph's last character,
     * not a mark) and is reported by an INFO issue instead of being ignored.
     */
    public static Found find(String text, int from, int to, boolean runsOn) {
        List<Quotation> found = new ArrayList<>();
        List<ParseIssue> issues = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {mark, position}
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!mayMarkQuotation(c)) {
                continue;
            }
            switch (c) {
                case '\u00ab', '\u201e', '\u2039' -> open.push(new int[] {c, i});
                case '\u00bb' -> close(text, open, '\u00ab', i, found, issues);
                case '\u203a' -> close(text, open, '\u2039', i, found, issues);
                case '\u201c' -> {
                    if (!open.isEmpty() && open.peek()[0] == '\u201e') {
                        close(text, open, '\u201e', i, found, issues); // German „…“
                    } else {
                        open.push(new int[] {c, i});
                    }
                }
                case '\'', '\u2018', '\u2019' -> single(text, from, to, i, open, found, issues);
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
        if (runsOn) {
            runOn(text, to, open, found, issues);
        }
        while (!open.isEmpty()) {
            int[] mark = open.removeLast();
            if (mark[0] != '+' && mark[0] != '\'') {
                issues.add(new ParseIssue(ParseIssue.Severity.WARNING, mark[1], mark[1] + 1,
                        "quotation mark '" + (char) mark[0] + "' is never closed; the quotation is ignored"));
            }
        }
        found.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Found(found, issues);
    }

    /**
     * Closes at the paragraph's end the one quotation left open in it (inner {@code +} marks
     * aside), when it has words: "« Nous voulons la paix. ¶ « Le peuple y tient », a dit X."
     */
    private static void runOn(String text, int to, Deque<int[]> open, List<Quotation> found, List<ParseIssue> issues) {
        while (!open.isEmpty() && (open.peek()[0] == '+' || open.peek()[0] == '\'')) {
            open.pop();
        }
        if (open.size() != 1 || open.peek()[0] == '\u201d') {
            return;
        }
        int[] opener = open.peek();
        int s = opener[1] + 1;
        int e = to;
        while (s < e && Lines.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            open.pop();
            found.add(new Quotation(opener[1], e - 1, s, e, true));
            issues.add(new ParseIssue(ParseIssue.Severity.INFO, opener[1], opener[1] + 1,
                    "quotation mark '" + (char) opener[0] + "' is closed in a later paragraph; the quotation ends with its paragraph"));
        }
    }

    /** Whether a character is one of the marks {@link #find} reads: one test rules out nearly every character of a text. */
    private static boolean mayMarkQuotation(char c) {
        return c < '\u00ab' ? c == '"' || c == '+' || c == '\''
                : c == '\u00ab' || c == '\u00bb' || c >= '\u2018' && c <= '\u201e' || c == '\u2039' || c == '\u203a';
    }

    /**
     * A single quotation mark, as Reuters copy writes quotations ({@code 'Nous sommes prêts', a dit X}),
     * told from the apostrophe of an elision ({@code l'Union}, {@code l’Union}), which always has a
     * letter on either side: it opens after a space or a bracket and before a letter, and closes an
     * open one after a non-space and before anything but a letter or digit. One left open is dropped
     * silently, as an apostrophe of some other use ({@code les années '90}).
     */
    private static void single(String text, int from, int to, int i, Deque<int[]> open, List<Quotation> found, List<ParseIssue> issues) {
        char c = text.charAt(i);
        char before = i > from ? text.charAt(i - 1) : ' ';
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (c != '\u2019' && (Lines.isSpace(before) || before == '(') && Character.isLetter(after)) {
            open.push(new int[] {'\'', i});
        } else if (c != '\u2018' && !open.isEmpty() && open.peek()[0] == '\'' && !Lines.isSpace(before) && !Character.isLetterOrDigit(after)) {
            close(text, open, '\'', i, found, issues);
        }
    }

    private static void close(String text, Deque<int[]> open, int mark, int at, List<Quotation> found, List<ParseIssue> issues) {
        // unclosed inner marks (a stray + or ") are dropped up to the matching opener
        while (!open.isEmpty() && open.peek()[0] != mark && (open.peek()[0] == '+' || open.peek()[0] == '"' || open.peek()[0] == '\'')) {
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
