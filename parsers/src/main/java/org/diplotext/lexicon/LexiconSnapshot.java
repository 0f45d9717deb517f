package org.diplotext.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.diplotext.model.ActorType;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.OrganisationKind;
import org.diplotext.spi.LexiconFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in lexicons as loaded, kept in one compact resource written when the library is built
 * (the {@code process-classes} phase runs {@link Precompile}). A parser that adds no lexicon of its own
 * reads it instead of the JSON and TSV files: no JSON to parse and no phrase to fold and cut into
 * words, which was most of the time a parser took to build in a fresh JVM.
 *
 * <p>The snapshot records a checksum of the files it was made from; when they have changed since
 * (a build that skipped the generation step, an edited resource on the class path), it is not
 * used and the files are read as usual, so an out-of-date snapshot can only cost time.
 */
final class LexiconSnapshot {
    /**
     * The logger, made at its first use: a build that has nothing to report never starts SLF4J,
     * whose start-up in a fresh JVM (looking for a provider) costs more than reading the lexicons.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(LexiconSnapshot.class);
    }

    /** Where the snapshot sits among the built-in lexicons. */
    static final String RESOURCE = "/org/diplotext/lexicon/fr/lexicon.snapshot";
    private static final int MAGIC = 0x44545831; // "DTX1"
    /** Raised whenever the layout below changes, so an older snapshot is ignored rather than misread. */
    private static final int VERSION = 1;
    private static final String FOLDER = "/org/diplotext/lexicon/fr/";
    /** The built-in files a snapshot is made from, in the order their checksum covers them. */
    private static final List<String> SOURCES = sources();

    private LexiconSnapshot() {
    }

    /** Writes the snapshot of the built-in lexicons to a file. */
    static void writeTo(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(LexiconLoader.fromFiles(List.of()), checksum()));
    }

    private static List<String> sources() {
        List<String> names = new ArrayList<>();
        names.add("grammar.tsv");
        names.add("firstnames.txt");
        for (LexiconFile file : LexiconFile.values()) {
            names.add(file.fileName());
        }
        return List.copyOf(names);
    }

    /** The checksum of the built-in files as the class path has them now. */
    static long checksum() {
        return checksum(resource(FOLDER + SOURCES.get(0)));
    }

    /**
     * The checksum of the built-in files in the folder of {@code inFolder} (null: none there).
     * Each file is found from the folder's address rather than by asking the class loader again,
     * which would first search the platform's own modules for it.
     */
    private static long checksum(URL inFolder) {
        CRC32 crc = new CRC32();
        for (String name : SOURCES) {
            byte[] bytes = inFolder == null ? null : bytes(ResourceFiles.sibling(inFolder, name));
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            if (bytes != null) {
                crc.update(bytes.length);
                crc.update(bytes);
            }
        }
        return crc.getValue();
    }

    private static URL resource(String name) {
        return LexiconSnapshot.class.getResource(name);
    }

    /** The bytes at an address, or null when nothing is there. */
    private static byte[] bytes(URL url) {
        try {
            return ResourceFiles.bytes(url);
        } catch (IOException e) {
            throw new DiplotextException("cannot read built-in lexicon " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The built-in lexicons from the snapshot on the class path; empty when there is none or it
     * was made from other files than those beside it or by another version of this class.
     */
    static Optional<Lexicon> read() {
        URL url = resource(RESOURCE);
        byte[] snapshot = url == null ? null : bytes(url);
        return snapshot == null ? Optional.empty() : read(snapshot, checksum(url));
    }

    /**
     * The lexicons of a snapshot, if it has this layout and was made from files of this checksum;
     * empty, with a warning, when it cannot be read: a damaged snapshot costs time, never a parser.
     */
    static Optional<Lexicon> read(byte[] snapshot, long expectedChecksum) {
        Reader in = new Reader(snapshot);
        try {
            if (in.fixedInt() != MAGIC || in.fixedInt() != VERSION || in.fixedLong() != expectedChecksum) {
                return Optional.empty();
            }
            return Optional.of(in.lexicon());
        } catch (RuntimeException e) {
            Log.LOG.warn("lexicon snapshot {} unreadable, the lexicon files are read instead: {}", RESOURCE, e.toString());
            return Optional.empty();
        }
    }

    /** The bytes of a snapshot of a lexicon made from files of the given checksum. */
    static byte[] write(Lexicon lexicon, long checksum) {
        Writer body = new Writer();
        body.lexicon(lexicon);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer head = new Writer();
        head.fixedInt(MAGIC);
        head.fixedInt(VERSION);
        head.fixedLong(checksum);
        head.strings(body.strings);
        out.writeBytes(head.bytes.toByteArray());
        out.writeBytes(body.bytes.toByteArray());
        return out.toByteArray();
    }

    // --- writing --------------------------------------------------------------------------------

    /** Numbers as variable-length bytes, strings as numbers into a pool written ahead of them. */
    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Map<String, Integer> strings = new LinkedHashMap<>();
        final Map<Lexeme, Integer> lexemeNumbers = new IdentityHashMap<>();

        void fixedInt(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes.write(value >>> shift);
            }
        }

        void fixedLong(long value) {
            fixedInt((int) (value >>> 32));
            fixedInt((int) value);
        }

        void number(int value) {
            int rest = value;
            while ((rest & ~0x7f) != 0) {
                bytes.write((rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            bytes.write(rest);
        }

        void string(String s) {
            number(strings.computeIfAbsent(s, k -> strings.size()));
        }

        /** A string that may be absent, as 0 or its number plus one. */
        void optional(Optional<String> s) {
            number(s.isEmpty() ? 0 : strings.computeIfAbsent(s.get(), k -> strings.size()) + 1);
        }

        void list(List<String> list) {
            number(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void map(Map<String, String> map) {
            number(map.size());
            for (Map.Entry<String, String> e : map.entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
        }

        /**
         * The pool: each string's length in characters with a bit telling whether it is all
         * Latin-1, then the Latin-1 strings as one ISO-8859-1 text and the others as one UTF-8
         * text. Almost all are Latin-1, and a Latin-1 text is read back by copying its bytes.
         */
        void strings(Map<String, Integer> pool) {
            number(pool.size());
            StringBuilder narrow = new StringBuilder();
            StringBuilder wide = new StringBuilder();
            for (String s : pool.keySet()) {
                boolean latin1 = s.chars().allMatch(c -> c <= 0xff);
                number(s.length() << 1 | (latin1 ? 0 : 1));
                (latin1 ? narrow : wide).append(s);
            }
            byte[] narrowBytes = narrow.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] wideBytes = wide.toString().getBytes(StandardCharsets.UTF_8);
            number(narrowBytes.length);
            bytes.writeBytes(narrowBytes);
            number(wideBytes.length);
            bytes.writeBytes(wideBytes);
        }

        void lexicon(Lexicon lexicon) {
            List<String> classes = lexicon.grammarClasses.names();
            list(classes);
            // a lexeme's classes are written as indexes into that list: class numbers are the writing JVM's
            Map<Integer, Integer> indexOfNumber = new java.util.HashMap<>();
            for (int k = 0; k < classes.size(); k++) {
                indexOfNumber.put(GrammarClass.named(classes.get(k)).number, k);
            }
            List<Lexeme> lexemes = lexicon.lexemes.all();
            number(lexemes.size());
            for (Lexeme lexeme : lexemes) {
                lexemeNumbers.put(lexeme, lexemeNumbers.size());
                string(lexeme.folded);
                int[] numbers = lexeme.classNumbers().toArray();
                number(numbers.length);
                for (int number : numbers) {
                    number(indexOfNumber.get(number));
                }
            }
            number(lexicon.grammarValues.size());
            for (Map.Entry<String, Map<String, String>> e : lexicon.grammarValues.entrySet()) {
                string(e.getKey());
                map(e.getValue());
            }
            list(new ArrayList<>(lexicon.firstNames));
            states(lexicon.states);
            organisations(lexicon.organisations);
            persons(lexicon.persons);
            map(lexicon.stateAdjectives);
            map(lexicon.statePlaces);
            map(lexicon.organisationAdjectives);
            for (PhraseIndex<?> index : lexicon.indexes()) {
                phrases(index, lexemes, lexicon.lexemes);
            }
        }

        void states(Map<String, Entries.State> states) {
            number(states.size());
            for (Entries.State s : states.values()) {
                string(s.code());
                string(s.name());
                optional(s.official());
                list(s.variants());
                list(s.adjectives());
                list(s.demonyms());
                list(s.capitals());
                list(s.metonyms());
                list(s.places());
            }
        }

        void organisations(Map<String, Entries.Organisation> organisations) {
            number(organisations.size());
            for (Entries.Organisation o : organisations.values()) {
                string(o.id());
                string(o.name());
                optional(o.acronym());
                list(o.aliases());
                number(o.kind().ordinal());
                number(o.type().ordinal());
                optional(o.parent());
                optional(o.country());
            }
        }

        void persons(Map<String, Entries.Person> persons) {
            number(persons.size());
            for (Entries.Person p : persons.values()) {
                string(p.name());
                list(p.aliases());
                optional(p.country());
                optional(p.role());
                optional(p.affiliation());
            }
        }

        /**
         * The phrases of an index by first word, each list in its order (longest first, then as
         * added): adding them back in this order rebuilds the same lists and pairs.
         */
        void phrases(PhraseIndex<?> index, List<Lexeme> lexemes, LexemeTable table) {
            Map<Object, Integer> values = new IdentityHashMap<>();
            List<Object> valueList = new ArrayList<>();
            int firstWords = 0;
            for (Lexeme lexeme : lexemes) {
                List<? extends PhraseIndex.Phrase<?>> starts = index.startsOf(lexeme);
                if (starts != null) {
                    firstWords++;
                    for (PhraseIndex.Phrase<?> p : starts) {
                        if (!values.containsKey(p.value())) {
                            values.put(p.value(), valueList.size());
                            valueList.add(p.value());
                        }
                    }
                }
            }
            number(valueList.size());
            for (Object value : valueList) {
                value(value);
            }
            number(firstWords);
            for (Lexeme lexeme : lexemes) {
                List<? extends PhraseIndex.Phrase<?>> starts = index.startsOf(lexeme);
                if (starts == null) {
                    continue;
                }
                number(lexemeNumbers.get(lexeme));
                number(starts.size());
                for (PhraseIndex.Phrase<?> p : starts) {
                    number(p.words().length);
                    for (int k = 1; k < p.words().length; k++) {
                        number(lexemeNumbers.get(table.get(p.words()[k])));
                    }
                    for (int shape : p.shapes()) {
                        number(shape);
                    }
                    number(values.get(p.value()));
                }
            }
        }

        /** A phrase's value: its kind of value first, so the reader needs no knowledge of the slots. */
        void value(Object value) {
            if (value instanceof Named named) {
                number(0);
                number(named.kind().ordinal());
                string(named.key());
            } else if (value instanceof Entries.Title title) {
                number(1);
                string(title.title());
                string(title.role());
                string(title.kind());
            } else if (value instanceof Lexicon.VerbForm verb) {
                number(2);
                string(verb.lemma());
                int acts = 0;
                for (Entries.Act act : verb.acts()) {
                    acts |= 1 << act.ordinal();
                }
                number(acts);
                number(verb.takesA() ? 1 : 0);
            } else if (value instanceof Entries.Noun noun) {
                number(3);
                string(noun.noun());
                number(noun.act().ordinal());
                string(noun.gender());
            } else if (value instanceof Entries.Group group) {
                number(4);
                string(group.noun());
                string(group.kind());
            } else if (value instanceof String text) {
                number(5);
                string(text);
            } else {
                throw new IllegalStateException("no snapshot form for a phrase value of " + value.getClass());
            }
        }
    }

    // --- reading --------------------------------------------------------------------------------

    /** Reads what {@link Writer} wrote, in the same order. */
    private static final class Reader {
        private static final OrganisationKind[] KINDS = OrganisationKind.values();
        private static final ActorType[] TYPES = ActorType.values();
        private static final Named.Kind[] NAMED = Named.Kind.values();
        private static final Entries.Act[] ACTS = Entries.Act.values();
        private final byte[] bytes;
        private int at;
        private String[] strings;
        private Lexeme[] lexemes;
        private final Map<Integer, Set<Entries.Act>> actSets = new java.util.HashMap<>();

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int fixedInt() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value = value << 8 | bytes[at++] & 0xff;
            }
            return value;
        }

        long fixedLong() {
            long high = fixedInt() & 0xffffffffL;
            return high << 32 | fixedInt() & 0xffffffffL;
        }

        int number() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String string() {
            return strings[number()];
        }

        Optional<String> optional() {
            int n = number();
            return n == 0 ? Optional.empty() : Optional.of(strings[n - 1]);
        }

        List<String> list() {
            int size = number();
            String[] out = new String[size];
            for (int i = 0; i < size; i++) {
                out[i] = string();
            }
            return List.of(out);
        }

        void map(Map<String, String> into) {
            for (int i = number(); i > 0; i--) {
                into.put(string(), string());
            }
        }

        Lexicon lexicon() {
            readStrings();
            Lexicon lexicon = new Lexicon();
            List<String> classNames = list();
            int[] classNumbers = new int[classNames.size()];
            for (int k = 0; k < classNumbers.length; k++) {
                classNumbers[k] = lexicon.grammarClasses.add(classNames.get(k));
            }
            lexemes = new Lexeme[number()];
            for (int i = 0; i < lexemes.length; i++) {
                Lexeme lexeme = lexicon.lexemes.add(string());
                lexemes[i] = lexeme;
                int classes = number();
                for (int k = 0; k < classes; k++) {
                    lexeme.addClass(classNumbers[number()]);
                }
                if (classes > 0) {
                    lexicon.grammarWords.put(lexeme.folded, lexeme);
                }
            }
            for (int i = number(); i > 0; i--) {
                Map<String, String> values = new java.util.HashMap<>();
                lexicon.grammarValues.put(string(), values);
                map(values);
            }
            for (String firstName : list()) {
                lexicon.addFirstName(firstName);
            }
            states(lexicon.states);
            organisations(lexicon.organisations);
            persons(lexicon.persons);
            map(lexicon.stateAdjectives);
            map(lexicon.statePlaces);
            map(lexicon.organisationAdjectives);
            for (PhraseIndex<?> index : lexicon.indexes()) {
                phrases(index);
            }
            return lexicon;
        }

        private void readStrings() {
            int[] lengths = new int[number()];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = number();
            }
            int size = number();
            String narrow = new String(bytes, at, size, StandardCharsets.ISO_8859_1);
            at += size;
            size = number();
            String wide = new String(bytes, at, size, StandardCharsets.UTF_8);
            at += size;
            strings = new String[lengths.length];
            for (int i = 0, inNarrow = 0, inWide = 0; i < lengths.length; i++) {
                int length = lengths[i] >>> 1;
                if ((lengths[i] & 1) == 0) {
                    strings[i] = narrow.substring(inNarrow, inNarrow + length);
                    inNarrow += length;
                } else {
                    strings[i] = wide.substring(inWide, inWide + length);
                    inWide += length;
                }
            }
        }

        void states(Map<String, Entries.State> into) {
            for (int i = number(); i > 0; i--) {
                Entries.State s = new Entries.State(string(), string(), optional(), list(), list(), list(), list(), list(), list());
                into.put(s.code(), s);
            }
        }

        void organisations(Map<String, Entries.Organisation> into) {
            for (int i = number(); i > 0; i--) {
                Entries.Organisation o = new Entries.Organisation(string(), string(), optional(), list(), KINDS[number()],
                        TYPES[number()], optional(), optional());
                into.put(o.id(), o);
            }
        }

        void persons(Map<String, Entries.Person> into) {
            for (int i = number(); i > 0; i--) {
                Entries.Person p = new Entries.Person(string(), list(), optional(), optional(), optional());
                into.put(p.name(), p);
            }
        }

        <T> void phrases(PhraseIndex<T> index) {
            Object[] values = new Object[number()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value();
            }
            for (int i = number(); i > 0; i--) {
                Lexeme first = lexemes[number()];
                for (int j = number(); j > 0; j--) {
                    int length = number();
                    String[] words = new String[length];
                    Lexeme second = null;
                    words[0] = first.folded;
                    for (int k = 1; k < length; k++) {
                        Lexeme word = lexemes[number()];
                        words[k] = word.folded;
                        if (k == 1) {
                            second = word;
                        }
                    }
                    int[] shapes = new int[length];
                    for (int k = 0; k < length; k++) {
                        shapes[k] = number();
                    }
                    @SuppressWarnings("unchecked")
                    T value = (T) values[number()];
                    index.insert(first, second, words, shapes, value);
                }
            }
        }

        /** The classes of acts of a bit set, one immutable set per combination (a verb form copies none). */
        private Set<Entries.Act> acts(int bits) {
            Set<Entries.Act> known = actSets.get(bits);
            if (known == null) {
                Set<Entries.Act> acts = EnumSet.noneOf(Entries.Act.class);
                for (Entries.Act act : ACTS) {
                    if ((bits & 1 << act.ordinal()) != 0) {
                        acts.add(act);
                    }
                }
                known = Set.copyOf(acts);
                actSets.put(bits, known);
            }
            return known;
        }

        Object value() {
            switch (number()) {
                case 0 -> {
                    return new Named(NAMED[number()], string());
                }
                case 1 -> {
                    return new Entries.Title(string(), string(), string());
                }
                case 2 -> {
                    return new Lexicon.VerbForm(string(), acts(number()), number() == 1);
                }
                case 3 -> {
                    return new Entries.Noun(string(), ACTS[number()], string());
                }
                case 4 -> {
                    return new Entries.Group(string(), string());
                }
                case 5 -> {
                    return string();
                }
                default -> throw new IllegalStateException("unknown phrase value in the lexicon snapshot");
            }
        }
    }
}
