package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplotext.model.Article;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every article of the Wikinews corpus in {@code ../../shared/corpus/wikinews-fr} (skipped
 * when the shared folder is absent, as in a fresh clone).
 */
class WikinewsCorpusTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "wikinews-fr");

    /**
     * Articles whose text gives no publication date at all: the corpus kept neither the date
     * prefix nor a stamp for them, and the formats do not guess dates from the body.
     */
    private static final Set<String> UNDATED = Set.of("wikinews-45513.txt");

    static Stream<Path> articles() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of((Path) null);
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsHeadlineAndDate(Path file) throws IOException {
        assumeTrue(file != null, "../shared/corpus/wikinews-fr is absent: corpus test skipped");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        DispatchFormat format = Formats.choose(text, Formats.builtIn());
        List<Layout> layouts = format.read(text);

        LayoutChecks.check(text, layouts);
        assertThat(layouts).hasSize(1);
        Article article = layouts.get(0).article();
        assertThat(article.headline()).as("headline").isPresent();
        assertThat(article.lead()).as("lead").isPresent();
        assertThat(article.kicker()).as("kicker").isEmpty();
        assertThat(article.sections()).as("no intertitles in Wikinews texts")
                .allMatch(s -> s.heading().isEmpty());
        if (UNDATED.contains(file.getFileName().toString())) {
            assertThat(article.published()).as("no date to find").isEmpty();
        } else {
            assertThat(format.id()).isEqualTo("dated-news");
            assertThat(article.published()).as("published").isPresent();
            assertThat(article.lead().orElseThrow()).doesNotStartWith(article.published().orElseThrow()
                    .date().getDayOfMonth() + " ");
        }
    }
}
