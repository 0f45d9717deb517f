package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost: every non-blank character of the input lies in some segment of the result
 * (text set aside as noise counts, as a {@code SET_ASIDE} segment), and segments are in input
 * order without overlap, across all the dispatches a text holds.
 */
class NothingLostTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final DiplotextParser parser = Diplotext.parser();

    @Test
    void everyCharacterOfTheFixturesAndSeedLiesInASegment() {
        List<String> failures = assertTimeoutPreemptively(LIMIT, () -> {
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, String> fixture : Texts.fixturesAndSeed().entrySet()) {
                all.addAll(failures(fixture.getKey(), fixture.getValue()));
            }
            return all;
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyCharacterOfTheCorpusLiesInASegment() {
        List<Path> corpus = Texts.corpus();
        assumeFalse(corpus.isEmpty(), "../shared/corpus/wikinews-fr is absent: corpus coverage not checked");
        List<String> failures = assertTimeoutPreemptively(LIMIT, () -> {
            List<String> all = new ArrayList<>();
            for (Path file : corpus) {
                all.addAll(failures(file.getFileName().toString(), Texts.read(file)));
            }
            return all;
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyCharacterOfTextsWithOddLineEndsLiesInASegment() {
        List<String> failures = assertTimeoutPreemptively(LIMIT, () -> {
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, String> fixture : Texts.fixturesAndSeed().entrySet()) {
                List<String> variants = HostileInputTest.lineEnds(fixture.getValue());
                for (int i = 0; i < variants.size(); i++) {
                    all.addAll(failures(fixture.getKey() + " line-end variant " + i, variants.get(i)));
                }
            }
            return all;
        });
        assertThat(failures).isEmpty();
    }

    private List<String> failures(String name, String text) {
        List<Dispatch> dispatches = parser.parseAll(text);
        List<String> failures = new ArrayList<>();
        Invariants.violations(text, dispatches).forEach(v -> failures.add(name + ": " + v));
        Invariants.lost(text, dispatches).forEach(l -> failures.add(name + ": lost " + l));
        return failures;
    }
}
