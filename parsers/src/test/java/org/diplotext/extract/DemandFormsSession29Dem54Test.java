package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demand forms found in session 29 (helper dem54, eval/extra38): "compter sur X pour …", "une motion qui charge X de …",
 * "vouloir" with a thing in a quotation, a verb of demand inside what a quotation asks, the impersonal passive told by a
 * speaker, the passive with "pour", "poser comme condition à … que", a verb after "et" sharing the subject before it,
 * a motion's author and the portfolio after an adjective. Sentences written for the tests in the manner of the set.
 */
class DemandFormsSession29Dem54Test {

    @Test
    void compterSurXPourAsksXTheAct() {
        Dispatch d = parse("Titre", "La Russie a rencontr\u00e9 les m\u00e9diateurs. La Russie compte sur la France pour maintenir le dialogue.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("maintenir le dialogue");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("France");
        });
    }

    @Test
    void compterSurAThingAsksNothing() {
        Dispatch d = parse("Titre", "La Russie compte sur le soutien de la Chine au Conseil de s\u00e9curit\u00e9.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aMotionThatChargesTheGovernmentAsksIt() {
        Dispatch d = parse("Titre", "Le Grand Conseil a adopt\u00e9 lundi une motion qui charge le gouvernement de renforcer les contr\u00f4les.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("renforcer les contr\u00f4les"));
    }

    @Test
    void anOfficeInChargeAsksNothing() {
        Dispatch d = parse("Titre", "Le charg\u00e9 d'affaires am\u00e9ricain a \u00e9t\u00e9 convoqu\u00e9 mardi. L'h\u00f4pital a pris en charge les frais.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aMotionFiledAtTheCommonsIsItsAuthorsDemand() {
        Dispatch d = parse("Titre", "Le NPD a d\u00e9pos\u00e9 aux Communes une motion qui enjoint au gouvernement canadien de pr\u00e9senter un plan.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Nouveau Parti d\u00e9mocratique"));
    }

    @Test
    void wantingAThingInAQuotationAsksNoOne() {
        Dispatch d = parse("Titre", "\u00ab Nous voulons une solution globale \u00bb, a d\u00e9clar\u00e9 le pr\u00e9sident fran\u00e7ais.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aVerbOfDemandInsideWhatAQuotationAsksIsNoSecondDemand() {
        Dispatch d = parse("Titre", "Le syndicat Unia a d\u00e9nonc\u00e9 lundi la fermeture de l'usine. \u00ab Il fallait que le gouvernement sollicite nos voisins d\u00e8s janvier \u00bb, a d\u00e9clar\u00e9 son pr\u00e9sident, Marc Dubois.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(m.content()).isEqualTo("le gouvernement sollicite nos voisins d\u00e8s janvier"));
    }

    @Test
    void anImpersonalPassiveIsAskedByTheOneWhoReportsIt() {
        Dispatch d = parse("Titre", "Il est demand\u00e9 aux voyageurs de reporter leurs d\u00e9placements, a pr\u00e9cis\u00e9 la porte-parole de la SNCB, Nathalie Peeters.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("reporter leurs d\u00e9placements");
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Nathalie Peeters");
        });
    }

    @Test
    void aPassiveWithPourIsTheAgentsDemand() {
        Dispatch d = parse("Titre", "La Turquie a \u00e9t\u00e9 sollicit\u00e9e par le Conseil national syrien pour accueillir un bureau.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("accueillir un bureau");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Turquie");
        });
    }

    @Test
    void aConditionAfterWhatIsConditionedAsksTheClause() {
        Dispatch d = parse("Titre", "La Ligue arabe pose comme condition \u00e0 sa r\u00e9int\u00e9gration que le r\u00e9gime syrien applique le plan.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("le r\u00e9gime syrien applique le plan");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Syrie");
        });
    }

    @Test
    void aVerbAfterEtSharesTheSubjectOfTheVerbBefore() {
        Dispatch d = parse("Titre", "Moscou invite l'opposition syrienne \u00e0 se d\u00e9marquer des groupes arm\u00e9s et attend du pouvoir syrien qu'il engage des r\u00e9formes.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Russie"));
    }

    @Test
    void aVerbAfterEtSharesTheOpeningSubjectWhenTheVerbBeforeAsksNothing() {
        Dispatch d = parse("Titre", "La Ligue arabe a suspendu samedi la participation de la Syrie \u00e0 ses r\u00e9unions et pose comme condition \u00e0 sa r\u00e9int\u00e9gration que le r\u00e9gime applique le plan.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Ligue des \u00c9tats arabes"));
    }

    @Test
    void thePortfolioAfterAnAdjectiveOfNoStateBelongsToTheGroup() {
        Dispatch d = parse("Titre", "Les ministres arabes des Affaires \u00e9trang\u00e8res ont demand\u00e9 au pr\u00e9sident syrien de retirer les chars.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("ministres arabes des Affaires \u00e9trang\u00e8res"));
    }
}
