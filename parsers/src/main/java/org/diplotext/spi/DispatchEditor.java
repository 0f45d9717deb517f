package org.diplotext.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Span;

/**
 * Derives a changed {@link Dispatch} from another: adds actors, communications and demands with
 * fresh ids, merges actors, and keeps every reference between them valid. Meant for
 * {@link Extractor}s.
 *
 * <pre>{@code
 * DispatchEditor editor = DispatchEditor.of(soFar);
 * Actor dfae = editor.findOrAddActor(ActorType.ORGANISATION, "DFAE", mention);
 * Actor russia = editor.findOrAddActor(ActorType.STATE, "Russie", otherMention);
 * editor.communication(CommunicationType.MEETING).sender(dfae).recipient(russia)
 *       .date(input.referenceDate().orElse(null)).evidence(sentence).add();
 * Dispatch result = editor.build();
 * }</pre>
 *
 * <p>New ids continue the numbering of the dispatch ({@code a7} after {@code a6}, {@code c3},
 * {@code d2}). Actors keep their order, new ones last; {@link #build()} orders communications and
 * demands by their first evidence, as {@link Dispatch} documents. An editor is not thread-safe:
 * create one per call of {@link Extractor#extract}.
 */
public final class DispatchEditor {
    private final Dispatch original;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Communication> communications;
    private final List<Demand> demands;
    private final List<ParseIssue> issues;

    private DispatchEditor(Dispatch original) {
        this.original = original;
        original.actors().forEach(a -> actors.put(a.id(), a));
        this.communications = new ArrayList<>(original.communications());
        this.demands = new ArrayList<>(original.demands());
        this.issues = new ArrayList<>(original.issues());
    }

    /**
     * An editor starting from {@code dispatch}, which it does not change.
     *
     * @param dispatch the dispatch to derive from
     * @return a new editor
     */
    public static DispatchEditor of(Dispatch dispatch) {
        return new DispatchEditor(Objects.requireNonNull(dispatch, "dispatch must not be null"));
    }

    /**
     * The actors as they stand now, in order.
     *
     * @return an unmodifiable snapshot
     */
    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /**
     * The communications as they stand now.
     *
     * @return an unmodifiable snapshot
     */
    public List<Communication> communications() {
        return List.copyOf(communications);
    }

    /**
     * The demands as they stand now.
     *
     * @return an unmodifiable snapshot
     */
    public List<Demand> demands() {
        return List.copyOf(demands);
    }

    /**
     * The actor with this id as it stands now.
     *
     * @param id an actor id
     * @return the actor, or empty
     */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * The first actor one of whose names (name or alias) equals {@code name}, ignoring case.
     *
     * @param name a name
     * @return the actor, or empty
     */
    public Optional<Actor> actorNamed(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return actors.values().stream().filter(a -> a.names().stream().anyMatch(name::equalsIgnoreCase)).findFirst();
    }

    /**
     * Adds an actor with a fresh id.
     *
     * @param type     its type
     * @param name     its name
     * @param mentions the spans that name it
     * @return the new actor
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Actor addActor(ActorType type, String name, List<Span> mentions) {
        Actor actor = new Actor(freshId("a", actors.keySet()), type, name, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), sorted(mentions), Optional.empty());
        actors.put(actor.id(), actor);
        return actor;
    }

    /**
     * Adds an actor with a fresh id.
     *
     * @param type     its type
     * @param name     its name
     * @param mentions the spans that name it
     * @return the new actor
     */
    public Actor addActor(ActorType type, String name, Span... mentions) {
        return addActor(type, name, List.of(mentions));
    }

    /**
     * The actor of this type one of whose names equals {@code name} (ignoring case), with
     * {@code mention} added to its mentions; or, if there is none, a new actor with that name and
     * mention.
     *
     * @param type    its type
     * @param name    its name
     * @param mention a span that names it
     * @return the actor as it stands now
     */
    public Actor findOrAddActor(ActorType type, String name, Span mention) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(mention, "mention must not be null");
        Optional<Actor> found = actors.values().stream()
                .filter(a -> a.type() == type && a.names().stream().anyMatch(name::equalsIgnoreCase))
                .findFirst();
        return found.map(a -> addMention(a, mention)).orElseGet(() -> addActor(type, name, mention));
    }

    /**
     * Adds a mention to an actor, unless it is already there.
     *
     * @param actor   an actor of this editor
     * @param mention the span that names it
     * @return the actor as it stands now
     * @throws IllegalArgumentException if the actor is not in this editor
     */
    public Actor addMention(Actor actor, Span mention) {
        Objects.requireNonNull(mention, "mention must not be null");
        return changeActor(actor, a -> {
            if (a.mentions().contains(mention)) {
                return a;
            }
            List<Span> mentions = new ArrayList<>(a.mentions());
            mentions.add(mention);
            return copy(a, a.aliases(), a.affiliation(), sorted(mentions));
        });
    }

    /**
     * Adds an alias to an actor, unless it is already one of its names.
     *
     * @param actor an actor of this editor
     * @param alias the other name
     * @return the actor as it stands now
     */
    public Actor addAlias(Actor actor, String alias) {
        Objects.requireNonNull(alias, "alias must not be null");
        return changeActor(actor, a -> {
            if (a.names().contains(alias)) {
                return a;
            }
            List<String> aliases = new ArrayList<>(a.aliases());
            aliases.add(alias);
            return copy(a, aliases, a.affiliation(), a.mentions());
        });
    }

    /**
     * Sets the affiliation of an actor: the state or organisation it acts for.
     *
     * @param actor       an actor of this editor
     * @param affiliation another actor of this editor
     * @return the actor as it stands now
     * @throws IllegalArgumentException if an actor is not in this editor, or both are the same
     */
    public Actor setAffiliation(Actor actor, Actor affiliation) {
        String ref = requireKnown(affiliation).id();
        return changeActor(actor, a -> copy(a, a.aliases(), Optional.of(ref), a.mentions()));
    }

    /**
     * Replaces an actor by a changed copy with the same id (for changes the other methods do not
     * cover: country, role, organisation details).
     *
     * @param changed the new value of the actor with its id
     * @return {@code changed}
     * @throws IllegalArgumentException if no actor has that id, or its affiliation is unknown
     */
    public Actor replaceActor(Actor changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        requireKnown(changed);
        changed.affiliation().ifPresent(this::requireKnownId);
        actors.put(changed.id(), changed);
        return changed;
    }

    /**
     * Merges {@code drop} into {@code keep}: {@code keep} gains the other's names as aliases and
     * its mentions, every reference to {@code drop} now names {@code keep}, and {@code drop} is
     * removed.
     *
     * @param keep the actor that stays
     * @param drop the actor that goes
     * @return {@code keep} as it stands now
     * @throws IllegalArgumentException if an actor is not in this editor
     */
    public Actor mergeActors(Actor keep, Actor drop) {
        Actor k = requireKnown(keep);
        Actor d = requireKnown(drop);
        if (k.id().equals(d.id())) {
            return k;
        }
        List<String> aliases = new ArrayList<>(k.aliases());
        for (String name : d.names()) {
            if (!k.names().contains(name) && !aliases.contains(name)) {
                aliases.add(name);
            }
        }
        List<Span> mentions = new ArrayList<>(k.mentions());
        d.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
        Optional<String> affiliation = k.affiliation().or(d::affiliation).filter(ref -> !ref.equals(k.id())
                && !ref.equals(d.id()));
        actors.remove(d.id());
        actors.put(k.id(), copy(k, aliases, affiliation, sorted(mentions)));
        rewrite(d.id(), Optional.of(k.id()));
        return actors.get(k.id());
    }

    /**
     * Removes an actor and every reference to it: communications and demands lose it as sender,
     * recipient, source or target, and actors it affiliated lose their affiliation.
     *
     * @param actor an actor of this editor
     */
    public void removeActor(Actor actor) {
        Actor a = requireKnown(actor);
        actors.remove(a.id());
        rewrite(a.id(), Optional.empty());
    }

    /**
     * Starts a communication of this type; {@link CommunicationDraft#add()} adds it.
     *
     * @param type the kind of communication
     * @return a draft to fill
     */
    public CommunicationDraft communication(CommunicationType type) {
        return new CommunicationDraft(Objects.requireNonNull(type, "type must not be null"));
    }

    /**
     * Starts a demand with this content; {@link DemandDraft#add()} adds it.
     *
     * @param content what is demanded, as written
     * @return a draft to fill
     */
    public DemandDraft demand(String content) {
        return new DemandDraft(Objects.requireNonNull(content, "content must not be null"));
    }

    /**
     * Replaces the communication with the same id.
     *
     * @param changed the new value
     * @throws IllegalArgumentException if no communication has that id, or it names an unknown actor
     */
    public void replace(Communication changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        changed.actorIds().forEach(this::requireKnownId);
        communications.set(indexOf(communications, changed.id(), Communication::id, "communication"), changed);
    }

    /**
     * Replaces the demand with the same id.
     *
     * @param changed the new value
     * @throws IllegalArgumentException if no demand has that id, or it names an unknown actor
     */
    public void replace(Demand changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        changed.actorIds().forEach(this::requireKnownId);
        demands.set(indexOf(demands, changed.id(), Demand::id, "demand"), changed);
    }

    /**
     * Removes the communication with this id, if there is one.
     *
     * @param id a communication id
     * @return whether one was removed
     */
    public boolean removeCommunication(String id) {
        return communications.removeIf(c -> c.id().equals(id));
    }

    /**
     * Removes the demand with this id, if there is one.
     *
     * @param id a demand id
     * @return whether one was removed
     */
    public boolean removeDemand(String id) {
        return demands.removeIf(d -> d.id().equals(id));
    }

    /**
     * Adds an issue to the dispatch.
     *
     * @param issue what was odd
     * @return this editor
     */
    public DispatchEditor addIssue(ParseIssue issue) {
        issues.add(Objects.requireNonNull(issue, "issue must not be null"));
        return this;
    }

    /**
     * The dispatch with every change made so far. The editor can go on being used.
     *
     * @return a new dispatch; the article and segments are those of the original
     */
    public Dispatch build() {
        Comparator<List<Span>> byFirst = Comparator.comparingInt(e -> e.isEmpty() ? Integer.MAX_VALUE : e.get(0).start());
        List<Communication> c = new ArrayList<>(communications);
        c.sort(Comparator.comparing(x -> sorted(x.evidence()), byFirst));
        List<Demand> d = new ArrayList<>(demands);
        d.sort(Comparator.comparing(x -> sorted(x.evidence()), byFirst));
        List<ParseIssue> i = new ArrayList<>(issues);
        i.sort(Comparator.comparingInt(ParseIssue::start));
        return new Dispatch(original.article(), original.segments(), List.copyOf(actors.values()), c, d, i);
    }

    /** Collects the parts of a new communication. Not thread-safe. */
    public final class CommunicationDraft {
        private final CommunicationType type;
        private String sender;
        private final List<String> recipients = new ArrayList<>();
        private final List<String> intermediaries = new ArrayList<>();
        private LocalDate date;
        private String quote;
        private final List<Span> evidence = new ArrayList<>();

        private CommunicationDraft(CommunicationType type) {
            this.type = type;
        }

        /**
         * Sets who spoke, wrote, invited, called or convened.
         *
         * @param actor an actor of the editor
         * @return this draft
         */
        public CommunicationDraft sender(Actor actor) {
            this.sender = requireKnown(actor).id();
            return this;
        }

        /**
         * Adds an actor addressed.
         *
         * @param actor an actor of the editor
         * @return this draft
         */
        public CommunicationDraft recipient(Actor actor) {
            String id = requireKnown(actor).id();
            if (!recipients.contains(id)) {
                recipients.add(id);
            }
            return this;
        }

        /**
         * Adds an actor it passed through.
         *
         * @param actor an actor of the editor
         * @return this draft
         */
        public CommunicationDraft intermediary(Actor actor) {
            String id = requireKnown(actor).id();
            if (!intermediaries.contains(id)) {
                intermediaries.add(id);
            }
            return this;
        }

        /**
         * Sets the day it took place; {@code null} leaves it unknown.
         *
         * @param value the day, or null
         * @return this draft
         */
        public CommunicationDraft date(LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Sets the verbatim words, without guillemets; {@code null} for none.
         *
         * @param value the words, or null
         * @return this draft
         */
        public CommunicationDraft quote(String value) {
            this.quote = value;
            return this;
        }

        /**
         * Adds a span that reports it.
         *
         * @param span a span of the input
         * @return this draft
         */
        public CommunicationDraft evidence(Span span) {
            evidence.add(Objects.requireNonNull(span, "span must not be null"));
            return this;
        }

        /**
         * Adds the communication to the editor under a fresh id.
         *
         * @return the communication added
         * @throws IllegalArgumentException if a part is invalid (a blank quote)
         */
        public Communication add() {
            Communication c = new Communication(freshId("c", communications.stream().map(Communication::id).toList()),
                    type, Optional.ofNullable(sender), recipients, intermediaries, Optional.ofNullable(date),
                    Optional.ofNullable(quote), sorted(evidence));
            communications.add(c);
            return c;
        }
    }

    /** Collects the parts of a new demand. Not thread-safe. */
    public final class DemandDraft {
        private final String content;
        private String source;
        private String target;
        private boolean direct;
        private LocalDate date;
        private final List<Span> evidence = new ArrayList<>();

        private DemandDraft(String content) {
            this.content = content;
        }

        /**
         * Sets the actor who demands.
         *
         * @param actor an actor of the editor
         * @return this draft
         */
        public DemandDraft source(Actor actor) {
            this.source = requireKnown(actor).id();
            return this;
        }

        /**
         * Sets the actor of whom it is demanded.
         *
         * @param actor an actor of the editor
         * @return this draft
         */
        public DemandDraft target(Actor actor) {
            this.target = requireKnown(actor).id();
            return this;
        }

        /**
         * Sets whether the demand stands in the source's own quoted words; false by default.
         *
         * @param value whether it is direct
         * @return this draft
         */
        public DemandDraft direct(boolean value) {
            this.direct = value;
            return this;
        }

        /**
         * Sets the day it was made; {@code null} leaves it unknown.
         *
         * @param value the day, or null
         * @return this draft
         */
        public DemandDraft date(LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Adds a span that reports it.
         *
         * @param span a span of the input
         * @return this draft
         */
        public DemandDraft evidence(Span span) {
            evidence.add(Objects.requireNonNull(span, "span must not be null"));
            return this;
        }

        /**
         * Adds the demand to the editor under a fresh id.
         *
         * @return the demand added
         * @throws IllegalArgumentException if the content is blank
         */
        public Demand add() {
            Demand d = new Demand(freshId("d", demands.stream().map(Demand::id).toList()), Optional.ofNullable(source),
                    Optional.ofNullable(target), content, direct, Optional.ofNullable(date), sorted(evidence));
            demands.add(d);
            return d;
        }
    }

    private Actor changeActor(Actor actor, UnaryOperator<Actor> change) {
        Actor current = requireKnown(actor);
        Actor changed = change.apply(current);
        actors.put(changed.id(), changed);
        return changed;
    }

    private Actor requireKnown(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return requireKnownId(actor.id());
    }

    private Actor requireKnownId(String id) {
        Actor current = actors.get(id);
        if (current == null) {
            throw new IllegalArgumentException("actor '" + id + "' is not in this dispatch");
        }
        return current;
    }

    private void rewrite(String from, Optional<String> to) {
        for (Actor a : List.copyOf(actors.values())) {
            if (a.affiliation().filter(from::equals).isPresent()) {
                Optional<String> aff = to.filter(t -> !t.equals(a.id()));
                actors.put(a.id(), copy(a, a.aliases(), aff, a.mentions()));
            }
        }
        communications.replaceAll(c -> {
            if (!c.actorIds().contains(from)) {
                return c;
            }
            return new Communication(c.id(), c.type(), c.sender().flatMap(s -> s.equals(from) ? to : Optional.of(s)),
                    replaced(c.recipients(), from, to), replaced(c.intermediaries(), from, to), c.date(), c.quote(),
                    c.evidence());
        });
        demands.replaceAll(d -> {
            if (!d.actorIds().contains(from)) {
                return d;
            }
            return new Demand(d.id(), d.source().flatMap(s -> s.equals(from) ? to : Optional.of(s)),
                    d.target().flatMap(t -> t.equals(from) ? to : Optional.of(t)), d.content(), d.direct(), d.date(),
                    d.evidence());
        });
    }

    private static List<String> replaced(List<String> ids, String from, Optional<String> to) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String now = id.equals(from) ? to.orElse(null) : id;
            if (now != null && !out.contains(now)) {
                out.add(now);
            }
        }
        return out;
    }

    private static Actor copy(Actor a, List<String> aliases, Optional<String> affiliation, List<Span> mentions) {
        return new Actor(a.id(), a.type(), a.name(), aliases, a.country(), a.role(), affiliation, mentions,
                a.organisation());
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> copy = new ArrayList<>(Objects.requireNonNull(spans, "spans must not be null"));
        copy.sort(null);
        return copy;
    }

    private static <T> int indexOf(List<T> list, String id, java.util.function.Function<T, String> idOf, String what) {
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + what + " with id '" + id + "'");
    }

    /** The prefix followed by one more than the highest number already used with it. */
    private static String freshId(String prefix, java.util.Collection<String> used) {
        int max = 0;
        for (String id : used) {
            if (id.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // an id in another scheme does not take part in the numbering
                }
            }
        }
        String id = prefix + (max + 1);
        while (used.contains(id)) {
            id = prefix + (++max + 1);
        }
        return id;
    }
}
