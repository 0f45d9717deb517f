package org.diplotext.lexicon;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A grammar class of {@code grammar.tsv} ({@code ARTICLE}, {@code PREPOSITION}, a class of your
 * own), named once and held in a constant by the rules that test it. Asking a lexicon whether a
 * token belongs to a class given this way costs a bit test; given by its name, it costs a look-up
 * of the name first, and rules ask that question more than any other (README, Performance).
 *
 * <p>Each name has one instance in the JVM, and its number (the bit it sets in a word's classes) is
 * the same in every lexicon: numbers are given out in the order names are first met.
 */
public final class GrammarClass {
    private static final ConcurrentHashMap<String, GrammarClass> BY_NAME = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;
    /** The bit of the class in a {@link Lexeme}'s classes. */
    final int number;

    private GrammarClass(String name, int number) {
        this.name = name;
        this.number = number;
    }

    /**
     * The grammar class of this name, known to a lexicon or not (a class no word of a lexicon belongs
     * to holds no token of it).
     *
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static GrammarClass named(String name) {
        Objects.requireNonNull(name, "grammar class name must not be null");
        GrammarClass known = BY_NAME.get(name);
        if (known != null) {
            return known;
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("grammar class name must not be blank");
        }
        return BY_NAME.computeIfAbsent(name, n -> new GrammarClass(n, COUNT.getAndIncrement()));
    }

    /** The class of this name if some lexicon or rule has named it, else null. */
    static GrammarClass ifNamed(String name) {
        return BY_NAME.get(name);
    }

    /** Its name, as written in {@code grammar.tsv}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
