package org.diplotext.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.model.OrganisationKind;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.SegmentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks docs/dispatch.schema.json against what DispatchJson writes, by walking both with Jackson:
 * every field written is declared, every declared field is written, required fields are there,
 * and types, enums and patterns fit. Supports only the keywords the schema uses.
 */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        // Surefire runs in the module directory; the docs live at the project root.
        Path file = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("dispatch.schema.json");
        assertThat(file).as("the schema beside the modules").exists();
        schema = MAPPER.readTree(Files.readString(file));
    }

    @Test
    void isADraft2020Schema() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("type").asText()).isEqualTo("object");
    }

    @Test
    void declaresEveryFieldOfAFullDispatch() throws IOException {
        assertThat(problems(Samples.full())).isEmpty();
    }

    @Test
    void declaresEveryFieldOfAMinimalDispatch() throws IOException {
        assertThat(problems(Samples.minimal())).isEmpty();
    }

    @Test
    void declaresNoFieldThatIsNeverWritten() throws IOException {
        Set<String> written = new TreeSet<>();
        Set<String> declared = new TreeSet<>();
        walk(MAPPER.readTree(DispatchJson.toJson(Samples.full())), schema, "$", new ArrayList<>(), written);
        declared(schema, "$", declared);
        assertThat(written).containsAll(declared);
    }

    @Test
    void enumsListTheModelsConstants() {
        JsonNode defs = schema.get("$defs");
        assertThat(constants(defs.at("/actor/properties/type/enum"))).containsExactly(names(ActorType.values()));
        assertThat(constants(defs.at("/communication/properties/type/enum")))
                .containsExactly(names(CommunicationType.values()));
        assertThat(constants(defs.at("/organisation/properties/kind/enum")))
                .containsExactly(names(OrganisationKind.values()));
        assertThat(constants(defs.at("/segment/properties/kind/enum"))).containsExactly(names(SegmentKind.values()));
        assertThat(constants(defs.at("/issue/properties/severity/enum")))
                .containsExactly(names(ParseIssue.Severity.values()));
    }

    @Test
    void theWalkerNoticesAnUndeclaredField() throws IOException {
        JsonNode doc = MAPPER.readTree("{\"article\": {\"format\": \"x\"}, \"actors\": [], \"communications\": [],"
                + " \"demands\": [{\"id\": \"d1\", \"weight\": 2}]}");
        List<String> problems = new ArrayList<>();
        walk(doc, schema, "$", problems, new TreeSet<>());
        assertThat(problems).contains("$.demands[0].weight is not declared",
                "$.article.headline is required but missing", "$.demands[0].content is required but missing");
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static List<String> constants(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> problems(Dispatch dispatch) throws IOException {
        List<String> problems = new ArrayList<>();
        walk(MAPPER.readTree(DispatchJson.toJson(dispatch)), schema, "$", problems, new TreeSet<>());
        walk(MAPPER.readTree(DispatchJson.toJsonLine(dispatch)), schema, "$", problems, new TreeSet<>());
        return problems;
    }

    private static JsonNode resolve(JsonNode s) {
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            assertThat(ref).startsWith("#/$defs/");
            JsonNode target = schema.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("reference %s", ref).isFalse();
            s = target;
        }
        return s;
    }

    /** Checks {@code value} against {@code s}; records the path of every field met in {@code seen}. */
    private static void walk(JsonNode value, JsonNode s, String at, List<String> problems, Set<String> seen) {
        s = resolve(s);
        if (s.has("anyOf")) {
            for (JsonNode alternative : s.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                walk(value, alternative, at, attempt, seen);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(at + " fits none of the alternatives");
            return;
        }
        if (s.has("type") && !typeFits(value, s.get("type"))) {
            problems.add(at + " is " + value.getNodeType() + ", not " + s.get("type"));
            return;
        }
        if (s.has("enum") && !constants(s.get("enum")).contains(value.asText())) {
            problems.add(at + " = " + value + " is not in " + s.get("enum"));
        }
        if (value.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(value.asText()).find()) {
            problems.add(at + " = " + value + " does not match " + s.get("pattern"));
        }
        if (value.isTextual() && s.has("minLength") && value.asText().length() < s.get("minLength").asInt()) {
            problems.add(at + " is shorter than " + s.get("minLength"));
        }
        if (value.isNumber() && s.has("minimum") && value.asLong() < s.get("minimum").asLong()) {
            problems.add(at + " is below " + s.get("minimum"));
        }
        if (value.isObject()) {
            JsonNode properties = s.path("properties");
            value.fieldNames().forEachRemaining(name -> {
                String path = at + "." + name;
                seen.add(path.replaceAll("\\[\\d+]", "[]"));
                if (!properties.has(name)) {
                    problems.add(path + " is not declared");
                } else {
                    walk(value.get(name), properties.get(name), path, problems, seen);
                }
            });
            s.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(at + "." + r.asText() + " is required but missing");
                }
            });
            assertThat(s.path("additionalProperties").asBoolean(true)).as("%s closes its properties", at).isFalse();
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), s.get("items"), at + "[" + i + "]", problems, seen);
            }
        }
    }

    private static boolean typeFits(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new AssertionError("unknown type " + type);
        };
    }

    /** The paths of every property the schema declares, arrays written as []. */
    private static void declared(JsonNode s, String at, Set<String> out) {
        s = resolve(s);
        for (JsonNode alternative : s.path("anyOf")) {
            declared(alternative, at, out);
        }
        if (s.has("items")) {
            declared(s.get("items"), at + "[]", out);
        }
        JsonNode properties = s.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            out.add(at + "." + name);
            declared(properties.get(name), at + "." + name, out);
        });
    }
}
