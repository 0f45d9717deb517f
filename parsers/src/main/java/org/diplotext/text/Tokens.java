package org.diplotext.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into tokens: runs of letters and digits are words, every other non-space character
 * is a token of its own (so {@code l'Union} is {@code l}, {@code '}, {@code union}).
 */
public final class Tokens {
    private Tokens() {
    }

    /** Receives the tokens of a text in order, as {@link #scan} cuts them. */
    public interface Sink {
        /**
         * A word {@code [start, end)} of the given {@link Token} shape; {@code hash} is the
         * {@link String#hashCode} of its folded form, so it can be looked up without a copy.
         */
        void word(int start, int end, int shape, int hash);

        /** A punctuation mark or other symbol at {@code at}. */
        void mark(int at);
    }

    /** Single-character strings of the Latin-1 range, shared by every punctuation token. */
    private static final String[] MARKS = new String[256];

    static {
        for (char c = 0; c < MARKS.length; c++) {
            MARKS[c] = String.valueOf(c);
        }
    }

    /** The tokens of {@code text[from, to)}; {@code folded} is {@link Folding#fold} of the text. */
    public static List<Token> of(String text, String folded, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        scan(text, folded, from, to, new Sink() {
            @Override
            public void word(int start, int end, int shape, int hash) {
                out.add(new Token(start, end, folded.substring(start, end), shape));
            }

            @Override
            public void mark(int at) {
                out.add(new Token(at, at + 1, Tokens.mark(folded.charAt(at)), Token.PUNCT));
            }
        });
        return out;
    }

    /** Cuts {@code text[from, to)} into tokens and hands each to {@code sink}, without making strings. */
    public static void scan(String text, String folded, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            char c = folded.charAt(i);
            int kind = kind(c);
            if (kind == SPACE) {
                i++;
                continue;
            }
            if (kind == WORD_CHAR) {
                int start = i;
                int hash = 0;
                while (i < to && isWordChar(c = folded.charAt(i))) {
                    hash = 31 * hash + c;
                    i++;
                }
                sink.word(start, i, shape(text, start, i), hash);
            } else {
                sink.mark(i);
                i++;
            }
        }
    }

    /** The string of one punctuation character, shared when it is a common one. */
    public static String mark(char c) {
        return c < MARKS.length ? MARKS[c] : String.valueOf(c);
    }

    /** The tokens of a whole text. */
    public static List<Token> of(String text) {
        return of(text, Folding.fold(text), 0, text.length());
    }

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte WORD_CHAR = 2;
    /**
     * What each Latin-1 character is to the scanner, read from a table: nearly every character of
     * a French text is Latin-1, and the scanner asks about each one (the Unicode property look-ups
     * behind it were a quarter of cutting a text). Latin-1 has no combining marks.
     */
    private static final byte[] LATIN1_KINDS = new byte[256];

    static {
        for (char c = 0; c < LATIN1_KINDS.length; c++) {
            LATIN1_KINDS[c] = c == ' ' || Lines.isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
        }
    }

    /** {@link #SPACE}, {@link #WORD_CHAR} (a character that can start a word) or {@link #OTHER}. */
    private static int kind(char c) {
        if (c < LATIN1_KINDS.length) {
            return LATIN1_KINDS[c];
        }
        return Lines.isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
    }

    private static boolean isWordChar(char c) {
        if (c < LATIN1_KINDS.length) {
            return LATIN1_KINDS[c] == WORD_CHAR;
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int shape(String text, int start, int end) {
        char first = text.charAt(start);
        if (!Character.isUpperCase(first)) {
            return Token.WORD;
        }
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return Token.CAPITALISED;
                }
            }
        }
        return letters >= 2 ? Token.UPPER : Token.CAPITALISED;
    }
}
