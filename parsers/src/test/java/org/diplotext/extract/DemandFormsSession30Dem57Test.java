package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demand forms found in session 30 (helper dem57, eval/extra41): a people asked by its plural demonym stands for its
 * state, "à la demande de X" asks the one whose act the clause tells, and bare infinitives coordinated after an
 * obligation or a call are separate demands. Sentences written for the tests in the manner of the set.
 */
class DemandFormsSession30Dem57Test {

    @Test
    void aPeopleAskedByItsDemonymIsItsState() {
        Dispatch d = parse("Titre", "La Grèce votera dimanche. Le ministre allemand des Finances a adjur\u00e9 vendredi les Grecs de tenir parole.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("tenir parole");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Gr\u00e8ce");
        });
    }

    @Test
    void aPeopleCalledOnWithAIsItsState() {
        Dispatch d = parse("Titre", "Le Royaume-Uni a ferm\u00e9 son ambassade. Le ministre iranien des Affaires \u00e9trang\u00e8res a appel\u00e9 les Britanniques \u00e0 revoir leur politique.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.target().orElseThrow())).isEqualTo("Royaume-Uni"));
    }

    @Test
    void aGovernmentAskingItsOwnPeopleAsksNoState() {
        Dispatch d = parse("Titre", "La France suffoque. Le ministre fran\u00e7ais de la Sant\u00e9 a appel\u00e9 les Fran\u00e7ais \u00e0 boire souvent.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.target()).isEmpty());
    }

    @Test
    void aPeopleWhoseStateIsNotNamedIsNoTarget() {
        Dispatch d = parse("Titre", "Le Canada a exhort\u00e9 les Russes \u00e0 cesser les frappes.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.target()).isEmpty());
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Russie"));
    }

    @Test
    void aFrontedRequestAsksTheSubjectItsAct() {
        Dispatch d = parse("Titre", "\u00c0 la demande de la Norv\u00e8ge, le Conseil de s\u00e9curit\u00e9 examinera la plainte mardi.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("examinera la plainte mardi");
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Norv\u00e8ge");
            assertThat(name(d, m.target().orElseThrow())).startsWith("Conseil de s\u00e9curit\u00e9");
        });
    }

    @Test
    void aRequestInAnInciseAsksTheSubjectBeforeIt() {
        Dispatch d = parse("Titre", "L'Unicef, \u00e0 la demande du Niger, a ouvert trois centres de vaccination dans la r\u00e9gion de Tahoua, o\u00f9 l'\u00e9pid\u00e9mie progresse.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("ouvert trois centres de vaccination dans la r\u00e9gion de Tahoua");
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Niger");
        });
    }

    @Test
    void aRequestThatOnlyGivesACauseAsksNothing() {
        Dispatch d = parse("Titre", "Le texte a \u00e9t\u00e9 modifi\u00e9 \u00e0 la demande de la France.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void bareInfinitivesAfterAnObligationAreTwoDemands() {
        Dispatch d = parse("Titre", "\u00ab Belgrade doit retirer ses troupes de la fronti\u00e8re et lib\u00e9rer les prisonniers \u00bb, a d\u00e9clar\u00e9 le porte-parole du gouvernement kosovar, Arben Krasniqi.");
        assertThat(d.demands()).extracting(Demand::content)
                .containsExactly("retirer ses troupes de la fronti\u00e8re", "lib\u00e9rer les prisonniers");
    }

    @Test
    void twoBareVerbsSharingOneObjectStayOneDemand() {
        Dispatch d = parse("Titre", "L'ONU a appel\u00e9 les Etats membres \u00e0 prot\u00e9ger et soutenir les civils.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).startsWith("prot\u00e9ger"));
    }
}
