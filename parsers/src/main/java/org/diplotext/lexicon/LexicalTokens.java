package org.diplotext.lexicon;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.diplotext.text.Token;
import org.diplotext.text.Tokens;

/**
 * The tokens of a text with the lexeme of each word looked up once, as the text is cut: a
 * read-only list that the phrase indexes and grammar tests of the same lexicon read without a
 * hash look-up. A known word's token shares the lexicon's string for it. Any other list of
 * tokens works too, only slower.
 */
final class LexicalTokens extends AbstractList<Token> implements RandomAccess {
    final Lexicon lexicon;
    private Token[] tokens;
    private Lexeme[] lexemes;
    private int size;
    /**
     * The grammar classes of all the words, bits as in {@link Lexeme}: a rule that scans a sentence
     * for a class can first ask whether any word has it (most sentences have no word of most classes).
     */
    private final long[] classes;

    LexicalTokens(Lexicon lexicon, String text, String folded, int from, int to) {
        this.lexicon = lexicon;
        int capacity = Math.max(4, (to - from) / 5);
        this.tokens = new Token[capacity];
        this.lexemes = new Lexeme[capacity];
        this.classes = new long[lexicon.grammarClasses.words()];
        LexemeTable table = lexicon.lexemes;
        Tokens.scan(text, folded, from, to, new Tokens.Sink() {
            @Override
            public void word(int start, int end, int shape, int hash) {
                Lexeme lexeme = table.find(hash, folded, start, end);
                append(new Token(start, end, lexeme != null ? lexeme.folded : folded.substring(start, end), shape), lexeme);
            }

            @Override
            public void mark(int at) {
                Lexeme lexeme = table.find(folded.charAt(at), folded, at, at + 1);
                append(new Token(at, at + 1, lexeme != null ? lexeme.folded : Tokens.mark(folded.charAt(at)), Token.PUNCT), lexeme);
            }
        });
    }

    /** Adds a token and its lexeme. */
    private void append(Token token, Lexeme lexeme) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
            lexemes = Arrays.copyOf(lexemes, size * 2);
        }
        tokens[size] = token;
        lexemes[size] = lexeme;
        if (lexeme != null) {
            lexeme.addClassesTo(classes);
        }
        size++;
    }

    @Override
    public Token get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return tokens[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The phrases of each index that start with tokens {@code i} and {@code i + 1}, by index slot, or
     * null. Looked up when a phrase index asks, not as the text is cut: most token pairs are never
     * asked about, and the look-up cost 5 % of a parse when made for each (README, Performance).
     */
    Object[] pair(int i) {
        if (i + 1 >= size) {
            return null;
        }
        Lexeme first = lexemes[i];
        Lexeme second = lexemes[i + 1];
        return first == null || second == null || first.pairs.isEmpty() ? null : first.pairs.get(second);
    }

    /** Whether some word belongs to the grammar class numbered {@code number} (not negative). */
    boolean hasClass(int number) {
        int word = number >>> 6;
        return word < classes.length && (classes[word] & (1L << number)) != 0;
    }

    /** Whether some word belongs to any class of {@code numbers}, bits as in {@link Lexeme}. */
    boolean hasAnyClass(long[] numbers) {
        return Lexeme.intersect(classes, numbers);
    }

    /** The lexeme of token {@code i}, or null when no lexicon knows the word. */
    Lexeme lexeme(int i) {
        return lexemes[i];
    }
}
