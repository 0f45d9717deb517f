package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors named in forms of real news the library read wrong (session 26): a body's acronym the text defines against the
 * lexicon's. Sentences written for the tests.
 */
class ActorFormsSession26Test {

    @Test
    void anAcronymTheTextDefinesWinsOverTheLexiconsBodyOfAnotherDate() {
        Dispatch d = parse("Titre", "Le Mouvement du 23 juin (M23) a appel\u00e9 \u00e0 manifester mardi \u00e0 Dakar. Le M23 d\u00e9nonce la candidature du pr\u00e9sident.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Mouvement du 23 juin");
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.aliases()).contains("M23");
            assertThat(a.mentions()).hasSize(3);
        });
    }

    @Test
    void theLexiconsAcronymStillNamesItsOwnBody() {
        Dispatch d = parse("Titre", "Les rebelles du M23 ont pris Goma. Le Mouvement du 23 mars (M23) a annonc\u00e9 un cessez-le-feu.");
        assertThat(d.actors()).extracting(Actor::name).containsExactly("Mouvement du 23 mars");
    }

    @Test
    void theFirstOfTwoAcronymsJoinedByEtActsToo() {
        Dispatch d = parse("Titre", "La FEUQ et la FECQ dénoncent la hausse des droits de scolarité.");
        assertThat(d.actors()).extracting(Actor::name).containsExactlyInAnyOrder("FEUQ", "FECQ");
    }

    @Test
    void everyAcronymOfAListBeforeItsPerfectActs() {
        Dispatch d = parse("Titre", "La CSN, la FTQ et la CSQ ont appelé à une journée de grève.");
        assertThat(d.actors()).extracting(Actor::name).contains("FTQ", "CSQ").hasSize(3);
    }

    @Test
    void aCatalanOrSpanishLinkBetweenTwoSurnamesIsInsideOnePersonsName() {
        Dispatch d = parse("Titre", "Le député Artur Ferrer i Soler a dénoncé la décision. Ferrer i Soler a ajouté qu'il ferait appel.",
                "Le juge José Luis Rodríguez y Zapata a rejeté le recours.");
        assertThat(d.actors()).extracting(Actor::name).containsExactlyInAnyOrder("Artur Ferrer i Soler", "José Luis Rodríguez y Zapata");
        assertThat(d.actors()).allSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void theFrenchPronounYAfterANameLinksNothing() {
        Dispatch d = parse("Titre", "Le ministre Pierre Durand y a vu une provocation.");
        assertThat(d.actors()).extracting(Actor::name).containsExactly("Pierre Durand");
    }
}
