package org.diplotext.lexicon;

import java.util.BitSet;
import java.util.Map;

/**
 * One folded word of the lexicons with all they say about it: its grammar classes and, for each
 * phrase index, the phrases that start with it. A sentence's tokens are resolved to lexemes once
 * ({@link Lexicon#tokens}), so later look-ups of the same token by any index read a field
 * instead of probing a large hash table again.
 */
public final class Lexeme {
    final String folded;
    /** {@code folded.hashCode()}, kept for {@link LexemeTable}. */
    final int hash;
    /** The grammar classes of the word, by their number in {@link Lexicon#grammarClasses}. */
    final BitSet grammar = new BitSet();
    /** For each phrase index, by its slot, the phrases it holds that start with this word, longest first, or null. */
    final Object[] starts = new Object[Lexicon.INDEXES];
    /**
     * By the second word of the phrases of two words or more that start with this one: for each
     * phrase index, by its slot, those phrases, longest first, or null. A token pair is looked up
     * here once for all indexes ({@link LexicalTokens#pair}).
     */
    Map<Lexeme, Object[]> pairs = Map.of();

    Lexeme(String folded, int hash) {
        this.folded = folded;
        this.hash = hash;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The folded word. */
    public String folded() {
        return folded;
    }
}
