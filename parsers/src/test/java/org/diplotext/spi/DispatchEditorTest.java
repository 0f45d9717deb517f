package org.diplotext.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;
import org.junit.jupiter.api.Test;

class DispatchEditorTest {
    private static final String TEXT = "La Suisse et Berne exigent de Moscou la fin des combats.";

    private static Span span(String word) {
        int at = TEXT.indexOf(word);
        return Span.of(TEXT, at, at + word.length());
    }

    private static Dispatch base() {
        Actor swiss = new Actor("a1", ActorType.STATE, "Suisse", List.of(), Optional.of("CH"), Optional.empty(),
                Optional.empty(), List.of(span("Suisse")), Optional.empty());
        Actor russia = new Actor("a2", ActorType.STATE, "Russie", List.of("Moscou"), Optional.of("RU"), Optional.empty(),
                Optional.empty(), List.of(span("Moscou")), Optional.empty());
        Demand d = new Demand("d1", Optional.of("a1"), Optional.of("a2"), "la fin des combats", false, Optional.empty(),
                List.of(span("la fin des combats")));
        return new Dispatch(Article.builder("generic").build(), List.of(), List.of(swiss, russia), List.of(), List.of(d),
                List.of());
    }

    @Test
    void addsWithFreshIdsAndLeavesTheOriginalAlone() {
        Dispatch original = base();
        DispatchEditor editor = DispatchEditor.of(original);
        Actor berne = editor.addActor(ActorType.STATE, "Berne", span("Berne"));
        Actor russia = editor.actorNamed("moscou").orElseThrow();
        Communication c = editor.communication(CommunicationType.STATEMENT).sender(berne).recipient(russia)
                .date(LocalDate.of(2024, 3, 12)).evidence(span("exigent")).add();
        Demand d = editor.demand("la fin").source(berne).target(russia).direct(true).evidence(span("exigent")).add();

        Dispatch edited = editor.build();

        assertThat(berne.id()).isEqualTo("a3");
        assertThat(c.id()).isEqualTo("c1");
        assertThat(d.id()).isEqualTo("d2");
        assertThat(edited.actors()).extracting(Actor::id).containsExactly("a1", "a2", "a3");
        assertThat(edited.demands()).extracting(Demand::id).as("ordered by first evidence").containsExactly("d2", "d1");
        assertThat(edited.communicationsBetween(berne, russia)).containsExactly(c);
        assertThat(original.actors()).hasSize(2);
        assertThat(original.communications()).isEmpty();
    }

    @Test
    void findOrAddReusesAnActorByAnyNameAndAddsTheMention() {
        DispatchEditor editor = DispatchEditor.of(base());
        Actor found = editor.findOrAddActor(ActorType.STATE, "MOSCOU", span("Moscou"));
        Actor again = editor.findOrAddActor(ActorType.STATE, "Russie", span("Russie".equals("x") ? "x" : "Suisse"));
        assertThat(found.id()).isEqualTo("a2");
        assertThat(found.mentions()).hasSize(1);
        assertThat(again.mentions()).extracting(Span::text).containsExactly("Suisse", "Moscou");
        assertThat(editor.findOrAddActor(ActorType.ORGANISATION, "Suisse", span("Suisse")).id())
                .as("another type is another actor").isEqualTo("a3");
    }

    @Test
    void mergeRewritesEveryReference() {
        DispatchEditor editor = DispatchEditor.of(base());
        Actor berne = editor.addActor(ActorType.STATE, "Berne", span("Berne"));
        Actor swiss = editor.actor("a1").orElseThrow();
        editor.communication(CommunicationType.LETTER).sender(berne).recipient(editor.actor("a2").orElseThrow())
                .evidence(span("exigent")).add();
        Actor person = editor.addActor(ActorType.PERSON, "porte-parole");
        editor.setAffiliation(person, berne);

        Actor merged = editor.mergeActors(swiss, berne);
        Dispatch d = editor.build();

        assertThat(merged.aliases()).containsExactly("Berne");
        assertThat(merged.mentions()).extracting(Span::text).containsExactly("Suisse", "Berne");
        assertThat(d.actor(berne.id())).isEmpty();
        assertThat(d.communications().get(0).sender()).contains("a1");
        assertThat(d.actorNamed("porte-parole").orElseThrow().affiliation()).contains("a1");
    }

    @Test
    void removingAnActorRemovesItsReferences() {
        DispatchEditor editor = DispatchEditor.of(base());
        editor.removeActor(editor.actor("a2").orElseThrow());
        Dispatch d = editor.build();
        assertThat(d.actors()).extracting(Actor::id).containsExactly("a1");
        assertThat(d.demands().get(0).target()).isEmpty();
    }

    @Test
    void rejectsActorsOfAnotherDispatch() {
        DispatchEditor editor = DispatchEditor.of(base());
        Actor stranger = new Actor("a9", ActorType.STATE, "Iran", List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
        assertThatThrownBy(() -> editor.communication(CommunicationType.CALL).sender(stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a9");
        Communication unknownRef = new Communication("c1", CommunicationType.CALL, Optional.of("a9"), List.of(),
                List.of(), Optional.empty(), Optional.empty(), List.of());
        assertThatThrownBy(() -> editor.replace(unknownRef)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacesAndRemovesItems() {
        DispatchEditor editor = DispatchEditor.of(base());
        Demand d1 = editor.demands().get(0);
        editor.replace(new Demand(d1.id(), d1.source(), d1.target(), "la fin des combats", true, d1.date(), d1.evidence()));
        assertThat(editor.build().demands().get(0).direct()).isTrue();
        assertThat(editor.removeDemand("d1")).isTrue();
        assertThat(editor.removeDemand("d1")).isFalse();
        assertThat(editor.build().demands()).isEmpty();
    }
}
