package org.diplotext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void readsEveryKindOfValueInDocumentOrder() throws IOException {
        Object value = JsonTree.read("{\"b\": [1, 2.5, \"x\", true, false, null], \"a\": {\"c\": \"\u00e9t\u00e9\"}}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", Arrays.asList(1L, 2.5, "x", true, false, null));
        expected.put("a", Map.of("c", "\u00e9t\u00e9"));
        assertThat(value).isEqualTo(expected);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
    }

    @Test
    void refusesBrokenOrTrailingDocuments() {
        assertThatThrownBy(() -> JsonTree.read("[1, 2")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonTree.read("[1] [2]")).isInstanceOf(IOException.class).hasMessageContaining("more than one value");
        assertThatThrownBy(() -> JsonTree.read("  ")).isInstanceOf(IOException.class);
    }
}
