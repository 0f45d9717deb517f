package org.diplotext.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The texts the robustness tests start from: fixtures written for these tests (always there),
 * and the seed and corpus of {@code ../shared} when it is present beside the project.
 */
final class Texts {
    private static final List<String> FIXTURES = List.of(
            "afp-wire.txt", "belga-brief.txt", "ticker.txt", "cp-quotes.txt", "reuters-mixed.txt");

    private static final List<String> WIRE_XML = List.of("wire-nitf.xml", "wire-newsml.xml");

    private Texts() {
    }

    /** The fixtures of this package by file name, in a fixed order. */
    static Map<String, String> fixtures() {
        return resources(FIXTURES);
    }

    /** Wire XML fixtures (NITF, NewsML-G2) written for these tests. */
    static Map<String, String> wireXml() {
        return resources(WIRE_XML);
    }

    private static Map<String, String> resources(List<String> names) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : names) {
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + name);
                }
                all.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The text and wire XML fixtures, plus the seed when {@code ../shared} is present. */
    static Map<String, String> fixturesAndSeed() {
        Map<String, String> all = fixtures();
        all.putAll(wireXml());
        seed().ifPresent(seed -> all.put("seed", seed));
        return all;
    }

    /**
     * The {@code shared} folder beside the project (from the module folder Maven runs tests in,
     * or from the project root), or the one named by {@code -Ddiplotext.shared=PATH}.
     */
    static Optional<Path> shared() {
        String property = System.getProperty("diplotext.shared");
        Stream<Path> candidates = property != null
                ? Stream.of(Path.of(property))
                : Stream.of(Path.of("..", "shared"), Path.of("..", "..", "shared"));
        return candidates.filter(p -> Files.isDirectory(p.resolve("corpus")) || Files.isDirectory(p.resolve("seeds")))
                .findFirst();
    }

    /** The seed dispatch, when {@code ../shared} is present. */
    static Optional<String> seed() {
        return shared().map(s -> s.resolve("seeds/000_5ffead0ab71d9f47.txt"))
                .filter(Files::isRegularFile)
                .map(Texts::read);
    }

    /** The files of {@code ../shared/corpus/wikinews-fr} in name order; empty when it is absent. */
    static List<Path> corpus() {
        Optional<Path> dir = shared().map(s -> s.resolve("corpus/wikinews-fr")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
