package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors of national and local politics named in the forms real news uses and the library missed or misread (session 28,
 * helper act53): a union's regional secretary, a local body with its adjective and remit, a town with a hyphenated name
 * after a group, a legislator named again by his seat. Sentences written for the tests.
 */
class ActorFormsSession28Test {

    @Test
    void aUnionsRegionalSecretaryInAppositionHasThatRoleAndTheUnion() {
        Dispatch d = parse("Titre", "Selon la secr\u00e9taire r\u00e9gionale d'Unia Gen\u00e8ve, Sandrine Bucher, une vingtaine de ma\u00e7ons"
                + " travaillaient pour moins de quinze francs de l'heure.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Sandrine Bucher")).singleElement().satisfies(a -> {
            assertThat(a.role()).contains("secr\u00e9taire r\u00e9gional");
            assertThat(name(d, a.affiliation().orElseThrow())).isEqualTo("Unia");
        });
    }

    @Test
    void aDepartmentalSecretaryInAppositionHasThatRole() {
        Dispatch d = parse("Titre", "Sa secr\u00e9taire permanente, Anne Lecocq, exige que la direction publie l'\u00e9tude de faisabilit\u00e9.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Anne Lecocq")).singleElement()
                .satisfies(a -> assertThat(a.role()).contains("secr\u00e9taire permanent"));
    }

    @Test
    void aRegionalAuditChamberWithItsRemitAndRegionIsOneBody() {
        Dispatch d = parse("Titre", "La chambre r\u00e9gionale des comptes de Lorraine a rendu public vendredi un rapport s\u00e9v\u00e8re sur"
                + " la gestion de la ville. La chambre r\u00e9gionale des comptes doit publier un second rapport d'ici l'\u00e9t\u00e9.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).extracting(a -> a.name())
                .containsExactly("chambre r\u00e9gionale des comptes de Lorraine");
    }

    @Test
    void anAdministrativeCourtOfATownIsABodyNotTheTown() {
        Dispatch d = parse("Titre", "M. Lemoine a annonc\u00e9 qu'il saisirait le tribunal administratif de Strasbourg pour faire"
                + " corriger plusieurs passages.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("tribunal administratif de Strasbourg").doesNotContain("Strasbourg");
    }

    @Test
    void anUrbanCommunityOfATownIsOneBody() {
        Dispatch d = parse("Titre", "Les commer\u00e7ants ont manifest\u00e9 lundi contre leur expulsion annonc\u00e9e par la communaut\u00e9"
                + " urbaine de Douala.");
        assertThat(d.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("communaut\u00e9 urbaine de Douala");
        });
    }

    @Test
    void aHyphenatedTownAfterAGroupIsOneTownAndNoActor() {
        Dispatch d = parse("Titre", "L'opposition municipale de Saint-J\u00e9r\u00f4me a r\u00e9clam\u00e9 lundi une enqu\u00eate publique sur les"
                + " contrats de voirie.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("J\u00e9r\u00f4me"));
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow()))
                .isEqualTo("opposition municipale de Saint-J\u00e9r\u00f4me"));
    }

    @Test
    void aLegislatorNamedAgainByHisSeatIsThePersonJustNamed() {
        Dispatch d = parse("Titre", "Au Grand Conseil, le chef du groupe socialiste, Romain de Weck, a annonc\u00e9 le d\u00e9p\u00f4t d'une"
                + " motion urgente. Le d\u00e9put\u00e9 demande au gouvernement cantonal de cr\u00e9er une liste noire des entreprises.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(a -> a.name()).containsExactly("Romain de Weck");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Romain de Weck"));
    }

    @Test
    void aDeputyNamedAgainAsTheParliamentarianIsOnePerson() {
        Dispatch d = parse("Titre", "Le d\u00e9put\u00e9 UMP de la Moselle, Bernard Kieffer, a demand\u00e9 dimanche au pr\u00e9fet de"
                + " transmettre le rapport. Dans un communiqu\u00e9, le parlementaire d\u00e9nonce \u00ab un syst\u00e8me de copinage \u00bb.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("parlementaire"));
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Bernard Kieffer"));
    }

    @Test
    void aRailwayLineNamedAfterTownsIsNoActor() {
        Dispatch d = parse("Titre", "Il attribue les retards aux travaux men\u00e9s sur la ligne Rennes-Brest, a dit M. Kerou\u00e9dan.");
        assertThat(d.actors()).extracting(a -> a.name()).containsExactly("Kerou\u00e9dan");
    }

    @Test
    void anUnionOfTownsIsABodyOfItsOwnNotTheEuropeanUnion() {
        Dispatch d = parse("Titre", "L'Union des villes et communes de Wallonie a de son c\u00f4t\u00e9 mis en garde contre"
                + " \u00ab une privatisation d\u00e9guis\u00e9e \u00bb des soins.");
        assertThat(d.actors()).extracting(a -> a.name()).containsExactly("Union des villes et communes de Wallonie");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow()))
                .isEqualTo("Union des villes et communes de Wallonie"));
    }
}
