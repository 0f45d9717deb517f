package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demand forms found in session 28 (helper dem51, eval/extra35): "faire appel à X pour …", a thing owed coordinated
 * after an act ("la condamnation de X et des garanties"), a call to relay an ask ("a appelé la gauche à exiger du
 * gouvernement qu'il …") and the government of a story about Quebec. Sentences written for the tests in the manner of
 * the set's dispatches.
 */
class DemandFormsSession28Dem51Test {

    @Test
    void faireAppelAXPourAsksX() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident malien par int\u00e9rim a fait appel mercredi \u00e0 la C\u00e9d\u00e9ao pour aider l'arm\u00e9e \u00e0 reprendre le contr\u00f4le du nord du pays.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).startsWith("aider l'arm\u00e9e \u00e0 reprendre le contr\u00f4le du nord");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Communaut\u00e9 \u00e9conomique des \u00c9tats d'Afrique de l'Ouest");
        });
    }

    @Test
    void faireAppelToUnnamedOnesAskedBeforePourQuIls() {
        Dispatch d = parse("Titre", "L'association Swissmem a fait appel aux parlementaires bourgeois pour qu'ils rejettent la motion.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("ils rejettent la motion"));
    }

    @Test
    void aCourtAppealAsksNoOne() {
        Dispatch d = parse("Titre", "L'avocat de l'ancien ministre, Me Pierre Dufour, a fait appel de la d\u00e9cision du tribunal.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aThingOwedAfterAnActIsASecondDemand() {
        Dispatch d = parse("Titre", "L'Association suisse des banquiers demande la condamnation des fuites de donn\u00e9es et des garanties pour le personnel concern\u00e9.");
        assertThat(d.demands()).extracting(m -> m.content())
                .containsExactlyInAnyOrder("la condamnation des fuites de donn\u00e9es", "des garanties pour le personnel concern\u00e9");
    }

    @Test
    void aSecondComplementOfTheActStaysInOneDemand() {
        Dispatch d = parse("Titre", "L'ONU r\u00e9clame la lib\u00e9ration des prisonniers politiques et des journalistes.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(m.content()).isEqualTo("la lib\u00e9ration des prisonniers politiques et des journalistes"));
    }

    @Test
    void aCallToRelayAnAskIsTheCallersDemandToTheGovernment() {
        Dispatch d = parse("Titre", "Des milliers de mineurs ont d\u00e9fil\u00e9 jeudi en Bolivie.",
                "La Centrale ouvri\u00e8re bolivienne a appel\u00e9 \u00e0 exiger du gouvernement qu'il retire le d\u00e9cret.");
        assertThat(d.demands()).anySatisfy(m -> {
            assertThat(m.content()).isEqualTo("il retire le d\u00e9cret");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Bolivie");
        });
    }
}
