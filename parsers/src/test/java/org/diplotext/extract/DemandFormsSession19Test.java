package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands of the nineteenth session's held-out forms (eval/extra20): a body asked to act with an adverb after the
 * infinitive ({@code presse le Parlement d'agir plutôt sur …}) keeps its own name; a court asked by its noun and
 * adjective ({@code a demandé au tribunal correctionnel d'interdire …}) is the one asked.
 */
class DemandFormsSession19Test {

    @Test
    void aBodyAskedToActWithAnAdverbAfterTheInfinitiveKeepsItsName() {
        Dispatch d = parse("Titre", "Prio.Swiss estime que le r\u00e9f\u00e9rendum \u00ab ne r\u00e9sout rien \u00bb et presse le Parlement "
                + "d'agir plut\u00f4t sur les prix des m\u00e9dicaments.");
        assertThat(name(d, demandStartingWith(d, "agir plut\u00f4t").target().orElseThrow())).isEqualTo("Parlement");
    }

    @Test
    void aCourtAskedByItsNounAndAdjectiveIsTheOneAsked() {
        Dispatch d = parse("Titre", "La procureure, Nathalie Verdier, a \u00e9galement demand\u00e9 au tribunal correctionnel d'interdire "
                + "au septuag\u00e9naire de g\u00e9rer tout bien immobilier pendant dix ans.");
        assertThat(name(d, demandStartingWith(d, "interdire au septuag\u00e9naire").target().orElseThrow())).isEqualTo("tribunal correctionnel");
    }

    @Test
    void aDemandVerbAskedAsTheInfinitiveIsNoDemandOfTheOneAsked() {
        Dispatch d = parse("Titre", "L'avocat Jean Fourcade a demand\u00e9 au tribunal d'ordonner une contre-expertise.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("tribunal"));
        Dispatch e = parse("Titre", "Le maire a appel\u00e9 le pr\u00e9fet \u00e0 r\u00e9clamer des renforts.");
        assertThat(e.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("r\u00e9clamer des renforts"));
    }
}
