package org.diplotext.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a\nb\n", "a\nb\n", 100)).isEmpty();
    }

    @Test
    void showsChangedLinesWithContext() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertThat(LineDiff.unified(expected, actual, 100))
                .isEqualTo("@@ -2 +2 @@\n  2\n  3\n  4\n- 5\n+ five\n  6\n  7\n  8\n");
    }

    @Test
    void showsInsertionsAndDeletionsAndCutsLongDiffs() {
        assertThat(LineDiff.unified("a\nc\n", "a\nb\nc\n", 100)).contains("+ b").doesNotContain("- ");
        assertThat(LineDiff.unified("x\n".repeat(300), "y\n".repeat(300), 10)).contains("diff cut after 10 lines");
    }
}
