package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Bodies named after a common noun ({@code le musée du Louvre}, {@code l'université Harvard}), words
 * of a proper name that read as verbs ({@code Pointe-à-Callière}), and verbs that report words only
 * with some objects ({@code garantir l'autonomie}, {@code rappeler son ambassadeur}). From eval/extra11
 * (Wikinews 44388, 45364) and wire-style probes.
 */
class NamedBodyAndActTest {

    @Test
    void aMuseumNamedAfterDeIsABodyThatSpeaks() {
        Dispatch d = parse("Titre", "Le mus\u00e9e du Louvre a annonc\u00e9 mardi la fermeture de ses salles.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(a.name()).isEqualTo("mus\u00e9e du Louvre");
        });
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    @Test
    void aUniversityOrHospitalNamedRightAfterTheNounIsABody() {
        Dispatch d = parse("Titre", "L'universit\u00e9 Harvard a port\u00e9 plainte contre le gouvernement.", "L'h\u00f4pital Necker a accueilli les bless\u00e9s.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("Harvard", "Necker");
    }

    @Test
    void aCompoundNameWithALowerCaseLinkIsOneNameAndSaysNothing() {
        Dispatch d = parse("Qu\u00e9bec : le mus\u00e9e Pointe-\u00e0-Calli\u00e8re de Montr\u00e9al inaugure son nouveau pavillon",
                "Le mus\u00e9e a ouvert ses portes samedi.");
        assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.name()).startsWith("Pointe-\u00e0-Calli\u00e8re"));
        assertThat(d.communications()).isEmpty(); // "Pointe" is no form of "pointer"
    }

    @Test
    void guaranteeingAThingReportsNoWords() {
        Dispatch d = parse("Titre", "Le syst\u00e8me Galileo garantira l'autonomie de l'Union europ\u00e9enne.",
                "Le ministre a garanti que le pays resterait autonome.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.evidence().get(0).text()).contains("garanti que"));
    }

    @Test
    void recallingAnAmbassadorIsNoStatementButRecallingAPledgeIs() {
        Dispatch d = parse("Titre", "La France a rappel\u00e9 son ambassadeur \u00e0 Alger.", "Moscou a rappel\u00e9 ses diplomates en poste \u00e0 Kiev.",
                "Le ministre a rappel\u00e9 son attachement au dialogue.", "Le ministre a rappel\u00e9 aux diplomates que la France restait engag\u00e9e.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ministre"));
    }

    @Test
    void theBodyNamedWithItsNounAndWithoutIsOneActor() {
        Dispatch d = parse("Qu\u00e9bec : le mus\u00e9e Pointe-\u00e0-Calli\u00e8re inaugure son pavillon",
                "Le mus\u00e9e de Pointe-\u00e0-Calli\u00e8re a annonc\u00e9 samedi une exposition.");
        assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Pointe-\u00e0-Calli\u00e8re"));
    }

    @Test
    void aHospitalAfterAPrepositionOfPlaceOnlyLocates() {
        Dispatch d = parse("Titre", "Le dispositif a \u00e9t\u00e9 mis en place \u00e0 l'h\u00f4pital Sao Joao.");
        assertThat(d.actors()).isEmpty();
    }
}
