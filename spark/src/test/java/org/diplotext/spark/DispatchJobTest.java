package org.diplotext.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Actor;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local mode (two threads) on the fixtures of this module and on the shared
 * corpus, and checks its counts, the schema of its tables and the rows of the seed dispatch
 * against what the library itself returns for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchJobTest {
    private static final String SEED = "000_5ffead0ab71d9f47.txt";
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "wikinews-fr");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSession spark;
    private Path textFixtures;
    /** The run on the text fixtures, shared by the tests that only read its outputs. */
    private JobReport fixturesReport;
    private Path fixturesOut;

    @TempDir
    Path tmp;

    @BeforeAll
    void startSparkAndRunOnTheFixtures(@TempDir Path shared) throws URISyntaxException {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("diplotext-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        textFixtures = Path.of(Objects.requireNonNull(getClass().getResource("fixtures/text")).toURI());
        fixturesOut = shared.resolve("text");
        // Three partitions for two threads: several tasks share the JVM's parser.
        fixturesReport = run("--input", textFixtures.toString(), "--output", fixturesOut.toString(),
                "--partitions", "3");
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private JobReport run(String... args) {
        return DispatchJob.run(spark, JobOptions.parse(args));
    }

    @Test
    void textFolderCountsEveryFileOnceAndReportsBadOnesAsErrors() {
        Path out = fixturesOut;
        JobReport report = fixturesReport;

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.inputs()).isEqualTo(5);
        assertThat(report.parsed()).isEqualTo(3);
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.jsonLines()).isEqualTo(3);

        Map<String, String> errors = new LinkedHashMap<>();
        for (Row row : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            errors.put(row.getString(0), row.getString(2));
        }
        assertThat(errors).containsOnlyKeys("latin1-paris.txt", "empty.txt");
        assertThat(errors.get("latin1-paris.txt")).contains("not UTF-8");
        assertThat(errors.get("empty.txt")).contains("empty document");

        List<String> ids = spark.read().text(out.resolve("dispatches").toString()).collectAsList().stream()
                .map(row -> tree(row.getString(0)).get("dispatch_id").asText()).sorted().toList();
        assertThat(ids).containsExactly(SEED, "ats-geneve-iran.txt", "belga-bruxelles-otan.txt");
        // Built once in this JVM, however many records and runs.
        assertThat(ParserHolder.built()).isEqualTo(1);
    }

    @Test
    void tablesHaveTheDocumentedSchema() {
        Path out = fixturesOut;

        assertThat(schema(out.resolve("communications"))).containsExactly(
                "dispatch_id string", "communication_id string", "type string", "date date", "published string",
                "sender_id string", "sender_name string", "recipient_ids array<string>",
                "recipient_names array<string>", "quote string", "evidence_start int", "evidence_end int",
                "evidence array<struct<start:int,end:int,text:string>>");
        assertThat(schema(out.resolve("demands"))).containsExactly(
                "dispatch_id string", "demand_id string", "date date", "published string", "source_id string",
                "source_name string", "target_id string", "target_name string", "content string",
                "direct boolean", "evidence_start int", "evidence_end int",
                "evidence array<struct<start:int,end:int,text:string>>");
        assertThat(schema(out.resolve("errors"))).containsExactly(
                "dispatch_id string", "source string", "message string");
    }

    @Test
    void seedRowsAreTheLibrarysResultFlattened() throws IOException {
        Path out = fixturesOut;
        String text = Files.readString(textFixtures.resolve(SEED), StandardCharsets.UTF_8);
        Dispatch expected = Diplotext.parse(text);

        assertThat(rows(out.resolve("communications"), "communication_id", SEED))
                .containsExactlyElementsOf(expectedCommunications(expected));
        assertThat(rows(out.resolve("demands"), "demand_id", SEED))
                .containsExactlyElementsOf(expectedDemands(expected));

        String line = spark.read().text(out.resolve("dispatches").toString()).collectAsList().stream()
                .map(row -> row.getString(0))
                .filter(l -> SEED.equals(tree(l).get("dispatch_id").asText()))
                .findFirst().orElseThrow();
        assertThat(DispatchJson.fromJson(line)).isEqualTo(expected);
        JsonNode article = tree(line).get("article");
        assertThat(article.get("agency").asText()).isEqualTo("ATS");
        assertThat(article.get("published").asText()).startsWith("2022-02-09T17:17");
        ObjectNode contract = (ObjectNode) tree(line);
        contract.remove("dispatch_id");
        assertThat(contract).isEqualTo(tree(DispatchJson.toJsonLine(expected)));
        for (JsonNode c : contract.get("communications")) {
            for (JsonNode e : c.get("evidence")) {
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
            }
        }
    }

    @Test
    void jsonLinesWithNamedFieldsAndBadLines() throws IOException {
        String seed = Files.readString(textFixtures.resolve(SEED), StandardCharsets.UTF_8);
        Path input = tmp.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        lines.add(JSON.createObjectNode().put("ref", "seed-1").put("body", seed).toString());
        lines.add(JSON.createObjectNode().put("ref", 42).put("body", "Berne (ATS) - Le Conseil fédéral a reçu mardi l'ambassadeur de Chine.").toString());
        lines.add(JSON.createObjectNode().put("ref", "no-body").toString());
        lines.add(JSON.createObjectNode().put("ref", "blank").put("body", "  ").toString());
        lines.add("{\"ref\": \"broken\", \"body\": ");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("jsonl");

        JobReport report = run("--input", input.toString(), "--input-format", "jsonl", "--id-field", "ref",
                "--text-field", "body", "--output", out.toString());

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.inputs()).isEqualTo(5);
        assertThat(report.parsed()).isEqualTo(2);
        assertThat(report.errors()).isEqualTo(3);
        Map<String, String> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.getString(0)), r -> r.getString(2)));
        assertThat(errors).containsOnlyKeys("no-body", "blank", "null");
        assertThat(errors.get("no-body")).isEqualTo("no string field 'body'");
        assertThat(errors.get("blank")).contains("empty document");
        assertThat(errors.get("null")).startsWith("not a JSON object: {\"ref\": \"broken\"");
        List<String> ids = spark.read().text(out.resolve("dispatches").toString()).collectAsList().stream()
                .map(row -> tree(row.getString(0)).get("dispatch_id").asText()).sorted().toList();
        assertThat(ids).containsExactly("42", "seed-1");
        assertThat(rows(out.resolve("communications"), "communication_id", "seed-1"))
                .containsExactlyElementsOf(expectedCommunications(Diplotext.parse(seed)).stream()
                        .map(r -> "seed-1" + r.substring(SEED.length())).toList());
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws IOException {
        Path out = tmp.resolve("twice");
        Files.createDirectories(out.resolve("errors"));
        assertThatThrownBy(() -> run("--input", textFixtures.toString(), "--output", out.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("errors exists; pass --overwrite");
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(textFixtures.resolve("belga-bruxelles-otan.txt"), one.resolve("belga.txt"));
        JobReport report = run("--input", one.toString(), "--output", out.toString(), "--overwrite");
        assertThat(report.consistent()).isTrue();
        assertThat(report.parsed()).isEqualTo(1);
    }

    @Test
    void sharedCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "skipped: the shared corpus " + CORPUS.toAbsolutePath().normalize() + " is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long communications = 0;
        long demands = 0;
        long dispatches = 0;
        for (Path file : files) {
            for (Dispatch d : Diplotext.parser().parseAll(DiplotextParser.read(file))) {
                dispatches++;
                communications += d.communications().size();
                demands += d.demands().size();
            }
        }
        Path out = tmp.resolve("corpus");

        JobReport report = run("--input", CORPUS.toString(), "--output", out.toString());

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.inputs()).isEqualTo(files.size());
        assertThat(report.errors()).as("errors: %s", spark.read().parquet(out.resolve("errors").toString())
                .collectAsList()).isZero();
        assertThat(report.parsed()).isEqualTo(files.size());
        assertThat(report.jsonLines()).isEqualTo(dispatches);
        assertThat(report.communications()).isEqualTo(communications);
        assertThat(report.demands()).isEqualTo(demands);
    }

    private List<String> schema(Path table) {
        List<String> out = new ArrayList<>();
        for (StructField f : spark.read().parquet(table.toString()).schema().fields()) {
            out.add(f.name() + " " + f.dataType().simpleString());
        }
        return out;
    }

    /** The rows of one dispatch in a table, each as one string of its columns, in item order. */
    private List<String> rows(Path table, String idColumn, String dispatchId) {
        return spark.read().parquet(table.toString()).collectAsList().stream()
                .filter(r -> dispatchId.equals(r.getAs("dispatch_id")))
                .sorted(Comparator.comparing(r -> number(r.getAs(idColumn))))
                .map(DispatchJobTest::line)
                .toList();
    }

    private static String line(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            Object v = row.get(i);
            if (v instanceof scala.collection.Seq<?> seq) {
                List<String> items = new ArrayList<>();
                scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(x -> items.add(
                        x instanceof Row r ? r.get(0) + "-" + r.get(1) + ":" + r.get(2) : String.valueOf(x)));
                cells.add(items.toString());
            } else {
                cells.add(String.valueOf(v));
            }
        }
        return String.join("|", cells);
    }

    private static List<String> expectedCommunications(Dispatch d) {
        String published = d.article().published().map(Object::toString).orElse(null);
        return d.communications().stream()
                .sorted(Comparator.comparing(c -> number(c.id())))
                .map(c -> String.join("|", SEED, c.id(), c.type().name(), String.valueOf(c.date().orElse(null)),
                        String.valueOf(published), String.valueOf(c.sender().orElse(null)),
                        String.valueOf(c.sender().map(id -> name(d, id)).orElse(null)),
                        c.recipients().toString(),
                        c.recipients().stream().map(id -> name(d, id)).toList().toString(),
                        String.valueOf(c.quote().orElse(null)),
                        first(c.evidence(), true), first(c.evidence(), false), spans(c.evidence())))
                .toList();
    }

    private static List<String> expectedDemands(Dispatch d) {
        String published = d.article().published().map(Object::toString).orElse(null);
        return d.demands().stream()
                .sorted(Comparator.comparing((Demand x) -> number(x.id())))
                .map(x -> String.join("|", SEED, x.id(), String.valueOf(x.date().orElse(null)),
                        String.valueOf(published),
                        String.valueOf(x.source().orElse(null)),
                        String.valueOf(x.source().map(id -> name(d, id)).orElse(null)),
                        String.valueOf(x.target().orElse(null)),
                        String.valueOf(x.target().map(id -> name(d, id)).orElse(null)),
                        x.content(), String.valueOf(x.direct()),
                        first(x.evidence(), true), first(x.evidence(), false), spans(x.evidence())))
                .toList();
    }

    private static String name(Dispatch d, String id) {
        return d.actor(id).map(Actor::name).orElseThrow();
    }

    private static String first(List<Span> spans, boolean start) {
        return spans.stream().min(Comparator.naturalOrder())
                .map(s -> String.valueOf(start ? s.start() : s.end())).orElse("null");
    }

    private static String spans(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end() + ":" + s.text()).toList().toString();
    }

    /** Orders c2 before c10. */
    private static String number(String id) {
        String digits = id.replaceAll("\\D", "");
        return String.format(java.util.Locale.ROOT, "%s%012d", id.replaceAll("\\d", ""),
                digits.isEmpty() ? 0 : Long.parseLong(digits.substring(0, Math.min(12, digits.length()))));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
