package org.diplotext.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplotext.text.Folding;

/**
 * The French data the formats read dispatches with (months, agencies, credit and noise lines),
 * loaded once from {@code format-fr.json} beside this class. Immutable and thread-safe.
 */
final class FormatLexicon {

    /** Lines longer than this are never credits, bylines, stamps or noise: saves folding long paragraphs. */
    static final int SHORT_LINE = 160;

    /** Lines longer than this are never page furniture. */
    private static final int NOISE_LINE = 400;

    /** An agency known by name, the codes it signs with and its local time zone. */
    record Agency(String name, List<String> codes, List<String> signatureCodes, Optional<ZoneId> zone) {
        Agency {
            codes = List.copyOf(codes);
            signatureCodes = List.copyOf(signatureCodes);
        }
    }

    private static final class Holder {
        static final FormatLexicon INSTANCE = load();
    }

    final Map<String, Integer> months;
    final Set<String> ordinalDays;
    final List<Agency> agencies;
    private final Map<String, Agency> agencyByCode;
    private final Map<String, Agency> agencyBySignature;
    private final Map<String, String> creditLines;
    final List<String> photoCreditPrefixes;
    final List<String> bylinePrefixes;
    final List<String> bylineAgencySeparators;
    final List<String> stampPrefixes;
    /** Words opening the update stamp that follows the publication's on one line ({@code | Mis à jour le …}). */
    final List<String> stampUpdates;
    /** Words opening a stamp that names no calendar day ({@code aujourd'hui}, {@code il y a}). */
    final List<String> stampRelative;
    /** Units of a relative stamp's count ({@code il y a 2 heures}). */
    final Set<String> stampRelativeUnits;
    /** Offsets of the time-zone abbreviations written after a stamp's time ({@code HAE}, {@code UTC}), by folded abbreviation. */
    final Map<String, java.time.ZoneOffset> stampZones;
    final List<String> timeSeparators;
    private final Set<String> noiseLines;
    private final List<String> noisePrefixes;
    final List<String> closingMarkers;
    final Set<String> headlineOpeners;
    final Set<String> grammarWords;
    final Set<String> coordinators;
    /** Folded given names of {@code lexicon/fr/firstnames.txt}: the kicker rule tells a first name from a kicker. */
    final Set<String> givenNames;
    final Set<String> weekdays;
    /** Conjugated verb forms, folded, from the extraction lexicon; empty if it is missing. */
    final Set<String> verbForms;
    /** Folded one-word names, variants and capitals of the extraction lexicon's states ({@code moscou}, {@code suisse}). */
    final Set<String> stateWords;
    /** Folded names of several words of the extraction lexicon's states and organisations ({@code new delhi}, {@code air france}). */
    final Set<String> compoundNames;

    private FormatLexicon(Map<String, Object> root) {
        Map<String, Integer> m = new HashMap<>();
        object(root.get("months")).forEach((month, number) -> m.put(month, ((Number) number).intValue()));
        months = Map.copyOf(m);
        ordinalDays = Set.copyOf(folded(root, "ordinalDay"));
        List<Agency> list = new ArrayList<>();
        Map<String, Agency> byCode = new HashMap<>();
        Map<String, Agency> bySignature = new HashMap<>();
        for (Object element : (List<?>) root.get("agencies")) {
            Map<String, Object> a = object(element);
            Object zone = a.get("zone");
            Agency agency = new Agency((String) a.get("name"), texts(a.get("codes")), texts(a.get("signature")),
                    zone == null ? Optional.empty() : Optional.of(ZoneId.of((String) zone)));
            list.add(agency);
            agency.codes().forEach(c -> byCode.putIfAbsent(fold(c), agency));
            agency.signatureCodes().forEach(c -> bySignature.putIfAbsent(fold(c), agency));
        }
        agencies = List.copyOf(list);
        agencyByCode = Map.copyOf(byCode);
        agencyBySignature = Map.copyOf(bySignature);
        Map<String, String> credits = new java.util.LinkedHashMap<>();
        texts(root.get("creditLines")).forEach(c -> credits.putIfAbsent(fold(c), c));
        creditLines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(credits));
        photoCreditPrefixes = folded(root, "photoCreditPrefixes");
        bylinePrefixes = folded(root, "bylinePrefixes");
        bylineAgencySeparators = texts(root.get("bylineAgencySeparators"));
        stampPrefixes = folded(root, "stampPrefixes");
        stampUpdates = folded(root, "stampUpdates");
        stampRelative = folded(root, "stampRelative");
        stampRelativeUnits = Set.copyOf(folded(root, "stampRelativeUnits"));
        Map<String, java.time.ZoneOffset> zones = new HashMap<>();
        object(root.get("stampZones")).forEach((abbreviation, offset) -> zones.put(fold(abbreviation), java.time.ZoneOffset.of((String) offset)));
        stampZones = Map.copyOf(zones);
        timeSeparators = folded(root, "timeSeparators");
        noiseLines = Set.copyOf(folded(root, "noiseLines"));
        noisePrefixes = folded(root, "noisePrefixes");
        closingMarkers = folded(root, "closingMarkers");
        headlineOpeners = Set.copyOf(folded(root, "headlineOpeners"));
        grammarWords = Set.copyOf(folded(root, "grammarWords"));
        coordinators = Set.copyOf(folded(root, "coordinators"));
        weekdays = Set.copyOf(folded(root, "weekdays"));
        verbForms = loadVerbForms();
        givenNames = loadGivenNames();
        Set<String> states = loadNames("states.json", "name", "variants", "capitals");
        Set<String> single = new HashSet<>();
        Set<String> compound = new HashSet<>(loadNames("organisations.json", "name", "aliases"));
        compound.removeIf(n -> n.indexOf(' ') < 0);
        states.forEach(n -> (n.indexOf(' ') < 0 ? single : compound).add(n));
        stateWords = Set.copyOf(single);
        compoundNames = Set.copyOf(compound);
    }

    /**
     * The folded strings of {@code lexicon/fr/FILE} under the given keys (a string or a list of
     * strings in each entry): the kicker rule takes a state or its capital followed by a lower-case
     * word for the headline's subject, unless it ends a longer name. Empty if the file is missing.
     */
    private static Set<String> loadNames(String file, String... keys) {
        try {
            Object root = org.diplotext.lexicon.CompiledJson.read(FormatLexicon.class, "/org/diplotext/lexicon/fr/" + file);
            if (!(root instanceof List<?> entries)) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (Object element : entries) {
                Map<String, Object> entry = object(element);
                for (String key : keys) {
                    Object value = entry.get(key);
                    if (value instanceof String text) {
                        names.add(fold(text));
                    } else {
                        texts(value).forEach(v -> names.add(fold(v)));
                    }
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            return Set.of();
        }
    }

    static FormatLexicon get() {
        return Holder.INSTANCE;
    }

    private static FormatLexicon load() {
        try {
            Object root = org.diplotext.lexicon.CompiledJson.read(FormatLexicon.class, "format-fr.json");
            if (root == null) {
                throw new IllegalStateException("resource org/diplotext/format/format-fr.json is missing from the jar");
            }
            return new FormatLexicon(object(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/diplotext/format/format-fr.json", e);
        }
    }

    /** The folded names of {@code lexicon/fr/firstnames.txt} (white-space separated, {@code #} comments). */
    private static Set<String> loadGivenNames() {
        try (InputStream in = FormatLexicon.class.getResourceAsStream("/org/diplotext/lexicon/fr/firstnames.txt")) {
            if (in == null) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String name : line.trim().split("\\s+")) {
                        if (!name.isEmpty()) {
                            names.add(fold(name));
                        }
                    }
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            return Set.of();
        }
    }

    /**
     * The forms of {@code lexicon/fr/verbs.tsv} (lemma, class, comma-separated forms): the
     * kicker rule uses them to tell a verb from a noun before a capitalised name.
     */
    private static Set<String> loadVerbForms() {
        try (InputStream in = FormatLexicon.class.getResourceAsStream("/org/diplotext/lexicon/fr/verbs.tsv")) {
            if (in == null) {
                return Set.of();
            }
            String rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // folded once as a whole (folding keeps positions), then cut: no string per row or cell
            String folded = Folding.fold(rows);
            Set<String> forms = new HashSet<>();
            int lineStart = rows.indexOf('\n') + 1; // the first line names the columns
            while (lineStart > 0 && lineStart < rows.length()) {
                int lineEnd = rows.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = rows.length();
                }
                int firstTab = rows.indexOf('\t', lineStart);
                int secondTab = firstTab < 0 || firstTab > lineEnd ? -1 : rows.indexOf('\t', firstTab + 1);
                if (secondTab >= 0 && secondTab < lineEnd) {
                    int thirdTab = rows.indexOf('\t', secondTab + 1);
                    int cellEnd = thirdTab < 0 || thirdTab > lineEnd ? lineEnd : thirdTab;
                    for (int from = secondTab + 1; from < cellEnd; ) {
                        int comma = rows.indexOf(',', from);
                        int to = comma < 0 || comma > cellEnd ? cellEnd : comma;
                        addForm(rows, folded, from, to, forms);
                        from = to + 1;
                    }
                }
                lineStart = lineEnd + 1;
            }
            return Set.copyOf(forms);
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Adds the form at {@code rows[from, to)}, white space around it left out, folded as {@link #fold} does. */
    private static void addForm(String rows, String folded, int from, int to, Set<String> forms) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(rows.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(rows.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (rows.charAt(i) >= '\u0300') { // a combining mark may follow: fold drops those
                forms.add(fold(rows.substring(start, end)));
                return;
            }
        }
        forms.add(folded.substring(start, end));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value; // the resource is ours: a wrong shape is a build error, caught by the tests
    }

    private static List<String> texts(Object array) {
        List<String> out = new ArrayList<>();
        if (array instanceof List<?> list) {
            list.forEach(n -> out.add(String.valueOf(n)));
        }
        return List.copyOf(out);
    }

    private static List<String> folded(Map<String, Object> root, String field) {
        return texts(root.get(field)).stream().map(FormatLexicon::fold).toList();
    }

    /**
     * Lower case without accents, with one kind of apostrophe, space and hyphen: the form lexicon
     * entries are compared in. {@link Folding} does it character by character from a table;
     * combining marks written apart from their letter are dropped.
     */
    static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = Folding.fold(s);
        for (int i = 0; i < folded.length(); i++) {
            if (Character.getType(folded.charAt(i)) == Character.NON_SPACING_MARK) {
                StringBuilder b = new StringBuilder(folded.length());
                for (int k = 0; k < folded.length(); k++) {
                    if (Character.getType(folded.charAt(k)) != Character.NON_SPACING_MARK) {
                        b.append(folded.charAt(k));
                    }
                }
                return b.toString();
            }
        }
        return folded;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`' || c == '\t') {
                return false;
            }
        }
        return true;
    }

    /** The agency whose code is exactly {@code text} ({@code AFP}, {@code Agence France-Presse}). */
    Optional<Agency> agencyByCode(String text) {
        return text.length() > SHORT_LINE ? Optional.empty() : Optional.ofNullable(agencyByCode.get(fold(text.strip())));
    }

    /** {@link #agencyByCode(String)} of a line, whose text is already stripped. */
    Optional<Agency> agencyByCode(Line line) {
        return line.text().length() > SHORT_LINE ? Optional.empty() : Optional.ofNullable(agencyByCode.get(line.folded()));
    }

    /** The agency that signs with {@code code} ({@code ats} in {@code ats/pym}). */
    Optional<Agency> agencyBySignature(String code) {
        return Optional.ofNullable(agencyBySignature.get(fold(code)));
    }

    /** The canonical form of a credit-only line ({@code Keystone-SDA}), if {@code line} is one. */
    Optional<String> creditLine(String line) {
        return line.length() > SHORT_LINE ? Optional.empty() : Optional.ofNullable(creditLines.get(fold(line)));
    }

    Optional<String> creditLine(Line line) {
        return line.text().length() > SHORT_LINE ? Optional.empty() : Optional.ofNullable(creditLines.get(line.folded()));
    }

    boolean isPhotoCredit(String line) {
        return line.length() <= SHORT_LINE && isPhotoCreditFolded(fold(line));
    }

    boolean isPhotoCredit(Line line) {
        return line.text().length() <= SHORT_LINE && isPhotoCreditFolded(line.folded());
    }

    private boolean isPhotoCreditFolded(String f) {
        for (String prefix : photoCreditPrefixes) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line is scraped page furniture ({@code Partager}, {@code Lire aussi…}, a cookie banner). */
    boolean isNoise(String line) {
        return line.length() <= NOISE_LINE && isNoiseFolded(fold(line));
    }

    boolean isNoise(Line line) {
        return line.text().length() <= NOISE_LINE && isNoiseFolded(line.folded());
    }

    private boolean isNoiseFolded(String f) {
        for (String prefix : noisePrefixes) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        return noiseLines.contains(stripEdgePunctuation(f));
    }

    private static String stripEdgePunctuation(String f) {
        int s = 0;
        int e = f.length();
        while (s < e && !Character.isLetterOrDigit(f.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(f.charAt(e - 1))) {
            e--;
        }
        return f.substring(s, e);
    }

    /** The agencies named in a short line ({@code AFP} in {@code (Photo, AFP/Archives)}), in lexicon order. */
    List<Agency> agenciesNamedIn(String line) {
        List<Agency> out = new ArrayList<>();
        if (line.length() > SHORT_LINE) {
            return out;
        }
        String f = fold(line);
        for (Agency a : agencies) {
            for (String code : a.codes()) {
                if (code.length() > 2 && containsWord(f, fold(code))) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** The credit-only names ({@code Keystone}, {@code EPA}) a short line mentions, in lexicon order. */
    List<String> creditsNamedIn(String line) {
        List<String> out = new ArrayList<>();
        if (line.length() > SHORT_LINE) {
            return out;
        }
        String f = fold(line);
        for (Map.Entry<String, String> e : creditLines.entrySet()) {
            if (containsWord(f, e.getKey()) && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    static boolean containsWord(String haystack, String word) {
        int from = 0;
        while (true) {
            int i = haystack.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            boolean after = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (before && after) {
                return true;
            }
            from = i + 1;
        }
    }

    /** The month number of a French month name or abbreviation, if {@code word} is one. */
    Optional<Integer> month(String word) {
        String f = fold(word);
        if (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1);
        }
        return Optional.ofNullable(months.get(f));
    }
}
