package org.diplotext.text;

/**
 * A word or a punctuation mark of the input, with its offsets and folded form.
 *
 * @param start  index of its first character in the input
 * @param end    index after its last character
 * @param folded the folded form ({@link Folding}) of its characters
 * @param shape  how it is written: {@link #WORD}, {@link #CAPITALISED}, {@link #UPPER} or {@link #PUNCT}
 */
public record Token(int start, int end, String folded, int shape) {
    /** A word in lower case or starting with a digit. */
    public static final int WORD = 0;
    /** A word whose first letter is upper case. */
    public static final int CAPITALISED = 1;
    /** A word of at least two letters, all upper case. */
    public static final int UPPER = 2;
    /** One punctuation character. */
    public static final int PUNCT = 3;

    /** Whether it is a word (letters or digits). */
    public boolean isWord() {
        return shape != PUNCT;
    }

    /** Whether it starts with an upper-case letter (all-upper words included). */
    public boolean capitalised() {
        return shape == CAPITALISED || shape == UPPER;
    }

    /** Whether it is all upper case, at least two letters. */
    public boolean upper() {
        return shape == UPPER;
    }

    /** Whether its folded form is {@code s}. */
    public boolean is(String s) {
        return folded.equals(s);
    }

    /** Whether it is made of digits only. */
    public boolean numeric() {
        return !folded.isEmpty() && Character.isDigit(folded.charAt(0));
    }
}
