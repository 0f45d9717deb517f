package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchTest {
    private static final Article ARTICLE = Article.builder("generic").headline("Titre").build();

    private static final Actor RUSSIA = new Actor("a1", ActorType.STATE, "Russie", List.of("Moscou", "le Kremlin"),
            Optional.of("RU"), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    private static final Actor LAVROV = new Actor("a2", ActorType.PERSON, "Sergueï Lavrov", List.of("M. Lavrov"),
            Optional.of("RU"), Optional.of("ministre"), Optional.of("a1"), List.of(), Optional.empty());
    private static final Actor EU = new Actor("a3", ActorType.ORGANISATION, "Union européenne", List.of("UE"),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    private static final Actor OSCE = new Actor("a4", ActorType.ORGANISATION, "OSCE", List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    private static final Communication LETTER = communication("c1", "a2", List.of("a3"));
    private static final Communication REPLY = communication("c2", "a3", List.of("a2", "a4"));
    private static final Communication TO_OSCE = communication("c3", "a2", List.of("a4"));
    private static final Communication UNSIGNED = new Communication("c4", CommunicationType.STATEMENT,
            Optional.empty(), List.of("a3"), List.of(), Optional.empty(), Optional.of("Non"), List.of());

    private static final Demand GUARANTEES = demand("d1", Optional.of("a1"), Optional.of("a3"));
    private static final Demand DEESCALATION = demand("d2", Optional.of("a3"), Optional.of("a1"));
    private static final Demand ANSWER = demand("d3", Optional.of("a2"), Optional.of("a3"));
    private static final Demand ANONYMOUS = demand("d4", Optional.empty(), Optional.empty());

    private static final Segment HEADLINE = new Segment(SegmentKind.HEADLINE, new Span(0, 5, "Titre"));
    private static final Segment P1 = new Segment(SegmentKind.PARAGRAPH, new Span(6, 9, "Un."));
    private static final Segment P2 = new Segment(SegmentKind.PARAGRAPH, new Span(10, 15, "Deux."));

    private static Communication communication(String id, String sender, List<String> recipients) {
        return new Communication(id, CommunicationType.LETTER, Optional.of(sender), recipients, List.of(),
                Optional.empty(), Optional.empty(), List.of());
    }

    private static Demand demand(String id, Optional<String> source, Optional<String> target) {
        return new Demand(id, source, target, "quelque chose", false, Optional.empty(), List.of());
    }

    private static Dispatch full() {
        return new Dispatch(ARTICLE, List.of(HEADLINE, P1, P2), List.of(RUSSIA, LAVROV, EU, OSCE),
                List.of(LETTER, REPLY, TO_OSCE, UNSIGNED), List.of(GUARANTEES, DEESCALATION, ANSWER, ANONYMOUS),
                List.of(new ParseIssue(ParseIssue.Severity.INFO, 0, 0, "note")));
    }

    private static Dispatch withActors(List<Actor> actors) {
        return new Dispatch(ARTICLE, List.of(), actors, List.of(), List.of(), List.of());
    }

    @Test
    void ofHoldsAnArticleAndNothingExtracted() {
        Dispatch d = Dispatch.of(ARTICLE, List.of(HEADLINE), List.of());
        assertThat(d.article()).isEqualTo(ARTICLE);
        assertThat(d.segments()).containsExactly(HEADLINE);
        assertThat(d.actors()).isEmpty();
        assertThat(d.communications()).isEmpty();
        assertThat(d.demands()).isEmpty();
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void rejectsNullParts() {
        assertThatThrownBy(() -> Dispatch.of(null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("article must not be null");
        assertThatThrownBy(() -> Dispatch.of(ARTICLE, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("segments must not be null");
        assertThatThrownBy(() -> Dispatch.of(ARTICLE, List.of(), Arrays.asList((ParseIssue) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("issues must not contain null (index 0)");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), Arrays.asList(RUSSIA, null), List.of(), List.of(),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("actors must not contain null (index 1)");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), List.of(), null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("communications must not be null");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), List.of(), List.of(), null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("demands must not be null");
    }

    @Test
    void rejectsRepeatedIds() {
        Actor otherA1 = new Actor("a1", ActorType.STATE, "Ukraine", List.of(), Optional.of("UA"), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
        assertThatThrownBy(() -> withActors(List.of(RUSSIA, otherA1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate actor id 'a1'");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), List.of(RUSSIA, LAVROV, EU, OSCE),
                List.of(LETTER, communication("c1", "a3", List.of())), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate communication id 'c1'");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), List.of(RUSSIA, EU), List.of(),
                List.of(GUARANTEES, demand("d1", Optional.empty(), Optional.empty())), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate demand id 'd1'");
    }

    @Test
    void anIdMayBeSharedAcrossKinds() {
        Demand sameIdAsActor = demand("a1", Optional.empty(), Optional.empty());
        assertThat(new Dispatch(ARTICLE, List.of(), List.of(RUSSIA), List.of(), List.of(sameIdAsActor), List.of())
                .demands()).containsExactly(sameIdAsActor);
    }

    @Test
    void rejectsDanglingAffiliation() {
        assertThatThrownBy(() -> withActors(List.of(LAVROV)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("affiliation of actor a2 refers to unknown actor 'a1'");
    }

    @Test
    void rejectsDanglingCommunicationReferences() {
        List<Actor> actors = List.of(RUSSIA, EU);
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), actors,
                List.of(communication("c1", "a9", List.of("a3"))), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communication c1 refers to unknown actor 'a9'");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), actors,
                List.of(communication("c1", "a1", List.of("a3", "a8"))), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communication c1 refers to unknown actor 'a8'");
        Communication viaAmbassador = new Communication("c2", CommunicationType.LETTER, Optional.of("a1"),
                List.of("a3"), List.of("a7"), Optional.empty(), Optional.empty(), List.of());
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), actors, List.of(viaAmbassador), List.of(),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communication c2 refers to unknown actor 'a7'");
    }

    @Test
    void rejectsDanglingDemandReferences() {
        List<Actor> actors = List.of(RUSSIA, EU);
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), actors, List.of(),
                List.of(demand("d1", Optional.of("a5"), Optional.of("a1"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demand d1 refers to unknown actor 'a5'");
        assertThatThrownBy(() -> new Dispatch(ARTICLE, List.of(), actors, List.of(),
                List.of(demand("d2", Optional.of("a1"), Optional.of("a6"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demand d2 refers to unknown actor 'a6'");
    }

    @Test
    void actorFindsById() {
        Dispatch d = full();
        assertThat(d.actor("a2")).contains(LAVROV);
        assertThat(d.actor("a9")).isEmpty();
        assertThatThrownBy(() -> d.actor(null)).hasMessage("id must not be null");
    }

    @Test
    void actorNamedMatchesNameOrAliasIgnoringCase() {
        Dispatch d = full();
        assertThat(d.actorNamed("Russie")).contains(RUSSIA);
        assertThat(d.actorNamed("le kremlin")).contains(RUSSIA);
        assertThat(d.actorNamed("M. LAVROV")).contains(LAVROV);
        assertThat(d.actorNamed("ue")).contains(EU);
        assertThat(d.actorNamed("Lavrov")).as("no partial match").isEmpty();
        assertThatThrownBy(() -> d.actorNamed(null)).hasMessage("name must not be null");
    }

    @Test
    void actorNamedReturnsTheFirstOfSeveral() {
        Actor moscowCity = new Actor("a5", ActorType.ORGANISATION, "Moscou", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
        assertThat(withActors(List.of(RUSSIA, moscowCity)).actorNamed("Moscou")).contains(RUSSIA);
    }

    @Test
    void demandsByAndOf() {
        Dispatch d = full();
        assertThat(d.demandsBy(RUSSIA)).containsExactly(GUARANTEES);
        assertThat(d.demandsOf(RUSSIA)).containsExactly(DEESCALATION);
        assertThat(d.demandsBy(EU)).containsExactly(DEESCALATION);
        assertThat(d.demandsOf(EU)).containsExactly(GUARANTEES, ANSWER);
        assertThat(d.demandsBy(OSCE)).isEmpty();
        assertThatThrownBy(() -> d.demandsBy(null)).hasMessage("actor must not be null");
        assertThatThrownBy(() -> d.demandsOf(null)).hasMessage("actor must not be null");
    }

    @Test
    void communicationsFrom() {
        Dispatch d = full();
        assertThat(d.communicationsFrom(LAVROV)).containsExactly(LETTER, TO_OSCE);
        assertThat(d.communicationsFrom(EU)).containsExactly(REPLY);
        assertThat(d.communicationsFrom(RUSSIA)).isEmpty();
        assertThatThrownBy(() -> d.communicationsFrom(null)).hasMessage("actor must not be null");
    }

    @Test
    void communicationsBetweenGoBothWaysInOrder() {
        Dispatch d = full();
        assertThat(d.communicationsBetween(LAVROV, EU)).containsExactly(LETTER, REPLY);
        assertThat(d.communicationsBetween(EU, LAVROV)).containsExactly(LETTER, REPLY);
        assertThat(d.communicationsBetween(LAVROV, OSCE)).containsExactly(TO_OSCE);
        assertThat(d.communicationsBetween(EU, OSCE)).containsExactly(REPLY);
        assertThat(d.communicationsBetween(RUSSIA, EU)).as("an unsigned statement links no one").isEmpty();
        assertThatThrownBy(() -> d.communicationsBetween(null, EU)).hasMessage("a must not be null");
        assertThatThrownBy(() -> d.communicationsBetween(EU, null)).hasMessage("b must not be null");
    }

    @Test
    void segmentsOfOneKindInInputOrder() {
        Dispatch d = full();
        assertThat(d.segments(SegmentKind.PARAGRAPH)).containsExactly(P1, P2);
        assertThat(d.segments(SegmentKind.HEADLINE)).containsExactly(HEADLINE);
        assertThat(d.segments(SegmentKind.SIGNATURE)).isEmpty();
        assertThatThrownBy(() -> d.segments(null)).hasMessage("kind must not be null");
    }

    @Test
    void listsAreImmutable() {
        Dispatch d = full();
        assertThatThrownBy(() -> d.actors().add(RUSSIA)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.demandsBy(RUSSIA).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.segments(SegmentKind.PARAGRAPH).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isAValue() {
        assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    }
}
