package org.diplotext.lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplotext.text.Folding;

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

    final PhraseIndex<Named> names = new PhraseIndex<>();
    final PhraseIndex<Entries.Title> titles = new PhraseIndex<>();
    final PhraseIndex<VerbForm> verbs = new PhraseIndex<>();
    final PhraseIndex<Entries.Noun> nouns = new PhraseIndex<>();
    final PhraseIndex<Entries.Group> groups = new PhraseIndex<>();
    final PhraseIndex<String> adverbs = new PhraseIndex<>();
    final Map<String, Entries.State> states = new LinkedHashMap<>();
    final Map<String, Entries.Organisation> organisations = new LinkedHashMap<>();
    final Map<String, Entries.Person> persons = new LinkedHashMap<>();
    final Map<String, String> stateAdjectives = new HashMap<>();
    final Map<String, String> organisationAdjectives = new HashMap<>();
    final Map<String, Set<String>> grammar = new HashMap<>();
    final Map<String, String> grammarValues = new HashMap<>();
    final Set<String> firstNames = new HashSet<>();

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

    /** The state with this ISO code. */
    public Optional<Entries.State> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    /** The organisation with this id. */
    public Optional<Entries.Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** The known person with this name. */
    public Optional<Entries.Person> person(String name) {
        return Optional.ofNullable(persons.get(name));
    }

    /** The state an adjective ({@code russe}, {@code ukrainiennes}) refers to, by folded word. */
    public Optional<String> stateOfAdjective(String folded) {
        return Optional.ofNullable(stateAdjectives.get(folded));
    }

    /** The organisation an adjective ({@code européenne}) refers to, by folded word. */
    public Optional<String> organisationOfAdjective(String folded) {
        return Optional.ofNullable(organisationAdjectives.get(folded));
    }

    /** Whether a folded word belongs to a grammar class of {@code grammar.tsv}. */
    public boolean is(String folded, String grammarClass) {
        Set<String> classes = grammar.get(folded);
        return classes != null && classes.contains(grammarClass);
    }

    /** Whether a folded word belongs to any grammar class of {@code grammar.tsv}. */
    public boolean isGrammar(String folded) {
        return grammar.containsKey(folded);
    }

    /** The value a grammar word carries in a class ({@code hier} in RELATIVE_DAY: {@code -1}). */
    public Optional<String> value(String folded, String grammarClass) {
        return Optional.ofNullable(grammarValues.get(grammarClass + '\t' + folded));
    }

    /** The folded words of a grammar class. */
    public Set<String> words(String grammarClass) {
        Set<String> out = new HashSet<>();
        grammar.forEach((w, c) -> {
            if (c.contains(grammarClass)) {
                out.add(w);
            }
        });
        return out;
    }

    /** Whether a word, as written, is a known given name. */
    public boolean isFirstName(String folded) {
        return firstNames.contains(folded);
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
        grammar.computeIfAbsent(folded, k -> new HashSet<>(2)).add(grammarClass);
        if (value != null && !value.isBlank()) {
            grammarValues.put(grammarClass + '\t' + folded, value.strip());
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
