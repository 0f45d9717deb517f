package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression the parsers hold (in static fields of their classes, and anywhere in
 * a built parser, lexicon-made ones included) runs in linear time on known pathological inputs:
 * long runs of one character, repeated alternations, nested repetitions such as
 * {@code 50 000 × "a " + "!"}. Each search gets a deadline through a character sequence that
 * stops it when the deadline passes, so a slow pattern is named rather than left running.
 */
class RegexSafetyTest {
    /** Far above what a linear pattern needs for 100 000 characters, far below a quadratic one. */
    private static final Duration PER_SEARCH = Duration.ofMillis(1500);
    private static final Duration OVERALL = Duration.ofSeconds(100);
    private static final int RUN = 50_000;

    @Test
    void patternsHeldByTheParsersAreFoundAndSafeOnPathologicalInput() {
        Map<String, Pattern> patterns = patterns();
        // The formats hold static patterns (Dateline, Stamp, LineKind): finding none means the
        // search itself is broken, not that the code is safe.
        assertThat(patterns).as("patterns found in the parsers' classes and a built parser").isNotEmpty();
        List<String> failures = assertTimeoutPreemptively(OVERALL, () -> {
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
                for (Map.Entry<String, String> input : inputs(entry.getValue()).entrySet()) {
                    check(entry.getKey(), entry.getValue(), input.getKey(), input.getValue()).ifPresent(all::add);
                    if (all.size() >= 30) {
                        all.add("... stopped after 30 failures");
                        return all;
                    }
                }
            }
            return all;
        });
        assertThat(failures).as("patterns slow or overflowing the stack on pathological input (of %d patterns)",
                patterns.size()).isEmpty();
    }

    @Test
    void theDeadlineStopsACatastrophicPattern() {
        // The check itself must catch what it is there to catch.
        Optional<String> failure = check("test", Pattern.compile("(a+)+b"), "50 000 × a", "a".repeat(RUN));
        assertThat(failure).hasValueSatisfying(f -> assertThat(f).contains("(a+)+b"));
        Optional<String> quadratic = check("test", Pattern.compile("[a ]+!?$"), "a! ", "a ".repeat(RUN) + "!x");
        assertThat(quadratic).isPresent();
        assertThat(check("test", Pattern.compile("\\p{L}+"), "a ", "a ".repeat(RUN))).isEmpty();
    }

    private static Optional<String> check(String where, Pattern pattern, String inputName, String input) {
        long start = System.nanoTime();
        try {
            Matcher matcher = pattern.matcher(new DeadlineSequence(input, start + PER_SEARCH.toNanos()));
            while (matcher.find()) {
                // Every match, as a caller scanning a text would ask for.
            }
            return Optional.empty();
        } catch (DeadlineSequence.Expired e) {
            return Optional.of(String.format(Locale.ROOT, "%s /%s/ took over %d ms on %s",
                    where, pattern.pattern(), PER_SEARCH.toMillis(), inputName));
        } catch (StackOverflowError e) {
            return Optional.of(String.format(Locale.ROOT, "%s /%s/ overflowed the stack on %s after %d ms",
                    where, pattern.pattern(), inputName, (System.nanoTime() - start) / 1_000_000));
        }
    }

    /** Known pathological inputs, plus long runs of each literal character of the pattern. */
    private static Map<String, String> inputs(Pattern pattern) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("50 000 × 'a ' + '!'", "a ".repeat(RUN) + "!");
        inputs.put("100 000 × 'a' + '!'", "a".repeat(2 * RUN) + "!");
        inputs.put("100 000 × 'A' + '!'", "A".repeat(2 * RUN) + "!");
        inputs.put("100 000 × 'é'", "é".repeat(2 * RUN) + "\u0000");
        inputs.put("100 000 spaces + '!'", " ".repeat(2 * RUN) + "!");
        inputs.put("50 000 newlines + '!'", "\n".repeat(RUN) + "!");
        inputs.put("50 000 × 'ab' + '!'", "ab".repeat(RUN) + "!");
        inputs.put("33 000 × 'Aa ' + '!'", "Aa ".repeat(33_000) + "!");
        inputs.put("25 000 × 'M. ' + 'x'", "M. ".repeat(25_000) + "x");
        inputs.put("20 000 × 'de la ' + '!'", "de la ".repeat(20_000) + "!");
        inputs.put("100 000 digits + '!'", "1".repeat(2 * RUN) + "!");
        inputs.put("10 000 × '12.12.2012 ' + '!'", "12.12.2012 ".repeat(10_000) + "!");
        inputs.put("50 000 × '«'", "«".repeat(RUN) + "x");
        inputs.put("50 000 × '« '", "« ".repeat(RUN) + "x");
        inputs.put("50 000 × '(' + 'x'", "(".repeat(RUN) + "x");
        inputs.put("100 000 × '.'", ".".repeat(2 * RUN) + "x");
        inputs.put("100 000 × '-'", "-".repeat(2 * RUN) + "x");
        inputs.put("30 000 × \"l'\" + '!'", "l'".repeat(30_000) + "!");
        Set<Character> literals = new LinkedHashSet<>();
        for (char c : pattern.pattern().toCharArray()) {
            if (!"\\[](){}|*+?^$.".contains(String.valueOf(c)) && literals.size() < 12) {
                literals.add(c);
            }
        }
        for (char c : literals) {
            inputs.put(String.format(Locale.ROOT, "100 000 × U+%04X", (int) c), String.valueOf(c).repeat(2 * RUN) + "\u0000");
        }
        return inputs;
    }

    /** The patterns of the parsers, by where they were found, one per source and flags. */
    static Map<String, Pattern> patterns() {
        Finder finder = new Finder();
        for (Class<?> type : parserClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && field.trySetAccessible()) {
                    try {
                        finder.visit(field.get(null), type.getSimpleName() + "." + field.getName(), 0);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        DiplotextParser parser = Diplotext.builder().build();
        parser.parse("Titre\n\nGENÈVE (ATS) - La Suisse a invité la Russie à des pourparlers.");
        finder.visit(parser, "a built parser", 0);
        return finder.found;
    }

    /** The classes compiled from parsers/src/main, initialised. */
    private static List<Class<?>> parserClasses() {
        Path location;
        try {
            location = Path.of(DiplotextParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isRegularFile(location) ? FileSystems.newFileSystem(location) : null;
                Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path root = jar == null ? location : jar.getPath("/");
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, true, DiplotextParser.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(classes).as("classes found at %s", location).isNotEmpty();
        return classes;
    }

    /** Walks object graphs for patterns, through diplotext objects and the collections they hold. */
    private static final class Finder {
        final Map<String, Pattern> found = new LinkedHashMap<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private final Map<Object, Boolean> visited = new IdentityHashMap<>();

        void visit(Object value, String where, int depth) {
            if (value == null || depth > 15 || visited.put(value, Boolean.TRUE) != null) {
                return;
            }
            if (value instanceof Pattern pattern) {
                if (seen.add(pattern.flags() + "/" + pattern.pattern())) {
                    found.put(where, pattern);
                }
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> visit(v, where, depth + 1));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(v -> visit(v, where + "[]", depth + 1));
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    visit(k, where + "{key}", depth + 1);
                    visit(v, where + "{}", depth + 1);
                });
            } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    visit(Array.get(value, i), where + "[]", depth + 1);
                }
            } else if (value instanceof Record record && !record.getClass().getPackageName().startsWith("java")) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        if (component.getAccessor().trySetAccessible()) {
                            visit(component.getAccessor().invoke(record), where + "." + component.getName(), depth + 1);
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            } else if (value.getClass().getName().startsWith("org.diplotext.")) {
                for (Class<?> type = value.getClass(); type != null && type.getName().startsWith("org.diplotext.");
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && field.trySetAccessible()) {
                            try {
                                visit(field.get(value), type.getSimpleName() + "." + field.getName(), depth + 1);
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The input, stopping whoever reads it once the deadline has passed. */
    private static final class DeadlineSequence implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        DeadlineSequence(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xfff) == 0 && System.nanoTime() > deadline) {
                throw new Expired();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Expired extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Expired() {
                super("deadline passed", null, false, false);
            }
        }
    }
}
