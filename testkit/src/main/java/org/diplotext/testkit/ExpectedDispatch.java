package org.diplotext.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.opentest4j.AssertionFailedError;

/**
 * What a dispatch must contain, stated by actors' names rather than ids, so a test survives
 * renumbering and unrelated finds.
 *
 * <pre>{@code
 * ExpectedDispatch.builder()
 *     .actor(ActorType.ORGANISATION, "DFAE")
 *     .actor(ActorType.PERSON, "ambassadeur de Russie", a -> a.role("ambassadeur").affiliation("Russie"))
 *     .communication(CommunicationType.MEETING, c -> c.sender("DFAE").recipient("ambassadeur de Russie")
 *                                                      .date(LocalDate.of(2024, 3, 12)))
 *     .demand("retrait des troupes", d -> d.source("Suisse").target("Russie"))
 *     .build()
 *     .assertFoundIn(dispatch);
 * }</pre>
 *
 * <p>An actor is named by any of its names (name or alias), ignoring case. A demand's content
 * and a quote match when they contain the expected words, ignoring case. Each expectation is met
 * by a different item of the dispatch. Instances are immutable and thread-safe.
 */
public final class ExpectedDispatch {
    private final List<Expectation<Actor>> actors;
    private final List<Expectation<Communication>> communications;
    private final List<Expectation<Demand>> demands;

    private ExpectedDispatch(Builder b) {
        this.actors = List.copyOf(b.actors);
        this.communications = List.copyOf(b.communications);
        this.demands = List.copyOf(b.demands);
    }

    /**
     * A builder of expectations.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that every expectation is met; the dispatch may hold more.
     *
     * @param dispatch the dispatch
     * @throws AssertionFailedError listing the expectations not met and what the dispatch holds
     */
    public void assertFoundIn(Dispatch dispatch) {
        check(dispatch, false);
    }

    /**
     * Checks that every expectation is met and that the dispatch holds no other actor,
     * communication or demand.
     *
     * @param dispatch the dispatch
     * @throws AssertionFailedError listing what is missing, what is extra and what the dispatch holds
     */
    public void assertExactly(Dispatch dispatch) {
        check(dispatch, true);
    }

    private void check(Dispatch d, boolean exactly) {
        Objects.requireNonNull(d, "dispatch must not be null");
        List<String> problems = new ArrayList<>();
        match("actor", actors, d.actors(), d, exactly, a -> Describe.actor(a, d), problems);
        match("communication", communications, d.communications(), d, exactly, c -> Describe.communication(c, d), problems);
        match("demand", demands, d.demands(), d, exactly, x -> Describe.demand(x, d), problems);
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(problems.size() + " expectation" + (problems.size() == 1 ? "" : "s")
                    + " not met:\n  " + String.join("\n  ", problems) + "\nthe dispatch holds:\n" + Describe.dispatch(d));
        }
    }

    private static <T> void match(String kind, List<Expectation<T>> expected, List<T> actual, Dispatch d, boolean exactly,
            java.util.function.Function<T, String> describe, List<String> problems) {
        List<T> free = new ArrayList<>(actual);
        for (Expectation<T> e : expected) {
            Optional<T> hit = free.stream().filter(x -> e.test().test(d, x)).findFirst();
            if (hit.isPresent()) {
                free.remove(hit.get());
            } else {
                problems.add("missing " + kind + " " + e.description());
            }
        }
        if (exactly) {
            free.forEach(x -> problems.add("unexpected " + kind + " " + describe.apply(x)));
        }
    }

    private record Expectation<T>(String description, java.util.function.BiPredicate<Dispatch, T> test) {
    }

    private static boolean named(Dispatch d, Optional<String> id, String name) {
        return id.flatMap(d::actor).filter(a -> a.names().stream().anyMatch(name::equalsIgnoreCase)).isPresent();
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** Collects expectations. Not thread-safe. */
    public static final class Builder {
        private final List<Expectation<Actor>> actors = new ArrayList<>();
        private final List<Expectation<Communication>> communications = new ArrayList<>();
        private final List<Expectation<Demand>> demands = new ArrayList<>();

        private Builder() {
        }

        /**
         * Expects an actor of this type going by this name.
         *
         * @param type its type
         * @param name one of its names
         * @return this builder
         */
        public Builder actor(ActorType type, String name) {
            return actor(type, name, a -> {
            });
        }

        /**
         * Expects an actor of this type going by this name, with more details.
         *
         * @param type    its type
         * @param name    one of its names
         * @param details states more about it
         * @return this builder
         */
        public Builder actor(ActorType type, String name, Consumer<ActorSpec> details) {
            ActorSpec spec = new ActorSpec(type, name);
            details.accept(spec);
            actors.add(new Expectation<>(spec.describe(), spec::test));
            return this;
        }

        /**
         * Expects a communication of this type.
         *
         * @param type    its type
         * @param details states more about it
         * @return this builder
         */
        public Builder communication(CommunicationType type, Consumer<CommunicationSpec> details) {
            CommunicationSpec spec = new CommunicationSpec(type);
            details.accept(spec);
            communications.add(new Expectation<>(spec.describe(), spec::test));
            return this;
        }

        /**
         * Expects a demand whose content contains these words.
         *
         * @param content words of its content
         * @param details states more about it
         * @return this builder
         */
        public Builder demand(String content, Consumer<DemandSpec> details) {
            DemandSpec spec = new DemandSpec(content);
            details.accept(spec);
            demands.add(new Expectation<>(spec.describe(), spec::test));
            return this;
        }

        /**
         * The expectations.
         *
         * @return an immutable value
         */
        public ExpectedDispatch build() {
            return new ExpectedDispatch(this);
        }
    }

    /** What is expected of one actor. */
    public static final class ActorSpec {
        private final ActorType type;
        private final String name;
        private final List<String> description = new ArrayList<>();
        private final List<java.util.function.BiPredicate<Dispatch, Actor>> tests = new ArrayList<>();

        private ActorSpec(ActorType type, String name) {
            this.type = Objects.requireNonNull(type, "type must not be null");
            this.name = Objects.requireNonNull(name, "name must not be null");
        }

        /**
         * Expects this ISO country code.
         *
         * @param code the code ({@code RU})
         * @return this spec
         */
        public ActorSpec country(String code) {
            description.add("country " + code);
            tests.add((d, a) -> a.country().filter(code::equals).isPresent());
            return this;
        }

        /**
         * Expects this role.
         *
         * @param role the role
         * @return this spec
         */
        public ActorSpec role(String role) {
            description.add("role \"" + role + "\"");
            tests.add((d, a) -> a.role().filter(role::equalsIgnoreCase).isPresent());
            return this;
        }

        /**
         * Expects an affiliation to the actor going by this name.
         *
         * @param actorName a name of the affiliation
         * @return this spec
         */
        public ActorSpec affiliation(String actorName) {
            description.add("affiliated to \"" + actorName + "\"");
            tests.add((d, a) -> named(d, a.affiliation(), actorName));
            return this;
        }

        /**
         * Expects this alias among its names.
         *
         * @param alias another name
         * @return this spec
         */
        public ActorSpec alias(String alias) {
            description.add("alias \"" + alias + "\"");
            tests.add((d, a) -> a.names().stream().anyMatch(alias::equalsIgnoreCase));
            return this;
        }

        boolean test(Dispatch d, Actor a) {
            return a.type() == type && a.names().stream().anyMatch(name::equalsIgnoreCase)
                    && tests.stream().allMatch(t -> t.test(d, a));
        }

        String describe() {
            return type + " \"" + name + "\"" + (description.isEmpty() ? "" : " with " + String.join(", ", description));
        }
    }

    /** What is expected of one communication. */
    public static final class CommunicationSpec {
        private final CommunicationType type;
        private final List<String> description = new ArrayList<>();
        private final List<java.util.function.BiPredicate<Dispatch, Communication>> tests = new ArrayList<>();

        private CommunicationSpec(CommunicationType type) {
            this.type = Objects.requireNonNull(type, "type must not be null");
        }

        /**
         * Expects the sender to go by this name.
         *
         * @param actorName a name of the sender
         * @return this spec
         */
        public CommunicationSpec sender(String actorName) {
            description.add("from \"" + actorName + "\"");
            tests.add((d, c) -> named(d, c.sender(), actorName));
            return this;
        }

        /**
         * Expects no known sender.
         *
         * @return this spec
         */
        public CommunicationSpec noSender() {
            description.add("without sender");
            tests.add((d, c) -> c.sender().isEmpty());
            return this;
        }

        /**
         * Expects a recipient going by this name.
         *
         * @param actorName a name of a recipient
         * @return this spec
         */
        public CommunicationSpec recipient(String actorName) {
            description.add("to \"" + actorName + "\"");
            tests.add((d, c) -> c.recipients().stream().anyMatch(r -> named(d, Optional.of(r), actorName)));
            return this;
        }

        /**
         * Expects this date.
         *
         * @param date the day
         * @return this spec
         */
        public CommunicationSpec date(LocalDate date) {
            description.add("on " + date);
            tests.add((d, c) -> c.date().filter(date::equals).isPresent());
            return this;
        }

        /**
         * Expects a quote containing these words, ignoring case.
         *
         * @param words part of the quote
         * @return this spec
         */
        public CommunicationSpec quoteContains(String words) {
            description.add("quoting \"" + words + "\"");
            tests.add((d, c) -> c.quote().filter(q -> containsIgnoringCase(q, words)).isPresent());
            return this;
        }

        /**
         * Expects evidence containing these words, ignoring case.
         *
         * @param words part of the evidence
         * @return this spec
         */
        public CommunicationSpec evidenceContains(String words) {
            description.add("reported by \"" + words + "\"");
            tests.add((d, c) -> c.evidence().stream().anyMatch(s -> containsIgnoringCase(s.text(), words)));
            return this;
        }

        boolean test(Dispatch d, Communication c) {
            return c.type() == type && tests.stream().allMatch(t -> t.test(d, c));
        }

        String describe() {
            return type + (description.isEmpty() ? "" : " " + String.join(", ", description));
        }
    }

    /** What is expected of one demand. */
    public static final class DemandSpec {
        private final String content;
        private final List<String> description = new ArrayList<>();
        private final List<java.util.function.BiPredicate<Dispatch, Demand>> tests = new ArrayList<>();

        private DemandSpec(String content) {
            this.content = Objects.requireNonNull(content, "content must not be null");
        }

        /**
         * Expects the source to go by this name.
         *
         * @param actorName a name of the source
         * @return this spec
         */
        public DemandSpec source(String actorName) {
            description.add("by \"" + actorName + "\"");
            tests.add((d, x) -> named(d, x.source(), actorName));
            return this;
        }

        /**
         * Expects the target to go by this name.
         *
         * @param actorName a name of the target
         * @return this spec
         */
        public DemandSpec target(String actorName) {
            description.add("of \"" + actorName + "\"");
            tests.add((d, x) -> named(d, x.target(), actorName));
            return this;
        }

        /**
         * Expects the demand to be direct (in quoted words) or not.
         *
         * @param value whether it is direct
         * @return this spec
         */
        public DemandSpec direct(boolean value) {
            description.add(value ? "direct" : "reported");
            tests.add((d, x) -> x.direct() == value);
            return this;
        }

        /**
         * Expects this date.
         *
         * @param date the day
         * @return this spec
         */
        public DemandSpec date(LocalDate date) {
            description.add("on " + date);
            tests.add((d, x) -> x.date().filter(date::equals).isPresent());
            return this;
        }

        boolean test(Dispatch d, Demand x) {
            return containsIgnoringCase(x.content(), content) && tests.stream().allMatch(t -> t.test(d, x));
        }

        String describe() {
            return "\"" + content + "\"" + (description.isEmpty() ? "" : " " + String.join(", ", description));
        }
    }

}
