package org.diplotext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompiledJsonTest {
    private static final byte[] JSON = "{\"b\": [1, 2.5, \"\u00e9t\u00e9 \u0153uvre\", true, false, null], \"a\": {\"c\": \"x \"}, \"e\": []}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aCompiledTreeHoldsTheValuesOfItsJson() throws IOException {
        byte[] tree = CompiledJson.compile(JSON);

        assertThat(CompiledJson.decode(tree, CompiledJson.checksum(JSON)))
                .contains(JsonTree.read(new String(JSON, StandardCharsets.UTF_8)));
    }

    @Test
    void aTreeOfOtherJsonOrDamagedIsNotUsed() throws IOException {
        byte[] tree = CompiledJson.compile(JSON);
        byte[] other = "{\"b\": 2}".getBytes(StandardCharsets.UTF_8);

        assertThat(CompiledJson.decode(tree, CompiledJson.checksum(other))).isEmpty();
        assertThat(CompiledJson.decode(Arrays.copyOf(tree, tree.length - 3), CompiledJson.checksum(JSON))).isEmpty();
        assertThat(CompiledJson.decode(new byte[5], CompiledJson.checksum(JSON))).isEmpty();
    }

    @Test
    void theFormatsJsonReadsTheSameWithOrWithoutItsTree() throws IOException {
        Object read = CompiledJson.read(org.diplotext.format.Formats.class, "format-fr.json");
        try (InputStream in = org.diplotext.format.Formats.class.getResourceAsStream("format-fr.json")) {
            assertThat(read).isEqualTo(JsonTree.read(in));
        }
        assertThat(CompiledJson.read(org.diplotext.format.Formats.class, "no-such.json")).isNull();
    }
}
