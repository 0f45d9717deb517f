package org.diplotext;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.diplotext.extract.Extraction;
import org.diplotext.format.Formats;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Segment;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.ExtractionInput;
import org.diplotext.spi.Extractor;
import org.diplotext.spi.Layout;
import org.diplotext.spi.LexiconSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured parser of dispatches: formats, lexicons, extractors, time zone and strictness.
 * Immutable and thread-safe: build it once with {@link Diplotext#builder()} and share it.
 *
 * <pre>{@code
 * DiplotextParser parser = Diplotext.builder()
 *         .format(new MyPressReleaseFormat())
 *         .extractor(new MyExtractor())
 *         .lexicon(LexiconSource.fromDirectory(Path.of("my-lexicon")))
 *         .strict(true)
 *         .build();
 * List<Dispatch> all = parser.parseAll(Path.of("wire.txt"));
 * }</pre>
 *
 * <h2>Lenient or strict</h2>
 * <p>A parser is lenient by default: odd content never throws, it yields a partial result whose
 * {@link Dispatch#issues()} say what went wrong, including an extractor that threw (an
 * {@code ERROR} issue naming it; its changes are dropped). A strict parser throws a
 * {@link DiplotextException} instead when an extractor throws, or when a dispatch it read carries
 * {@code ERROR} issues; the message lists them. A format whose {@code confidence} throws is taken
 * as not confident; one whose {@code read} throws has a bug, and the exception reaches the caller. Both throw {@link DiplotextException} for sources that cannot be read, and
 * {@link NullPointerException} for null arguments.
 *
 * <h2>Pipeline</h2>
 * <p>For each text: every format says how confident it is; the most confident reads the layouts
 * (one per dispatch); the built-in extraction finds actors, communications and demands; then the
 * user extractors run in registration order, each receiving the previous result.
 */
public final class DiplotextParser {
    /**
     * The logger, made at its first use: a build that has nothing to report never starts SLF4J,
     * whose start-up in a fresh JVM (looking for a provider) costs more than reading the lexicons.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(DiplotextParser.class);
    }

    private final List<DispatchFormat> formats;
    private final List<Extractor> extractors;
    private final ZoneId zone;
    private final boolean strict;
    private final Extraction extraction;

    private DiplotextParser(Builder builder) {
        List<DispatchFormat> userFormats = new ArrayList<>(builder.formats);
        List<LexiconSource> lexicons = new ArrayList<>(builder.lexicons);
        List<Extractor> userExtractors = new ArrayList<>(builder.extractors);
        if (builder.discover) {
            ClassLoader loader = builder.classLoader;
            addDiscovered(userFormats, DispatchFormat.class, loader);
            addDiscovered(lexicons, LexiconSource.class, loader);
            addDiscovered(userExtractors, Extractor.class, loader);
        }
        // The formats' data and the extraction lexicons are independent: in a fresh JVM, where
        // both are read by the interpreter, reading them side by side shortens the build.
        CompletableFuture<List<DispatchFormat>> builtIn = CompletableFuture.supplyAsync(Formats::builtIn);
        this.extraction = Extraction.create(List.copyOf(lexicons));
        List<DispatchFormat> all = new ArrayList<>(userFormats);
        all.addAll(builtIn.join()); // ours: a failure is a packaging error
        this.formats = List.copyOf(all);
        this.extractors = List.copyOf(userExtractors);
        this.zone = builder.zone;
        this.strict = builder.strict;
    }


    /** Adds the providers found by ServiceLoader whose class is not registered already. */
    private static <T> void addDiscovered(List<T> into, Class<T> service, ClassLoader loader) {
        ServiceLoader<T> found = loader == null ? ServiceLoader.load(service) : ServiceLoader.load(service, loader);
        try {
            for (T provider : found) {
                if (into.stream().noneMatch(p -> p.getClass() == provider.getClass())) {
                    into.add(provider);
                    Log.LOG.debug("discovered {} {}", service.getSimpleName(), provider.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new DiplotextException("cannot load a " + service.getName() + " provider: " + e.getMessage(), e);
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * The time zone assumed for stamps that give none.
     *
     * @return the zone, Europe/Zurich unless set
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether this parser is strict (see the class documentation).
     *
     * @return true if strict
     */
    public boolean strict() {
        return strict;
    }

    /**
     * The ids of the formats this parser tries, in order of preference on a tie: registered, then
     * discovered, then built-in.
     *
     * @return the format ids
     */
    public List<String> formats() {
        return formats.stream().map(DispatchFormat::id).toList();
    }

    /**
     * The names of the user extractors, in the order they run after the built-in extraction.
     *
     * @return the extractor names
     */
    public List<String> extractors() {
        return extractors.stream().map(Extractor::name).toList();
    }

    /**
     * Parses a dispatch held in a string; see {@link Diplotext#parse(String)}. When the text holds
     * several dispatches this returns the first with a {@code WARNING} issue saying so.
     *
     * @param text the dispatch
     * @return the parsed dispatch, never null
     * @throws NullPointerException if {@code text} is null
     * @throws DiplotextException   if this parser is strict and the dispatch has {@code ERROR} issues
     */
    public Dispatch parse(String text) {
        return first(parseAll(text), text);
    }

    /**
     * Parses a dispatch held in a string, as {@link #parse(String)} does, with a date known outside
     * the text (a feed's wire date) standing in for the publication date the dispatch does not
     * give. A dateline without a year ({@code PARIS, 14 mars (AFP) -}) takes the year that puts its
     * day nearest {@code referenceDate}; a dispatch that names no date is taken as published on
     * {@code referenceDate}. Either way {@link org.diplotext.model.Article#published()} holds the
     * date, relative and partial dates ({@code mardi}, {@code hier}, {@code le 14 mars}) are resolved
     * against it, and an {@code INFO} issue says where it came from. A date the text gives in full (a
     * dateline or stamp with its year, or a full date near its top) wins: the reference date is
     * then ignored.
     *
     * <p>Without a reference date, a dispatch that gives no year leaves its communications and
     * demands undated, with a {@code WARNING} issue saying so.
     *
     * @param text          the dispatch
     * @param referenceDate the day the dispatch is known to have been published
     * @return the parsed dispatch, never null
     * @throws NullPointerException if {@code text} or {@code referenceDate} is null
     * @throws DiplotextException   if this parser is strict and the dispatch has {@code ERROR} issues
     */
    public Dispatch parse(String text, LocalDate referenceDate) {
        return first(parseAll(text, referenceDate), text);
    }

    private static Dispatch first(List<Dispatch> all, String text) {
        Dispatch first = all.get(0);
        if (all.size() == 1) {
            return first;
        }
        List<ParseIssue> issues = new ArrayList<>(first.issues());
        issues.add(new ParseIssue(ParseIssue.Severity.WARNING, 0, text.length(), "the text holds " + all.size()
                + " dispatches; this result is the first, parseAll returns them all"));
        return new Dispatch(first.article(), first.segments(), first.actors(), first.communications(),
                first.demands(), issues);
    }

    /**
     * Parses every dispatch a string holds, in order.
     *
     * @param text one or more dispatches
     * @return at least one dispatch
     * @throws NullPointerException if {@code text} is null
     * @throws DiplotextException   if this parser is strict and a dispatch has {@code ERROR} issues
     *                              or an extension throws
     */
    public List<Dispatch> parseAll(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return parseAll(text, Optional.empty());
    }

    /**
     * Parses every dispatch a string holds, in order, each with {@code referenceDate} standing in
     * for the publication date it does not give; see {@link #parse(String, LocalDate)}.
     *
     * @param text          one or more dispatches
     * @param referenceDate the day the dispatches are known to have been published
     * @return at least one dispatch
     * @throws NullPointerException if {@code text} or {@code referenceDate} is null
     * @throws DiplotextException   if this parser is strict and a dispatch has {@code ERROR} issues
     *                              or an extension throws
     */
    public List<Dispatch> parseAll(String text, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(referenceDate, "referenceDate must not be null");
        return parseAll(text, Optional.of(referenceDate));
    }

    private List<Dispatch> parseAll(String text, Optional<LocalDate> referenceDate) {
        List<Dispatch> out = new ArrayList<>();
        for (Layout read : readLayouts(text)) {
            // dated before any extractor runs, so that user extractors see the same publication date
            Layout layout = referenceDate.map(day -> extraction.dated(text, read, day)).orElse(read);
            Dispatch dispatch = extraction.extract(text, layout);
            ExtractionInput input = new ExtractionInput(text, layout, zone);
            for (Extractor extractor : extractors) {
                dispatch = runExtractor(extractor, input, dispatch, layout, text);
            }
            out.add(dispatch);
        }
        if (strict) {
            requireNoErrors(out);
        }
        return List.copyOf(out);
    }

    /**
     * The layouts of the most confident format. A format whose {@code read} throws is a bug, not
     * odd content: the exception reaches the caller (the command line reports it per file).
     */
    private List<Layout> readLayouts(String text) {
        DispatchFormat format = Formats.choose(text, formats.stream().map(Guarded::new).map(DispatchFormat.class::cast)
                .toList());
        DispatchFormat chosen = format instanceof Guarded g ? g.delegate : format;
        return requireLayouts(chosen, chosen.read(text));
    }

    private static List<Layout> requireLayouts(DispatchFormat format, List<Layout> layouts) {
        if (layouts == null || layouts.isEmpty() || layouts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("format '" + format.id() + "': read() returned "
                    + (layouts == null ? "null" : "no layout or a null layout"));
        }
        return layouts;
    }

    private Dispatch runExtractor(Extractor extractor, ExtractionInput input, Dispatch soFar, Layout layout, String text) {
        String name = nameOf(extractor);
        try {
            Dispatch result = extractor.extract(input, soFar);
            if (result == null) {
                throw new IllegalStateException("extract() returned null");
            }
            return result;
        } catch (RuntimeException e) {
            String message = "extractor '" + name + "' failed: " + describe(e);
            if (strict) {
                throw new DiplotextException(message, e);
            }
            Log.LOG.warn("{}; its changes are dropped", message, e);
            int start = layout.segments().stream().mapToInt(s -> s.span().start()).min().orElse(0);
            int end = layout.segments().stream().map(Segment::span).mapToInt(s -> s.end()).max().orElse(text.length());
            return withIssue(soFar, new ParseIssue(ParseIssue.Severity.ERROR, start, Math.max(start, end),
                    message + "; its changes are dropped"));
        }
    }

    private static String nameOf(Extractor extractor) {
        try {
            String name = extractor.name();
            return name == null || name.isBlank() ? extractor.getClass().getName() : name;
        } catch (RuntimeException e) {
            return extractor.getClass().getName();
        }
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static Dispatch withIssue(Dispatch d, ParseIssue issue) {
        List<ParseIssue> issues = new ArrayList<>(d.issues());
        issues.add(issue);
        issues.sort(java.util.Comparator.comparingInt(ParseIssue::start));
        return new Dispatch(d.article(), d.segments(), d.actors(), d.communications(), d.demands(), issues);
    }

    private static void requireNoErrors(List<Dispatch> dispatches) {
        List<String> errors = dispatches.stream().flatMap(d -> d.issues().stream())
                .filter(i -> i.severity() == ParseIssue.Severity.ERROR)
                .map(i -> "  at " + i.start() + ".." + i.end() + ": " + i.message())
                .toList();
        if (!errors.isEmpty()) {
            throw new DiplotextException("strict parse found " + errors.size() + " error"
                    + (errors.size() == 1 ? "" : "s") + ":\n" + errors.stream().collect(Collectors.joining("\n")));
        }
    }

    /**
     * Parses the UTF-8 text file at {@code path}; see {@link #parse(String)}.
     *
     * @param path a UTF-8 text file
     * @return the parsed dispatch
     * @throws DiplotextException if the file cannot be read or is not UTF-8
     */
    public Dispatch parse(Path path) {
        return parse(read(path));
    }

    /**
     * Parses every dispatch in the UTF-8 text file at {@code path}.
     *
     * @param path a UTF-8 text file
     * @return at least one dispatch
     * @throws DiplotextException if the file cannot be read or is not UTF-8
     */
    public List<Dispatch> parseAll(Path path) {
        return parseAll(read(path));
    }

    /**
     * Parses everything {@code reader} yields, then leaves it open; see {@link #parse(String)}.
     *
     * @param reader the source
     * @return the parsed dispatch
     * @throws DiplotextException if reading fails
     */
    public Dispatch parse(Reader reader) {
        return parse(drain(reader));
    }

    /**
     * Parses every dispatch {@code reader} yields, then leaves it open.
     *
     * @param reader the source
     * @return at least one dispatch
     * @throws DiplotextException if reading fails
     */
    public List<Dispatch> parseAll(Reader reader) {
        return parseAll(drain(reader));
    }

    private static String drain(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        StringWriter out = new StringWriter();
        try {
            reader.transferTo(out);
        } catch (IOException e) {
            throw new DiplotextException("cannot read the dispatch: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The text of a UTF-8 file, decoded strictly.
     *
     * @param path a file
     * @return its text
     * @throws DiplotextException if the file cannot be read or holds bytes that are not UTF-8
     */
    public static String read(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DiplotextException(path + ": cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        return decode(bytes, path.toString());
    }

    /**
     * Decodes UTF-8 bytes strictly.
     *
     * @param bytes  the bytes
     * @param source what they come from, for the message
     * @return the text
     * @throws DiplotextException naming {@code source} if the bytes are not UTF-8
     */
    public static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DiplotextException(source + ": not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /** A format whose confidence is 0 when it throws, so one broken format cannot stop parsing. */
    private static final class Guarded implements DispatchFormat {
        private final DispatchFormat delegate;

        Guarded(DispatchFormat delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public int confidence(String text) {
            try {
                return delegate.confidence(text);
            } catch (RuntimeException e) {
                Log.LOG.warn("format '{}' failed to say its confidence; taken as 0", delegate.id(), e);
                return 0;
            }
        }

        @Override
        public List<Layout> read(String text) {
            return delegate.read(text);
        }
    }

    /**
     * Collects a parser's settings. Not thread-safe; the parser it builds is.
     *
     * <p>Defaults: no extra format, lexicon or extractor; providers found by
     * {@link ServiceLoader} are added; time zone Europe/Zurich; lenient.
     */
    public static final class Builder {
        private final List<DispatchFormat> formats = new ArrayList<>();
        private final List<LexiconSource> lexicons = new ArrayList<>();
        private final List<Extractor> extractors = new ArrayList<>();
        private ZoneId zone = ZoneId.of("Europe/Zurich");
        private boolean strict;
        private boolean discover = true;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * Adds a format, tried before the built-in ones and winning ties against them.
         *
         * @param format the format
         * @return this builder
         */
        public Builder format(DispatchFormat format) {
            formats.add(Objects.requireNonNull(format, "format must not be null"));
            return this;
        }

        /**
         * Adds lexicon entries to the built-in ones.
         *
         * @param source the entries
         * @return this builder
         */
        public Builder lexicon(LexiconSource source) {
            lexicons.add(Objects.requireNonNull(source, "source must not be null"));
            return this;
        }

        /**
         * Adds an extractor, run after the built-in extraction and the extractors added before it.
         *
         * @param extractor the extractor
         * @return this builder
         */
        public Builder extractor(Extractor extractor) {
            extractors.add(Objects.requireNonNull(extractor, "extractor must not be null"));
            return this;
        }

        /**
         * Sets the time zone assumed for stamps that give none; Europe/Zurich by default.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone must not be null");
            return this;
        }

        /**
         * Makes the parser strict (throw on {@code ERROR} issues and failing extensions) or lenient
         * (the default).
         *
         * @param value true for strict
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Whether {@link #build()} adds the {@link DispatchFormat}, {@link LexiconSource} and
         * {@link Extractor} providers found by {@link ServiceLoader} after the registered ones
         * (true by default). A provider whose class is registered already is not added twice.
         *
         * @param value false to use only what is registered on this builder
         * @return this builder
         */
        public Builder discoverServices(boolean value) {
            this.discover = value;
            return this;
        }

        /**
         * Sets the class loader in which providers are looked up; by default the thread's context
         * class loader (and, on the module path, the modules that provide the services).
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder serviceClassLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "class loader must not be null");
            return this;
        }

        /**
         * The parser. The builder may be changed and used again afterwards without affecting it.
         *
         * @return a new, immutable, thread-safe parser
         * @throws DiplotextException if a provider found by {@link ServiceLoader} cannot be loaded,
         *                            or a lexicon source cannot be read
         */
        public DiplotextParser build() {
            return new DiplotextParser(this);
        }
    }

    private static volatile DiplotextParser shared;

    /**
     * The default parser, built on first use. Not a holder class: a provider that cannot be
     * loaded must give the same clear DiplotextException on every call, not an
     * ExceptionInInitializerError followed by NoClassDefFoundErrors.
     */
    static DiplotextParser shared() {
        DiplotextParser p = shared;
        if (p == null) {
            synchronized (DiplotextParser.class) {
                p = shared;
                if (p == null) {
                    p = new Builder().build();
                    shared = p;
                }
            }
        }
        return p;
    }
}
