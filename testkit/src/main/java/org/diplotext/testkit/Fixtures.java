package org.diplotext.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads test fixtures, and lists golden cases: pairs of {@code <case>.txt} and
 * {@code <case>.expected.json} in a folder. All methods are static and thread-safe.
 *
 * <pre>{@code
 * static List<Fixtures.Case> cases() {
 *     return Fixtures.cases(Path.of("src/test/resources/communiques"));
 * }
 *
 * @ParameterizedTest
 * @MethodSource("cases")
 * void matchesItsGoldenFile(Fixtures.Case c) {
 *     Golden.all().assertMatches(parser.parseAll(c.input()), c.expected());
 * }
 * }</pre>
 */
public final class Fixtures {
    /** The suffix of expected files: {@value}. */
    public static final String EXPECTED_SUFFIX = ".expected.json";

    private Fixtures() {
    }

    /**
     * One golden case.
     *
     * @param name     the file name of the input without its extension
     * @param input    the input file
     * @param expected the expected JSON file beside it (it may not exist yet)
     */
    public record Case(String name, Path input, Path expected) {
        /**
         * Checks that every part is present.
         *
         * @param name     the file name of the input without its extension
         * @param input    the input file
         * @param expected the expected JSON file
         */
        public Case {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(input, "input must not be null");
            Objects.requireNonNull(expected, "expected must not be null");
        }

        /**
         * The name, so parameterised tests show it.
         *
         * @return the name
         */
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The {@code .txt} and {@code .xml} files of a folder (not below it), in name order, each with
     * its expected file {@code <name>.expected.json}.
     *
     * @param folder a folder of inputs
     * @return the cases, possibly empty
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static List<Case> cases(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".txt") || n.endsWith(".xml");
                    })
                    .sorted()
                    .map(p -> {
                        String file = p.getFileName().toString();
                        String name = file.substring(0, file.lastIndexOf('.'));
                        return new Case(name, p, p.resolveSibling(name + EXPECTED_SUFFIX));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The UTF-8 text of a class-path resource, named relative to {@code anchor}'s package (or
     * absolute with a leading {@code /}).
     *
     * @param anchor a class beside the resource
     * @param name   the resource name
     * @return its text
     * @throws IllegalArgumentException if there is no such resource
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource '" + name + "' beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * The UTF-8 text of a file.
     *
     * @param file a file
     * @return its text
     * @throws UncheckedIOException if it cannot be read
     */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
