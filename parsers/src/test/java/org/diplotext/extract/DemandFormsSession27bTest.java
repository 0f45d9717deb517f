package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demand gaps found in session 27 and left alone by the helper that found them: a "dont" incise between two things
 * asked, the government asked after "exiger du", the impersonal "on nous demande", a comment after ", et ça". Sentences
 * written for the tests.
 */
class DemandFormsSession27bTest {

    @Test
    void aDontInciseOnTheFirstThingAskedDoesNotEndTheSecond() {
        Dispatch d = parse("Titre", "L'ONU r\u00e9clame la lib\u00e9ration des prisonniers, dont trois journalistes, et la fermeture du centre de d\u00e9tention.");
        assertThat(d.demands()).extracting(m -> m.content())
                .containsExactlyInAnyOrder("la lib\u00e9ration des prisonniers", "la fermeture du centre de d\u00e9tention");
    }

    @Test
    void aDontInciseAtTheEndStaysOutOfTheDemand() {
        Dispatch d = parse("Titre", "L'ONU r\u00e9clame la lib\u00e9ration des prisonniers, dont trois journalistes.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("la lib\u00e9ration des prisonniers"));
    }

    @Test
    void theGovernmentAskedAfterExigerDuIsTheStorysState() {
        Dispatch d = parse("Titre", "Des milliers de mineurs ont d\u00e9fil\u00e9 jeudi en Bolivie. Les syndicats exigent du gouvernement le retrait du d\u00e9cret.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("le retrait du d\u00e9cret");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Bolivie");
        });
    }

    @Test
    void whatOnAsksOfUsIsAComplaintNotADemand() {
        Dispatch d = parse("Titre", "\u00ab On nous demande de travailler plus pour gagner moins \u00bb, a d\u00e9clar\u00e9 le syndicaliste Marc Dubois.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aCommentAfterEtCaIsNoPartOfTheDemand() {
        Dispatch d = parse("Titre", "La CGT r\u00e9clame la hausse des salaires, et \u00e7a, depuis des mois.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("la hausse des salaires"));
    }
}
