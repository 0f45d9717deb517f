package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands as the sixteenth session's texts on international politics (eval/extra15) word them: an impersonal
 * passive, an ultimatum addressed to a capital or a body, the one asked after a relative clause or an adverb,
 * a second infinitive after an adjunct; and look-alikes that ask nothing (a call for tenders, a telephone call).
 */
class NewsDemandFormsTest {

    @Test
    void anImpersonalPassiveAsksThoseAfterAWhoGoUnnamed() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a adopt\u00e9 une r\u00e9solution. Il est demand\u00e9 aux pays contributeurs de fournir en priorit\u00e9 "
                + "des h\u00e9licopt\u00e8res et des v\u00e9hicules blind\u00e9s, pr\u00e9cise le texte de la r\u00e9solution.");
        Demand x = demandStartingWith(d, "fournir en priorit\u00e9 des h\u00e9licopt\u00e8res");
        assertThat(x.source()).isEmpty();
    }

    @Test
    void anImpersonalPassiveNamesTheBodyAsked() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao a tenu un sommet. Il a \u00e9t\u00e9 demand\u00e9 \u00e0 la junte de permettre le retour des partis politiques.");
        assertThat(name(d, demandStartingWith(d, "permettre le retour").target().orElseThrow())).isEqualTo("junte");
    }

    @Test
    void aPersonalPassiveWithoutAXDeIsNoDemand() {
        Dispatch d = parse("Titre", "L'ancien ministre a \u00e9t\u00e9 entendu. Il est appel\u00e9 \u00e0 t\u00e9moigner devant le tribunal en mai.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void anUltimatumToACapitalAsksTheStateWhatTheColonSays() {
        Dispatch d = parse("Titre", "\u00c0 Bruxelles, la haute repr\u00e9sentante de l'UE, Kaja Kallas, a lanc\u00e9 un ultimatum \u00e0 Tbilissi : sans lib\u00e9ration "
                + "des d\u00e9tenus d'ici la fin du mois, l'exemption de visas sera suspendue.");
        Demand x = demandStartingWith(d, "sans lib\u00e9ration des d\u00e9tenus");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Kaja Kallas");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("G\u00e9orgie");
        assertThat(x.content()).doesNotContain("exemption");
    }

    @Test
    void anUltimatumGivingTimeAsksTheOneItIsAddressedTo() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao a lanc\u00e9 dimanche un ultimatum \u00e0 la junte au pouvoir en Guin\u00e9e-Bissau, lui donnant trois mois "
                + "pour publier un calendrier \u00e9lectoral, faute de quoi de nouvelles sanctions seront impos\u00e9es.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("publier un calendrier \u00e9lectoral");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("junte");
        });
    }

    @Test
    void aCallForTendersAsksNothing() {
        Dispatch d = parse("Titre", "L'ONU a par ailleurs lanc\u00e9 un appel d'offres pour la location de quatre h\u00e9licopt\u00e8res.",
                "La Commission a publi\u00e9 un appel d'offres pour la construction de deux usines de munitions.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void callingSomeoneOnThePhoneIsACallNotADemand() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'OTAN, Mark Rutte, a appel\u00e9 mercredi le pr\u00e9sident serbe Aleksandar Vu\u010di\u0107 au t\u00e9l\u00e9phone "
                + "pour \u00e9voquer la s\u00e9curit\u00e9 dans le nord du Kosovo.");
        assertThat(d.demands()).isEmpty();
        assertThat(d.communications()).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Mark Rutte");
        });
    }

    @Test
    void aCapitalAskedAfterAnAdverbIsTheState() {
        Dispatch d = parse("Titre", "Ottawa r\u00e9clame aussi \u00e0 New Delhi la transmission des relev\u00e9s t\u00e9l\u00e9phoniques de trois employ\u00e9s du consulat.");
        Demand x = demandStartingWith(d, "la transmission des relev\u00e9s");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Inde");
    }

    @Test
    void theOnesAskedBeforeARelativeClauseAreAskedWhatFollowsIt() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a exhort\u00e9 mardi les gangs arm\u00e9s qui contr\u00f4lent une grande partie de Port-au-Prince "
                + "\u00e0 d\u00e9poser les armes et \u00e0 lib\u00e9rer les axes routiers menant aux h\u00f4pitaux.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("d\u00e9poser les armes", "lib\u00e9rer les axes routiers menant aux h\u00f4pitaux");
        assertThat(d.demands()).allSatisfy(x -> assertThat(x.target()).isEmpty()); // Ha\u00efti only locates the gangs
    }

    @Test
    void aSecondInfinitiveAfterAnAdjunctIsAskedToo() {
        Dispatch d = parse("Titre", "L'OSCE a demand\u00e9 lundi aux autorit\u00e9s g\u00e9orgiennes de lib\u00e9rer les 143 personnes arr\u00eat\u00e9es lors des manifestations "
                + "du week-end \u00e0 Tbilissi et d'ouvrir une enqu\u00eate sur les violences polici\u00e8res.");
        assertThat(name(d, demandStartingWith(d, "ouvrir une enqu\u00eate").target().orElseThrow())).isEqualTo("G\u00e9orgie");
        assertThat(demandStartingWith(d, "lib\u00e9rer les 143 personnes").content()).doesNotContain("ouvrir");
    }

    @Test
    void aClauseWithItsOwnDativeAndAuxiliaryEndsWhatIsAsked() {
        Dispatch d = parse("Titre", "Le minist\u00e8re indien des Affaires ext\u00e9rieures a somm\u00e9 le Canada de \u00ab cesser d'abriter des extr\u00e9mistes \u00bb "
                + "et lui a enjoint de r\u00e9duire de moiti\u00e9 son personnel diplomatique.");
        assertThat(d.actors()).extracting(Actor::name).contains("minist\u00e8re indien des Affaires ext\u00e9rieures");
        assertThat(demandStartingWith(d, "cesser d'abriter").content()).isEqualTo("cesser d'abriter des extr\u00e9mistes");
        assertThat(name(d, demandStartingWith(d, "r\u00e9duire de moiti\u00e9").target().orElseThrow())).isEqualTo("Canada");
    }

    @Test
    void canadianImmigrationAndUnClimateAreBodies() {
        Dispatch d = parse("Titre", "Selon Immigration, R\u00e9fugi\u00e9s et Citoyennet\u00e9 Canada (IRCC), les demandes ont chut\u00e9.",
                "Le secr\u00e9taire ex\u00e9cutif d'ONU Climat, Simon Stiell, a lanc\u00e9 un appel \u00e0 la communaut\u00e9 internationale.");
        assertThat(d.actors()).extracting(Actor::name).contains("Immigration, R\u00e9fugi\u00e9s et Citoyennet\u00e9 Canada",
                "Convention-cadre des Nations unies sur les changements climatiques");
    }

    @Test
    void aQuotationOpeningOnQueAndAnActorAsksThatActor() {
        Dispatch d = parse("Titre", "\u00ab Que Belgrade reconnaisse d'abord notre ind\u00e9pendance de facto, et nous reviendrons \u00e0 la table \u00bb, "
                + "a d\u00e9clar\u00e9 le Premier ministre kosovar Albin Kurti.", "\u00ab Que le meilleur gagne \u00bb, a dit le pr\u00e9sident Emmanuel Macron.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("Belgrade reconnaisse d'abord notre ind\u00e9pendance de facto");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Albin Kurti");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Serbie");
            assertThat(x.direct()).isTrue();
        });
    }

    @Test
    void aDemandNamingItsAskerThenAnActIsADemandEvenAfterAPreposition() {
        Dispatch d = parse("Titre", "Les Vingt-Sept ont promis de r\u00e9pondre \u00e0 la demande de Kiev d'obtenir six batteries de d\u00e9fense a\u00e9rienne.",
                "La s\u00e9ance a \u00e9t\u00e9 convoqu\u00e9e \u00e0 la demande de la France.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).startsWith("obtenir six batteries");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Ukraine");
        });
    }

    @Test
    void anNgosNationalSectionIsTheNgoNotAState() {
        Dispatch d = parse("Titre", "Amnesty International Suisse a salu\u00e9 l'initiative, mais r\u00e9clame que les droits des personnes d\u00e9plac\u00e9es "
                + "soient inscrits dans l'accord.");
        assertThat(name(d, demandStartingWith(d, "les droits des personnes").source().orElseThrow())).isEqualTo("Amnesty International");
        assertThat(d.actors()).extracting(Actor::name).doesNotContain("Suisse");
    }

    @Test
    void theGovernmentAskedANegatedQuotedActIsTheState() {
        Dispatch d = parse("Titre", "La Belgique a port\u00e9 son effort \u00e0 2 %.",
                "Paul Magnette a demand\u00e9 au gouvernement de \u00ab ne pas sacrifier la s\u00e9curit\u00e9 sociale \u00bb.");
        assertThat(name(d, demandStartingWith(d, "ne pas sacrifier").target().orElseThrow())).isEqualTo("Belgique");
    }

    /** {@code enjoindre}, asked of someone directly or with {@code à}, takes the one after {@code au} as the asked. */
    @Test
    void enjoindreAuGouvernementAsksThatGovernment() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident fran\u00e7ais a enjoint au gouvernement russe de revoir sa copie.");
        assertThat(name(d, demandStartingWith(d, "revoir sa copie").target().orElseThrow())).isEqualTo("Russie");
    }
}
