package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Dispatch;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every {@code <case>.txt} under {@code src/test/resources/golden} and compares the format's
 * reading (article, segments and issues of each dispatch, as DispatchJson writes them) with
 * {@code <case>.expected.json}. Run with {@code -Ddiplotext.golden.update=true} to rewrite the
 * expected files, then review them by eye before committing.
 */
class GoldenFilesTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final boolean UPDATE = Boolean.getBoolean("diplotext.golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String name) throws IOException {
        String text = Files.readString(FOLDER.resolve(name + ".txt"), StandardCharsets.UTF_8);
        DispatchFormat format = Formats.choose(text, Formats.builtIn());
        List<Layout> layouts = format.read(text);
        LayoutChecks.check(text, layouts);

        ArrayNode actual = JSON.createArrayNode();
        for (Layout layout : layouts) {
            JsonNode full = JSON.readTree(DispatchJson.toJson(Dispatch.of(layout.article(), layout.segments(),
                    layout.issues())));
            ObjectNode kept = JSON.createObjectNode();
            kept.set("article", full.get("article"));
            kept.set("segments", full.get("segments"));
            kept.set("issues", full.get("issues"));
            actual.add(kept);
        }
        String actualText = JSON.writeValueAsString(actual) + "\n";
        Path expectedFile = FOLDER.resolve(name + ".expected.json");
        if (UPDATE || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actualText, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError(expectedFile + " did not exist; it was written: review it");
            }
            return;
        }
        String expectedText = JSON.writeValueAsString(JSON.readTree(Files.readString(expectedFile,
                StandardCharsets.UTF_8))) + "\n";
        if (!expectedText.equals(actualText)) {
            throw new AssertionError(name + " differs from " + expectedFile.getFileName()
                    + " (rerun with -Ddiplotext.golden.update=true to accept):\n" + diff(expectedText, actualText));
        }
        assertThat(actualText).isEqualTo(expectedText);
    }

    /** The differing lines with two lines of context, in a unified-diff-like form. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int[][] lcs = new int[e.length + 1][a.length + 1];
        for (int i = e.length - 1; i >= 0; i--) {
            for (int j = a.length - 1; j >= 0; j--) {
                lcs[i][j] = e[i].equals(a[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        int shown = 0;
        while ((i < e.length || j < a.length) && shown < 80) {
            if (i < e.length && j < a.length && e[i].equals(a[j])) {
                i++;
                j++;
            } else if (j < a.length && (i == e.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append(String.format(java.util.Locale.ROOT, "+ %5d | %s%n", j + 1, a[j]));
                j++;
                shown++;
            } else {
                out.append(String.format(java.util.Locale.ROOT, "- %5d | %s%n", i + 1, e[i]));
                i++;
                shown++;
            }
        }
        return out.toString();
    }
}
