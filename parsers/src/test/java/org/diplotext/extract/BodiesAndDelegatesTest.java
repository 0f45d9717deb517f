package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Bodies and those who speak for them (the seventeenth session, from misses of eval/extra13): what a body is made of
 * is no meeting, the representatives of a counted group are that group, and a title word before an object is a verb.
 */
class BodiesAndDelegatesTest {

    /** {@code qui réunit} after a body lists its members: no meeting, and the body's demand stays its own. */
    @Test
    void aBodyThatGathersMembersHoldsNoMeeting() {
        Dispatch d = parse("Titre",
                "Le front commun syndical, qui r\u00e9unit la CGSP-Cheminots, la CSC-Transcom et le SLFP, r\u00e9clame le retrait du projet.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
    }

    /** The same verb in the past, with its own subject, is still a meeting. */
    @Test
    void aPersonWhoGatheredOthersHeldAMeeting() {
        Dispatch d = parse("Titre", "Le Premier ministre Fran\u00e7ois Bayrou a r\u00e9uni mardi les syndicats \u00e0 Matignon.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Fran\u00e7ois Bayrou"));
    }

    /** {@code les représentants des quatre syndicats}: those received are the unions, counted after their article. */
    @Test
    void theRepresentativesOfACountedGroupAreThatGroup() {
        Dispatch d = parse("Titre", "Les syndicats d\u00e9noncent un choc social.",
                "Le ministre de l'Industrie, Marc Ferracci, a re\u00e7u les repr\u00e9sentants des quatre syndicats mercredi.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Marc Ferracci");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("syndicats"));
        });
    }

    /** A number with no article before a group noun counts places, not a group: {@code dans huit États}. */
    @Test
    void aNumberWithoutArticleCountsNoGroup() {
        Dispatch d = parse("Titre", "Barack Obama a pr\u00e9vu de visiter 14 villes dans huit \u00c9tats.");
        assertThat(d.actors()).noneMatch(a -> a.name().equalsIgnoreCase("\u00c9tats") || a.name().equalsIgnoreCase("Etats"));
    }

    /** A one-word title after a comma and before its object's article is a verb: {@code …, juge la trêve}. */
    @Test
    void aTitleWordBeforeAnObjectIsAVerb() {
        Dispatch d = parse("Titre", "M\u00e9decins sans fronti\u00e8res (MSF), dont les \u00e9quipes travaillent encore au Darfour, "
                + "juge la tr\u00eave \u00ab trop courte \u00bb et r\u00e9clame un cessez-le-feu durable.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Darfour"));
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("M\u00e9decins sans fronti\u00e8res"));
    }

    /** The same word with its body after it stays a title in apposition. */
    @Test
    void aTitleInAppositionStaysATitle() {
        Dispatch d = parse("Titre", "\u00ab Le dossier est vide \u00bb, a d\u00e9clar\u00e9 Marie Dupont, juge des enfants \u00e0 Lyon.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Marie Dupont"));
    }
}
