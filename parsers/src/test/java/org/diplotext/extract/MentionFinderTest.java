package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions found in sentences written for the purpose, in agency style: where a name starts and ends, what kind it is. */
class MentionFinderTest {
    /**
     * A body's noun, its name no lexicon knows and the name of its officer, with or without a
     * comma: the body is an organisation, the officer a person with the title's head as role.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le pr\u00e9sident de l'association Wikim\u00e9dia France R\u00e9mi Mathis a d\u00e9clar\u00e9 que la loi \u00e9tait dangereuse. | Wikim\u00e9dia France | R\u00e9mi Mathis | pr\u00e9sident",
        "Le directeur de la fondation Heinrich B\u00f6ll Jean Martin a affirm\u00e9 que le texte devait \u00eatre retir\u00e9. | Heinrich B\u00f6ll | Jean Martin | directeur",
        "La porte-parole de l'ONG Tournesol Vert, Marie Dupont, a estim\u00e9 que le gouvernement devait agir. | Tournesol Vert | Marie Dupont | porte-parole",
        "La pr\u00e9sidente de l'association Terre Libre France, Claire Martin, a jug\u00e9 la loi inutile. | Terre Libre France | Claire Martin | pr\u00e9sident"})
    void aBodyNamedBeforeItsOfficerIsAnOrganisationAndTheOfficerIsAffiliatedToIt(String text, String body, String person, String role) {
        Dispatch d = parse("Titre", text);
        Actor organisation = actor(d, body);
        assertThat(organisation.type()).isEqualTo(ActorType.ORGANISATION);
        Actor officer = actor(d, person);
        assertThat(officer.type()).isEqualTo(ActorType.PERSON);
        assertThat(officer.role()).contains(role);
        assertThat(officer.affiliation()).contains(organisation.id());
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(officer.id()));
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
    }

    @Test
    void theWestIsAGroupLikeTheWesterners() {
        Dispatch d = parse("Titre", "L'Occident a condamn\u00e9 mardi l'annexion de la Crim\u00e9e.",
                "Les Occidentaux ont demand\u00e9 \u00e0 la Russie de retirer ses troupes.");
        assertThat(actor(d, "Occident").type()).isEqualTo(ActorType.GROUP);
        assertThat(actor(d, "Occidentaux").type()).isEqualTo(ActorType.GROUP);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION);
    }

    @Test
    void aVerbAfterAGroupNounIsNoAdjectiveOfIt() {
        Dispatch d = parse("Mali: la junte expulse l'ambassadeur de France", "La junte a annonc\u00e9 lundi sa d\u00e9cision.");
        assertThat(d.actors()).anyMatch(a -> a.name().equals("junte")).noneMatch(a -> a.name().contains("expulse"));
    }
}
