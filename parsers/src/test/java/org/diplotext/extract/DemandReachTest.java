package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands worded beyond a demand verb and its object, and look-alikes that ask nothing: one short
 * fixture each, written for the purpose.
 */
class DemandReachTest {

    @Test
    void anObligationReportedByAVerbOfSayingIsTheReportersDemand() {
        Dispatch d = parse("Titre", "Le Premier ministre Antonis Samaras estime que l'Allemagne doit accorder un d\u00e9lai suppl\u00e9mentaire \u00e0 la Gr\u00e8ce.");
        Demand x = demandStartingWith(d, "accorder un d\u00e9lai");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Antonis Samaras");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Allemagne");
        assertThat(x.direct()).isFalse();
    }

    @Test
    void aReportedForecastWithDevraitAsksNothing() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a indiqu\u00e9 que la Russie devrait retirer ses troupes d'ici la fin du mois.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void ilFautAfterAFrontedSourceIsThatSourcesDemand() {
        Dispatch d = parse("Titre", "Pour Berlin, il faut d'abord que la Gr\u00e8ce tienne ses engagements.");
        Demand x = demandStartingWith(d, "la Gr\u00e8ce tienne");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Allemagne");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Gr\u00e8ce");
    }

    @Test
    void ilFautInTheWritersOwnWordsIsStillNoOnesDemand() {
        Dispatch d = parse("Titre", "Il faut rappeler que la Gr\u00e8ce a d\u00e9j\u00e0 re\u00e7u deux plans d'aide.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void whatIsNeededForAPurposeAsksNoOne() {
        Dispatch d = parse("Titre", "\u00ab Il faut du temps pour reconstruire la confiance \u00bb, a estim\u00e9 la ministre Annalena Baerbock.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void askingAQuestionIsNoDemand() {
        Dispatch d = parse("Titre", "Les journalistes ont demand\u00e9 au ministre Jean-Yves Le Drian s'il comptait se rendre \u00e0 Moscou.",
                "Le ministre s'est demand\u00e9 si la Russie voulait vraiment la paix.",
                "Le d\u00e9put\u00e9 Paul Martin a demand\u00e9 pourquoi l'ambassadeur n'avait pas \u00e9t\u00e9 convoqu\u00e9.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void anInciseBetweenTheOneAskedAndTheInfinitiveIsSkipped() {
        Dispatch d = parse("Titre", "Amnesty International appelle les autorit\u00e9s grecques, dans un communiqu\u00e9, \u00e0 garantir le droit de manifester.");
        Demand x = demandStartingWith(d, "garantir le droit");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Gr\u00e8ce");
    }

    @Test
    void aParticipleWithItsAgentAsksForTheNounItQualifies() {
        Dispatch d = parse("Titre", "La lib\u00e9ration des militants, r\u00e9clam\u00e9e par l'opposition, n'est pas \u00e0 l'ordre du jour.",
                "Le Kremlin a rejet\u00e9 le retrait des troupes russes exig\u00e9 par l'Otan.");
        assertThat(name(d, demandStartingWith(d, "La lib\u00e9ration des militants").source().orElseThrow())).isEqualTo("opposition");
        assertThat(demandStartingWith(d, "le retrait des troupes russes").content()).isEqualTo("le retrait des troupes russes");
    }

    @Test
    void thoseInvitedByAnActorAreNoDemand() {
        Dispatch d = parse("Titre", "Les personnalit\u00e9s invit\u00e9es par l'ambassade de France ont assist\u00e9 \u00e0 la c\u00e9r\u00e9monie.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void theNegationOfTheNounsOwnClauseIsNoPartOfWhatItAsks() {
        Dispatch d = parse("Titre", "L'appel du secr\u00e9taire g\u00e9n\u00e9ral de l'ONU Antonio Guterres aux bellig\u00e9rants \u00e0 cesser le feu n'a pas \u00e9t\u00e9 entendu.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("cesser le feu"));
    }

    @Test
    void sloganCarriedByProtestersAskForThem() {
        Dispatch d = parse("Titre", "Les manifestants scandaient des slogans r\u00e9clamant la d\u00e9mission du gouvernement.");
        assertThat(name(d, demandStartingWith(d, "la d\u00e9mission").source().orElseThrow())).isEqualTo("manifestants");
    }

    @Test
    void theirDemandAfterAVerbOfSupportIsANounNotADativeClitic() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a re\u00e7u le diplomate russe Ivan Petrov.",
                "Les Etats-Unis ont r\u00e9it\u00e9r\u00e9 leur demande de lib\u00e9ration du journaliste Evan Gershkovich.");
        Demand x = demandStartingWith(d, "lib\u00e9ration du journaliste");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("\u00c9tats-Unis");
        assertThat(x.target()).isEmpty();
    }

    @Test
    void aPronounAskedAgainStandsForWhomTheSpeakerJustAsked() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident ukrainien Volodymyr Zelensky a appel\u00e9 les Occidentaux \u00e0 livrer davantage d'armes. "
                + "Il les a \u00e9galement exhort\u00e9s \u00e0 fermer l'espace a\u00e9rien ukrainien.");
        assertThat(name(d, demandStartingWith(d, "fermer l'espace").target().orElseThrow())).isEqualTo("Occidentaux");
    }

    @Test
    void aPronounAskedByTheOneReceivedStandsForTheHost() {
        Dispatch d = parse("Titre", "Le chef du DFAE Ignazio Cassis a re\u00e7u son homologue ukrainien Dmytro Kouleba. "
                + "M. Kouleba lui a demand\u00e9 de livrer des \u00e9quipements de protection.");
        Demand x = demandStartingWith(d, "livrer des \u00e9quipements");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Dmytro Kouleba");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Ignazio Cassis");
    }

    @Test
    void aDayInWhatIsAskedIsWhenToActNotWhereTheStoryIs() {
        Dispatch d = parse("Titre", "L'opposition malienne a invit\u00e9 la population \u00e0 manifester vendredi.",
                "Le Niger a demand\u00e9 l'aide de l'Alg\u00e9rie pour s\u00e9curiser sa fronti\u00e8re.");
        assertThat(demandStartingWith(d, "l'aide").date()).contains(java.time.LocalDate.of(2022, 2, 9));
    }

    @Test
    void aBareComplementOfTheOneAskedIsNoPartOfWhatIsAsked() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao exige des autorit\u00e9s de transition un chronogramme acceptable.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("un chronogramme acceptable"));
    }

    @Test
    void appelerDeSesVoeuxAsksForItsWholeObject() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral Antonio Guterres a appel\u00e9 de ses voeux un retour rapide \u00e0 l'ordre constitutionnel.");
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(x.content()).isEqualTo("un retour rapide \u00e0 l'ordre constitutionnel"));
    }

    @Test
    void anInciseBetweenAuxiliaryAndParticipleKeepsTheSubject() {
        Dispatch d = parse("Titre", "Le syndicat Force ouvri\u00e8re a, pour sa part, exig\u00e9 le retrait du projet de loi.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("le retrait du projet de loi");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Force ouvri\u00e8re");
        });
    }

    @Test
    void aRelativeQuiAsksForItsAntecedentEvenAfterPar() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Fran\u00e7ois Hollande a \u00e9t\u00e9 interpell\u00e9 par les \u00e9lus \u00e9cologistes, "
                + "qui lui demandent de renoncer \u00e0 l'a\u00e9roport.");
        Demand x = demandStartingWith(d, "renoncer");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("\u00e9lus");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Fran\u00e7ois Hollande");
    }

    @Test
    void aLetterAskingItsRecipientThroughAParticipleIsTheSendersDemand() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'ONU Ban Ki-moon a adress\u00e9 une lettre au pr\u00e9sident syrien "
                + "Bachar el-Assad lui demandant de retirer ses troupes des villes.");
        Demand x = demandStartingWith(d, "retirer ses troupes");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Ban Ki-moon");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Bachar al-Assad");
    }

    @Test
    void callingSomeoneAuCalmeAsksThemForCalm() {
        Dispatch d = parse("Titre", "L'\u00e9missaire Kofi Annan appelle les bellig\u00e9rants au calme.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("calme");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("bellig\u00e9rants");
        });
    }

    @Test
    void aConditionalDemandIsNoneButAConcessiveOneIsMade() {
        Dispatch d = parse("Titre", "Si la Russie demande des garanties, l'Otan les examinera.",
                "M\u00eame si Moscou exige le retrait des troupes de l'Otan, le dialogue continue.");
        assertThat(d.demands()).extracting(Demand::content).noneMatch(c -> c.contains("garanties"))
                .anyMatch(c -> c.startsWith("le retrait des troupes"));
    }

    @Test
    void aDemandNounWithItsAgentAndTheOneAsked() {
        Dispatch d = parse("Titre", "L'exigence de Moscou que Kiev renonce \u00e0 l'Otan a \u00e9t\u00e9 rejet\u00e9e par les Occidentaux.",
                "L'appel lanc\u00e9 par l'ONU aux bellig\u00e9rants pour une tr\u00eave humanitaire est rest\u00e9 lettre morte.",
                "Le Conseil de l'Europe a adress\u00e9 \u00e0 la Turquie une demande de lib\u00e9ration d'Osman Kavala.");
        assertThat(name(d, demandStartingWith(d, "Kiev renonce").target().orElseThrow())).isEqualTo("Ukraine");
        assertThat(name(d, demandStartingWith(d, "une tr\u00eave").source().orElseThrow())).isEqualTo("Organisation des Nations unies");
        Demand x = demandStartingWith(d, "lib\u00e9ration d'Osman");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Conseil de l'Europe");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Turquie");
    }

    @Test
    void aDemandInAFrontedClauseEndsAtItsCommaButAListAfterMaisDoesNot() {
        Dispatch d = parse("Titre", "Alors que l'Union europ\u00e9enne exige la fin du renforcement militaire, la Russie masse des troupes.",
                "Mais l'Otan exige le retrait des troupes, la fin des exercices et le rejet des candidatures.");
        assertThat(d.demands()).extracting(Demand::content).containsExactlyInAnyOrder("la fin du renforcement militaire",
                "le retrait des troupes", "la fin des exercices", "le rejet des candidatures");
    }
}
