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

    /** The tokens of {@code text[from, to)}; {@code folded} is {@link Folding#fold} of the text. */
    public static List<Token> of(String text, String folded, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = folded.charAt(i);
            if (c == ' ' || Lines.isSpace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && isWordChar(folded.charAt(i))) {
                    i++;
                }
                out.add(new Token(start, i, folded.substring(start, i), shape(text, start, i)));
            } else {
                out.add(new Token(i, i + 1, folded.substring(i, i + 1), Token.PUNCT));
                i++;
            }
        }
        return out;
    }

    /** The tokens of a whole text. */
    public static List<Token> of(String text) {
        return of(text, Folding.fold(text), 0, text.length());
    }

    private static boolean isWordChar(char c) {
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
