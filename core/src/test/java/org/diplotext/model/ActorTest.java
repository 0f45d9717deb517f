package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {
    private static final Span MENTION = new Span(10, 24, "Sergueï Lavrov");

    static Actor person(String id, String name, Optional<String> affiliation) {
        return new Actor(id, ActorType.PERSON, name, List.of(), Optional.empty(), Optional.empty(), affiliation,
                List.of(), Optional.empty());
    }

    private static Actor actor(ActorType type, Optional<String> country, Optional<Organisation> organisation) {
        return new Actor("a1", type, "X", List.of(), country, Optional.empty(), Optional.empty(), List.of(), organisation);
    }

    @Test
    void holdsItsParts() {
        Actor lavrov = new Actor("a1", ActorType.PERSON, "Sergueï Lavrov", List.of("M. Lavrov", "le ministre russe"),
                Optional.of("RU"), Optional.of("chef de la diplomatie"), Optional.of("a2"), List.of(MENTION),
                Optional.empty());
        assertThat(lavrov.id()).isEqualTo("a1");
        assertThat(lavrov.type()).isEqualTo(ActorType.PERSON);
        assertThat(lavrov.country()).contains("RU");
        assertThat(lavrov.role()).contains("chef de la diplomatie");
        assertThat(lavrov.affiliation()).contains("a2");
        assertThat(lavrov.mentions()).containsExactly(MENTION);
        assertThat(lavrov.organisation()).isEmpty();
        assertThat(lavrov.names()).containsExactly("Sergueï Lavrov", "M. Lavrov", "le ministre russe");
    }

    @Test
    void rejectsBadIdTypeAndName() {
        assertThatThrownBy(() -> new Actor(null, ActorType.STATE, "Russie", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
        assertThatThrownBy(() -> person(" ", "Russie", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be blank");
        assertThatThrownBy(() -> new Actor("a1", null, "Russie", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
        assertThatThrownBy(() -> person("a1", "", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
        assertThatThrownBy(() -> person("a1", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    }

    @Test
    void rejectsBadAliases() {
        assertThatThrownBy(() -> new Actor("a1", ActorType.STATE, "Russie", Arrays.asList("Moscou", null),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("aliases must not contain null (index 1)");
        assertThatThrownBy(() -> new Actor("a1", ActorType.STATE, "Russie", List.of(" "),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aliases must not contain a blank string (index 0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "RUS", "R", "R1", "Russie"})
    void rejectsCountriesThatAreNotAlpha2Codes(String bad) {
        assertThatThrownBy(() -> actor(ActorType.STATE, Optional.of(bad), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("country must be an ISO 3166-1 alpha-2 code, was '" + bad + "'");
    }

    @Test
    void rejectsBlankOrNullOptionals() {
        assertThatThrownBy(() -> actor(ActorType.STATE, Optional.of(" "), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("country must not be blank");
        assertThatThrownBy(() -> actor(ActorType.STATE, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("country must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Actor("a1", ActorType.PERSON, "X", List.of(), Optional.empty(), Optional.of(""),
                Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("role must not be blank");
        assertThatThrownBy(() -> person("a1", "X", Optional.of(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("affiliation must not be blank");
        assertThatThrownBy(() -> person("a1", "X", null))
                .isInstanceOf(NullPointerException.class).hasMessage("affiliation must not be null; use Optional.empty()");
        assertThatThrownBy(() -> actor(ActorType.GROUP, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("organisation must not be null; use Optional.empty()");
    }

    @Test
    void rejectsNullMentions() {
        assertThatThrownBy(() -> new Actor("a1", ActorType.PERSON, "X", List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("mentions must not be null");
        assertThatThrownBy(() -> new Actor("a1", ActorType.PERSON, "X", List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Arrays.asList(MENTION, null), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("mentions must not contain null (index 1)");
    }

    @Test
    void rejectsBeingItsOwnAffiliation() {
        assertThatThrownBy(() -> person("a7", "X", Optional.of("a7")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor 'a7' cannot be its own affiliation");
    }

    @ParameterizedTest
    @EnumSource(value = ActorType.class, names = {"PERSON", "STATE"})
    void personsAndStatesCarryNoOrganisationDetails(ActorType type) {
        assertThatThrownBy(() -> actor(type, Optional.empty(), Optional.of(OrganisationTest.OSCE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor 'a1' of type " + type + " cannot carry organisation details");
    }

    @ParameterizedTest
    @EnumSource(value = ActorType.class, names = {"ORGANISATION", "GROUP"})
    void organisationsAndGroupsMayCarryOrganisationDetails(ActorType type) {
        assertThat(actor(type, Optional.empty(), Optional.of(OrganisationTest.OSCE)).organisation())
                .contains(OrganisationTest.OSCE);
    }

    @Test
    void listsAreImmutableCopies() {
        Actor a = new Actor("a1", ActorType.STATE, "Russie", new java.util.ArrayList<>(List.of("Moscou")),
                Optional.of("RU"), Optional.empty(), Optional.empty(), new java.util.ArrayList<>(List.of(MENTION)),
                Optional.empty());
        assertThatThrownBy(() -> a.aliases().add("Kremlin")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.mentions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
