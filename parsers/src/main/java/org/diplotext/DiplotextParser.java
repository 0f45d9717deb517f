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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.diplotext.extract.Extraction;
import org.diplotext.format.Formats;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.diplotext.spi.LexiconSource;

/**
 * A configured parser of dispatches. Immutable and thread-safe: build it once with
 * {@link Diplotext#builder()} and share it.
 */
public final class DiplotextParser {
    private final List<DispatchFormat> formats;
    private final ZoneId zone;
    private final Extraction extraction;

    private DiplotextParser(Builder builder) {
        List<DispatchFormat> all = new ArrayList<>(builder.formats);
        all.addAll(Formats.builtIn());
        this.formats = List.copyOf(all);
        this.zone = builder.zone;
        this.extraction = Extraction.create(builder.lexicons);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The time zone assumed for stamps that give none. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Parses a dispatch held in a string; see {@link Diplotext#parse(String)}.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Dispatch parse(String text) {
        List<Dispatch> all = parseAll(text);
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

    /** Parses every dispatch a string holds, in order; at least one. */
    public List<Dispatch> parseAll(String text) {
        Objects.requireNonNull(text, "text must not be null");
        DispatchFormat format = Formats.choose(text, formats);
        List<Dispatch> out = new ArrayList<>();
        for (Layout layout : format.read(text)) {
            out.add(extraction.extract(text, layout));
        }
        return List.copyOf(out);
    }

    /**
     * Parses the UTF-8 text file at {@code path}.
     *
     * @throws DiplotextException if the file cannot be read or is not UTF-8
     */
    public Dispatch parse(Path path) {
        return parse(read(path));
    }

    /** Parses every dispatch in the UTF-8 text file at {@code path}. */
    public List<Dispatch> parseAll(Path path) {
        return parseAll(read(path));
    }

    /**
     * Parses everything {@code reader} yields, then leaves it open.
     *
     * @throws DiplotextException if reading fails
     */
    public Dispatch parse(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        StringWriter out = new StringWriter();
        try {
            reader.transferTo(out);
        } catch (IOException e) {
            throw new DiplotextException("cannot read the dispatch: " + e.getMessage(), e);
        }
        return parse(out.toString());
    }

    /**
     * The text of a UTF-8 file, decoded strictly.
     *
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

    /** Collects a parser's settings. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private final List<DispatchFormat> formats = new ArrayList<>();
        private final List<LexiconSource> lexicons = new ArrayList<>();
        private ZoneId zone = ZoneId.of("Europe/Zurich");

        private Builder() {
        }

        /** Adds a format, tried before the built-in ones and winning ties against them. */
        public Builder format(DispatchFormat format) {
            formats.add(Objects.requireNonNull(format, "format must not be null"));
            return this;
        }

        /** Adds lexicon entries to the built-in ones. */
        public Builder lexicon(LexiconSource source) {
            lexicons.add(Objects.requireNonNull(source, "source must not be null"));
            return this;
        }

        /** Sets the time zone assumed for stamps that give none; Europe/Zurich by default. */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone must not be null");
            return this;
        }

        /** The parser. */
        public DiplotextParser build() {
            return new DiplotextParser(this);
        }
    }

    static final class DefaultHolder {
        static final DiplotextParser INSTANCE = new Builder().build();

        private DefaultHolder() {
        }
    }
}
