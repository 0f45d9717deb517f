package org.diplotext.lexicon;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplotext.text.Folding;
import org.diplotext.text.Token;
import org.diplotext.text.Tokens;

/**
 * The French lexicons, loaded once: states, organisations, known persons, titles, verbs, nouns,
 * group nouns and grammar words, indexed for matching over tokens. Immutable after loading and
 * safe to share between threads. Built by {@link LexiconLoader}.
 */
public final class Lexicon {

    /** A verb form with the classes of act it can express. */
    public record VerbForm(String lemma, Set<Entries.Act> acts, boolean takesA) {
        /** Copies the classes. */
        public VerbForm {
            acts = Set.copyOf(acts);
        }
    }

    /** Number of phrase indexes, each with its slot in {@link Lexeme#starts}. */
    static final int INDEXES = 6;
    /** Every folded word of the lexicons, with its grammar classes and the phrases it starts. */
    final LexemeTable lexemes = new LexemeTable();
    /** The lexemes of grammar words only: a small table, quick to probe by string. */
    final Map<String, Lexeme> grammarWords = new HashMap<>();
    final PhraseIndex<Named> names = new PhraseIndex<>(0, lexemes);
    final PhraseIndex<Entries.Title> titles = new PhraseIndex<>(1, lexemes);
    final PhraseIndex<VerbForm> verbs = new PhraseIndex<>(2, lexemes);
    final PhraseIndex<Entries.Noun> nouns = new PhraseIndex<>(3, lexemes);
    final PhraseIndex<Entries.Group> groups = new PhraseIndex<>(4, lexemes);
    final PhraseIndex<String> adverbs = new PhraseIndex<>(5, lexemes);
    final Map<String, Entries.State> states = new LinkedHashMap<>();
    final Map<String, Entries.Organisation> organisations = new LinkedHashMap<>();
    final Map<String, Entries.Person> persons = new LinkedHashMap<>();
    final Map<String, String> stateAdjectives = new HashMap<>();
    /** Folded capitals and {@code places} of states.json: the state a dateline's place is in. */
    final Map<String, String> statePlaces = new HashMap<>();
    final Map<String, String> organisationAdjectives = new HashMap<>();
    /** The grammar classes by name, with the bit each sets in a {@link Lexeme}'s classes. */
    final GrammarClasses grammarClasses = new GrammarClasses();
    /** Grammar class to folded word to the value it carries in that class. */
    final Map<String, Map<String, String>> grammarValues = new HashMap<>();
    final Set<String> firstNames = new HashSet<>();
    /** The endings of each ending class asked about, filled on first use (the lexicon is read-only by then). */
    private final Map<String, String[]> endings = new java.util.concurrent.ConcurrentHashMap<>();
    /** The beginnings of each beginning class asked about, filled on first use. */
    private final Map<String, String[]> beginnings = new java.util.concurrent.ConcurrentHashMap<>();

    Lexicon() {
    }

    /** Names of states, capitals, organisations and known persons. */
    public PhraseIndex<Named> names() {
        return names;
    }

    /** Titles and roles of persons. */
    public PhraseIndex<Entries.Title> titles() {
        return titles;
    }

    /** Inflected verb forms. */
    public PhraseIndex<VerbForm> verbs() {
        return verbs;
    }

    /** Nouns of communications and demands. */
    public PhraseIndex<Entries.Noun> nouns() {
        return nouns;
    }

    /** Nouns of collective actors. */
    public PhraseIndex<Entries.Group> groups() {
        return groups;
    }

    /** Multi-word adverbs and adverbial phrases that may stand between a verb and its subject. */
    public PhraseIndex<String> adverbs() {
        return adverbs;
    }

    /** The phrase indexes in the order of their slots. */
    List<PhraseIndex<?>> indexes() {
        return List.of(names, titles, verbs, nouns, groups, adverbs);
    }

    /** The state with this ISO code. */
    public Optional<Entries.State> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    /** The organisation with this id. */
    public Optional<Entries.Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** Every organisation, in the order of the lexicons. */
    public Collection<Entries.Organisation> organisations() {
        return Collections.unmodifiableCollection(organisations.values());
    }

    /** The known person with this name. */
    public Optional<Entries.Person> person(String name) {
        return Optional.ofNullable(persons.get(name));
    }

    /**
     * The code of the state a place is in, from its capitals and the towns listed as its
     * {@code places} ({@code Bruxelles}, {@code Genève}): what a dateline's place says, whether or
     * not the name also stands for a body elsewhere (Brussels for the European Commission).
     */
    public Optional<String> stateOfPlace(String place) {
        return Optional.ofNullable(statePlaces.get(Folding.fold(place.strip())));
    }

    /** The state an adjective ({@code russe}, {@code ukrainiennes}) refers to, by folded word. */
    public Optional<String> stateOfAdjective(String folded) {
        return Optional.ofNullable(stateAdjectives.get(folded));
    }

    /** The organisation an adjective ({@code européenne}) refers to, by folded word. */
    public Optional<String> organisationOfAdjective(String folded) {
        return Optional.ofNullable(organisationAdjectives.get(folded));
    }

    /**
     * The tokens of {@code text[from, to)} ({@code folded} is its folded form), each word looked
     * up in the lexicons once, so that the phrase indexes and {@link #is(List, int, String)} of
     * this lexicon read them without further hash look-ups.
     */
    public List<Token> tokens(String text, String folded, int from, int to) {
        return new LexicalTokens(this, text, folded, from, to);
    }

    /** Whether a folded word belongs to a grammar class of {@code grammar.tsv}. */
    public boolean is(String folded, String grammarClass) {
        Lexeme lexeme = grammarWords.get(folded);
        return lexeme != null && has(lexeme, grammarClass);
    }

    /** Whether token {@code i} of {@code tokens} is a word of a grammar class; false outside the list. */
    public boolean is(List<Token> tokens, int i, String grammarClass) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            Lexeme lexeme = lexical.lexeme(i);
            return lexeme != null && has(lexeme, grammarClass);
        }
        return is(tokens.get(i).folded(), grammarClass);
    }

    /** {@link #is(String, String)} for a class held as a constant: a bit test, no look-up of the class. */
    public boolean is(String folded, GrammarClass grammarClass) {
        Lexeme lexeme = grammarWords.get(folded);
        return lexeme != null && lexeme.hasClass(grammarClass.number);
    }

    /** {@link #is(List, int, String)} for a class held as a constant: a bit test, no look-up of the class. */
    public boolean is(List<Token> tokens, int i, GrammarClass grammarClass) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            Lexeme lexeme = lexical.lexeme(i);
            return lexeme != null && lexeme.hasClass(grammarClass.number);
        }
        return is(tokens.get(i).folded(), grammarClass);
    }

    /** {@link #occursIn(List, String)} for a class held as a constant. */
    public boolean occursIn(List<Token> tokens, GrammarClass grammarClass) {
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            return lexical.hasClass(grammarClass.number);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (is(tokens, i, grammarClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some token of {@code tokens} is a word of a grammar class: a rule that looks for the
     * class word by word can first ask this, answered without a look at each token for the tokens
     * this lexicon cut.
     */
    public boolean occursIn(List<Token> tokens, String grammarClass) {
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            int number = grammarClasses.number(grammarClass);
            return number >= 0 && lexical.hasClass(number);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (is(tokens, i, grammarClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some grammar classes, resolved once to their numbers, so that a rule can ask whether a token
     * belongs to any of them with one test ({@link #isAny}) instead of one look-up per class.
     */
    public static final class ClassSet {
        private final long[] numbers;

        private ClassSet(long[] numbers) {
            this.numbers = numbers;
        }

        /**
         * The grammar classes named, for every lexicon: a rule can hold it in a constant. A class no
         * word of a lexicon belongs to matches no token of it.
         */
        public static ClassSet of(Collection<String> grammarClassNames) {
            java.util.BitSet numbers = new java.util.BitSet();
            for (String name : grammarClassNames) {
                numbers.set(GrammarClass.named(name).number);
            }
            return new ClassSet(numbers.toLongArray());
        }
    }

    /** The grammar classes named, as a {@link ClassSet}; names no word belongs to are left out. */
    public ClassSet classes(Collection<String> grammarClassNames) {
        java.util.BitSet numbers = new java.util.BitSet();
        for (String name : grammarClassNames) {
            int number = grammarClasses.number(java.util.Objects.requireNonNull(name, "grammar class name"));
            if (number >= 0) {
                numbers.set(number);
            }
        }
        return new ClassSet(numbers.toLongArray());
    }

    /** Whether token {@code i} of {@code tokens} is a word of any class of {@code classes}; false outside the list. */
    public boolean isAny(List<Token> tokens, int i, ClassSet classes) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Lexeme lexeme = tokens instanceof LexicalTokens lexical && lexical.lexicon == this ? lexical.lexeme(i)
                : grammarWords.get(tokens.get(i).folded());
        return lexeme != null && lexeme.hasAnyClass(classes.numbers);
    }

    /** Whether some token of {@code tokens} is a word of any class of {@code classes} ({@link #occursIn} for a set). */
    public boolean occursAnyIn(List<Token> tokens, ClassSet classes) {
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            return lexical.hasAnyClass(classes.numbers);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isAny(tokens, i, classes)) {
                return true;
            }
        }
        return false;
    }

    private boolean has(Lexeme lexeme, String grammarClass) {
        int number = grammarClasses.number(grammarClass);
        return number >= 0 && lexeme.hasClass(number);
    }

    /** Whether a folded word belongs to any grammar class of {@code grammar.tsv}. */
    public boolean isGrammar(String folded) {
        return grammarWords.containsKey(folded);
    }

    /** The value a grammar word carries in a class ({@code hier} in RELATIVE_DAY: {@code -1}). */
    public Optional<String> value(String folded, String grammarClass) {
        return Optional.ofNullable(grammarValues.getOrDefault(grammarClass, Map.of()).get(folded));
    }

    /**
     * {@link #value(String, String)} of token {@code i}: empty outside the list; the class is
     * tested on the token's lexeme first, so most tokens need no look-up by their text.
     */
    public Optional<String> value(List<Token> tokens, int i, String grammarClass) {
        return is(tokens, i, grammarClass) ? value(tokens.get(i).folded(), grammarClass) : Optional.empty();
    }

    /** {@link #value(String, String)} for a class held as a constant. */
    public Optional<String> value(String folded, GrammarClass grammarClass) {
        return value(folded, grammarClass.name());
    }

    /** {@link #value(List, int, String)} for a class held as a constant. */
    public Optional<String> value(List<Token> tokens, int i, GrammarClass grammarClass) {
        return is(tokens, i, grammarClass) ? value(tokens.get(i).folded(), grammarClass.name()) : Optional.empty();
    }

    /** The folded words of a grammar class. */
    public Set<String> words(String grammarClass) {
        Set<String> out = new HashSet<>();
        int number = grammarClasses.number(grammarClass);
        if (number >= 0) {
            grammarWords.forEach((w, lexeme) -> {
                if (lexeme.hasClass(number)) {
                    out.add(w);
                }
            });
        }
        return out;
    }

    /**
     * Whether a folded word ends with one of the endings of a grammar class, each written with a
     * leading hyphen in {@code grammar.tsv} ({@code -ant} in PRESENT_PARTICIPLE_ENDING).
     */
    public boolean endsWithAny(String folded, String endingClass) {
        for (String ending : endings.computeIfAbsent(endingClass, this::endingsOf)) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a folded word begins with one of the beginnings of a grammar class, each written with
     * a trailing hyphen in {@code grammar.tsv} ({@code eu-} in HAD_BEGINNING).
     */
    public boolean beginsWithAny(String folded, String beginningClass) {
        for (String beginning : beginnings.computeIfAbsent(beginningClass, this::beginningsOf)) {
            if (folded.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** The endings of a class without their hyphens, longest first. */
    private String[] endingsOf(String endingClass) {
        return words(endingClass).stream().filter(w -> w.startsWith("-") && w.length() > 1).map(w -> w.substring(1))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .toArray(String[]::new);
    }

    /** The beginnings of a class without their hyphens, longest first. */
    private String[] beginningsOf(String beginningClass) {
        return words(beginningClass).stream().filter(w -> w.endsWith("-") && w.length() > 1).map(w -> w.substring(0, w.length() - 1))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .toArray(String[]::new);
    }

    /** Whether a word, as written, is a known given name. */
    public boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    /** Whether token {@code i} of {@code tokens} is a known given name; false outside the list. */
    public boolean isFirstName(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        if (tokens instanceof LexicalTokens lexical && lexical.lexicon == this) {
            Lexeme lexeme = lexical.lexeme(i);
            return lexeme != null && lexeme.firstName;
        }
        return firstNames.contains(tokens.get(i).folded());
    }

    /** Adds a folded given name. */
    void addFirstName(String folded) {
        firstNames.add(folded);
        lexemes.add(folded).firstName = true;
    }

    void addGrammar(String word, String grammarClass, String value) {
        String folded = Folding.fold(word.strip());
        if (folded.length() > 1 && folded.endsWith("'")) {
            folded = folded.substring(0, folded.length() - 1); // l' is the token l before an apostrophe
        }
        if (folded.contains(" ")) {
            if ("ADVERB".equals(grammarClass)) {
                adverbs.add(folded, folded);
            }
            return;
        }
        int number = grammarClasses.add(grammarClass);
        Lexeme lexeme = lexemes.add(folded);
        lexeme.addClass(number);
        grammarWords.put(lexeme.folded, lexeme);
        if (value != null && !value.isBlank()) {
            grammarValues.computeIfAbsent(grammarClass, k -> new HashMap<>()).put(folded, value.strip());
        }
    }

    static Set<Entries.Act> acts(Entries.Act act) {
        return EnumSet.of(act);
    }

    /** A short account of the sizes, for logs. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d states, %d organisations, %d persons, %d title words, %d verb words",
                states.size(), organisations.size(), persons.size(), titles.size(), verbs.size());
    }

    static List<String> emptyIfNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
