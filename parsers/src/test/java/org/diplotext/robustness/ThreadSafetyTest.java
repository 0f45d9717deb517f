package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.junit.jupiter.api.Test;

/**
 * One parser shared by eight threads gives, for every text, the same result as one thread. The
 * shared parser is freshly built and hit by all threads at once, so that lazy initialisation
 * races show too. Parsers built by eight threads at once read like one built alone.
 */
class ThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 3;
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void eightThreadsOverTheCorpusGiveTheResultsOfOne() {
        List<Path> corpus = Texts.corpus();
        assumeFalse(corpus.isEmpty(), "../shared/corpus/wikinews-fr is absent: thread safety over the corpus not checked");
        Map<String, String> texts = new LinkedHashMap<>();
        corpus.forEach(file -> texts.put(file.getFileName().toString(), Texts.read(file)));
        assertSameResults(texts);
    }

    @Test
    void eightThreadsOverFixturesAndTheirMutationsGiveTheResultsOfOne() {
        Map<String, String> texts = new LinkedHashMap<>();
        Random random = new Random(8);
        for (Map.Entry<String, String> fixture : Texts.fixturesAndSeed().entrySet()) {
            texts.put(fixture.getKey(), fixture.getValue());
            List<String> edits = HostileInputTest.edits(fixture.getValue(), random);
            for (int i = 0; i < 5; i++) {
                texts.put(fixture.getKey() + " edit " + i, edits.get(i));
            }
            List<String> quotes = HostileInputTest.unbalancedQuotes(fixture.getValue(), random);
            texts.put(fixture.getKey() + " unbalanced", quotes.get(0));
        }
        texts.put("mixed scripts", HostileInputTest.mixedScripts());
        assertSameResults(texts);
    }

    @Test
    void parsersBuiltByEightThreadsAtOnceReadLikeOneBuiltAlone() throws Exception {
        // building reads lexicons on a second thread: builds at once must not share half-built state
        Map<String, String> texts = Texts.fixturesAndSeed();
        DiplotextParser alone = Diplotext.builder().build();
        List<String> expected = new ArrayList<>();
        texts.values().forEach(text -> expected.add(json(alone, text)));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DiplotextParser>> builds = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                builds.add(pool.submit(() -> {
                    start.await();
                    return Diplotext.builder().build();
                }));
            }
            start.countDown();
            for (Future<DiplotextParser> build : builds) {
                DiplotextParser parser = build.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                List<String> actual = new ArrayList<>();
                texts.values().forEach(text -> actual.add(json(parser, text)));
                assertThat(actual).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void assertSameResults(Map<String, String> texts) {
        List<String> names = List.copyOf(texts.keySet());
        Map<String, String> expected = new LinkedHashMap<>();
        DiplotextParser alone = Diplotext.builder().build();
        for (String name : names) {
            expected.put(name, json(alone, texts.get(name)));
        }

        List<String> mismatches = assertTimeoutPreemptively(LIMIT, () -> {
            DiplotextParser shared = Diplotext.builder().build();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Random random = new Random(t);
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<String> wrong = new ArrayList<>();
                        for (int round = 0; round < ROUNDS; round++) {
                            List<String> order = new ArrayList<>(names);
                            Collections.shuffle(order, random);
                            for (String name : order) {
                                if (!json(shared, texts.get(name)).equals(expected.get(name))) {
                                    wrong.add(name);
                                }
                            }
                        }
                        return wrong;
                    }));
                }
                start.countDown();
                List<String> all = new ArrayList<>();
                for (Future<List<String>> future : futures) {
                    all.addAll(future.get());
                }
                return all;
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        });
        assertThat(mismatches).as("texts whose result differed from a single thread's").isEmpty();
    }

    private static String json(DiplotextParser parser, String text) {
        return parser.parseAll(text).stream().map(DispatchJson::toJsonLine).reduce("", (a, b) -> a + b + "\n");
    }
}
