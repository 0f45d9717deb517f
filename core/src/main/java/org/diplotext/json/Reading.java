package org.diplotext.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

/** Builds model values from a JSON tree; a missing or mistyped field fails with its path. */
final class Reading {
    private Reading() {
    }

    static Dispatch dispatch(JsonNode root) {
        requireObject(root, "$");
        return new Dispatch(
                article(required(root, "article", "$")),
                list(root, "segments", "$", Reading::segment),
                list(root, "actors", "$", Reading::actor),
                list(root, "communications", "$", Reading::communication),
                list(root, "demands", "$", Reading::demand),
                list(root, "issues", "$", Reading::issue));
    }

    private static Article article(JsonNode n) {
        String at = "$.article";
        requireObject(n, at);
        Article.Builder b = Article.builder(text(n, "format", at));
        optionalText(n, "agency", at).ifPresent(b::agency);
        texts(n, "credits", at).forEach(b::credit);
        optionalText(n, "kicker", at).ifPresent(b::kicker);
        optionalText(n, "headline", at).ifPresent(b::headline);
        optionalText(n, "published", at).map(Published::parse).ifPresent(b::published);
        optionalText(n, "dateline", at).ifPresent(b::dateline);
        optionalText(n, "lead", at).ifPresent(b::lead);
        texts(n, "captions", at).forEach(b::caption);
        list(n, "sections", at, s -> new Section(optionalText(s, "heading", at + ".sections[]"),
                texts(s, "paragraphs", at + ".sections[]"))).forEach(b::section);
        optionalText(n, "signature", at).ifPresent(b::signature);
        return b.build();
    }

    private static Segment segment(JsonNode n) {
        return new Segment(SegmentKind.valueOf(text(n, "kind", "$.segments[]")), span(n));
    }

    private static Actor actor(JsonNode n) {
        String at = "$.actors[]";
        Optional<Organisation> organisation = Optional.ofNullable(n.get("organisation"))
                .filter(o -> !o.isNull())
                .map(o -> new Organisation(text(o, "name", at + ".organisation"),
                        optionalText(o, "acronym", at + ".organisation"),
                        texts(o, "aliases", at + ".organisation"),
                        OrganisationKind.valueOf(text(o, "kind", at + ".organisation"))));
        return new Actor(text(n, "id", at), ActorType.valueOf(text(n, "type", at)), text(n, "name", at),
                texts(n, "aliases", at), optionalText(n, "country", at), optionalText(n, "role", at),
                optionalText(n, "affiliation", at), list(n, "mentions", at, Reading::span), organisation);
    }

    private static Communication communication(JsonNode n) {
        String at = "$.communications[]";
        return new Communication(text(n, "id", at), CommunicationType.valueOf(text(n, "type", at)),
                optionalText(n, "sender", at), texts(n, "recipients", at), texts(n, "intermediaries", at),
                optionalText(n, "date", at).map(LocalDate::parse), optionalText(n, "quote", at),
                list(n, "evidence", at, Reading::span));
    }

    private static Demand demand(JsonNode n) {
        String at = "$.demands[]";
        JsonNode direct = n.get("direct");
        return new Demand(text(n, "id", at), optionalText(n, "source", at), optionalText(n, "target", at),
                text(n, "content", at), direct != null && direct.asBoolean(false),
                optionalText(n, "date", at).map(LocalDate::parse), list(n, "evidence", at, Reading::span));
    }

    private static ParseIssue issue(JsonNode n) {
        String at = "$.issues[]";
        return new ParseIssue(ParseIssue.Severity.valueOf(text(n, "severity", at)), integer(n, "start", at),
                integer(n, "end", at), text(n, "message", at));
    }

    private static Span span(JsonNode n) {
        return new Span(integer(n, "start", "span"), integer(n, "end", "span"), text(n, "text", "span"));
    }

    private static JsonNode required(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(at + "." + field + " is missing");
        }
        return v;
    }

    private static void requireObject(JsonNode n, String at) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(at + " must be an object");
        }
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = required(n, field, at);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + " must be a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field, String at) {
        JsonNode v = required(n, field, at);
        if (!v.canConvertToInt()) {
            throw new IllegalArgumentException(at + "." + field + " must be an integer");
        }
        return v.intValue();
    }

    private static Optional<String> optionalText(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + " must be a string or null");
        }
        return Optional.of(v.asText());
    }

    private static List<String> texts(JsonNode n, String field, String at) {
        return list(n, field, at, v -> {
            if (!v.isTextual()) {
                throw new IllegalArgumentException(at + "." + field + " must hold strings");
            }
            return v.asText();
        });
    }

    private static <T> List<T> list(JsonNode n, String field, String at, Function<JsonNode, T> item) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(at + "." + field + " must be an array");
        }
        List<T> out = new ArrayList<>(v.size());
        v.forEach(e -> out.add(item.apply(e)));
        return out;
    }
}
