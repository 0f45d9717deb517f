package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * What a common noun stands for (session 18): a company under another company noun, a company's management, a body
 * under the noun that introduced it, NGOs in the plural; and the one asked named with a person in apposition. On the
 * readable sets these demands were found with no target, or these statements given to the wrong body.
 */
class CommonNounReferenceTest {

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

    @Test
    void severalNgosAreAGroupNotTheLatestBody() {
        Dispatch d = parse("Titre", "Le roi l'a invit\u00e9 \u00e0 l'inauguration de l'Institut Cervantes de Dakar. Plusieurs ONG, dont la "
                + "Commission espagnole d'aide aux r\u00e9fugi\u00e9s (CEAR), ont toutefois critiqu\u00e9 un accord qui \u00ab sous-traite le "
                + "contr\u00f4le des fronti\u00e8res \u00bb.");
        assertThat(d.communications()).anySatisfy(c -> {
            assertThat(c.quote()).hasValue("sous-traite le contr\u00f4le des fronti\u00e8res");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ONG");
        });
    }

    @Test
    void aManagementAskedIsItsCompanyEvenUnderAnotherNoun() {
        Dispatch d = parse("Titre", "Le groupe Stahl Gerlafingen a annonc\u00e9 120 licenciements. Le conseiller f\u00e9d\u00e9ral Guy Parmelin invite "
                + "toutefois la direction de l'entreprise \u00e0 \u00ab examiner toutes les alternatives \u00bb.");
        assertThat(name(d, demandStartingWith(d, "examiner").target().orElseThrow())).isEqualTo("Stahl Gerlafingen");
    }

    @Test
    void aSecondActAskedInQuotesIsADemandOfItsOwn() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident s\u00e9n\u00e9galais a demand\u00e9 \u00e0 l'Union europ\u00e9enne de tenir ses promesses sur les visas "
                + "et de \u00ab cesser de financer des garde-c\u00f4tes plut\u00f4t que des emplois \u00bb.");
        assertThat(d.demands()).extracting(Demand::content)
                .containsExactly("tenir ses promesses sur les visas", "cesser de financer des garde-c\u00f4tes plut\u00f4t que des emplois");
    }

    @Test
    void indefiniteThingsAskedInARowAreSeveralDemandsUnlessAComplementRuns() {
        Dispatch d = parse("Titre", "Le Premier ministre cambodgien, Hun Manet, exige une enqu\u00eate conjointe et des excuses officielles.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("une enqu\u00eate conjointe", "des excuses officielles");
        Dispatch e = parse("Titre", "La CGT r\u00e9clame une enqu\u00eate sur la mort des manifestants et des bless\u00e9s.");
        assertThat(e.demands()).extracting(Demand::content).containsExactly("une enqu\u00eate sur la mort des manifestants et des bless\u00e9s");
    }

    @Test
    void invitingToJoinABodyAsksWhileInvitingToJoinSomeoneIsAnInvitation() {
        Dispatch d = parse("Titre", "La rectrice de l'UNIGE, Audrey Leuba, a invit\u00e9 ses coll\u00e8gues lausannois \u00e0 rejoindre le consortium.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("rejoindre le consortium");
        Dispatch e = parse("Titre", "Le pr\u00e9sident Emmanuel Macron a invit\u00e9 le chancelier allemand Friedrich Merz \u00e0 nous rejoindre \u00e0 Paris.");
        assertThat(e.demands()).isEmpty();
        assertThat(e.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.INVITATION));
    }

    @Test
    void peopleNamedInAppositionBeforeTheActAreAsked() {
        Dispatch d = parse("Titre", "Le chef du Parti qu\u00e9b\u00e9cois, Paul St-Pierre Plamondon, a invit\u00e9 les anciens chefs du parti, "
                + "Pauline Marois et Jean-Fran\u00e7ois Lis\u00e9e, \u00e0 se joindre \u00e0 la campagne.");
        Demand x = demandStartingWith(d, "se joindre");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Paul St-Pierre Plamondon");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Pauline Marois");
    }

    @Test
    void organisersAndSupportersAreGroupsThatSpeakAndAsk() {
        Dispatch d = parse("Titre", "Les organisateurs ont indiqu\u00e9 mardi que le festival serait prolong\u00e9.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("organisateurs"));
        Dispatch e = parse("Titre", "Les supporters r\u00e9clament la d\u00e9mission du pr\u00e9sident.");
        assertThat(name(e, demandStartingWith(e, "la d\u00e9mission").source().orElseThrow())).isEqualTo("supporters");
    }

    @Test
    void aDegreeAloneIsNothingAskedButOpensWhatIs() {
        Dispatch d = parse("Titre", "Les supporters, eux, r\u00e9clament davantage.");
        assertThat(d.demands()).isEmpty();
        Dispatch e = parse("Titre", "La CGT exige davantage de moyens pour les h\u00f4pitaux.");
        assertThat(e.demands()).extracting(Demand::content).containsExactly("davantage de moyens pour les h\u00f4pitaux");
    }
}
