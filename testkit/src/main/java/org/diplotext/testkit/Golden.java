package org.diplotext.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Dispatch;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file assertions: compares a parsed {@link Dispatch} with an expected JSON file and, on a
 * mismatch, fails with a readable line diff.
 *
 * <pre>{@code
 * @Test
 * void readsTheCommunique() {
 *     Dispatch d = parser.parse(Fixtures.text(getClass(), "dfae-russie.txt"));
 *     Golden.parts(Golden.Part.ARTICLE, Golden.Part.SEGMENTS)
 *           .assertMatches(d, Path.of("src/test/resources/org/example/dfae-russie.expected.json"));
 * }
 * }</pre>
 *
 * <p>The expected file holds the JSON document of {@link DispatchJson}, reduced to the chosen
 * {@link Part}s, and for several dispatches a JSON array of such documents. Options make the
 * comparison robust to what a test does not care about: {@link #ignoringIds()} names actors
 * instead of citing ids, {@link #ignoringOffsets()} drops span offsets but keeps span texts.
 *
 * <p><b>Update mode.</b> With the system property {@value #UPDATE_PROPERTY} set to {@code true}
 * ({@code mvn test -Ddiplotext.golden.update=true}) or {@link #updating(boolean)}, an assertion
 * writes the expected file instead of comparing, and passes. Give the path of the file in the
 * sources ({@code src/test/resources/...}), not its copy under {@code target}; review the change
 * with {@code git diff} before committing it.
 *
 * <p>Instances are immutable and thread-safe; each option returns a new instance.
 */
public final class Golden {
    /** The system property that turns on update mode: {@value}. */
    public static final String UPDATE_PROPERTY = "diplotext.golden.update";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DIFF_LINES = 200;

    /** The parts of the JSON document a comparison can be limited to. */
    public enum Part {
        /** {@code article}: format, agency, headline, published date, lead, sections… */
        ARTICLE("article"),
        /** {@code actors}. */
        ACTORS("actors"),
        /** {@code communications}. */
        COMMUNICATIONS("communications"),
        /** {@code demands}. */
        DEMANDS("demands"),
        /** {@code segments}: the kinds and spans of the anatomy. */
        SEGMENTS("segments"),
        /** {@code issues}. */
        ISSUES("issues");

        private final String field;

        Part(String field) {
            this.field = field;
        }

        /**
         * The field of the JSON document.
         *
         * @return the field name
         */
        public String field() {
            return field;
        }
    }

    private final Set<Part> parts;
    private final boolean ignoreIds;
    private final boolean ignoreOffsets;
    private final Boolean update;

    private Golden(Set<Part> parts, boolean ignoreIds, boolean ignoreOffsets, Boolean update) {
        this.parts = Set.copyOf(parts);
        this.ignoreIds = ignoreIds;
        this.ignoreOffsets = ignoreOffsets;
        this.update = update;
    }

    /**
     * A comparison of every part, ids and offsets included.
     *
     * @return the comparison
     */
    public static Golden all() {
        return new Golden(EnumSet.allOf(Part.class), false, false, null);
    }

    /**
     * A comparison of the given parts only.
     *
     * @param first one part
     * @param more  more parts
     * @return the comparison
     */
    public static Golden parts(Part first, Part... more) {
        return new Golden(EnumSet.of(first, more), false, false, null);
    }

    /**
     * The same comparison, ignoring the ids of actors, communications and demands: references to
     * actors are replaced by the actors' names, so numbering changes do not matter.
     *
     * @return a new comparison
     */
    public Golden ignoringIds() {
        return new Golden(parts, true, ignoreOffsets, update);
    }

    /**
     * The same comparison, ignoring the offsets of spans and issues (their texts still count).
     *
     * @return a new comparison
     */
    public Golden ignoringOffsets() {
        return new Golden(parts, ignoreIds, true, update);
    }

    /**
     * The same comparison, writing the expected file instead of comparing when {@code value} is
     * true; by default, update mode follows the system property {@value #UPDATE_PROPERTY}.
     *
     * @param value whether to write the expected file
     * @return a new comparison
     */
    public Golden updating(boolean value) {
        return new Golden(parts, ignoreIds, ignoreOffsets, value);
    }

    /**
     * Compares a dispatch with the expected file.
     *
     * @param actual   the parsed dispatch
     * @param expected the expected JSON file
     * @throws AssertionFailedError if they differ or the file is missing (not in update mode)
     */
    public void assertMatches(Dispatch actual, Path expected) {
        Objects.requireNonNull(actual, "actual must not be null");
        check(project(tree(actual)), expected);
    }

    /**
     * Compares several dispatches (as from {@code parseAll}) with an expected file holding a JSON
     * array of documents.
     *
     * @param actual   the parsed dispatches, in order
     * @param expected the expected JSON file
     * @throws AssertionFailedError if they differ or the file is missing (not in update mode)
     */
    public void assertMatches(List<Dispatch> actual, Path expected) {
        Objects.requireNonNull(actual, "actual must not be null");
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        actual.forEach(d -> array.add(project(tree(d))));
        check(array, expected);
    }

    /**
     * The text this comparison would write to an expected file for {@code dispatch}.
     *
     * @param dispatch a dispatch
     * @return indented JSON ending with a newline
     */
    public String render(Dispatch dispatch) {
        return print(project(tree(Objects.requireNonNull(dispatch, "dispatch must not be null"))));
    }

    private boolean updateMode() {
        return update != null ? update : Boolean.getBoolean(UPDATE_PROPERTY);
    }

    private void check(JsonNode actual, Path expected) {
        Objects.requireNonNull(expected, "expected must not be null");
        String actualText = print(actual);
        if (updateMode()) {
            write(expected, actualText);
            return;
        }
        if (!Files.isRegularFile(expected)) {
            throw new AssertionFailedError("expected file " + expected + " does not exist; run the test with -D"
                    + UPDATE_PROPERTY + "=true to write it from this result:\n" + actualText);
        }
        JsonNode expectedTree;
        try {
            String raw = Files.readString(expected, StandardCharsets.UTF_8);
            expectedTree = MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new AssertionFailedError("cannot read expected file " + expected + ": " + e.getMessage(), e);
        }
        JsonNode projected = expectedTree.isArray() ? projectEach((ArrayNode) expectedTree) : project(expectedTree);
        String expectedText = print(orderedLike(projected, actual));
        if (!expectedText.equals(actualText)) {
            String diff = LineDiff.unified(expectedText, actualText, MAX_DIFF_LINES);
            throw new AssertionFailedError("result differs from " + expected + " (" + describe() + "; - expected, + actual;"
                    + " run with -D" + UPDATE_PROPERTY + "=true to accept it):\n" + diff, expectedText, actualText);
        }
    }

    private String describe() {
        String which = parts.size() == Part.values().length ? "all parts"
                : "parts " + parts.stream().sorted().map(Part::field).collect(Collectors.joining(", "));
        return which + (ignoreIds ? ", ignoring ids" : "") + (ignoreOffsets ? ", ignoring offsets" : "");
    }

    private static void write(Path expected, String text) {
        try {
            if (Files.isRegularFile(expected) && Files.readString(expected, StandardCharsets.UTF_8).equals(text)) {
                return;
            }
            Path parent = expected.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write expected file " + expected, e);
        }
    }

    private static JsonNode tree(Dispatch d) {
        try {
            return MAPPER.readTree(DispatchJson.toJson(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("DispatchJson wrote invalid JSON", e);
        }
    }

    private ArrayNode projectEach(ArrayNode array) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        array.forEach(n -> out.add(project(n)));
        return out;
    }

    /** The chosen parts of a document, with ids replaced by names and offsets dropped if asked. */
    private JsonNode project(JsonNode document) {
        if (!document.isObject()) {
            return document;
        }
        ObjectNode doc = ((ObjectNode) document).deepCopy();
        if (ignoreIds) {
            replaceIds(doc);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
        Set<String> wanted = parts.stream().map(Part::field).collect(Collectors.toSet());
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (wanted.contains(f.getKey())) {
                out.set(f.getKey(), ignoreOffsets ? withoutOffsets(f.getValue()) : f.getValue());
            }
        }
        return out;
    }

    private static void replaceIds(ObjectNode doc) {
        Map<String, String> names = new HashMap<>();
        JsonNode actors = doc.path("actors");
        actors.forEach(a -> {
            if (a.hasNonNull("id") && a.hasNonNull("name")) {
                names.put(a.get("id").asText(), a.get("name").asText());
            }
        });
        actors.forEach(a -> {
            if (a instanceof ObjectNode o) {
                o.remove("id");
                rename(o, "affiliation", names);
            }
        });
        doc.path("communications").forEach(c -> {
            if (c instanceof ObjectNode o) {
                o.remove("id");
                rename(o, "sender", names);
                rename(o, "recipients", names);
                rename(o, "intermediaries", names);
            }
        });
        doc.path("demands").forEach(d -> {
            if (d instanceof ObjectNode o) {
                o.remove("id");
                rename(o, "source", names);
                rename(o, "target", names);
            }
        });
    }

    private static void rename(ObjectNode o, String field, Map<String, String> names) {
        JsonNode v = o.get(field);
        if (v == null) {
            return;
        }
        if (v.isTextual()) {
            o.put(field, names.getOrDefault(v.asText(), v.asText()));
        } else if (v.isArray()) {
            ArrayNode renamed = JsonNodeFactory.instance.arrayNode();
            v.forEach(e -> renamed.add(e.isTextual() ? names.getOrDefault(e.asText(), e.asText()) : e.asText()));
            o.set(field, renamed);
        }
    }

    private static JsonNode withoutOffsets(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            boolean positioned = n.path("start").isNumber() && n.path("end").isNumber();
            n.fields().forEachRemaining(f -> {
                if (!(positioned && ("start".equals(f.getKey()) || "end".equals(f.getKey())))) {
                    out.set(f.getKey(), withoutOffsets(f.getValue()));
                }
            });
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            n.forEach(e -> out.add(withoutOffsets(e)));
            return out;
        }
        return n;
    }

    /** {@code expected} with its object keys in the order of {@code template} where both have them. */
    private static JsonNode orderedLike(JsonNode expected, JsonNode template) {
        if (expected.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            if (template != null && template.isObject()) {
                template.fieldNames().forEachRemaining(k -> {
                    if (expected.has(k)) {
                        out.set(k, orderedLike(expected.get(k), template.get(k)));
                    }
                });
            }
            expected.fields().forEachRemaining(f -> {
                if (!out.has(f.getKey())) {
                    out.set(f.getKey(), f.getValue());
                }
            });
            return out;
        }
        if (expected.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            List<JsonNode> templates = new ArrayList<>();
            if (template != null && template.isArray()) {
                template.forEach(templates::add);
            }
            for (int i = 0; i < expected.size(); i++) {
                JsonNode t = i < templates.size() ? templates.get(i) : templates.isEmpty() ? null : templates.get(0);
                out.add(orderedLike(expected.get(i), t));
            }
            return out;
        }
        return expected;
    }

    private static String print(JsonNode n) {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines);
        try {
            return MAPPER.writer(printer).writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
