package org.diplotext.examples.communique;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The French words of {@code communique-fr.tsv}, loaded once. */
final class Words {
    static final Words FR = load("communique-fr.tsv");

    private final Map<String, List<String[]>> byKind;

    private Words(Map<String, List<String[]>> byKind) {
        this.byKind = byKind;
    }

    private static Words load(String resource) {
        Map<String, List<String[]>> kinds = new LinkedHashMap<>();
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String[] values = new String[cells.length - 1];
                System.arraycopy(cells, 1, values, 0, values.length);
                kinds.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Words(kinds);
    }

    /** The first column of every entry of a kind, in file order. */
    List<String> values(String kind) {
        return byKind.getOrDefault(kind, List.of()).stream().map(v -> v[0]).toList();
    }

    /** First column to second column, for entries of a kind. */
    Map<String, String> pairs(String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        byKind.getOrDefault(kind, List.of()).forEach(v -> out.put(v[0], v.length > 1 ? v[1] : v[0]));
        return out;
    }

    /**
     * A regular-expression alternative of the values of a kind, longest first, matching both
     * apostrophes and any run of spaces.
     */
    String alternatives(String kind) {
        return values(kind).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Words::loose)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    static String loose(String words) {
        StringBuilder out = new StringBuilder();
        for (String part : words.split("(?<=['’ ])|(?=['’ ])")) {
            if (part.equals("'") || part.equals("’")) {
                out.append("['’]");
            } else if (part.equals(" ")) {
                out.append("\\s+");
            } else {
                out.append(Pattern.quote(part));
            }
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
