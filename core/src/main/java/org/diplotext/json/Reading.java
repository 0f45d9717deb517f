package org.diplotext.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Organisation;
import org.diplotext.model.OrganisationKind;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;

/**
 * Builds model values from a JSON tree. Every failure is an {@link IllegalArgumentException}
 * whose message starts with the JSON path of the value at fault ({@code $.actors[2].type}).
 * Absent lists read as empty and absent optional values as empty, so a minimal document needs
 * only {@code article.format}.
 */
final class Reading {
    private Reading() {
    }

    static Dispatch dispatch(JsonNode root) {
        requireObject(root, "$");
        Article article = article(required(root, "article", "$"), "$.article");
        List<Segment> segments = list(root, "segments", "$", Reading::segment);
        List<Actor> actors = list(root, "actors", "$", Reading::actor);
        List<Communication> communications = list(root, "communications", "$", Reading::communication);
        List<Demand> demands = list(root, "demands", "$", Reading::demand);
        List<ParseIssue> issues = list(root, "issues", "$", Reading::issue);
        // The model's message names the dangling or repeated id.
        return build("$", () -> new Dispatch(article, segments, actors, communications, demands, issues));
    }

    private static Article article(JsonNode n, String at) {
        requireObject(n, at);
        String format = text(n, "format", at);
        Optional<String> agency = optionalText(n, "agency", at);
        List<String> credits = texts(n, "credits", at);
        Optional<String> kicker = optionalText(n, "kicker", at);
        Optional<String> headline = optionalText(n, "headline", at);
        Optional<Published> published = optionalText(n, "published", at)
                .map(v -> build(at + ".published", () -> Published.parse(v)));
        Optional<String> dateline = optionalText(n, "dateline", at);
        Optional<String> lead = optionalText(n, "lead", at);
        List<String> captions = texts(n, "captions", at);
        List<Section> sections = list(n, "sections", at, Reading::section);
        Optional<String> signature = optionalText(n, "signature", at);
        return build(at, () -> new Article(format, agency, credits, kicker, headline, published, dateline, lead,
                captions, sections, signature));
    }

    private static Section section(JsonNode n, String at) {
        requireObject(n, at);
        Optional<String> heading = optionalText(n, "heading", at);
        List<String> paragraphs = texts(n, "paragraphs", at);
        return build(at, () -> new Section(heading, paragraphs));
    }

    private static Segment segment(JsonNode n, String at) {
        requireObject(n, at);
        SegmentKind kind = constant(n, "kind", at, SegmentKind.class);
        return new Segment(kind, span(n, at));
    }

    private static Actor actor(JsonNode n, String at) {
        requireObject(n, at);
        String id = text(n, "id", at);
        ActorType type = constant(n, "type", at, ActorType.class);
        String name = text(n, "name", at);
        List<String> aliases = texts(n, "aliases", at);
        Optional<String> country = optionalText(n, "country", at);
        Optional<String> role = optionalText(n, "role", at);
        Optional<String> affiliation = optionalText(n, "affiliation", at);
        List<Span> mentions = list(n, "mentions", at, Reading::span);
        Optional<Organisation> organisation = optional(n, "organisation").map(o -> organisation(o, at + ".organisation"));
        return build(at, () -> new Actor(id, type, name, aliases, country, role, affiliation, mentions, organisation));
    }

    private static Organisation organisation(JsonNode n, String at) {
        requireObject(n, at);
        String name = text(n, "name", at);
        Optional<String> acronym = optionalText(n, "acronym", at);
        List<String> aliases = texts(n, "aliases", at);
        OrganisationKind kind = constant(n, "kind", at, OrganisationKind.class);
        return build(at, () -> new Organisation(name, acronym, aliases, kind));
    }

    private static Communication communication(JsonNode n, String at) {
        requireObject(n, at);
        String id = text(n, "id", at);
        CommunicationType type = constant(n, "type", at, CommunicationType.class);
        Optional<String> sender = optionalText(n, "sender", at);
        List<String> recipients = texts(n, "recipients", at);
        List<String> intermediaries = texts(n, "intermediaries", at);
        Optional<LocalDate> date = date(n, "date", at);
        Optional<String> quote = optionalText(n, "quote", at);
        List<Span> evidence = list(n, "evidence", at, Reading::span);
        return build(at, () -> new Communication(id, type, sender, recipients, intermediaries, date, quote, evidence));
    }

    private static Demand demand(JsonNode n, String at) {
        requireObject(n, at);
        String id = text(n, "id", at);
        Optional<String> source = optionalText(n, "source", at);
        Optional<String> target = optionalText(n, "target", at);
        String content = text(n, "content", at);
        boolean direct = bool(n, "direct", at);
        Optional<LocalDate> date = date(n, "date", at);
        List<Span> evidence = list(n, "evidence", at, Reading::span);
        return build(at, () -> new Demand(id, source, target, content, direct, date, evidence));
    }

    private static ParseIssue issue(JsonNode n, String at) {
        requireObject(n, at);
        ParseIssue.Severity severity = constant(n, "severity", at, ParseIssue.Severity.class);
        int start = integer(n, "start", at);
        int end = integer(n, "end", at);
        String message = text(n, "message", at);
        return build(at, () -> new ParseIssue(severity, start, end, message));
    }

    private static Span span(JsonNode n, String at) {
        requireObject(n, at);
        int start = integer(n, "start", at);
        int end = integer(n, "end", at);
        String text = text(n, "text", at);
        return build(at, () -> new Span(start, end, text));
    }

    /** Runs a model constructor, prefixing its complaint with the path of the value built. */
    private static <T> T build(String at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static Optional<JsonNode> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private static JsonNode required(JsonNode n, String field, String at) {
        return optional(n, field).orElseThrow(() -> new IllegalArgumentException(at + "." + field + " is missing"));
    }

    private static void requireObject(JsonNode n, String at) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(at + " must be an object, was " + describe(n));
        }
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = required(n, field, at);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + " must be a string, was " + describe(v));
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field, String at) {
        JsonNode v = required(n, field, at);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(at + "." + field + " must be an integer, was " + describe(v));
        }
        return v.intValue();
    }

    private static boolean bool(JsonNode n, String field, String at) {
        JsonNode v = required(n, field, at);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(at + "." + field + " must be true or false, was " + describe(v));
        }
        return v.booleanValue();
    }

    private static <E extends Enum<E>> E constant(JsonNode n, String field, String at, Class<E> type) {
        String name = text(n, field, at);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + "." + field + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", was '" + name + "'", e);
        }
    }

    private static Optional<LocalDate> date(JsonNode n, String field, String at) {
        return optionalText(n, field, at).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(at + "." + field + " must be an ISO-8601 date (2022-02-09), was '"
                        + v + "'", e);
            }
        });
    }

    private static Optional<String> optionalText(JsonNode n, String field, String at) {
        Optional<JsonNode> v = optional(n, field);
        if (v.isPresent() && !v.get().isTextual()) {
            throw new IllegalArgumentException(at + "." + field + " must be a string or null, was " + describe(v.get()));
        }
        return v.map(JsonNode::asText);
    }

    private static List<String> texts(JsonNode n, String field, String at) {
        return list(n, field, at, (v, path) -> {
            if (!v.isTextual()) {
                throw new IllegalArgumentException(path + " must be a string, was " + describe(v));
            }
            return v.asText();
        });
    }

    /** The items of an array field, each read with its own path ({@code $.actors[3]}). */
    private static <T> List<T> list(JsonNode n, String field, String at, BiFunction<JsonNode, String, T> item) {
        Optional<JsonNode> v = optional(n, field);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.get().isArray()) {
            throw new IllegalArgumentException(at + "." + field + " must be an array, was " + describe(v.get()));
        }
        List<T> out = new ArrayList<>(v.get().size());
        for (int i = 0; i < v.get().size(); i++) {
            out.add(item.apply(v.get().get(i), at + "." + field + "[" + i + "]"));
        }
        return out;
    }

    private static String describe(JsonNode v) {
        String text = v.toString();
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 39) + "…" : text);
    }
}
