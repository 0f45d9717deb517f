package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.Article;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.junit.jupiter.api.Test;

/**
 * Demands as the twelfth session's wire dispatches (eval/extra12) word them: obligations in
 * reported speech after a past verb, or with the act quoted, and the unions, NGOs and bodies
 * that make them.
 */
class WireDemandFormsTest {

    @Test
    void aPastObligationAfterAVerbOfSayingIsADemand() {
        Dispatch d = parse("Titre", "L'ambassadrice britannique, Barbara Woodward, a estim\u00e9 que les FSR devaient \u00ab rendre des comptes \u00bb pour les attaques.");
        Demand x = demandStartingWith(d, "rendre des comptes");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Barbara Woodward");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("FSR");
    }

    @Test
    void aPastObligationOutsideReportedSpeechIsAPlan() {
        Dispatch d = parse("Titre", "Le ministre fran\u00e7ais devait rencontrer son homologue allemand mardi.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void anObligationWhoseActIsQuotedIsADemand() {
        Dispatch d = parse("Titre", "La N-VA juge au contraire que la Belgique doit \u00ab garder un canal ouvert \u00bb avec Kigali.");
        Demand x = demandStartingWith(d, "garder un canal ouvert");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Nouvelle Alliance flamande");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Belgique");
    }

    @Test
    void aQuotationOpeningOnTheObligationIsTheReportersDemand() {
        Dispatch d = parse("Titre", "Le Conseil f\u00e9d\u00e9ral a refus\u00e9. Sa copr\u00e9sidente Mattea Meyer estime que le Conseil f\u00e9d\u00e9ral \u00abdoit cesser de fermer les yeux\u00bb.");
        Demand x = demandStartingWith(d, "cesser de fermer les yeux");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Mattea Meyer");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Conseil f\u00e9d\u00e9ral");
    }

    @Test
    void railUnionsAndUsersAreTheirOwnBodies() {
        Dispatch d = parse("Titre", "La CGT-Cheminots et SUD-Rail ont rencontr\u00e9 l'Unsa-Ferroviaire.",
                "La F\u00e9d\u00e9ration nationale des associations d'usagers des transports (Fnaut) a demand\u00e9 \u00e0 la SNCF de garantir un service minimum.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("CGT-Cheminots", "SUD-Rail", "Unsa-Ferroviaire",
                "F\u00e9d\u00e9ration nationale des associations d'usagers des transports");
        assertThat(name(d, demandStartingWith(d, "garantir").source().orElseThrow()))
                .isEqualTo("F\u00e9d\u00e9ration nationale des associations d'usagers des transports");
    }

    @Test
    void theHungarianHelsinkiCommitteeIsNoFinnishCapital() {
        Dispatch d = parse("Titre", "Le Comit\u00e9 Helsinki hongrois r\u00e9clame le d\u00e9clenchement de la proc\u00e9dure de l'article 7.");
        assertThat(d.actors()).extracting(a -> a.name()).containsExactly("Comit\u00e9 Helsinki hongrois");
    }

    @Test
    void quotedUnnamedAskedBeforeAGiveADemandWithNoNamedTarget() {
        Dispatch d = parse("Titre", "Rafael Grossi a de son c\u00f4t\u00e9 appel\u00e9 \u00ab toutes les parties \u00bb \u00e0 la retenue autour des sites nucl\u00e9aires.");
        Demand x = demandStartingWith(d, "la retenue");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Rafael Grossi");
    }

    @Test
    void aParticipleAfterAnAttributedQuotationAsksForTheSpeaker() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident ukrainien Volodymyr Zelensky a press\u00e9 jeudi les alli\u00e9s.",
                "\u00ab Chaque Patriot qui reste dans un entrep\u00f4t est un Patriot qui manque \u00e0 Kharkiv \u00bb, a-t-il d\u00e9clar\u00e9 dans son allocution,"
                        + " appelant l'Allemagne et les Pays-Bas \u00e0 \u00ab montrer l'exemple \u00bb.");
        Demand x = demandStartingWith(d, "montrer l'exemple");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Volodymyr Zelensky");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Allemagne");
        assertThat(d.communications()).filteredOn(c -> c.quote().map(q -> q.equals("montrer l'exemple")).orElse(false))
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Volodymyr Zelensky"));
    }

    @Test
    void theGovernmentOfABelgaDispatchIsBelgiumsOnceBelgiumIsNamed() {
        Article article = Article.builder("test").agency("Belga").published(Published.on(LocalDate.of(2026, 1, 28))).build();
        Dispatch d = ExtractionTest.parse(Extraction.create(java.util.List.of()), article, "Titre",
                "La Belgique a exhort\u00e9 le Rwanda \u00e0 retirer ses troupes. Kigali a rejet\u00e9 ces appels et le Rwanda r\u00e9clame des excuses.",
                "Le d\u00e9put\u00e9 Ecolo Samuel Cogolati a appel\u00e9 le gouvernement \u00e0 soutenir des sanctions cibl\u00e9es.");
        assertThat(name(d, demandStartingWith(d, "soutenir").target().orElseThrow())).isEqualTo("Belgique");
    }

    @Test
    void aPassiveParticipleAfterEtSharesNoAuxiliary() {
        Dispatch d = parse("Titre", "La Cour internationale de justice a ordonn\u00e9 mardi au Venezuela de s'abstenir de toute mesure dans l'Essequibo,"
                + " territoire administr\u00e9 par le Guyana et revendiqu\u00e9 par Caracas.");
        assertThat(d.demands()).extracting(Demand::content).noneMatch(c -> c.contains("Caracas"));
    }

    @Test
    void theOneAskedForAnAccountFollowsTheNounNotAComplement() {
        Dispatch d = parse("Titre", "Le Rwanda r\u00e9clame des excuses pour des propos tenus par le ministre belge \u00e0 la tribune des Nations unies.");
        assertThat(demandStartingWith(d, "des excuses").target()).isEmpty();
    }

    @Test
    void aQuotationQualifyingTheActAskedIsTheAskersWords() {
        Dispatch d = parse("Titre", "La F\u00e9d\u00e9ration nationale des associations d'usagers des transports (Fnaut) a demand\u00e9 \u00e0 la SNCF"
                + " de garantir un service minimum et d'informer les voyageurs \u00ab au moins 48 heures \u00e0 l'avance \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("F\u00e9d\u00e9ration nationale des associations d'usagers des transports"));
    }

    @Test
    void aMemberNamedInADontIncisePutsTheCountedCollectivesDemand() {
        Dispatch d = parse("Titre", "Plusieurs ONG, dont le Comit\u00e9 Helsinki hongrois et Transparency International, r\u00e9clament depuis des mois"
                + " le d\u00e9clenchement de la proc\u00e9dure de l'article 7.");
        assertThat(name(d, demandStartingWith(d, "le d\u00e9clenchement").source().orElseThrow())).isEqualTo("Comit\u00e9 Helsinki hongrois");
    }
}
