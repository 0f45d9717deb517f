package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunicationTest {
    private static final Span EVIDENCE = new Span(0, 6, "lettre");

    private static Communication letter(Optional<String> sender, List<String> recipients, List<String> intermediaries) {
        return new Communication("c1", CommunicationType.LETTER, sender, recipients, intermediaries,
                Optional.of(LocalDate.of(2022, 2, 9)), Optional.empty(), List.of());
    }

    @Test
    void holdsItsParts() {
        Communication c = new Communication("c1", CommunicationType.STATEMENT, Optional.of("a1"), List.of("a2"),
                List.of("a3"), Optional.of(LocalDate.of(2022, 2, 9)), Optional.of("Nous répondrons"),
                List.of(new Span(0, 6, "lettre")));
        assertThat(c.id()).isEqualTo("c1");
        assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
        assertThat(c.sender()).contains("a1");
        assertThat(c.recipients()).containsExactly("a2");
        assertThat(c.intermediaries()).containsExactly("a3");
        assertThat(c.date()).contains(LocalDate.of(2022, 2, 9));
        assertThat(c.quote()).contains("Nous répondrons");
        assertThat(c.evidence()).hasSize(1);
    }

    @Test
    void actorIdsListSenderRecipientsThenIntermediaries() {
        assertThat(letter(Optional.of("a1"), List.of("a2", "a3"), List.of("a4")).actorIds())
                .containsExactly("a1", "a2", "a3", "a4");
        assertThat(letter(Optional.empty(), List.of("a2"), List.of()).actorIds()).containsExactly("a2");
    }

    @Test
    void rejectsBadIdAndType() {
        assertThatThrownBy(() -> new Communication(" ", CommunicationType.CALL, Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be blank");
        assertThatThrownBy(() -> new Communication("c1", null, Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
    }

    @Test
    void rejectsBadActorReferences() {
        assertThatThrownBy(() -> letter(Optional.of(""), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sender must not be blank");
        assertThatThrownBy(() -> letter(null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("sender must not be null; use Optional.empty()");
        assertThatThrownBy(() -> letter(Optional.empty(), Arrays.asList("a1", null), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("recipients must not contain null (index 1)");
        assertThatThrownBy(() -> letter(Optional.empty(), List.of(" "), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recipients must not contain a blank string (index 0)");
        assertThatThrownBy(() -> letter(Optional.empty(), List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("intermediaries must not be null");
        assertThatThrownBy(() -> letter(Optional.empty(), List.of(), List.of("a1", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("intermediaries must not contain a blank string (index 1)");
    }

    @Test
    void rejectsBadDateQuoteAndEvidence() {
        assertThatThrownBy(() -> new Communication("c1", CommunicationType.CALL, Optional.empty(), List.of(), List.of(),
                null, Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Communication("c1", CommunicationType.STATEMENT, Optional.empty(), List.of(),
                List.of(), Optional.empty(), Optional.of("  "), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quote must not be blank");
        assertThatThrownBy(() -> new Communication("c1", CommunicationType.CALL, Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Arrays.asList(EVIDENCE, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("evidence must not contain null (index 1)");
        assertThatThrownBy(() -> new Communication("c1", CommunicationType.CALL, Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("evidence must not be null");
    }
}
