package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors named in forms real news uses and the library missed or cut (session 27, helper act50): a department's council
 * under its former name, counterparts of two states named by coordinated adjectives, the head of a company named after
 * the company's noun, a medium's name holding another's. Sentences written for the tests.
 */
class ActorFormsSession27bTest {

    @Test
    void aGeneralCouncilOfADepartmentIsOneBody() {
        Dispatch d = ExtractionTest.parse("Titre", "Le conseil g\u00e9n\u00e9ral de la Dr\u00f4me a vot\u00e9 jeudi une aide aux \u00e9leveurs.");
        assertThat(d.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("conseil g\u00e9n\u00e9ral de la Dr\u00f4me");
        });
    }

    @Test
    void counterpartsOfTwoStatesAreOneGroupKeptApartFromEitherState() {
        Dispatch d = ExtractionTest.parse("Titre", "Le ministre malien a re\u00e7u lundi ses homologues nig\u00e9rien et burkinab\u00e9. "
                + "Il a ensuite rencontr\u00e9 ses homologues nig\u00e9riens.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("homologues nig\u00e9rien et burkinab\u00e9");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.GROUP).hasSize(2);
    }

    @Test
    void theHeadOfACompanyNamedAfterItsNounKeepsTheName() {
        Dispatch d = ExtractionTest.parse("Titre", "Le ministre a re\u00e7u lundi le pr\u00e9sident du groupe Valmorel.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("pr\u00e9sident du groupe Valmorel").doesNotContain("pr\u00e9sident du groupe");
    }

    @Test
    void aMediumsNameHoldingAnothersIsOneName() {
        Dispatch d = ExtractionTest.parse("Titre", "\u00ab Nous ne c\u00e9derons pas \u00bb, a d\u00e9clar\u00e9 lundi \u00e0 la radio Vivre RTL le ministre des Finances.");
        assertThat(d.actors()).extracting(a -> a.name()).doesNotContain("Vivre", "RTL");
    }
}
