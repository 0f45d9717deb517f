package org.diplotext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Javadoc comment describes the declaration right under it. A method inserted between a comment and its method leaves
 * the comment over the wrong method and the old one undocumented, which javadoc does not report (the second comment
 * simply wins), so this test looks for two Javadoc comments with nothing but blank lines between them.
 */
class JavadocPlacementTest {

    @Test
    void noJavadocCommentStandsRightBeforeAnother() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        List<String> stranded = new ArrayList<>();
        for (Path source : sources) {
            stranded.addAll(strandedComments(source.toString(), Files.readAllLines(source, StandardCharsets.UTF_8)));
        }
        assertThat(stranded).as("Javadoc comments stranded before another Javadoc comment").isEmpty();
    }

    @Test
    void theCheckFindsAStrandedComment() {
        List<String> lines = List.of("    /** Old method. */", "", "    /**", "     * New method.", "     */",
                "    void inserted() {}", "    void old() {}");
        assertThat(strandedComments("X.java", lines)).containsExactly("X.java:1: /** Old method. */");
        assertThat(strandedComments("X.java", lines.subList(2, lines.size()))).isEmpty();
    }

    /** The first line of every Javadoc comment followed, past blank lines only, by another Javadoc comment. */
    private static List<String> strandedComments(String name, List<String> lines) {
        List<String> stranded = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().startsWith("/**")) {
                continue;
            }
            int end = i;
            while (end < lines.size() && !lines.get(end).contains("*/")) {
                end++;
            }
            int next = end + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && lines.get(next).strip().startsWith("/**")) {
                stranded.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
            i = end;
        }
        return stranded;
    }
}
