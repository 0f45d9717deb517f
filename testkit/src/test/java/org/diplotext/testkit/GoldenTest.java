package org.diplotext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {
    @TempDir
    Path dir;

    @Test
    void passesOnTheDocumentDispatchJsonWrites() throws IOException {
        Dispatch d = Samples.dispatch("a1", 0);
        Path expected = Files.writeString(dir.resolve("d.expected.json"), DispatchJson.toJson(d), StandardCharsets.UTF_8);
        Golden.all().assertMatches(d, expected);
    }

    @Test
    void updateModeWritesTheExpectedFileThenComparisonsPass() throws IOException {
        Dispatch d = Samples.dispatch("a1", 0);
        Path expected = dir.resolve("sub/d.expected.json");
        Golden golden = Golden.parts(Golden.Part.ACTORS, Golden.Part.DEMANDS).ignoringIds();

        golden.updating(true).assertMatches(d, expected);

        String written = Files.readString(expected, StandardCharsets.UTF_8);
        assertThat(written).contains("\"actors\"", "\"demands\"", "\"source\" : \"DFAE\"")
                .doesNotContain("\"article\"", "\"a1\"");
        assertThat(written).isEqualTo(golden.render(d));
        golden.updating(false).assertMatches(d, expected);
    }

    @Test
    void aMismatchFailsWithALineDiffNamingTheFile() throws IOException {
        Dispatch d = Samples.dispatch("a1", 0);
        Path expected = dir.resolve("d.expected.json");
        Golden.all().updating(true).assertMatches(d, expected);
        Files.writeString(expected, Files.readString(expected).replace("le retrait des troupes", "la paix"));

        assertThatThrownBy(() -> Golden.all().updating(false).assertMatches(d, expected))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("d.expected.json")
                .hasMessageContaining("-       \"content\" : \"la paix\",")
                .hasMessageContaining("+       \"content\" : \"le retrait des troupes\",")
                .hasMessageContaining("@@")
                .satisfies(e -> assertThat(((AssertionFailedError) e).isExpectedDefined()).isTrue());
    }

    @Test
    void ignoringIdsAndOffsetsToleratesRenumberingAndShiftedText() {
        Dispatch original = Samples.dispatch("a1", 0);
        Dispatch renumbered = Samples.dispatch("b7", 5);
        Path expected = dir.resolve("d.expected.json");
        Golden loose = Golden.parts(Golden.Part.ACTORS, Golden.Part.COMMUNICATIONS, Golden.Part.DEMANDS)
                .ignoringIds().ignoringOffsets();
        loose.updating(true).assertMatches(original, expected);

        loose.updating(false).assertMatches(renumbered, expected);
        assertThatThrownBy(() -> Golden.parts(Golden.Part.ACTORS).updating(false).assertMatches(renumbered, expected))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aMissingFileFailsWithTheWayToCreateIt() {
        Dispatch d = Samples.dispatch("a1", 0);
        assertThatThrownBy(() -> Golden.all().updating(false).assertMatches(d, dir.resolve("none.json")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("-D" + Golden.UPDATE_PROPERTY + "=true");
    }

    @Test
    void comparesListsOfDispatchesWithAJsonArray() throws IOException {
        Path expected = dir.resolve("all.expected.json");
        List<Dispatch> two = List.of(Samples.dispatch("a1", 0), Samples.dispatch("a1", 0));
        Golden.parts(Golden.Part.ARTICLE).updating(true).assertMatches(two, expected);
        assertThat(Files.readString(expected).trim()).startsWith("[").endsWith("]");
        Golden.parts(Golden.Part.ARTICLE).updating(false).assertMatches(two, expected);
        assertThatThrownBy(() -> Golden.parts(Golden.Part.ARTICLE).updating(false)
                .assertMatches(List.of(Samples.dispatch("a1", 0)), expected)).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aHandWrittenFileNeedsNeitherIdsNorOffsetsNorTheContractsKeyOrder() throws IOException {
        Path expected = Files.writeString(dir.resolve("d.expected.json"), """
                {"demands": [{"content": "le retrait des troupes", "target": "Russie", "source": "DFAE",
                              "evidence": [{"text": "exige le retrait des troupes"}],
                              "direct": false, "date": "2024-03-12"}]}
                """, StandardCharsets.UTF_8);
        Golden.parts(Golden.Part.DEMANDS).ignoringIds().ignoringOffsets().updating(false)
                .assertMatches(Samples.dispatch("a1", 0), expected);
    }
}
