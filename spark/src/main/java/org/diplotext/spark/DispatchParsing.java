package org.diplotext.spark;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.diplotext.DiplotextParser;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Actor;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;

/**
 * The parse stage: turns each input row ({@link Tables#INPUT}) into exactly one
 * {@link Tables#PARSED} row, either an error or the dispatches it holds, so that no input is lost
 * and no bad document stops the job. Runs on the executors with the JVM's shared parser.
 */
final class DispatchParsing implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final String[] NO_STRINGS = new String[0];
    private static final Row[] NO_ROWS = new Row[0];

    private final String zone;

    DispatchParsing(ZoneId zone) {
        this.zone = zone.getId();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        DiplotextParser parser = ParserHolder.parser(ZoneId.of(zone));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                return parse(parser, inputs.next());
            }
        };
    }

    static Row parse(DiplotextParser parser, Row input) {
        String id = input.getString(0);
        String source = input.getString(1);
        try {
            if (!input.isNullAt(4)) {
                return error(id, source, input.getString(4));
            }
            if (id == null || id.isBlank()) {
                return error(id, source, "the document has no id");
            }
            String text = input.isNullAt(2)
                    ? input.getString(3)
                    : DiplotextParser.decode((byte[]) input.get(2), source);
            if (text == null || text.isBlank()) {
                return error(id, source, "empty document: no text to parse");
            }
            return parsed(id, source, parser.parseAll(text));
        } catch (DiplotextException e) {
            return error(id, source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of the library on one document must not stop a job over millions: report it.
            return error(id, source, String.format(Locale.ROOT, "diplotext failed: %s: %s",
                    e.getClass().getName(), e.getMessage()));
        }
    }

    private static Row error(String id, String source, String message) {
        return RowFactory.create(id, source, message == null ? "unknown error" : message,
                NO_STRINGS, NO_ROWS, NO_ROWS);
    }

    private static Row parsed(String inputId, String source, List<Dispatch> dispatches) {
        List<String> documents = new ArrayList<>();
        List<Row> communications = new ArrayList<>();
        List<Row> demands = new ArrayList<>();
        for (int i = 0; i < dispatches.size(); i++) {
            Dispatch dispatch = dispatches.get(i);
            String id = dispatchId(inputId, i, dispatches.size());
            documents.add(jsonLine(id, dispatch));
            String published = dispatch.article().published().map(Object::toString).orElse(null);
            for (Communication c : dispatch.communications()) {
                communications.add(communication(id, published, dispatch, c));
            }
            for (Demand d : dispatch.demands()) {
                demands.add(demand(id, published, dispatch, d));
            }
        }
        return RowFactory.create(inputId, source, null, documents.toArray(NO_STRINGS),
                communications.toArray(NO_ROWS), demands.toArray(NO_ROWS));
    }

    /** The input's id, or {@code id#n} (from 1) for each of several dispatches in one text. */
    static String dispatchId(String inputId, int index, int count) {
        return count == 1 ? inputId : inputId + "#" + (index + 1);
    }

    /** The contract's JSON document on one line, with {@code dispatch_id} as its first field. */
    static String jsonLine(String dispatchId, Dispatch dispatch) {
        String document = DispatchJson.toJsonLine(dispatch);
        return "{\"dispatch_id\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(dispatchId))
                + "\"," + document.substring(1);
    }

    static Row communication(String dispatchId, String published, Dispatch dispatch, Communication c) {
        Optional<Span> first = c.evidence().stream().min(Span::compareTo);
        return RowFactory.create(
                dispatchId,
                c.id(),
                c.type().name(),
                c.date().map(LocalDate::toString).orElse(null),
                published,
                c.sender().orElse(null),
                c.sender().map(ref -> name(dispatch, ref)).orElse(null),
                c.recipients().toArray(NO_STRINGS),
                c.recipients().stream().map(ref -> name(dispatch, ref)).toArray(String[]::new),
                c.quote().orElse(null),
                first.map(Span::start).orElse(null),
                first.map(Span::end).orElse(null),
                spans(c.evidence()));
    }

    static Row demand(String dispatchId, String published, Dispatch dispatch, Demand d) {
        Optional<Span> first = d.evidence().stream().min(Span::compareTo);
        return RowFactory.create(
                dispatchId,
                d.id(),
                d.date().map(LocalDate::toString).orElse(null),
                published,
                d.source().orElse(null),
                d.source().map(ref -> name(dispatch, ref)).orElse(null),
                d.target().orElse(null),
                d.target().map(ref -> name(dispatch, ref)).orElse(null),
                d.content(),
                d.direct(),
                first.map(Span::start).orElse(null),
                first.map(Span::end).orElse(null),
                spans(d.evidence()));
    }

    private static String name(Dispatch dispatch, String actorId) {
        // Dispatch checks that every reference names one of its actors.
        return dispatch.actor(actorId).map(Actor::name).orElse(actorId);
    }

    private static Row[] spans(List<Span> spans) {
        return spans.stream().map(s -> RowFactory.create(s.start(), s.end(), s.text())).toArray(Row[]::new);
    }
}
