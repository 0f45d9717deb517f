package org.diplotext.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Section;
import org.diplotext.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DispatchJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String resource(String name) {
        try (InputStream in = DispatchJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFullDispatchIsWrittenExactlyAsTheGoldenFile() {
        assertThat(DispatchJson.toJson(Samples.full()) + "\n").isEqualTo(resource("full.json"));
    }

    @Test
    void aMinimalDispatchIsWrittenExactlyAsTheGoldenFile() {
        assertThat(DispatchJson.toJson(Samples.minimal()) + "\n").isEqualTo(resource("minimal.json"));
    }

    @Test
    void fullRoundTripGivesAnEqualDispatch() {
        Dispatch full = Samples.full();
        assertThat(DispatchJson.fromJson(DispatchJson.toJson(full))).isEqualTo(full);
        assertThat(DispatchJson.fromJson(DispatchJson.toJsonLine(full))).isEqualTo(full);
        assertThat(DispatchJson.fromJson(resource("full.json"))).isEqualTo(full);
    }

    @Test
    void minimalRoundTripGivesAnEqualDispatch() {
        Dispatch minimal = Samples.minimal();
        assertThat(DispatchJson.fromJson(DispatchJson.toJson(minimal))).isEqualTo(minimal);
        assertThat(DispatchJson.fromJson(DispatchJson.toJsonLine(minimal))).isEqualTo(minimal);
    }

    @Test
    void fieldsComeInTheContractsOrder() throws IOException {
        JsonNode root = MAPPER.readTree(DispatchJson.toJson(Samples.full()));
        assertThat(names(root)).containsExactly("article", "actors", "communications", "demands", "segments", "issues");
        assertThat(names(root.get("article"))).containsExactly("format", "agency", "credits", "kicker", "headline",
                "published", "dateline", "lead", "captions", "sections", "signature");
        assertThat(names(root.get("article").get("sections").get(0))).containsExactly("heading", "paragraphs");
        assertThat(names(root.get("actors").get(0))).containsExactly("id", "type", "name", "aliases", "country", "role",
                "affiliation", "mentions", "organisation");
        assertThat(names(root.get("actors").get(2).get("organisation"))).containsExactly("name", "acronym", "aliases",
                "kind");
        assertThat(names(root.get("actors").get(0).get("mentions").get(0))).containsExactly("start", "end", "text");
        assertThat(names(root.get("communications").get(0))).containsExactly("id", "type", "sender", "recipients",
                "date", "quote", "evidence", "intermediaries");
        assertThat(names(root.get("demands").get(0))).containsExactly("id", "source", "target", "content", "direct",
                "date", "evidence");
        assertThat(names(root.get("segments").get(0))).containsExactly("kind", "start", "end", "text");
        assertThat(names(root.get("issues").get(0))).containsExactly("severity", "start", "end", "message");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void valuesAreSpelledAsInTheContract() throws IOException {
        JsonNode root = MAPPER.readTree(DispatchJson.toJson(Samples.full()));
        assertThat(root.at("/article/published").asText()).isEqualTo("2022-02-09T17:17+01:00");
        assertThat(root.at("/actors/0/type").asText()).isEqualTo("STATE");
        assertThat(root.at("/actors/1/type").asText()).isEqualTo("PERSON");
        assertThat(root.at("/actors/2/type").asText()).isEqualTo("ORGANISATION");
        assertThat(root.at("/actors/2/organisation/kind").asText()).isEqualTo("INTERGOVERNMENTAL");
        assertThat(root.at("/communications/0/type").asText()).isEqualTo("LETTER");
        assertThat(root.at("/communications/0/date").asText()).isEqualTo("2022-02-09");
        assertThat(root.at("/demands/0/direct").isBoolean()).isTrue();
        assertThat(root.at("/actors/0/mentions/0/start").isInt()).isTrue();
        assertThat(root.at("/segments/0/kind").asText()).isEqualTo("KICKER");
        assertThat(root.at("/issues/0/severity").asText()).isEqualTo("WARNING");
    }

    @Test
    void absentOptionalsAreWrittenAsNull() throws IOException {
        JsonNode root = MAPPER.readTree(DispatchJson.toJson(Samples.full()));
        assertThat(root.at("/article/sections/0/heading").isNull()).isTrue();
        assertThat(root.at("/actors/0/role").isNull()).isTrue();
        assertThat(root.at("/actors/0/affiliation").isNull()).isTrue();
        assertThat(root.at("/actors/0/organisation").isNull()).isTrue();
        assertThat(root.at("/communications/0/quote").isNull()).isTrue();
        assertThat(root.at("/communications/1/date").isNull()).isTrue();
        assertThat(root.at("/demands/1/source").isNull()).isTrue();
        assertThat(root.at("/demands/1/target").isNull()).isTrue();
        JsonNode article = MAPPER.readTree(DispatchJson.toJson(Samples.minimal())).get("article");
        for (String field : List.of("agency", "kicker", "headline", "published", "dateline", "lead", "signature")) {
            assertThat(article.has(field)).as(field).isTrue();
            assertThat(article.get(field).isNull()).as(field).isTrue();
        }
    }

    @Test
    void aJsonLineHoldsNoLineBreak() {
        String line = DispatchJson.toJsonLine(withParagraph("un\ndeux\r\ntrois\u2028quatre\u2029cinq\u0085six"));
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("un\\ndeux\\r\\ntrois\\u2028quatre\\u2029cinq\\u0085six");
        assertThat(DispatchJson.toJsonLine(Samples.full()).lines()).hasSize(1);
    }

    @Test
    void nonAsciiIsWrittenAsItselfAndReadBack() {
        String french = "Sergueï Lavrov « réitère » l’exigence — à Genève, 9\u202f% ; Ελλάδα, Україна";
        Dispatch d = withParagraph(french);
        assertThat(DispatchJson.toJson(d)).contains(french);
        assertThat(DispatchJson.toJsonLine(d)).contains(french);
        assertThat(DispatchJson.fromJson(DispatchJson.toJsonLine(d))).isEqualTo(d);
    }

    @Test
    void controlCharactersQuotesAndBackslashesAreEscaped() {
        String odd = "tab\there \"quoted\" back\\slash bell\u0007 nul\u0000 esc\u001b del\u007f";
        String line = DispatchJson.toJsonLine(withParagraph(odd));
        assertThat(line).contains("tab\\there \\\"quoted\\\" back\\\\slash bell\\u0007 nul\\u0000 esc\\u001B");
        assertThat(line.chars().filter(c -> c < 0x20)).isEmpty();
        assertThat(DispatchJson.fromJson(line)).isEqualTo(withParagraph(odd));
    }

    @Test
    void charactersBeyondTheBasicPlaneSurviveEvenAsLoneSurrogates() {
        String flags = "drapeaux \uD83C\uDDEB\uD83C\uDDF7 et \uD83C\uDDFA\uD83C\uDDE6";
        String lone = "coupé \uD83C au milieu";
        for (String text : List.of(flags, lone)) {
            Dispatch d = withParagraph(text);
            String line = DispatchJson.toJsonLine(d);
            assertThat(line.chars().filter(c -> Character.isSurrogate((char) c))).as("surrogates are escaped").isEmpty();
            assertThat(line.getBytes(StandardCharsets.UTF_8)).as("encodes as UTF-8 without loss")
                    .isEqualTo(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(DispatchJson.fromJson(line)).isEqualTo(d);
        }
    }

    @Test
    void offsetsAreUtf16IndexesAsInTheModel() {
        String input = "\uD83C\uDDEB\uD83C\uDDF7 France";
        Actor france = new Actor("a1", ActorType.STATE, "France", List.of(), Optional.of("FR"), Optional.empty(),
                Optional.empty(), List.of(Span.of(input, 5, 11)), Optional.empty());
        Dispatch d = new Dispatch(Article.builder("generic").build(), List.of(), List.of(france), List.of(), List.of(),
                List.of());
        assertThat(DispatchJson.toJsonLine(d)).contains("{\"start\":5,\"end\":11,\"text\":\"France\"}");
    }

    private static Dispatch withParagraph(String text) {
        return Dispatch.of(Article.builder("generic").section(Section.untitled(List.of(text))).build(), List.of(),
                List.of());
    }

    @Test
    void writeUsesTheGivenWriterAndLeavesItOpen() throws IOException {
        StringWriter out = new StringWriter();
        DispatchJson.write(Samples.minimal(), out, false);
        out.write("\n");
        DispatchJson.write(Samples.minimal(), out, true);
        assertThat(out.toString()).isEqualTo(DispatchJson.toJsonLine(Samples.minimal()) + "\n"
                + DispatchJson.toJson(Samples.minimal()));
    }

    @Test
    void writePassesOnTheWritersFailure() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> DispatchJson.write(Samples.full(), broken, true))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> DispatchJson.toJson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dispatch must not be null");
        assertThatThrownBy(() -> DispatchJson.toJsonLine(null)).hasMessage("dispatch must not be null");
        assertThatThrownBy(() -> DispatchJson.write(Samples.minimal(), null, true)).hasMessage("out must not be null");
        assertThatThrownBy(() -> DispatchJson.fromJson(null)).hasMessage("json must not be null");
    }

    @Test
    void readsAMinimalHandWrittenDocument() {
        assertThat(DispatchJson.fromJson("{\"article\": {\"format\": \"generic\"}}")).isEqualTo(Samples.minimal());
    }

    @Test
    void readsFieldsInAnyOrderAndIgnoresUnknownOnes() {
        Dispatch d = DispatchJson.fromJson("""
                {"demands": [{"evidence": [], "date": null, "direct": true, "content": "x", "target": null,
                              "source": "a1", "id": "d1", "note": "ignored"}],
                 "actors": [{"type": "STATE", "id": "a1", "name": "Russie"}],
                 "article": {"format": "generic", "extra": 1}}""");
        assertThat(d.demands()).hasSize(1);
        assertThat(d.actor("a1")).isPresent();
    }

    @Test
    void rejectsWhatIsNotOneJsonDocument() {
        assertThatThrownBy(() -> DispatchJson.fromJson("{\"article\": "))
                .isInstanceOf(DiplotextException.class).hasMessageStartingWith("not a JSON document");
        assertThatThrownBy(() -> DispatchJson.fromJson("{\n  \"article\": {\"format\": 'x'}}"))
                .isInstanceOf(DiplotextException.class).hasMessageStartingWith("not a JSON document")
                .hasMessageEndingWith("(line 2, column 25)");
        assertThatThrownBy(() -> DispatchJson.fromJson(DispatchJson.toJsonLine(Samples.minimal()) + "\n"
                + DispatchJson.toJsonLine(Samples.minimal())))
                .as("JSON Lines are not one document")
                .isInstanceOf(DiplotextException.class).hasMessageStartingWith("not a JSON document");
        assertThatThrownBy(() -> DispatchJson.fromJson("{\"article\": {\"format\": \"a\", \"format\": \"b\"}}"))
                .isInstanceOf(DiplotextException.class).hasMessageStartingWith("not a JSON document")
                .hasMessageContaining("Duplicate field 'format'");
        assertThatThrownBy(() -> DispatchJson.fromJson(""))
                .isInstanceOf(DiplotextException.class).hasMessageContaining("$ must be an object");
        assertThatThrownBy(() -> DispatchJson.fromJson("[]"))
                .isInstanceOf(DiplotextException.class).hasMessageContaining("$ must be an object, was array []");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /article                          | null               | $.article is missing
            /article/format                   | null               | $.article.format is missing
            /article/format                   | 3                  | $.article.format must be a string, was number 3
            /article/headline                 | ""                 | $.article: headline must not be blank
            /article/credits                  | "ATS"              | $.article.credits must be an array, was string "ATS"
            /article/credits/1                | 7                  | $.article.credits[1] must be a string, was number 7
            /article/credits/1                | "ATS"              | $.article: credits must not repeat 'ATS' (index 1)
            /article/published                | "9.2.2022"         | $.article.published: not an ISO-8601 publication date: '9.2.2022'
            /article/sections/1/heading       | "  "               | $.article.sections[1]: heading must not be blank
            /article/sections/0/paragraphs    | {}                 | $.article.sections[0].paragraphs must be an array
            /actors/1/type                    | "MINISTER"         | $.actors[1].type must be one of [PERSON, STATE, ORGANISATION, GROUP], was 'MINISTER'
            /actors/3/id                      | "a1"               | $: duplicate actor id 'a1'
            /actors/1/affiliation             | "a9"               | $: affiliation of actor a2 refers to unknown actor 'a9'
            /actors/0/country                 | "Russie"           | $.actors[0]: country must be an ISO 3166-1 alpha-2 code, was 'Russie'
            /actors/0/mentions/0/end          | 99                 | $.actors[0].mentions[0]: text length 6 does not match offsets 8..99 (length 91)
            /actors/0/mentions/0/start        | 8.5                | $.actors[0].mentions[0].start must be an integer, was number 8.5
            /actors/0/mentions/0/start        | "8"                | $.actors[0].mentions[0].start must be an integer, was string "8"
            /actors/0/mentions/0/start        | 4294967296         | $.actors[0].mentions[0].start must be an integer, was number 4294967296
            /actors/0/mentions/0/text         | null               | $.actors[0].mentions[0].text is missing
            /actors/2/organisation/kind       | "UN"               | $.actors[2].organisation.kind must be one of [INTERGOVERNMENTAL
            /actors/0/organisation            | {"name": "Russie"} | $.actors[0].organisation.kind is missing
            /communications/0/type            | "EMAIL"            | $.communications[0].type must be one of [STATEMENT, LETTER, INVITATION, CALL, MEETING], was 'EMAIL'
            /communications/0/date            | "mercredi"         | $.communications[0].date must be an ISO-8601 date (2022-02-09), was 'mercredi'
            /communications/1/sender          | "a7"               | $: communication c2 refers to unknown actor 'a7'
            /communications/0/recipients/0    | null               | $.communications[0].recipients[0] must be a string, was null
            /communications/0/intermediaries  | [""]               | $.communications[0]: intermediaries must not contain a blank string (index 0)
            /demands/0/direct                 | "yes"              | $.demands[0].direct must be true or false, was string "yes"
            /demands/0/direct                 | null               | $.demands[0].direct is missing
            /demands/1/target                 | "a8"               | $: demand d2 refers to unknown actor 'a8'
            /demands/1/date                   | "2022-02-30"       | $.demands[1].date must be an ISO-8601 date (2022-02-09), was '2022-02-30'
            /demands/1/content                | " "                | $.demands[1]: content must not be blank
            /segments/2/kind                  | "BODY"             | $.segments[2].kind must be one of [KICKER
            /segments/0                       | []                 | $.segments[0] must be an object, was array []
            /issues/1/severity                | "FATAL"            | $.issues[1].severity must be one of [INFO, WARNING, ERROR], was 'FATAL'
            /issues/0/end                     | -1                 | $.issues[0]: positions must satisfy 0 <= start <= end, were 0..-1
            """)
    void errorsNameTheFieldAtFault(String pointer, String value, String message) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(DispatchJson.toJson(Samples.full()));
        set(root, pointer, MAPPER.readTree(value));
        String json = MAPPER.writeValueAsString(root);
        assertThatThrownBy(() -> DispatchJson.fromJson(json))
                .isInstanceOf(DiplotextException.class)
                .hasMessageStartingWith("JSON document does not follow the diplotext contract: " + message);
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
