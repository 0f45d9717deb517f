package org.diplotext.text;

import java.text.Normalizer;

/**
 * Folds text to a matching form of the same length: lower case, no accents, typographic
 * apostrophes as {@code '}, no-break spaces as plain spaces. Because every character folds to
 * exactly one character, an index into the folded form is an index into the input.
 */
public final class Folding {
    private static final int TABLE_SIZE = 0x2200;
    /**
     * The folded form of each character below {@link #TABLE_SIZE}, or {@link #UNKNOWN} until it is
     * first asked for: filling all of it up front (one Unicode decomposition per character) was a
     * tenth of building a parser in a fresh JVM, and texts use few characters beyond Latin-1.
     * Threads filling the same cell write the same value, and a char is written whole.
     */
    private static final char[] TABLE = new char[TABLE_SIZE];
    private static final char UNKNOWN = '\uffff';
    /**
     * The base letters, in lower case, of Latin-1's letters U+00C0 to U+00FF: what their canonical
     * decomposition starts with. Written out so that building a parser does not load the Unicode
     * normaliser's data (a tenth of the formats' set-up in a fresh JVM); a test checks each letter
     * against {@link Normalizer}.
     */
    private static final String LATIN1_LETTERS = "aaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00d7\u00f8uuuuy\u00fe\u00df"
            + "aaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00f7\u00f8uuuuy\u00fey";

    static {
        java.util.Arrays.fill(TABLE, UNKNOWN);
        for (int c = 0; c < 0x100; c++) {
            TABLE[c] = c >= 0xc0 ? LATIN1_LETTERS.charAt(c - 0xc0) : compute((char) c);
        }
    }

    private Folding() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c >= TABLE_SIZE) {
            return c;
        }
        char folded = TABLE[c];
        if (folded == UNKNOWN) {
            folded = compute(c);
            TABLE[c] = folded;
        }
        return folded;
    }

    /** The folded form of a text, of the same length. */
    public static String fold(CharSequence text) {
        if (text instanceof String s) {
            return fold(s);
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** {@link #fold(CharSequence)} of a string, over its characters in an array. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < TABLE_SIZE) {
                char folded = TABLE[c];
                chars[i] = folded != UNKNOWN ? folded : fold(c);
            }
        }
        return new String(chars);
    }

    private static char compute(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u2032', '`', '\u00b4' -> {
                return '\'';
            }
            case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003', '\t' -> {
                return ' ';
            }
            case '\u2010', '\u2011' -> {
                return '-';
            }
            default -> {
                if (c < 0xc0) {
                    return Character.toLowerCase(c); // nothing below U+00C0 decomposes
                }
                if (Character.isSurrogate(c)) {
                    return c;
                }
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(decomposed.charAt(0));
            }
        }
    }
}
