package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors named in the forms real news uses and the library missed or misread (session 27): a title before a region's
 * name, a body named with its state or its town, acronyms met as objects, a region's council with a plural name, a
 * chamber of a trade. Sentences written for the tests.
 */
class ActorFormsSession27Test {

    @Test
    void aTitleBeforeARegionsNameKeepsItsHolderAndTheRegionIsABody() {
        Dispatch d = parse("Titre", "Le pr\u00e9fet de la r\u00e9gion Grand Est a d\u00e9clar\u00e9 mardi que les routes resteraient ferm\u00e9es.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.name().equals("Grand Est"));
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow()))
                .isEqualTo("pr\u00e9fet de la r\u00e9gion Grand Est"));
        assertThat(d.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("r\u00e9gion Grand Est");
        });
    }

    @Test
    void aRegionsPresidentBeforeTheApposedNameIsThatPerson() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la r\u00e9gion Nouvelle-Aquitaine, Marc Lebrun, a adress\u00e9 ses v\u0153ux aux habitants.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.name().equals("Nouvelle-Aquitaine"));
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Marc Lebrun")).singleElement()
                .satisfies(a -> assertThat(name(d, a.affiliation().orElseThrow())).isEqualTo("r\u00e9gion Nouvelle-Aquitaine"));
    }

    @Test
    void aRegionalCouncilOfAPluralRegionTakesTheWholeName() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident du conseil r\u00e9gional des Hauts de la Garonne a \u00e9crit au ministre des Transports.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("conseil r\u00e9gional des Hauts de la Garonne");
    }

    @Test
    void aChamberOfATradeWithItsDepartmentIsOneBody() {
        Dispatch d = parse("Titre", "La chambre d'agriculture de Haute-Marne a demand\u00e9 lundi au pr\u00e9fet d'aider les \u00e9leveurs.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("chambre d'agriculture de Haute-Marne").doesNotContain("Haute-Marne");
    }

    @Test
    void anAcronymBeforeAStatesNameIsOneBody() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de SOS Belgique, Louis Martens, a affirm\u00e9 que les h\u00f4pitaux manquaient de lits.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Louis Martens")).singleElement()
                .satisfies(a -> assertThat(name(d, a.affiliation().orElseThrow())).isEqualTo("SOS Belgique"));
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE);
    }

    @Test
    void acronymsMetAsObjectsAreBodies() {
        Dispatch d = parse("Titre", "La ministre de l'Education a rencontr\u00e9 jeudi la FNEQ et la CSQE.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactlyInAnyOrder("FNEQ", "CSQE"));
    }

    @Test
    void aBodysNameBeforeATownIsItsLocalSectionNotTheTown() {
        Dispatch d = parse("Titre", "Unia Lausanne a d\u00e9nonc\u00e9 lundi les horaires impos\u00e9s aux vendeuses.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Lausanne"));
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Unia"));
    }

    @Test
    void anAmbassadorToTheUnitedNationsIsHisStatesAndTheBodyIsMentioned() {
        Dispatch d = parse("Titre", "L'ambassadrice britannique \u00e0 l'ONU a d\u00e9clar\u00e9 lundi que le texte serait vot\u00e9.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(d.actors()).filteredOn(a -> a.id().equals(c.sender().orElseThrow()))
                .singleElement().satisfies(a -> assertThat(a.country()).contains("GB")));
        assertThat(d.actors()).anySatisfy(a -> assertThat(a.organisation()).hasValueSatisfying(o -> assertThat(o.acronym()).contains("ONU")));
    }
}
