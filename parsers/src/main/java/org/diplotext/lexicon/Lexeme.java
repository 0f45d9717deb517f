package org.diplotext.lexicon;

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
    private static final long[] NO_CLASS = {};
    /**
     * The grammar classes of the word, by their number in {@link Lexicon#grammarClasses}: bit
     * {@code n % 64} of word {@code n / 64}. A plain array rather than a {@link java.util.BitSet}
     * because testing a token's class is the extraction's most frequent question and the array
     * saves a pointer to follow (see README, Performance).
     */
    private long[] grammar = NO_CLASS;
    /** For each phrase index, by its slot, the phrases it holds that start with this word, longest first, or null. */
    final Object[] starts = new Object[Lexicon.INDEXES];
    /**
     * By the second word of the phrases of two words or more that start with this one: for each
     * phrase index, by its slot, those phrases, longest first, or null. A token pair is looked up
     * here once for all indexes ({@link LexicalTokens#pair}).
     */
    Map<Lexeme, Object[]> pairs = Map.of();
    /** Whether the word is a given name of {@code firstnames.txt}: asked of most capitalised words. */
    boolean firstName;

    Lexeme(String folded, int hash) {
        this.folded = folded;
        this.hash = hash;
    }

    /** Whether the word belongs to the grammar class numbered {@code number} (not negative). */
    boolean hasClass(int number) {
        int word = number >>> 6;
        return word < grammar.length && (grammar[word] & (1L << number)) != 0;
    }

    /** Sets the bits of the word's grammar classes in {@code union}, an array as long as any word's. */
    void addClassesTo(long[] union) {
        for (int k = 0; k < grammar.length; k++) {
            union[k] |= grammar[k];
        }
    }

    /** Whether the word belongs to any class of {@code classes}, bits as in {@link #grammar}. */
    boolean hasAnyClass(long[] classes) {
        return intersect(grammar, classes);
    }

    /** Whether two sets of grammar classes, bits as in {@link #grammar}, share a class. */
    static boolean intersect(long[] a, long[] b) {
        for (int k = Math.min(a.length, b.length) - 1; k >= 0; k--) {
            if ((a[k] & b[k]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the word to the grammar class numbered {@code number}; used while loading only. */
    void addClass(int number) {
        int word = number >>> 6;
        if (word >= grammar.length) {
            grammar = java.util.Arrays.copyOf(grammar, word + 1);
        }
        grammar[word] |= 1L << number;
    }

    /** The numbers of the word's grammar classes, in increasing order. */
    java.util.stream.IntStream classNumbers() {
        return java.util.BitSet.valueOf(grammar).stream();
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
