package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** A party's members named as a bare plural ({@code les républicains}) stand for the party of the state the text is about. */
class PartyMembersTest {

    @Test
    void republicansInAnAmericanDispatchAreTheirParty() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain a promis mardi de n\u00e9gocier le budget avec les r\u00e9publicains.",
                "Les d\u00e9mocrates gardent la majorit\u00e9 au S\u00e9nat des \u00c9tats-Unis.");
        assertThat(actor(d, "Parti r\u00e9publicain").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Parti r\u00e9publicain").aliases()).contains("r\u00e9publicains");
        assertThat(actor(d, "Parti d\u00e9mocrate").country()).contains("US");
    }

    @Test
    void socialistsInAFrenchDispatchAreTheSocialistParty() {
        Dispatch d = parse("Titre", "Le gouvernement fran\u00e7ais a pr\u00e9sent\u00e9 lundi sa r\u00e9forme des retraites.",
                "Les socialistes ont d\u00e9nonc\u00e9 un texte injuste.");
        assertThat(actor(d, "Parti socialiste").country()).contains("FR");
    }

    @Test
    void membersWithoutOneSuchPartyInTheStateStayAGroup() {
        // France has several parties of democrats in the lexicon: which one is meant is not said
        Dispatch d = parse("Titre", "Les d\u00e9mocrates ont d\u00e9nonc\u00e9 lundi la r\u00e9forme du gouvernement fran\u00e7ais.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION && a.name().startsWith("Mouvement"));
        assertThat(actor(d, "d\u00e9mocrates").type()).isEqualTo(ActorType.GROUP);
    }

    @Test
    void anAdjectiveAfterANounIsNoParty() {
        Dispatch d = parse("Titre", "Les s\u00e9nateurs r\u00e9publicains ont vot\u00e9 contre le texte aux \u00c9tats-Unis.");
        assertThat(d.actorNamed("Parti r\u00e9publicain")).isEmpty();
    }
}
