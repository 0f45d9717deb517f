package org.diplotext.text;

import java.text.Normalizer;

/**
 * Folds text to a matching form of the same length: lower case, no accents, typographic
 * apostrophes as {@code '}, no-break spaces as plain spaces. Because every character folds to
 * exactly one character, an index into the folded form is an index into the input.
 */
public final class Folding {
    private static final int TABLE_SIZE = 0x2200;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private Folding() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : c;
    }

    /** The folded form of a text, of the same length. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
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
                if (c < 0x80) {
                    return Character.toLowerCase(c);
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
