package org.diplotext.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits French text into sentences. A sentence ends at {@code . ! ? …} followed by a space and
 * an upper-case letter, a digit or a quotation mark, except after an abbreviation
 * ({@code M.}, {@code Mme}, {@code art.}, an initial) and never inside a quotation, unless the
 * quotation itself ends a sentence and the next word starts a new one.
 */
public final class Sentences {
    private Sentences() {
    }

    /**
     * The sentences of {@code text[from, to)} as {start, end} pairs.
     *
     * @param abbreviations folded words that a period does not end ({@code m}, {@code mme})
     */
    public static List<int[]> split(String text, int from, int to, List<Quotation> quotes, Set<String> abbreviations) {
        return split(text, from, to, quotes, abbreviations, Set.of());
    }

    /**
     * The sentences of {@code text[from, to)} as {start, end} pairs.
     *
     * @param abbreviations folded words that a period does not end ({@code m}, {@code mme})
     * @param letterNameOpeners folded words after which one capital letter is a name, not an initial, so a period after
     *                          it may end the sentence ({@code sur} in {@code a écrit sur X. Le ministre …})
     */
    public static List<int[]> split(String text, int from, int to, List<Quotation> quotes, Set<String> abbreviations,
                                    Set<String> letterNameOpeners) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int q = 0;
        int i = start;
        while (i < to) {
            while (q < quotes.size() && quotes.get(q).close() < i) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).covers(i) && i > quotes.get(q).open()) {
                Quotation quote = quotes.get(q);
                i = quote.close() + 1;
                if (endsSentence(text, quote) && startsSentence(text, i, to)) {
                    out.add(new int[] {start, i});
                    start = skipSpace(text, i, to);
                    i = start;
                }
                continue;
            }
            // up to the next quotation's opening mark no quotation is in the way: scan those characters alone
            int plain = q < quotes.size() ? Math.max(i + 1, Math.min(to, quotes.get(q).open() + 1)) : to;
            int end = -1;
            for (; i < plain; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && isEnd(text, i, to, abbreviations, letterNameOpeners)) {
                    end = i + 1;
                    break;
                }
            }
            if (end >= 0) {
                while (end < to && (text.charAt(end) == '.' || text.charAt(end) == ')' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                out.add(new int[] {start, end});
                start = skipSpace(text, end, to);
                i = start;
            }
        }
        int end = to;
        while (end > start && Lines.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static boolean endsSentence(String text, Quotation quote) {
        if (!quote.hasContent()) {
            return false;
        }
        char last = text.charAt(quote.contentEnd() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u2026';
    }

    private static boolean startsSentence(String text, int i, int to) {
        int j = skipSpace(text, i, to);
        return j < to && j > i && Character.isUpperCase(text.charAt(j));
    }

    private static boolean isEnd(String text, int i, int to, Set<String> abbreviations, Set<String> letterNameOpeners) {
        int j = i + 1;
        while (j < to && (text.charAt(j) == '.' || text.charAt(j) == ')' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (!Lines.isSpace(text.charAt(j))) {
            // "… le dire ».Pour lui": a space forgotten after a quotation that closes a sentence
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            return (before == '\u00bb' || before == '\u201d') && Character.isUpperCase(text.charAt(j));
        }
        int k = skipSpace(text, j, to);
        if (k >= to) {
            return true;
        }
        char next = text.charAt(k);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '\u00ab' || next == '\u201c' || next == '"' || next == '(' || next == '-' || next == '\u2013')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == i) {
            return true;
        }
        if (i - w == 1 && Character.isUpperCase(text.charAt(w))) {
            return letterNameOpener(text, w, letterNameOpeners); // an initial: J. Smith; but "sur X." names the network
        }
        return !abbreviations.contains(Folding.fold(text.substring(w, i)));
    }

    /** Whether the word before the one-letter word at {@code w} is one after which that letter is a name. */
    private static boolean letterNameOpener(String text, int w, Set<String> letterNameOpeners) {
        int e = w - 1;
        if (letterNameOpeners.isEmpty() || e < 1 || !Lines.isSpace(text.charAt(e))) {
            return false;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && letterNameOpeners.contains(Folding.fold(text.substring(b, e)));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Lines.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
