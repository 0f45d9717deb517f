package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors of sub-national and institutional kinds that the library cut short, split or missed: a state's forces named by a
 * possessive, the office of a head of government, a chamber named alone, a body's long name holding {@code Etats}, a
 * province's government and the province named alone (session 30, helper act59). Sentences written for the tests.
 */
class ActorFormsSession30Act59Test {

    @Test
    void forcesNamedByAPossessiveAreABodyOfTheStateJustNamed() {
        Dispatch d = parse("Titre", "Ankara a demand\u00e9 mardi \u00e0 sa marine de patrouiller au large des c\u00f4tes.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("marine");
            assertThat(a.country()).contains("TR");
        });
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("marine");
            assertThat(x.content()).startsWith("patrouiller");
        });
    }

    @Test
    void aComplementOfThePossessiveForcesIsPartOfTheirName() {
        Dispatch d = parse("Titre", "Le Japon a mobilis\u00e9 jeudi ses forces d'autod\u00e9fense pour surveiller la c\u00f4te.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("forces d'autod\u00e9fense");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
    }

    @Test
    void aPossessiveAfterAPersonIsNotTheStates() {
        Dispatch d = parse("Titre", "Le Kenya et le porte-parole John Mwangi ont salu\u00e9 lundi sa police.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("police") && "KE".equals(a.country().orElse(null)));
    }

    @Test
    void theOfficeOfAHeadOfGovernmentIsOneBodyOfItsState() {
        Dispatch d = parse("Titre", "Le Bureau du Premier ministre isra\u00e9lien a d\u00e9menti lundi toute n\u00e9gociation.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("Bureau du Premier ministre isra\u00e9lien");
            assertThat(a.country()).contains("IL");
        });
    }

    @Test
    void theOfficeWithoutAdjectiveBelongsToTheStateOfTheText() {
        Dispatch d = parse("Titre", "Ottawa a rejet\u00e9 lundi la demande des provinces. Le Bureau du premier ministre a fait savoir"
                + " que le dossier \u00e9tait clos.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Bureau du premier ministre");
            assertThat(a.country()).contains("CA");
        });
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Bureau"));
    }

    @Test
    void theChamberNamedAloneIsABody() {
        Dispatch d = parse("Titre", "La Chambre a adopt\u00e9 jeudi le projet de loi par 80 voix contre 45.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("Chambre");
        });
    }

    @Test
    void aNounOfStatesInsideABodysNameDoesNotCutIt() {
        Dispatch d = parse("Titre", "L'Association des petits Etats c\u00f4tiers a r\u00e9clam\u00e9 lundi un fonds d'urgence.");
        assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Association des petits Etats c\u00f4tiers"));
        Dispatch f = parse("Titre", "L'Administration p\u00e9nitentiaire d'Etat a annonc\u00e9 lundi la lib\u00e9ration de 200 d\u00e9tenus.");
        assertThat(f.actors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Administration p\u00e9nitentiaire d'Etat"));
    }

    @Test
    void aProvincesGovernmentWithAHyphenatedNameIsNoState() {
        Dispatch d = parse("Titre", "Le gouvernement de la Colombie-Britannique a rappel\u00e9 lundi ses conditions.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("gouvernement de la Colombie-Britannique");
        });
    }

    @Test
    void aProvinceNamedAloneIsItsGovernment() {
        Dispatch d = parse("Le Manitoba presse Ottawa d'agir", "Le gouvernement du Manitoba a demand\u00e9 lundi \u00e0 Ottawa de financer"
                + " les digues.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("gouvernement du Manitoba");
            assertThat(a.aliases()).contains("Manitoba");
        });
    }
}
