package org.diplotext.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.diplotext.text.Folding;
import org.diplotext.text.Token;
import org.diplotext.text.Tokens;

/**
 * Phrases of a lexicon indexed by their first folded token, for longest-match lookups over a
 * token list in time proportional to the tokens, not to the number of entries. Upper case
 * written in an entry is required in the text: {@code Alliance} does not match {@code alliance},
 * and a one-word acronym written all upper case ({@code CE}) matches only all-upper text.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** One phrase: folded tokens, the case each requires, and its value. */
    record Phrase<T>(String[] words, int[] shapes, T value) {
    }

    /** A match of a phrase at a position of a token list. */
    public record Match<T>(int first, int last, T value) {
        /** Number of tokens covered. */
        public int length() {
            return last - first + 1;
        }
    }

    /** Where this index keeps its phrases in each {@link Lexeme}: the lexemes are its table by first word. */
    private final int slot;
    private final LexemeTable lexemes;
    /** Number of first words indexed. */
    private int firstWords;

    /** An empty index keeping its phrases also in the lexemes of its lexicon, at {@code slot}. */
    PhraseIndex(int slot, LexemeTable lexemes) {
        this.slot = slot;
        this.lexemes = lexemes;
    }

    /** Adds a phrase written as in a lexicon file; blank phrases are ignored. */
    public void add(String phrase, T value) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        PhraseWords cut = new PhraseWords(lexemes, phrase.strip());
        if (cut.size == 0) {
            return;
        }
        String[] words = new String[cut.size];
        int[] shapes = new int[cut.size];
        for (int i = 0; i < words.length; i++) {
            words[i] = cut.lexemes[i].folded;
            shapes[i] = cut.shapes[i] == Token.UPPER && words.length > 1 ? Token.CAPITALISED : cut.shapes[i];
        }
        Lexeme first = cut.lexemes[0];
        List<Phrase<T>> starts = startsOf(first);
        if (starts != null) {
            for (Phrase<T> p : starts) {
                if (java.util.Arrays.equals(p.words, words) && java.util.Arrays.equals(p.shapes, shapes)) {
                    return; // the first entry of a phrase wins
                }
            }
        }
        insert(first, words.length > 1 ? cut.lexemes[1] : null, words, shapes, value);
    }

    /**
     * Adds a phrase already cut into words, after those at least as long that start with the same
     * word: {@code first} and {@code second} are the lexemes of its first two words ({@code second}
     * null for a phrase of one word).
     */
    void insert(Lexeme first, Lexeme second, String[] words, int[] shapes, T value) {
        List<Phrase<T>> starts = startsOf(first);
        if (starts == null) {
            starts = new ArrayList<>(2);
            first.starts[slot] = starts;
            firstWords++;
        }
        Phrase<T> entry = new Phrase<>(words, shapes, value);
        insertLongestFirst(starts, entry);
        if (second != null) {
            if (first.pairs.isEmpty()) {
                first.pairs = new HashMap<>(4);
            }
            Object[] bySlot = first.pairs.get(second);
            if (bySlot == null) {
                bySlot = new Object[Lexicon.INDEXES];
                first.pairs.put(second, bySlot);
            }
            if (bySlot[slot] == null) {
                bySlot[slot] = new ArrayList<Phrase<T>>(2);
            }
            insertLongestFirst(phrases(bySlot), entry);
        }
    }

    /**
     * The words of a phrase as lexemes (added to the table if new) with their shapes, cut as
     * {@link Tokens#scan} cuts a text: a known word is found without a copy of it, and no token
     * objects are made for the 25 000 phrases read while a parser is built.
     */
    private static final class PhraseWords implements Tokens.Sink {
        private final LexemeTable table;
        private final String folded;
        Lexeme[] lexemes = new Lexeme[4];
        int[] shapes = new int[4];
        int size;

        PhraseWords(LexemeTable table, String phrase) {
            this.table = table;
            this.folded = Folding.fold(phrase);
            Tokens.scan(phrase, folded, 0, phrase.length(), this);
        }

        @Override
        public void word(int start, int end, int shape, int hash) {
            append(table.add(hash, folded, start, end), shape);
        }

        @Override
        public void mark(int at) {
            append(table.add(folded.charAt(at), folded, at, at + 1), Token.PUNCT);
        }

        private void append(Lexeme lexeme, int shape) {
            if (size == lexemes.length) {
                lexemes = java.util.Arrays.copyOf(lexemes, size * 2);
                shapes = java.util.Arrays.copyOf(shapes, size * 2);
            }
            lexemes[size] = lexeme;
            shapes[size] = shape;
            size++;
        }
    }

    /** Inserts after the phrases at least as long, so the first of equal length added stays first. */
    private static <T> void insertLongestFirst(List<Phrase<T>> phrases, Phrase<T> entry) {
        int at = phrases.size();
        while (at > 0 && phrases.get(at - 1).words.length < entry.words.length) {
            at--;
        }
        phrases.add(at, entry);
    }

    /** The longest phrase starting at {@code tokens[i]}, or {@code null}. */
    public Match<T> longest(List<Token> tokens, int i) {
        return longest(tokens, i, tokens.size());
    }

    /** The longest phrase starting at {@code tokens[i]} and ending before {@code limit}, or {@code null}. */
    public Match<T> longest(List<Token> tokens, int i, int limit) {
        List<Phrase<T>> starts = startsAt(tokens, i);
        if (starts == null) {
            return null;
        }
        if (i + 1 < limit && starts.get(0).words.length > 1) {
            // the phrases of a word come longest first: when its longest has one word, the pair need not be looked up
            List<Phrase<T>> longer = longerAt(tokens, i);
            if (longer != null) {
                for (Phrase<T> p : longer) {
                    if (i + p.words.length <= limit && matches(p, tokens, i)) {
                        return new Match<>(i, i + p.words.length - 1, p.value);
                    }
                }
            }
        }
        List<Phrase<T>> candidates = starts;
        for (int k = candidates.size() - 1; k >= 0 && candidates.get(k).words.length == 1; k--) {
            Phrase<T> p = candidates.get(k);
            if (matches(p, tokens, i)) {
                return new Match<>(i, i, p.value);
            }
        }
        return null;
    }

    /**
     * The longest phrase of two words or more whose first word is {@code tokens[i]} and whose other words
     * follow from {@code tokens[k]} on, the tokens between left out ({@code plaide également pour}: the phrase
     * {@code plaider pour} with an adverb inside it); or {@code null}. The match covers {@code i} to its last word.
     */
    public Match<T> longestAcross(List<Token> tokens, int i, int k) {
        List<Phrase<T>> starts = startsAt(tokens, i);
        if (starts == null || k <= i || k >= tokens.size()) {
            return null;
        }
        for (Phrase<T> p : starts) {
            int rest = p.words.length - 1;
            if (rest == 0 || k + rest > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int w = 1; w <= rest && same; w++) {
                same = p.words[w].equals(tokens.get(k + w - 1).folded());
            }
            if (same) {
                return new Match<>(i, k + rest - 1, p.value);
            }
        }
        return null;
    }

    /**
     * Whether some phrase starts with the word of {@code tokens[i]}: when none does,
     * {@link #longest} finds nothing there, so a caller can rule the token out with one test.
     */
    public boolean opensAt(List<Token> tokens, int i) {
        return startsAt(tokens, i) != null;
    }

    /** The phrases of two words or more that start with {@code tokens[i, i + 1]}, longest first, or null. */
    private List<Phrase<T>> longerAt(List<Token> tokens, int i) {
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon.lexemes == lexemes) {
            return phrases(lexical.pair(i));
        }
        Lexeme first = lexemes.get(tokens.get(i).folded());
        Lexeme second = lexemes.get(tokens.get(i + 1).folded());
        return first == null || second == null ? null : phrases(first.pairs.get(second));
    }

    @SuppressWarnings("unchecked")
    private List<Phrase<T>> phrases(Object[] bySlot) {
        return bySlot == null ? null : (List<Phrase<T>>) bySlot[slot];
    }

    private List<Phrase<T>> startsAt(List<Token> tokens, int i) {
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon.lexemes == lexemes) {
            return startsOf(lexical.lexeme(i));
        }
        return startsOf(lexemes.get(tokens.get(i).folded()));
    }

    @SuppressWarnings("unchecked")
    List<Phrase<T>> startsOf(Lexeme lexeme) {
        return lexeme == null ? null : (List<Phrase<T>>) lexeme.starts[slot];
    }

    /** Whether a folded single word is a phrase of its own. */
    public boolean containsWord(String folded) {
        List<Phrase<T>> starts = startsOf(lexemes.get(folded));
        return starts != null && starts.stream().anyMatch(p -> p.words.length == 1);
    }

    /** Looks up a phrase given as text, ignoring case. */
    public T get(String phrase) {
        List<Token> tokens = Tokens.of(Folding.fold(phrase));
        if (tokens.isEmpty()) {
            return null;
        }
        List<Phrase<T>> starts = startsOf(lexemes.get(tokens.get(0).folded()));
        if (starts == null) {
            return null;
        }
        for (Phrase<T> p : starts) {
            if (p.words.length == tokens.size()) {
                boolean same = true;
                for (int k = 0; k < p.words.length && same; k++) {
                    same = p.words[k].equals(tokens.get(k).folded());
                }
                if (same) {
                    return p.value;
                }
            }
        }
        return null;
    }

    /** Number of first words indexed. */
    public int size() {
        return firstWords;
    }

    private static boolean matches(Phrase<?> p, List<Token> tokens, int i) {
        for (int k = 0; k < p.words.length; k++) {
            Token t = tokens.get(i + k);
            if (!p.words[k].equals(t.folded())) {
                return false;
            }
            int shape = p.shapes[k];
            if (shape == Token.UPPER && !t.upper()) {
                return false;
            }
            if (shape == Token.CAPITALISED && !t.capitalised()) {
                return false;
            }
            if (k > 0 && t.start() > tokens.get(i + k - 1).end() + 1 && !p.words[k - 1].equals("'")) {
                // words of a phrase are separated by at most one space
                if (t.start() - tokens.get(i + k - 1).end() > 2) {
                    return false;
                }
            }
        }
        return true;
    }
}
