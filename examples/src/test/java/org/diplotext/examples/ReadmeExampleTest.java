package org.diplotext.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.Diplotext;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Actor;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md honest: its Java example is the body of {@link #example(String[])}, compiled
 * and run here, and its JSON example is a valid document whose spans fit the bundled sample.
 */
class ReadmeExampleTest {
    // Surefire runs in the module directory (examples/); README.md is at the project root.
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path README = MODULE.getParent().resolve("README.md");
    private static final Path SOURCE = MODULE.resolve("src/test/java/org/diplotext/examples/ReadmeExampleTest.java");
    private static final Path SAMPLE = MODULE.resolve("samples/ats-ue-russie-osce.txt");

    @SuppressWarnings("unused")
    static void example(String[] args) {
        // README example: begin
        Dispatch dispatch = Diplotext.parse(Path.of(args[0]));   // a UTF-8 text file
        Article article = dispatch.article();
        System.out.println(article.headline().orElse("?") + " | " + article.published().map(Object::toString).orElse("?"));
        for (Actor actor : dispatch.actors()) {
            System.out.println(actor.type() + ": " + actor.name() + " " + actor.aliases());
        }
        for (Demand demand : dispatch.demands()) {
            String who = demand.source().flatMap(dispatch::actor).map(Actor::name).orElse("someone");
            System.out.println(who + " demands: " + demand.content());
        }
        String json = DispatchJson.toJson(dispatch);   // the JSON document described below
        // README example: end
    }

    @Test
    void readmeShowsExactlyTheCompiledExample() throws IOException {
        List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int begin = source.indexOf("        // README example: begin");
        int end = source.indexOf("        // README example: end");
        assertThat(begin).as("begin marker").isPositive();
        assertThat(end).as("end marker").isGreaterThan(begin);
        List<String> code = new ArrayList<>();
        for (String line : source.subList(begin + 1, end)) {
            code.add(line.startsWith("        ") ? line.substring(8) : line.strip());
        }
        assertThat(block("<!-- readme-example", "```java")).isEqualTo(String.join("\n", code));
    }

    @Test
    void theExampleRunsOnTheBundledSample() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            example(new String[] {SAMPLE.toString()});
        } finally {
            System.setOut(saved);
        }
        Dispatch dispatch = Diplotext.parse(SAMPLE);
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + dispatch.actors().size() + dispatch.demands().size());
        assertThat(lines.get(0)).startsWith(dispatch.article().headline().orElse("?") + " | ");
    }

    @Test
    void readmeJsonIsADocumentWhoseSpansFitTheSample() throws IOException {
        Dispatch dispatch = DispatchJson.fromJson(block("<!-- readme-json", "```json"));
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        List<Span> spans = new ArrayList<>();
        dispatch.actors().forEach(a -> spans.addAll(a.mentions()));
        dispatch.communications().stream().map(Communication::evidence).forEach(spans::addAll);
        dispatch.demands().stream().map(Demand::evidence).forEach(spans::addAll);
        assertThat(spans).isNotEmpty().allSatisfy(span -> assertThat(span.matches(sample)).as(span.toString()).isTrue());
        assertThat(dispatch.article().headline()).isEqualTo(Diplotext.parse(sample).article().headline());
    }

    @Test
    void theBundledSampleParsesWithoutIssuesOfSeverityError() {
        Dispatch dispatch = Diplotext.parse(SAMPLE);
        assertThat(dispatch.article().headline()).isPresent();
        assertThat(dispatch.issues()).noneMatch(i -> i.severity() == org.diplotext.model.ParseIssue.Severity.ERROR);
    }

    /** The fenced block that follows the marker comment in README.md. */
    private static String block(String marker, String fence) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(marker)) {
            at++;
        }
        assertThat(at).as("marker %s in README.md", marker).isLessThan(lines.size());
        assertThat(lines.get(at + 1)).isEqualTo(fence);
        List<String> body = new ArrayList<>();
        for (int i = at + 2; !lines.get(i).equals("```"); i++) {
            body.add(lines.get(i));
        }
        return String.join("\n", body);
    }
}
