package org.diplotext.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.Span;

/**
 * Writes a {@link Dispatch} as the JSON document of the diplotext contract and reads it back.
 *
 * <p>The document has the fields {@code article}, {@code actors}, {@code communications} and
 * {@code demands} of the evaluation contract, in its order, followed by diplotext's own
 * {@code segments} and {@code issues}; within an object, fields beyond the contract
 * ({@code organisation} of an actor, {@code intermediaries} of a communication) come last.
 * {@code docs/dispatch.schema.json} describes every field. Absent optional values are written
 * as {@code null}, never left out. Reading a document written by this class gives a dispatch
 * equal to the one written.
 *
 * <p>Reading is lenient where it costs nothing: fields may come in any order, unknown fields
 * are ignored, absent lists read as empty and absent optional values as empty. Everything else
 * that does not fit the model fails with a message that starts with the JSON path at fault.
 *
 * <p>All methods are static and thread-safe.
 */
public final class DispatchJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // A repeated field would silently replace the first; say so instead.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxDocumentLength(-1)
                    .build())
            .build();
    /**
     * Only reading needs the object mapper; it is made on first use so that writing JSON (what
     * the command line does) does not pay its start-up in a fresh JVM.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
    private static final CharacterEscapes ESCAPES = new LineSafeEscapes();
    // Two-space indent and "\n" line ends on every platform, one value per line, "key": value.
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DispatchJson() {
    }

    /** The dispatch as a JSON document indented by two spaces, lines ending in {@code \n}, without a trailing newline. */
    public static String toJson(Dispatch dispatch) {
        return write(dispatch, true);
    }

    /**
     * The dispatch as a JSON document on one line, without a trailing newline, for JSON Lines.
     * Characters that some readers take for line breaks (U+0085, U+2028, U+2029) are escaped
     * like control characters, so the document stays on one line for them too.
     */
    public static String toJsonLine(Dispatch dispatch) {
        return write(dispatch, false);
    }

    private static String write(Dispatch dispatch, boolean pretty) {
        StringWriter out = new StringWriter();
        try {
            write(dispatch, out, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the dispatch to {@code out} (indented when {@code pretty}, else on one line) and
     * flushes it, leaving it open.
     *
     * @throws IOException if {@code out} fails
     */
    public static void write(Dispatch dispatch, Writer out, boolean pretty) throws IOException {
        Objects.requireNonNull(dispatch, "dispatch must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(ESCAPES);
            if (pretty) {
                g.setPrettyPrinter(PRETTY.createInstance());
            }
            new Writing(g).dispatch(dispatch);
        }
    }

    /**
     * Reads a JSON document of the contract.
     *
     * @throws DiplotextException if {@code json} is not valid JSON or does not follow the
     *                            contract; the message names the field at fault
     */
    public static Dispatch fromJson(String json) {
        Objects.requireNonNull(json, "json must not be null");
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : String.format(java.util.Locale.ROOT, " (line %d, column %d)",
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new DiplotextException("not a JSON document: " + e.getOriginalMessage() + where, e);
        }
        try {
            return Reading.dispatch(root);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new DiplotextException("JSON document does not follow the diplotext contract: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson's standard escapes, plus six-character hex escapes for the characters that Python's
     * {@code str.splitlines()} and JavaScript take for line ends, and for UTF-16 surrogates so
     * that even a lone surrogate is written as valid JSON (a pair reads back as one character).
     */
    private static final class LineSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x85 || ch == 0x2028 || ch == 0x2029 || (ch >= 0xD800 && ch <= 0xDFFF)) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
            }
            return null;
        }
    }

    /** Writes values in the contract's field order. */
    private static final class Writing {
        private final JsonGenerator g;

        Writing(JsonGenerator g) {
            this.g = g;
        }

        void dispatch(Dispatch d) throws IOException {
            g.writeStartObject();
            g.writeFieldName("article");
            article(d.article());
            g.writeArrayFieldStart("actors");
            for (Actor a : d.actors()) {
                actor(a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("communications");
            for (Communication c : d.communications()) {
                communication(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("demands");
            for (Demand x : d.demands()) {
                demand(x);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("segments");
            for (Segment s : d.segments()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind().name());
                spanFields(s.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("issues");
            for (ParseIssue i : d.issues()) {
                g.writeStartObject();
                g.writeStringField("severity", i.severity().name());
                g.writeNumberField("start", i.start());
                g.writeNumberField("end", i.end());
                g.writeStringField("message", i.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        void article(Article a) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", a.format());
            optional("agency", a.agency());
            strings("credits", a.credits());
            optional("kicker", a.kicker());
            optional("headline", a.headline());
            optional("published", a.published().map(Object::toString));
            optional("dateline", a.dateline());
            optional("lead", a.lead());
            strings("captions", a.captions());
            g.writeArrayFieldStart("sections");
            for (Section s : a.sections()) {
                g.writeStartObject();
                optional("heading", s.heading());
                strings("paragraphs", s.paragraphs());
                g.writeEndObject();
            }
            g.writeEndArray();
            optional("signature", a.signature());
            g.writeEndObject();
        }

        void actor(Actor a) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("type", a.type().name());
            g.writeStringField("name", a.name());
            strings("aliases", a.aliases());
            optional("country", a.country());
            optional("role", a.role());
            optional("affiliation", a.affiliation());
            spans("mentions", a.mentions());
            if (a.organisation().isPresent()) {
                var o = a.organisation().get();
                g.writeObjectFieldStart("organisation");
                g.writeStringField("name", o.name());
                optional("acronym", o.acronym());
                strings("aliases", o.aliases());
                g.writeStringField("kind", o.kind().name());
                g.writeEndObject();
            } else {
                g.writeNullField("organisation");
            }
            g.writeEndObject();
        }

        void communication(Communication c) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("type", c.type().name());
            optional("sender", c.sender());
            strings("recipients", c.recipients());
            optional("date", c.date().map(Object::toString));
            optional("quote", c.quote());
            spans("evidence", c.evidence());
            // Beyond the contract's fields, hence after them.
            strings("intermediaries", c.intermediaries());
            g.writeEndObject();
        }

        void demand(Demand d) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            optional("source", d.source());
            optional("target", d.target());
            g.writeStringField("content", d.content());
            g.writeBooleanField("direct", d.direct());
            optional("date", d.date().map(Object::toString));
            spans("evidence", d.evidence());
            g.writeEndObject();
        }

        void optional(String field, Optional<String> value) throws IOException {
            if (value.isPresent()) {
                g.writeStringField(field, value.get());
            } else {
                g.writeNullField(field);
            }
        }

        void strings(String field, List<String> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }

        void spans(String field, List<Span> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (Span s : values) {
                g.writeStartObject();
                spanFields(s);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        void spanFields(Span s) throws IOException {
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("text", s.text());
        }
    }
}
