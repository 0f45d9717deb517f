package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands as wire copy words them (ninth session's probe dispatches): adjectives between the one
 * asked or the noun and what is asked, clauses after "appeler \u00e0 ce que" and "attendre de",
 * negated demands in quotations, quoted calls, coordinated complements that are no second demand.
 */
class DemandWordingTest {

    @Test
    void anAdjectiveAfterTheOneAskedIsNotWhatIsAsked() {
        Dispatch d = parse("Titre", "Le PS a r\u00e9clam\u00e9 mercredi aux autorit\u00e9s locales des explications sur la fermeture des \u00e9coles.",
                "Le pr\u00e9sident a demand\u00e9 au gouverneur de d\u00e9missionner.");
        Demand x = demandStartingWith(d, "des explications");
        assertThat(x.content()).isEqualTo("des explications sur la fermeture des \u00e9coles");
        assertThat(name(d, demandStartingWith(d, "d\u00e9missionner").target().orElseThrow())).isEqualTo("gouverneur");
    }

    @Test
    void anAppealToSomeoneToActAsksTheActNotTheSecondA() {
        Dispatch d = parse("Titre", "Le chef de l'Etat br\u00e9silien a lanc\u00e9 un appel au Venezuela \u00e0 lib\u00e9rer les opposants.");
        Demand x = demandStartingWith(d, "lib\u00e9rer");
        assertThat(x.content()).isEqualTo("lib\u00e9rer les opposants");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Venezuela");
    }

    @Test
    void theOneAskedAfterDeLaPartDeClosesTheContent() {
        Dispatch d = parse("Titre", "Le Maroc a r\u00e9clam\u00e9 des explications de la part de l'Alg\u00e9rie.");
        Demand x = demandStartingWith(d, "des explications");
        assertThat(x.content()).isEqualTo("des explications");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Alg\u00e9rie");
    }

    @Test
    void askingForgivenessApologisesAndAsksNothing() {
        Dispatch d = parse("Titre", "Le Premier ministre canadien Mark Carney a demand\u00e9 pardon aux familles des victimes.");
        assertThat(d.demands()).isEmpty();
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Mark Carney"));
    }

    @Test
    void anAdjectiveAfterTheDemandNounIsSkipped() {
        Dispatch d = parse("Titre", "L'Organisation mondiale de la sant\u00e9 (OMS) a lanc\u00e9 un appel urgent \u00e0 la protection des h\u00f4pitaux.");
        Demand x = demandStartingWith(d, "la protection");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Organisation mondiale de la sant\u00e9");
    }

    @Test
    void appelerAceQueAsksTheClausesSubject() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'OEA, Luis Almagro, a appel\u00e9 \u00e0 ce que la Cour p\u00e9nale internationale ouvre une enqu\u00eate.");
        Demand x = demandStartingWith(d, "la Cour p\u00e9nale internationale ouvre une enqu\u00eate");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Cour p\u00e9nale internationale");
    }

    @Test
    void aNegatedDemandInAQuotationAsksNothingButWhatFollowsDoes() {
        Dispatch d = parse("Titre", "\u00ab Nous ne demandons pas de sanctions suppl\u00e9mentaires, nous voulons simplement que le droit soit appliqu\u00e9 \u00bb, "
                + "a expliqu\u00e9 la conseill\u00e8re nationale Samira Marti.");
        assertThat(d.demands()).hasSize(1);
        Demand x = demandStartingWith(d, "le droit soit appliqu\u00e9");
        assertThat(x.direct()).isTrue();
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Samira Marti");
    }

    @Test
    void attendreDeAndAnUnnamedCollectiveAsksThem() {
        Dispatch d = parse("Titre", "\u00ab Nous attendons des autorit\u00e9s de transition qu'elles respectent leurs engagements \u00bb, "
                + "a d\u00e9clar\u00e9 le pr\u00e9sident ghan\u00e9en Nana Akufo-Addo.");
        Demand x = demandStartingWith(d, "elles respectent leurs engagements");
        assertThat(x.direct()).isTrue();
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Nana Akufo-Addo");
    }

    @Test
    void aQuotedCallToCalmIsADemand() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron a appel\u00e9 \u00ab au calme \u00bb et invit\u00e9 les \u00e9lus cal\u00e9doniens \u00e0 reprendre le dialogue.");
        assertThat(demandStartingWith(d, "calme").direct()).isFalse();
        assertThat(demandStartingWith(d, "reprendre le dialogue")).isNotNull();
    }

    @Test
    void aComplementCoordinatedAfterDeIsNoSecondDemand() {
        Dispatch d = parse("Titre", "Le ministre ukrainien Dmytro Kouleba a appel\u00e9 jeudi les alli\u00e9s occidentaux \u00e0 acc\u00e9l\u00e9rer les livraisons d'armes et de munitions.",
                "Le ministre Dmytro Kouleba a demand\u00e9 aux alli\u00e9s de livrer des chars et de ne pas c\u00e9der.");
        assertThat(demandStartingWith(d, "acc\u00e9l\u00e9rer").content()).isEqualTo("acc\u00e9l\u00e9rer les livraisons d'armes et de munitions");
        assertThat(demandStartingWith(d, "livrer des chars").content()).isEqualTo("livrer des chars");
        assertThat(demandStartingWith(d, "ne pas c\u00e9der")).isNotNull();
    }

    @Test
    void anUltimatumForAClauseKeepsTheClausesVerb() {
        Dispatch d = parse("Titre", "Moscou a adress\u00e9 un ultimatum \u00e0 Kiev pour qu'il reconnaisse l'annexion de la Crim\u00e9e.");
        Demand x = demandStartingWith(d, "il reconnaisse");
        assertThat(x.content()).isEqualTo("il reconnaisse l'annexion de la Crim\u00e9e");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Ukraine");
    }

    @Test
    void theHeadlineAndTheLeadAskingTheSameThingThroughAPronounAreOneDemand() {
        Dispatch d = parse("L'UE exige de Belgrade qu'il normalise ses relations avec Pristina",
                "L'Union europ\u00e9enne a exig\u00e9 jeudi de la Serbie qu'elle normalise ses relations avec le Kosovo.");
        assertThat(d.demands()).hasSize(1);
        assertThat(d.demands().get(0).evidence()).hasSize(2);
    }

    @Test
    void asylumAskedOfAStateNamesItAsTheOneAsked() {
        Dispatch d = parse("Titre", "Julian Assange a demand\u00e9 l'asile politique \u00e0 l'\u00c9quateur.");
        Demand x = demandStartingWith(d, "l'asile politique");
        assertThat(x.content()).isEqualTo("l'asile politique");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("\u00c9quateur");
    }

    @Test
    void theSubjectOfTheDemandVerbIsFoundPastAnAdverbPhraseMembersOrACoordinatedCommonNoun() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident serbe Aleksandar Vucic a rejet\u00e9 ces exigences.",
                "Il a en revanche demand\u00e9 que l'UE garantisse la protection des Serbes du Kosovo.",
                "Les membres du Conseil de s\u00e9curit\u00e9 ont exhort\u00e9 l'arm\u00e9e soudanaise \u00e0 prot\u00e9ger les civils.",
                "La Pologne et les pays baltes ont exhort\u00e9 le CIO \u00e0 revenir sur sa d\u00e9cision.");
        assertThat(name(d, demandStartingWith(d, "l'UE garantisse").source().orElseThrow())).isEqualTo("Aleksandar Vucic");
        assertThat(name(d, demandStartingWith(d, "prot\u00e9ger les civils").source().orElseThrow())).isEqualTo("Conseil de s\u00e9curit\u00e9 des Nations unies");
        assertThat(name(d, demandStartingWith(d, "revenir sur sa d\u00e9cision").source().orElseThrow())).isEqualTo("Pologne");
    }

    @Test
    void aNounAfterTheContractedArticleIsNoVerbEndingTheNounsContent() {
        Dispatch d = parse("Titre", "Le pape a renouvel\u00e9 son appel au dialogue en Syrie.",
                "L'opposition a exig\u00e9 du gouvernement des excuses publiques.");
        assertThat(demandStartingWith(d, "au dialogue").content()).isEqualTo("au dialogue en Syrie");
        assertThat(demandStartingWith(d, "des excuses").content()).isEqualTo("des excuses publiques");
    }

    @Test
    void theStateInTheHeadlineAndItsPresidentInTheLeadMakeOneDemandWithTheFullerWording() {
        Dispatch d = parse("L'Ukraine demande au CIO d'exclure les athl\u00e8tes russes",
                "Le pr\u00e9sident ukrainien Volodymyr Zelensky a demand\u00e9 mercredi au Comit\u00e9 international olympique (CIO) "
                        + "d'exclure les athl\u00e8tes russes et b\u00e9larusses des Jeux de Paris.");
        assertThat(d.demands()).hasSize(1);
        Demand x = d.demands().get(0);
        assertThat(x.content()).isEqualTo("exclure les athl\u00e8tes russes et b\u00e9larusses des Jeux de Paris");
        assertThat(x.evidence()).hasSize(2);
    }
}
