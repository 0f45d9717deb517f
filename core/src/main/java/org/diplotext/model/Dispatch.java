package org.diplotext.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of parsing one dispatch: its anatomy, the actors it speaks of, the communications
 * that passed between them, the demands one made of another, and the issues met while reading.
 *
 * <p>Every actor id named by an affiliation, a communication or a demand refers to an actor of
 * the same dispatch. Instances are immutable and safe to share between threads. Lookups return
 * values or {@link Optional}, never {@code null}.
 *
 * @param article        the anatomy of the dispatch
 * @param segments       where each part of the anatomy stands in the input, in input order
 * @param actors         the actors, each once
 * @param communications the communications, in order of first evidence
 * @param demands        the demands, in order of first evidence
 * @param issues         what was odd in the input, in input order
 */
public record Dispatch(
        Article article,
        List<Segment> segments,
        List<Actor> actors,
        List<Communication> communications,
        List<Demand> demands,
        List<ParseIssue> issues) {

    /** Checks that ids are unique and that every reference names an actor of this dispatch. */
    public Dispatch {
        Objects.requireNonNull(article, "article must not be null");
        segments = Checks.copy(segments, "segments");
        actors = Checks.copy(actors, "actors");
        communications = Checks.copy(communications, "communications");
        demands = Checks.copy(demands, "demands");
        issues = Checks.copy(issues, "issues");

        Set<String> known = Checks.requireUnique(actors.stream().map(Actor::id).toList(), "actor");
        Checks.requireUnique(communications.stream().map(Communication::id).toList(), "communication");
        Checks.requireUnique(demands.stream().map(Demand::id).toList(), "demand");
        for (Actor a : actors) {
            if (a.affiliation().isPresent()) {
                requireKnown(known, a.affiliation().get(), "affiliation of actor ", a.id());
            }
        }
        for (Communication c : communications) {
            if (c.sender().isPresent()) {
                requireKnown(known, c.sender().get(), "communication ", c.id());
            }
            for (String ref : c.recipients()) {
                requireKnown(known, ref, "communication ", c.id());
            }
            for (String ref : c.intermediaries()) {
                requireKnown(known, ref, "communication ", c.id());
            }
        }
        for (Demand d : demands) {
            for (String ref : d.actorIds()) {
                requireKnown(known, ref, "demand ", d.id());
            }
        }
    }

    /** Fails when {@code ref} names no actor; the message is built only then. */
    private static void requireKnown(Set<String> known, String ref, String where, String id) {
        if (!known.contains(ref)) {
            throw new IllegalArgumentException(where + id + " refers to unknown actor '" + ref + "'");
        }
    }

    /** A dispatch with an article and its segments, and nothing extracted yet. */
    public static Dispatch of(Article article, List<Segment> segments, List<ParseIssue> issues) {
        return new Dispatch(article, segments, List.of(), List.of(), List.of(), issues);
    }

    /** The actor with this id, if there is one. */
    public Optional<Actor> actor(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The first actor one of whose names (name or alias) equals {@code name}, ignoring case.
     */
    public Optional<Actor> actorNamed(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return actors.stream().filter(a -> a.names().stream().anyMatch(name::equalsIgnoreCase)).findFirst();
    }

    /** The demands whose source is {@code actor}. */
    public List<Demand> demandsBy(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return demands.stream().filter(d -> d.source().filter(actor.id()::equals).isPresent()).toList();
    }

    /** The demands whose target is {@code actor}. */
    public List<Demand> demandsOf(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return demands.stream().filter(d -> d.target().filter(actor.id()::equals).isPresent()).toList();
    }

    /** The communications sent by {@code actor}. */
    public List<Communication> communicationsFrom(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return communications.stream().filter(c -> c.sender().filter(actor.id()::equals).isPresent()).toList();
    }

    /**
     * The communications sent by either actor to the other, in order.
     */
    public List<Communication> communicationsBetween(Actor a, Actor b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        return communications.stream()
                .filter(c -> sentTo(c, a, b) || sentTo(c, b, a))
                .toList();
    }

    private static boolean sentTo(Communication c, Actor from, Actor to) {
        return c.sender().filter(from.id()::equals).isPresent() && c.recipients().contains(to.id());
    }

    /** The communications addressed to {@code actor} (it is one of the recipients). */
    public List<Communication> communicationsTo(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return communications.stream().filter(c -> c.recipients().contains(actor.id())).toList();
    }

    /** The communications of one type, in order. */
    public List<Communication> communications(CommunicationType type) {
        Objects.requireNonNull(type, "type must not be null");
        return communications.stream().filter(c -> c.type() == type).toList();
    }

    /** The demands made by either actor of the other, in order. */
    public List<Demand> demandsBetween(Actor a, Actor b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        return demands.stream().filter(d -> asked(d, a, b) || asked(d, b, a)).toList();
    }

    private static boolean asked(Demand d, Actor source, Actor target) {
        return d.source().filter(source.id()::equals).isPresent() && d.target().filter(target.id()::equals).isPresent();
    }

    /** The actors of one type, in order. */
    public List<Actor> actors(ActorType type) {
        Objects.requireNonNull(type, "type must not be null");
        return actors.stream().filter(a -> a.type() == type).toList();
    }

    /** The state or organisation {@code actor} acts for, if known. */
    public Optional<Actor> affiliationOf(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return actor.affiliation().flatMap(this::actor);
    }

    /** The issues of one severity, in input order. */
    public List<ParseIssue> issues(ParseIssue.Severity severity) {
        Objects.requireNonNull(severity, "severity must not be null");
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }

    /** The segments of one kind, in input order. */
    public List<Segment> segments(SegmentKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return segments.stream().filter(s -> s.kind() == kind).toList();
    }
}
