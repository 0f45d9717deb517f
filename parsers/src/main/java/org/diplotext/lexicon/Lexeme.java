package org.diplotext.lexicon;

import java.util.BitSet;

/**
 * One folded word of the lexicons with all they say about it: its grammar classes and, for each
 * phrase index, the phrases that start with it. A sentence's tokens are resolved to lexemes once
 * ({@link Lexicon#tokens}), so later look-ups of the same token by any index read a field
 * instead of probing a large hash table again.
 */
public final class Lexeme {
    final String folded;
    /** The grammar classes of the word, by their number in {@link Lexicon#classNumbers}. */
    final BitSet grammar = new BitSet();
    /** For each phrase index, by its slot, the phrases it holds that start with this word, or null. */
    final Object[] starts = new Object[Lexicon.INDEXES];

    Lexeme(String folded) {
        this.folded = folded;
    }

    /** The folded word. */
    public String folded() {
        return folded;
    }
}
