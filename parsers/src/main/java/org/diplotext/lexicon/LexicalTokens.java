package org.diplotext.lexicon;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.diplotext.text.Token;

/**
 * The tokens of a text with the lexeme of each word looked up once: a read-only list that the
 * phrase indexes and grammar tests of the same lexicon read without a hash look-up. Any other
 * list of tokens works too, only slower.
 */
final class LexicalTokens extends AbstractList<Token> implements RandomAccess {
    final Lexicon lexicon;
    private final Token[] tokens;
    private final Lexeme[] lexemes;

    LexicalTokens(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens.toArray(new Token[0]);
        this.lexemes = new Lexeme[this.tokens.length];
        for (int i = 0; i < lexemes.length; i++) {
            Token t = this.tokens[i];
            Lexeme lexeme = lexicon.lexemes.get(t.folded());
            lexemes[i] = lexeme;
            if (lexeme != null && lexeme.folded != t.folded()) {
                // the lexicon's instance has its hash computed and compares by reference
                this.tokens[i] = new Token(t.start(), t.end(), lexeme.folded, t.shape());
            }
        }
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }

    /** The lexeme of token {@code i}, or null when no lexicon knows the word. */
    Lexeme lexeme(int i) {
        return lexemes[i];
    }
}
