package org.diplotext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.DispatchEditor;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.ExtractionInput;
import org.diplotext.spi.Extractor;
import org.diplotext.spi.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DiplotextParserTest {
    private static final String TEXT = "Le titre\nBerne a convoqué l'ambassadeur de Russie mardi.\nUn autre paragraphe.\n";

    /** Adds a MEETING from the first word of each sentence holding "convoqué" to "Russie". */
    public static final class ConvocationStub implements Extractor {
        @Override
        public Dispatch extract(ExtractionInput input, Dispatch soFar) {
            DispatchEditor editor = DispatchEditor.of(soFar);
            for (Span s : input.sentences()) {
                int at = s.text().indexOf("convoqué");
                if (at >= 0) {
                    Span who = input.span(s.start(), s.start() + s.text().indexOf(' '));
                    int r = s.start() + s.text().indexOf("Russie");
                    var sender = editor.findOrAddActor(ActorType.STATE, who.text(), who);
                    var recipient = editor.findOrAddActor(ActorType.STATE, "Russie", input.span(r, r + 6));
                    editor.communication(CommunicationType.MEETING).sender(sender).recipient(recipient)
                            .date(input.referenceDate().orElse(null)).evidence(s).add();
                }
            }
            return editor.build();
        }
    }

    @Test
    void parsesStringsReadersAndFilesAlike(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        Dispatch fromString = Diplotext.parse(TEXT);
        assertThat(fromString.article().headline()).contains("Le titre");
        assertThat(Diplotext.parse(new StringReader(TEXT))).isEqualTo(fromString);
        assertThat(Diplotext.parse(file)).isEqualTo(fromString);
        assertThat(Diplotext.parseAll(file)).containsExactly(fromString);
        assertThat(Diplotext.parseAll(new StringReader(TEXT))).containsExactly(fromString);
    }

    @Test
    void unreadableSourcesThrowTheLibraryException(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Diplotext.parse(dir.resolve("missing.txt")))
                .isInstanceOf(DiplotextException.class).hasMessageContaining("missing.txt");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "d\u00e9p\u00eache".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Diplotext.parse(latin1)).isInstanceOf(DiplotextException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Diplotext.parse((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void runsUserExtractorsAfterTheBuiltInOnesInRegistrationOrder() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Extractor first = (input, soFar) -> {
            seen.add("first:" + soFar.communications().size());
            return soFar;
        };
        Extractor third = (input, soFar) -> {
            seen.add("third:" + soFar.communications().size());
            return soFar;
        };
        DiplotextParser parser = Diplotext.builder().discoverServices(false)
                .extractor(first).extractor(new ConvocationStub()).extractor(third).build();

        Dispatch d = parser.parse(TEXT);
        int builtIn = Diplotext.builder().discoverServices(false).build().parse(TEXT).communications().size();

        assertThat(seen).containsExactly("first:" + builtIn, "third:" + (builtIn + 1));
        // the built-in extraction meets the envoy; the stub adds a meeting with his state
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING)
                .filteredOn(c -> c.recipients().stream().anyMatch(r -> d.actor(r).orElseThrow().names().contains("Russie")))
                .singleElement().satisfies(c -> {
            assertThat(c.sender().flatMap(d::actor).map(a -> a.names()).orElseThrow()).contains("Berne");
            assertThat(c.evidence().get(0).text()).isEqualTo("Berne a convoqué l'ambassadeur de Russie mardi.");
            assertThat(c.evidence().get(0).matches(TEXT)).isTrue();
        });
        assertThat(parser.extractors()).hasSize(3);
    }

    @Test
    void aFailingExtractorBecomesAnErrorIssueAndItsChangesAreDropped() {
        Extractor broken = new Extractor() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Dispatch extract(ExtractionInput input, Dispatch soFar) {
                throw new IllegalStateException("boom");
            }
        };
        DiplotextParser lenient = Diplotext.builder().discoverServices(false)
                .extractor(new ConvocationStub()).extractor(broken).build();

        Dispatch d = lenient.parse(TEXT);
        int builtIn = Diplotext.builder().discoverServices(false).build().parse(TEXT).communications().size();

        assertThat(d.communications()).hasSize(builtIn + 1);
        assertThat(d.issues(ParseIssue.Severity.ERROR)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("extractor 'broken' failed", "boom"));

        DiplotextParser strict = Diplotext.builder().discoverServices(false).extractor(broken).strict(true).build();
        assertThatThrownBy(() -> strict.parse(TEXT)).isInstanceOf(DiplotextException.class)
                .hasMessageContaining("broken").hasRootCauseMessage("boom");
    }

    @Test
    void anExtractorReturningNullCountsAsFailing() {
        DiplotextParser parser = Diplotext.builder().discoverServices(false).extractor((i, s) -> null).build();
        assertThat(parser.parse(TEXT).issues(ParseIssue.Severity.ERROR)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("returned null"));
    }

    /** Claims everything with a "COMMUNIQUÉ" first line; reads the second line as headline. */
    public static class StubFormat implements DispatchFormat {
        @Override
        public String id() {
            return "stub";
        }

        @Override
        public int confidence(String text) {
            return text.startsWith("COMMUNIQUÉ") ? 90 : 0;
        }

        @Override
        public List<Layout> read(String text) {
            int nl = text.indexOf('\n');
            int end = text.indexOf('\n', nl + 1);
            Span headline = Span.of(text, nl + 1, end);
            return List.of(new Layout(Article.builder(id()).headline(headline.text()).build(),
                    List.of(new Segment(SegmentKind.HEADLINE, headline)), List.of()));
        }
    }

    @Test
    void registeredFormatsReadWhatTheyRecognise() {
        DiplotextParser parser = Diplotext.builder().discoverServices(false).format(new StubFormat()).build();
        Dispatch d = parser.parse("COMMUNIQUÉ\nLa Suisse salue l'accord\n");
        assertThat(d.article().format()).isEqualTo("stub");
        assertThat(d.article().headline()).contains("La Suisse salue l'accord");
        assertThat(parser.parse(TEXT).article().format()).isNotEqualTo("stub");
        assertThat(parser.formats()).first().isEqualTo("stub");
    }

    @Test
    void aFormatThatThrowsDoesNotStopTheParse() {
        DispatchFormat confidenceThrows = new StubFormat() {
            @Override
            public int confidence(String text) {
                throw new IllegalStateException("no idea");
            }
        };
        DispatchFormat readThrows = new StubFormat() {
            @Override
            public List<Layout> read(String text) {
                throw new IllegalStateException("cannot read");
            }
        };
        String text = "COMMUNIQUÉ\nLa Suisse salue l'accord\n";
        Dispatch d = Diplotext.builder().discoverServices(false).format(confidenceThrows).build().parse(text);
        assertThat(d.article().format()).isNotEqualTo("stub");
        assertThat(d.issues(ParseIssue.Severity.ERROR)).isEmpty();

        DiplotextParser buggy = Diplotext.builder().discoverServices(false).format(readThrows).build();
        assertThatThrownBy(() -> buggy.parse(text)).as("a bug in read() reaches the caller")
                .isInstanceOf(IllegalStateException.class).hasMessage("cannot read");
        assertThat(buggy.parse(TEXT).article().format()).as("texts it does not claim are unaffected").isNotEqualTo("stub");
    }

    @Test
    void strictParsersListTheErrorIssuesOfWhatTheyRead() {
        DispatchFormat erring = new StubFormat() {
            @Override
            public List<Layout> read(String text) {
                Layout l = super.read(text).get(0);
                return List.of(new Layout(l.article(), l.segments(), List.of(
                        new ParseIssue(ParseIssue.Severity.WARNING, 0, 3, "odd but fine"),
                        new ParseIssue(ParseIssue.Severity.ERROR, 11, 20, "unreadable block"))));
            }
        };
        String text = "COMMUNIQUÉ\nLa Suisse salue l'accord\n";
        assertThat(Diplotext.builder().discoverServices(false).format(erring).build().parse(text)
                .issues(ParseIssue.Severity.ERROR)).hasSize(1);
        DiplotextParser strict = Diplotext.builder().discoverServices(false).format(erring).strict(true).build();
        assertThatThrownBy(() -> strict.parse(text)).isInstanceOf(DiplotextException.class)
                .hasMessage("strict parse found 1 error:\n  at 11..20: unreadable block");
    }

    @Test
    void theSharedParserIsBuiltOnce() {
        assertThat(Diplotext.parser()).isSameAs(Diplotext.parser());
    }

    @Test
    void strictParsersAcceptCleanText() {
        DiplotextParser strict = Diplotext.builder().discoverServices(false).strict(true).build();
        assertThat(strict.strict()).isTrue();
        assertThat(strict.parse(TEXT).issues(ParseIssue.Severity.ERROR)).isEmpty();
    }

    @Test
    void theBuilderKeepsItsSettingsAndTheParserIsUnaffectedByLaterChanges() {
        DiplotextParser.Builder builder = Diplotext.builder().discoverServices(false).zone(ZoneId.of("Europe/Paris"));
        DiplotextParser parser = builder.build();
        builder.extractor(new ConvocationStub()).zone(ZoneId.of("UTC"));
        assertThat(parser.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(parser.extractors()).isEmpty();
        assertThat(Diplotext.parser().zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(Diplotext.parser().strict()).isFalse();
    }

    @Test
    void discoversExtractorsAndFormatsThroughServiceLoader(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(Extractor.class.getName()),
                "# a comment\n" + ConvocationStub.class.getName() + "\n", StandardCharsets.UTF_8);
        Files.writeString(services.resolve(DispatchFormat.class.getName()), StubFormat.class.getName() + "\n",
                StandardCharsets.UTF_8);
        try (URLClassLoader loader = new ProvidersLoader(dir, getClass().getClassLoader(),
                ConvocationStub.class, StubFormat.class)) {
            DiplotextParser found = Diplotext.builder().serviceClassLoader(loader).build();
            assertThat(found.extractors()).singleElement().isEqualTo(ConvocationStub.class.getName());
            assertThat(found.formats()).first().isEqualTo("stub");
            int builtIn = Diplotext.builder().discoverServices(false).build().parse(TEXT).communications().size();
            assertThat(found.parse(TEXT).communications()).hasSize(builtIn + 1);

            Extractor sameClass = (Extractor) loader.loadClass(ConvocationStub.class.getName())
                    .getConstructor().newInstance();
            DiplotextParser twice = Diplotext.builder().serviceClassLoader(loader).extractor(sameClass).build();
            assertThat(twice.extractors()).hasSize(1);

            DiplotextParser off = Diplotext.builder().serviceClassLoader(loader).discoverServices(false).build();
            assertThat(off.extractors()).isEmpty();
            assertThat(off.formats()).doesNotContain("stub");
        }
    }

    @Test
    void aBrokenProviderFailsTheBuildWithAClearMessage(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(Extractor.class.getName()), "com.example.Missing\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> Diplotext.builder().serviceClassLoader(loader).build())
                    .isInstanceOf(DiplotextException.class).hasMessageContaining("com.example.Missing");
        }
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        DiplotextParser parser = Diplotext.builder().discoverServices(false).extractor(new ConvocationStub()).build();
        Dispatch expected = parser.parse(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Dispatch>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> parser.parse(TEXT)));
            }
            for (Future<Dispatch> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Defines its own copies of the provider classes, in its unnamed module: the tests may run on
     * the module path, where ServiceLoader ignores class-path providers that live in a named module.
     */
    private static final class ProvidersLoader extends URLClassLoader {
        private final List<String> own;

        ProvidersLoader(Path dir, ClassLoader parent, Class<?>... providers) {
            super(new URL[] {toUrl(dir)}, parent);
            this.own = java.util.Arrays.stream(providers).map(Class::getName).toList();
        }

        private static URL toUrl(Path dir) {
            try {
                return dir.toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> done = findLoadedClass(name);
                if (done != null) {
                    return done;
                }
                String resource = name.replace('.', '/') + ".class";
                try (var in = getParent().getResourceAsStream(resource)) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException | NullPointerException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
