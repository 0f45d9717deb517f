package org.diplotext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.diplotext.model.ActorType;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.OrganisationKind;
import org.diplotext.spi.LexiconFile;
import org.diplotext.spi.LexiconSource;
import org.diplotext.text.Folding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the built-in French lexicons from the classpath and merges the user's sources into them.
 * User entries come first, so a user's organisation replaces a built-in one of the same id and a
 * user's phrase wins over a built-in one. Malformed entries are skipped and logged; a source
 * whose file is not valid JSON fails with a {@link DiplotextException} naming it.
 */
public final class LexiconLoader {
    /**
     * The logger, made at its first use: a build that has nothing to report never starts SLF4J,
     * whose start-up in a fresh JVM (looking for a provider) costs more than reading the lexicons.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(LexiconLoader.class);
    }
    private static final String FOLDER = "/org/diplotext/lexicon/fr/";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private LexiconLoader() {
    }

    /**
     * The built-in lexicons with the given sources added. Without sources of its own, a parser gets
     * the built-in lexicons from their {@link LexiconSnapshot} when it is current, which is the
     * same lexicon built in a fraction of the time.
     */
    public static Lexicon load(List<LexiconSource> extra) {
        Objects.requireNonNull(extra, "extra must not be null");
        if (extra.isEmpty()) {
            Optional<Lexicon> snapshot = LexiconSnapshot.read();
            if (snapshot.isPresent()) {
                return snapshot.get();
            }
            Log.LOG.debug("no current lexicon snapshot: the lexicon files are read");
        }
        return fromFiles(extra);
    }

    /** The built-in lexicons with the given sources added, read from the lexicon files. */
    static Lexicon fromFiles(List<LexiconSource> extra) {
        Objects.requireNonNull(extra, "extra must not be null");
        List<LexiconSource> sources = new ArrayList<>(extra);
        sources.add(LexiconLoader::builtIn);
        // The built-in JSON lexicons are read on a second thread while the grammar and the user's
        // sources are read here: in a fresh JVM, where the interpreter runs all of it, side by
        // side takes a third less time. The user's sources are read on the caller's thread.
        CompletableFuture<Entities> builtIn = CompletableFuture.supplyAsync(() -> Entities.of(List.of(LexiconLoader::builtIn)));
        Lexicon lexicon = new Lexicon();
        readGrammar(lexicon);
        Entities entities = Entities.of(extra);
        entities.addAbsent(builtIn.join()); // the built-in files are ours: a failure is a packaging error
        lexicon.states.putAll(entities.states);
        lexicon.organisations.putAll(entities.organisations);
        lexicon.persons.putAll(entities.persons);
        indexNames(lexicon);
        Map<String, Lexicon.VerbForm> verbForms = new LinkedHashMap<>();
        for (LexiconSource source : sources) {
            for (LexiconFile file : List.of(LexiconFile.TITLES, LexiconFile.VERBS, LexiconFile.NOUNS, LexiconFile.GROUPS)) {
                Optional<String> content = source.content(file);
                if (content.isEmpty()) {
                    continue;
                }
                switch (file) {
                    case TITLES -> readTitles(content.get(), lexicon);
                    case VERBS -> readVerbs(content.get(), verbForms);
                    case NOUNS -> readNouns(content.get(), lexicon);
                    default -> readGroups(content.get(), lexicon);
                }
            }
        }
        for (Map.Entry<String, Lexicon.VerbForm> form : verbForms.entrySet()) {
            lexicon.verbs.add(form.getKey(), form.getValue());
        }
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("lexicon loaded: {}", lexicon.summary());
        }
        return lexicon;
    }

    /** The states, organisations and persons of some sources, the first entry of an id winning. */
    private record Entities(Map<String, Entries.State> states, Map<String, Entries.Organisation> organisations,
                            Map<String, Entries.Person> persons) {
        static Entities of(List<LexiconSource> sources) {
            Entities e = new Entities(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            for (LexiconSource source : sources) {
                for (LexiconFile file : List.of(LexiconFile.STATES, LexiconFile.ORGANISATIONS, LexiconFile.PERSONS)) {
                    Optional<String> content = source.content(file);
                    if (content.isEmpty()) {
                        continue;
                    }
                    switch (file) {
                        case STATES -> readStates(content.get(), e.states);
                        case ORGANISATIONS -> readOrganisations(content.get(), e.organisations);
                        default -> readPersons(content.get(), e.persons);
                    }
                }
            }
            return e;
        }

        /** Adds the entries of {@code later} whose ids these entries do not have. */
        void addAbsent(Entities later) {
            for (Map.Entry<String, Entries.State> e : later.states.entrySet()) {
                states.putIfAbsent(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Entries.Organisation> e : later.organisations.entrySet()) {
                organisations.putIfAbsent(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Entries.Person> e : later.persons.entrySet()) {
                persons.putIfAbsent(e.getKey(), e.getValue());
            }
        }
    }


    private static Optional<String> builtIn(LexiconFile file) {
        return resource(file.fileName());
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = LexiconLoader.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DiplotextException("cannot read built-in lexicon " + name + ": " + e.getMessage(), e);
        }
    }

    private static void readGrammar(Lexicon lexicon) {
        resource("grammar.tsv").ifPresent(content -> {
            for (String[] row : rows(content, "word")) {
                if (row.length >= 2) {
                    String value = row.length >= 3 ? row[2] : null;
                    String word = row[0];
                    if (word.contains(":") && value == null) {
                        value = word.substring(word.indexOf(':') + 1);
                        word = word.substring(0, word.indexOf(':'));
                    }
                    lexicon.addGrammar(word, row[1].strip(), value);
                    if ("ORG_ADJECTIVE".equals(row[1].strip()) && value != null) {
                        lexicon.organisationAdjectives.put(Folding.fold(word.strip()), value.strip());
                    }
                }
            }
        });
        resource("firstnames.txt").ifPresent(content -> {
            for (String line : content.split("\n")) {
                if (!line.startsWith("#")) {
                    for (String name : WHITE_SPACE.split(line.trim())) {
                        if (!name.isEmpty()) {
                            lexicon.addFirstName(Folding.fold(name));
                        }
                    }
                }
            }
        });
    }

    // --- JSON files ---------------------------------------------------------------------------

    /** The entries of a JSON lexicon: the objects of its top-level array; other values are skipped with a warning. */
    private static List<Map<String, Object>> parse(String content, LexiconFile file) {
        Object root;
        try {
            root = JsonTree.read(content);
        } catch (IOException e) {
            throw new DiplotextException(file.fileName() + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof List<?> array)) {
            throw new DiplotextException(file.fileName() + ": a lexicon must be a JSON array");
        }
        List<Map<String, Object>> entries = new ArrayList<>(array.size());
        for (Object element : array) {
            if (element instanceof Map<?, ?> object) {
                @SuppressWarnings("unchecked")
                Map<String, Object> entry = (Map<String, Object>) object;
                entries.add(entry);
            } else {
                Log.LOG.warn("{}: entry that is not a JSON object skipped: {}", file.fileName(), element);
            }
        }
        return entries;
    }

    private static void readStates(String content, Map<String, Entries.State> into) {
        for (Map<String, Object> n : parse(content, LexiconFile.STATES)) {
            String code = text(n, "code");
            String name = text(n, "name");
            if (code == null || name == null || !code.matches("[A-Z]{2}")) {
                Log.LOG.warn("states: entry without a two-letter code or a name skipped: {}", n);
                continue;
            }
            into.putIfAbsent(code, new Entries.State(code, name, Optional.ofNullable(text(n, "official")),
                    list(n, "variants"), list(n, "adjectives"), list(n, "demonyms"), list(n, "capitals"),
                    list(n, "metonyms"), list(n, "places")));
        }
    }

    private static void readOrganisations(String content, Map<String, Entries.Organisation> into) {
        for (Map<String, Object> n : parse(content, LexiconFile.ORGANISATIONS)) {
            String id = text(n, "id");
            String name = text(n, "name");
            if (id == null || name == null) {
                Log.LOG.warn("organisations: entry without id or name skipped: {}", n);
                continue;
            }
            OrganisationKind kind = enumValue(OrganisationKind.class, text(n, "kind"), OrganisationKind.OTHER);
            ActorType type = enumValue(ActorType.class, text(n, "type"), ActorType.ORGANISATION);
            if (type == ActorType.PERSON || type == ActorType.STATE) {
                type = ActorType.ORGANISATION;
            }
            into.putIfAbsent(id, new Entries.Organisation(id, name, Optional.ofNullable(text(n, "acronym")),
                    list(n, "aliases"), kind, type, Optional.ofNullable(text(n, "parent")),
                    Optional.ofNullable(text(n, "country"))));
        }
    }

    private static void readPersons(String content, Map<String, Entries.Person> into) {
        for (Map<String, Object> n : parse(content, LexiconFile.PERSONS)) {
            String name = text(n, "name");
            if (name == null) {
                Log.LOG.warn("persons: entry without a name skipped: {}", n);
                continue;
            }
            into.putIfAbsent(name, new Entries.Person(name, list(n, "aliases"), Optional.ofNullable(text(n, "country")),
                    Optional.ofNullable(text(n, "role")), Optional.ofNullable(text(n, "affiliation"))));
        }
    }

    // Plain loops rather than lambdas here and above: this runs once, in a fresh JVM, where each
    // lambda costs a class generated at its first use.
    private static void indexNames(Lexicon lexicon) {
        for (Entries.Person p : lexicon.persons.values()) {
            Named named = new Named(Named.Kind.PERSON, p.name());
            lexicon.names.add(p.name(), named);
            addAll(lexicon.names, p.aliases(), named);
        }
        for (Entries.Organisation o : lexicon.organisations.values()) {
            Named named = new Named(Named.Kind.ORGANISATION, o.id());
            lexicon.names.add(o.name(), named);
            if (o.acronym().isPresent()) {
                lexicon.names.add(o.acronym().get(), named);
            }
            addAll(lexicon.names, o.aliases(), named);
        }
        for (Entries.State s : lexicon.states.values()) {
            Named named = new Named(Named.Kind.STATE, s.code());
            lexicon.names.add(s.name(), named);
            if (s.official().isPresent()) {
                lexicon.names.add(s.official().get(), named);
            }
            addAll(lexicon.names, s.variants(), named);
            Named capital = new Named(Named.Kind.CAPITAL, s.code());
            addAll(lexicon.names, s.capitals(), capital);
            addAll(lexicon.names, s.metonyms(), capital);
            // "du Kremlin", "au Caire": after a contracted article the name stands without its own
            for (String name : s.metonyms()) {
                addWithoutArticle(name, capital, lexicon);
            }
            for (String name : s.capitals()) {
                addWithoutArticle(name, capital, lexicon);
            }
            addAll(lexicon.names, s.demonyms(), new Named(Named.Kind.DEMONYM, s.code()));
            for (String adjective : s.adjectives()) {
                lexicon.stateAdjectives.putIfAbsent(Folding.fold(adjective.strip()), s.code());
            }
            for (String place : s.capitals()) {
                lexicon.statePlaces.putIfAbsent(Folding.fold(place.strip()), s.code());
            }
            for (String place : s.places()) {
                lexicon.statePlaces.putIfAbsent(Folding.fold(place.strip()), s.code());
            }
        }
    }

    private static <T> void addAll(PhraseIndex<T> index, List<String> phrases, T value) {
        for (String phrase : phrases) {
            index.add(phrase, value);
        }
    }

    private static void addWithoutArticle(String name, Named value, Lexicon lexicon) {
        Optional<String> rest = withoutArticle(name, lexicon);
        if (rest.isPresent()) {
            lexicon.names.add(rest.get(), value);
        }
    }

    /**
     * A name without the article it opens with when that article contracts with {@code à} and
     * {@code de} ({@code le Kremlin}, {@code Le Caire}: {@code du Kremlin}, {@code au Caire}), as
     * {@code CONTRACTING_ARTICLE} of {@code grammar.tsv} lists them.
     */
    private static Optional<String> withoutArticle(String name, Lexicon lexicon) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        if (space <= 0 || !lexicon.is(Folding.fold(stripped.substring(0, space)), "CONTRACTING_ARTICLE")) {
            return Optional.empty();
        }
        return Optional.of(stripped.substring(space + 1).strip());
    }

    // --- TSV files ----------------------------------------------------------------------------

    private static void readTitles(String content, Lexicon lexicon) {
        for (String[] row : rows(content, "title")) {
            if (row.length >= 1 && !row[0].isBlank()) {
                String role = row.length >= 2 && !row[1].isBlank() ? row[1].strip() : row[0].strip();
                String kind = row.length >= 3 ? row[2].strip() : "OTHER";
                lexicon.titles.add(row[0], new Entries.Title(row[0].strip(), role, kind));
            }
        }
    }

    private static void readVerbs(String content, Map<String, Lexicon.VerbForm> into) {
        for (String[] row : rows(content, "lemma")) {
            if (row.length < 2) {
                continue;
            }
            Entries.Act act = enumValue(Entries.Act.class, row[1].strip(), null);
            if (act == null) {
                continue;
            }
            String lemma = row[0].strip();
            boolean takesA = Entries.Verb.takesA(lemma);
            List<String> forms = new ArrayList<>();
            String infinitive = lemma.startsWith("se ") ? lemma.substring(3) : lemma.startsWith("s'") ? lemma.substring(2) : lemma;
            forms.add(infinitive);
            String verb = infinitive.split(" ")[0];
            if (verb.endsWith("er") && verb.length() > 3) {
                // quotations speak in the first person plural: "nous demandons", "nous appelons"
                String stem = verb.substring(0, verb.length() - 2);
                String first = stem.endsWith("g") ? stem + "eons" : stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "\u00e7ons" : stem + "ons";
                if (stem.endsWith("el") && infinitive.startsWith("appel")) {
                    first = stem + "ons";
                }
                forms.add(first + infinitive.substring(verb.length()));
            }
            if (row.length >= 3) {
                for (String f : row[2].split(",")) {
                    if (!f.isBlank()) {
                        forms.add(f.strip());
                    }
                }
            }
            for (String form : forms) {
                String base = Folding.fold(form);
                if (takesA && !base.endsWith(" a")) {
                    base = base + " a";
                }
                addForm(into, base, lemma, act, takesA);
                if (takesA) {
                    String stem = base.substring(0, base.length() - 2);
                    addForm(into, stem + " au", lemma, act, true);
                    addForm(into, stem + " aux", lemma, act, true);
                    addForm(into, stem, lemma, act, true);
                }
            }
        }
    }

    private static void addForm(Map<String, Lexicon.VerbForm> into, String form, String lemma, Entries.Act act, boolean takesA) {
        Lexicon.VerbForm old = into.get(form);
        if (old == null) {
            into.put(form, new Lexicon.VerbForm(lemma, EnumSet.of(act), takesA));
        } else if (!old.acts().contains(act) || reflexive(old.lemma()) && !reflexive(lemma)) {
            Set<Entries.Act> acts = EnumSet.copyOf(old.acts());
            acts.add(act);
            // "dit" is "dire" as well as "se dire": the plain verb needs no "se" in front of it
            String kept = reflexive(old.lemma()) && !reflexive(lemma) ? lemma : old.lemma();
            into.put(form, new Lexicon.VerbForm(kept, acts, old.takesA() || takesA));
        }
    }

    private static boolean reflexive(String lemma) {
        return lemma.startsWith("se ") || lemma.startsWith("s'");
    }

    private static void readNouns(String content, Lexicon lexicon) {
        for (String[] row : rows(content, "noun")) {
            if (row.length >= 2) {
                Entries.Act act = enumValue(Entries.Act.class, row[1].strip(), null);
                if (act != null) {
                    lexicon.nouns.add(row[0], new Entries.Noun(row[0].strip(), act, row.length >= 3 ? row[2].strip() : ""));
                }
            }
        }
    }

    private static void readGroups(String content, Lexicon lexicon) {
        for (String[] row : rows(content, "noun")) {
            if (row.length >= 1 && !row[0].isBlank()) {
                lexicon.groups.add(row[0], new Entries.Group(row[0].strip(), row.length >= 2 ? row[1].strip() : "OTHER"));
            }
        }
    }

    private static List<String[]> rows(String content, String header) {
        List<String[]> out = new ArrayList<>();
        boolean first = true;
        // lines cut by hand, not by a regex: this runs before anything is compiled, while a parser is built
        for (int start = 0, end; start < content.length(); start = end + 1) {
            end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            String line = content.substring(start, end > start && content.charAt(end - 1) == '\r' ? end - 1 : end);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (first && cells[0].strip().equalsIgnoreCase(header)) {
                first = false;
                continue;
            }
            first = false;
            out.add(cells);
        }
        return out;
    }

    /** A field as text (numbers and booleans written out), stripped; null when absent, null or blank. */
    private static String text(Map<String, Object> n, String field) {
        Object v = n.get(field);
        if (v == null || v instanceof Map || v instanceof List) {
            return null;
        }
        String text = v.toString();
        return text.isBlank() ? null : text.strip();
    }

    /** A field holding an array of strings, or one string; other values are left out. */
    private static List<String> list(Map<String, Object> n, String field) {
        Object v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> array) {
            for (Object e : array) {
                if (e instanceof String text && !text.isBlank()) {
                    out.add(text.strip());
                }
            }
        } else if (v instanceof String text && !text.isBlank()) {
            out.add(text.strip());
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
