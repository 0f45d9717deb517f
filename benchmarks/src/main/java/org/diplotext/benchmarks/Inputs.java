package org.diplotext.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The texts the benchmarks parse, read at set-up from paths given on the command line so that no
 * corpus file ends up in the benchmark jar.
 */
final class Inputs {
    /** Names of the inputs a benchmark can be asked for, and their target sizes in UTF-8 bytes. */
    static final String SEED = "seed";
    static final String CORPUS = "corpus";

    private Inputs() {
    }

    /**
     * The dispatches of one input: the seed, every corpus file, or one synthetic dispatch of
     * {@code 1KB}, {@code 5KB}, {@code 100KB} or {@code 1MB}.
     */
    static List<String> load(String input, Path seed, Path corpus) {
        switch (input) {
            case SEED:
                return List.of(read(seed));
            case CORPUS:
                return corpusFiles(corpus).stream().map(Inputs::read).toList();
            default:
                return List.of(synthetic(bytes(input), seed, corpus));
        }
    }

    /** The size named by {@code 1KB}, {@code 100KB} or {@code 1MB}, in bytes. */
    static int bytes(String size) {
        String s = size.toUpperCase(Locale.ROOT);
        if (s.endsWith("MB")) {
            return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024 * 1024;
        }
        if (s.endsWith("KB")) {
            return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024;
        }
        throw new IllegalArgumentException("unknown input '" + size + "': use seed, corpus, or a size like 5KB or 1MB");
    }

    /**
     * One dispatch of about {@code target} UTF-8 bytes (never more, at least one paragraph): the
     * first corpus article's headline, then the paragraphs of the corpus one after another,
     * starting again from the first when they run out. Without a corpus, the seed's paragraphs.
     * A paragraph repeated word for word is read once (the extraction skips repeats), so each
     * round after the first ends its paragraphs with the round's number in brackets: every byte
     * of a large dispatch is then read, as in a real one.
     */
    static String synthetic(int target, Path seed, Path corpus) {
        List<String> headlines = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<Path> sources = Files.isDirectory(corpus) ? corpusFiles(corpus) : List.of(seed);
        for (Path file : sources) {
            List<String> lines = read(file).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            headlines.add(lines.get(0));
            paragraphs.addAll(lines.subList(1, lines.size()));
        }
        if (headlines.isEmpty() || paragraphs.isEmpty()) {
            throw new IllegalStateException("no paragraphs to build a synthetic dispatch from " + sources);
        }
        StringBuilder text = new StringBuilder(target + 1024).append(headlines.get(0)).append("\n\n");
        int size = utf8Length(text);
        for (int i = 0;; i++) {
            int round = i / paragraphs.size();
            String next = paragraphs.get(i % paragraphs.size()) + (round == 0 ? "" : " (" + round + ")") + "\n\n";
            int more = utf8Length(next);
            if (size + more > target && i > 0) {
                break;
            }
            text.append(next);
            size += more;
        }
        return text.toString();
    }

    /**
     * The text of a synthetic dispatch cut into dispatches of at most {@code target} UTF-8 bytes,
     * each under the dispatch's headline, every paragraph in exactly one of them (a paragraph longer
     * than that makes a dispatch of its own).
     */
    static List<String> slices(String dispatch, int target) {
        List<String> blocks = List.of(dispatch.split("\n\n"));
        String head = blocks.get(0) + "\n\n";
        List<String> out = new ArrayList<>();
        StringBuilder slice = new StringBuilder(head);
        int size = utf8Length(head);
        for (String paragraph : blocks.subList(1, blocks.size())) {
            if (paragraph.isBlank()) {
                continue;
            }
            String next = paragraph + "\n\n";
            int more = utf8Length(next);
            if (size + more > target && slice.length() > head.length()) {
                out.add(slice.toString());
                slice = new StringBuilder(head);
                size = utf8Length(head);
            }
            slice.append(next);
            size += more;
        }
        if (slice.length() > head.length()) {
            out.add(slice.toString());
        }
        return out;
    }

    /**
     * What a parser is warmed up on before an input is measured: the corpus (when there is one),
     * whose varied dispatches take the rule code through most of its branches, then the input.
     */
    static List<String> warmUpTexts(List<String> input, Path corpus) {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            corpusFiles(corpus).stream().map(Inputs::read).forEach(texts::add);
        }
        texts.addAll(input);
        return texts;
    }

    static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    static List<Path> corpusFiles(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus.toAbsolutePath()
                    + ": pass its folder with -p corpus=PATH (../shared/corpus/wikinews-fr from the project root)");
        }
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (all.isEmpty()) {
                throw new IllegalStateException("no .txt file in " + corpus.toAbsolutePath());
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath()
                    + " (pass the path with -p seed=PATH or -p corpus=PATH)", e);
        }
    }
}
