package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * The one asked, when a demand names it by a common noun that stands for an actor named before (session 18): a
 * company under another company noun, a company's management, a body under the noun that introduced it. On the
 * readable sets these demands were found with no target.
 */
class DemandTargetTest {

    @Test
    void anotherCompanyNounStandsForTheCompanyNamedBefore() {
        Dispatch d = parse("Titre", "Le fabricant Thermaline a rappel\u00e9 80 000 radiateurs. L'association UFC-Que Choisir demande \u00e0 "
                + "l'entreprise de rembourser les appareils.");
        assertThat(name(d, demandStartingWith(d, "rembourser").target().orElseThrow())).isEqualTo("Thermaline");
        assertThat(name(d, demandStartingWith(d, "rembourser").source().orElseThrow())).isEqualTo("UFC-Que Choisir");
    }

    @Test
    void theCompanyIsNotTheOneThatAsksInTheSameSentence() {
        Dispatch d = parse("Titre", "Le groupe Renault a annonc\u00e9 la fermeture d'une usine. Le syndicat CGT a exig\u00e9 de l'entreprise "
                + "qu'elle renonce \u00e0 ce projet.");
        Demand x = demandStartingWith(d, "elle renonce");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Renault");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
    }

    @Test
    void theManagementAskedByAUnionIsTheCompanys() {
        Dispatch d = parse("Titre", "Le groupe Renault a annonc\u00e9 la fermeture d'une usine. Le syndicat CGT a appel\u00e9 la direction "
                + "\u00e0 renoncer \u00e0 ce projet.");
        Demand x = demandStartingWith(d, "renoncer");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Renault");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
    }

    @Test
    void theNounThatIntroducedAnUnknownBodyStandsForItLater() {
        Dispatch d = parse("Titre", "Le fonds activiste britannique Harbour Lane Capital a exig\u00e9 mardi la d\u00e9mission du PDG. "
                + "Le fonds demande aussi l'entr\u00e9e de deux administrateurs ind\u00e9pendants.");
        assertThat(name(d, demandStartingWith(d, "l'entr\u00e9e").source().orElseThrow())).isEqualTo("Harbour Lane Capital");
    }

    @Test
    void theOneAskedWithAPersonInAppositionIsThatPerson() {
        Dispatch d = parse("Titre", "La CGT a demand\u00e9 mardi \u00e0 la ministre du Travail, Catherine Vautrin, de recevoir les salari\u00e9s.");
        assertThat(name(d, demandStartingWith(d, "recevoir les salari\u00e9s").target().orElseThrow())).isEqualTo("Catherine Vautrin");
        Dispatch e = parse("Titre", "La CGT a demand\u00e9 \u00e0 Catherine Vautrin, ministre du Travail, de recevoir les salari\u00e9s.");
        assertThat(name(e, demandStartingWith(e, "recevoir les salari\u00e9s").target().orElseThrow())).isEqualTo("Catherine Vautrin");
    }

    @Test
    void aClauseAskedRunsPastItsSubjectsApposition() {
        Dispatch d = parse("Titre", "La CGT a demand\u00e9 que la ministre du Travail, Catherine Vautrin, re\u00e7oive les salari\u00e9s.");
        Demand x = demandStartingWith(d, "la ministre du Travail");
        assertThat(x.content()).endsWith("re\u00e7oive les salari\u00e9s");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Catherine Vautrin");
        assertThat(d.communications()).isEmpty();
    }
}
