package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Actors of general news that were missed or misread on the readable sets of the seventeenth session (eval/extra16):
 * a canton's own bodies, a body acting through its team, a union's federation after its acronym. One construction
 * per fixture, in sentences written for the purpose.
 */
class ActorRecallTest {

    /** A body of a canton or region named by its noun and the canton's adjective is no national body. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le Conseil d'\u00c9tat valaisan a d\u00e9cr\u00e9t\u00e9 l'\u00e9tat de catastrophe dans six communes. | Conseil d'\u00c9tat valaisan",
        "Le Conseil d'\u00c9tat vaudois a demand\u00e9 une aide f\u00e9d\u00e9rale. | Conseil d'\u00c9tat vaudois",
        "Deux personnes sont mortes, a annonc\u00e9 jeudi la police cantonale valaisanne. | police cantonale valaisanne",
        "La police cantonale genevoise a ouvert une enqu\u00eate. | police cantonale genevoise"})
    void aCantonsBodyIsItsOwn(String lead, String body) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, body).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, body).country()).isEmpty();
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Conseil d'\u00c9tat"));
    }

    /** The national body of the lexicon keeps its name when no canton's adjective follows. */
    @Test
    void theNationalBodyStaysWithoutAnAdjective() {
        Dispatch d = parse("Titre", "Le Conseil d'\u00c9tat a annul\u00e9 mardi le d\u00e9cret.");
        assertThat(actor(d, "Conseil d'\u00c9tat").country()).hasValue("FR");
    }

    /** {@code une \u00e9quipe de l'Universit\u00e9 de Gen\u00e8ve}: the body acts through its team, though only named in passing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'ESA a retenu mardi le projet d'une \u00e9quipe de l'Universit\u00e9 de Gen\u00e8ve (UNIGE) pour son t\u00e9lescope. | Universit\u00e9 de Gen\u00e8ve",
        "Le prix a \u00e9t\u00e9 remis \u00e0 des chercheurs de l'Institut Curie. | Institut Curie"})
    void aBodysTeamMakesItAnActor(String lead, String body) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, body).type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** A union's federation named after its acronym ({@code la CFDT Banques et Assurances}) is a body of its own. */
    @Test
    void aFederationAfterAnAcronymIsABodyOfItsOwn() {
        Dispatch d = parse("Titre", "Selon la CFDT Banques et Assurances, pr\u00e8s de 1 200 postes pourraient \u00eatre supprim\u00e9s d'ici 2029.");
        assertThat(actor(d, "CFDT Banques et Assurances").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Conf\u00e9d\u00e9ration fran\u00e7aise d\u00e9mocratique du travail"));
    }

    /** A person named right after a body's acronym is no federation of it. */
    @Test
    void aPersonAfterAnAcronymIsNoFederation() {
        Dispatch d = parse("Titre", "La secr\u00e9taire g\u00e9n\u00e9rale de la CGT Sophie Binet a d\u00e9nonc\u00e9 mardi le projet.");
        assertThat(actor(d, "Sophie Binet").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("CGT "));
    }

    /** An agency's acronym run into a person's name without an article is no federation either. */
    @Test
    void anAgencyBeforeANameIsNoFederation() {
        Dispatch d = parse("Titre", "\u00ab Nous demandons des garanties \u00bb, a d\u00e9clar\u00e9 lundi \u00e0 Keystone-ATS Bruna Campanello, responsable d'Unia.");
        assertThat(d.actors()).noneMatch(a -> a.name().contains("ATS Bruna"));
    }

    /** A surname with an apostrophe before a lower-case part is one name (session 18: it was cut at the apostrophe). */
    @Test
    void aSurnameWithAnApostropheIsWhole() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident du club, Laurent Prud'homme, s'est dit \u00ab tr\u00e8s heureux \u00bb de son arriv\u00e9e.");
        assertThat(actor(d, "Laurent Prud'homme").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(ExtractionTest.name(d, c.sender().orElseThrow()))
                .isEqualTo("Laurent Prud'homme"));
    }
}
