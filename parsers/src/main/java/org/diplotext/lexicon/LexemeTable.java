package org.diplotext.lexicon;

/**
 * The lexemes of a lexicon by folded word, in an open-addressing table that finds a word from a
 * range of a folded text without copying the range into a string first: the tokeniser asks it
 * about every word of every sentence, and most words are known. Filled while loading, read-only
 * (and so safe to share) afterwards.
 */
final class LexemeTable {
    /**
     * Room for the 12 000 words of the built-in lexicons at a third of the load, so loading them never grows the
     * table; the smaller the table, the more of it stays in the CPU cache (a table twice as large was slower).
     */
    private Lexeme[] slots = new Lexeme[1 << 15];
    /**
     * The hash of each slot's lexeme, beside the slots: a probe that meets another word's slot
     * (an unknown word, a collision) is ruled out without loading that lexeme from memory.
     */
    private int[] hashes = new int[1 << 15];
    private int size;
    /** The lexemes of one Latin-1 character (punctuation, {@code l}, {@code d}), found without hashing. */
    private final Lexeme[] singles = new Lexeme[256];

    /** The lexeme of a folded word, or null. */
    Lexeme get(String folded) {
        return find(folded.hashCode(), folded, 0, folded.length());
    }

    /** The lexeme of the folded word {@code text[from, to)} whose {@link String#hashCode} is {@code hash}, or null. */
    Lexeme find(int hash, String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) < singles.length) {
            return singles[text.charAt(from)];
        }
        int length = to - from;
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Lexeme lexeme = slots[i];
            if (lexeme == null) {
                return null;
            }
            if (hashes[i] == hash && lexeme.folded.length() == length && lexeme.folded.regionMatches(0, text, from, length)) {
                return lexeme;
            }
        }
    }

    /** The lexeme of the folded word {@code text[from, to)} of the given hash, added if new. */
    Lexeme add(int hash, String text, int from, int to) {
        Lexeme known = find(hash, text, from, to);
        return known != null ? known : add(from == 0 && to == text.length() ? text : text.substring(from, to));
    }

    /** The lexeme of a folded word, added if new. */
    Lexeme add(String folded) {
        Lexeme known = get(folded);
        if (known != null) {
            return known;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        Lexeme lexeme = new Lexeme(folded, folded.hashCode());
        put(slots, hashes, lexeme);
        size++;
        if (folded.length() == 1 && folded.charAt(0) < singles.length) {
            singles[folded.charAt(0)] = lexeme;
        }
        return lexeme;
    }

    /** Every lexeme, in the order of the table. */
    java.util.List<Lexeme> all() {
        java.util.List<Lexeme> out = new java.util.ArrayList<>(size);
        for (Lexeme lexeme : slots) {
            if (lexeme != null) {
                out.add(lexeme);
            }
        }
        return out;
    }

    private void grow() {
        Lexeme[] larger = new Lexeme[slots.length * 2];
        int[] largerHashes = new int[slots.length * 2];
        for (Lexeme lexeme : slots) {
            if (lexeme != null) {
                put(larger, largerHashes, lexeme);
            }
        }
        slots = larger;
        hashes = largerHashes;
    }

    private static void put(Lexeme[] table, int[] hashes, Lexeme lexeme) {
        int mask = table.length - 1;
        int i = spread(lexeme.hash) & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = lexeme;
        hashes[i] = lexeme.hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
