package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications and their attribution on real prose (session 25): audiences, meetings and who speaks. Sentences
 * written for the tests after real Wikinews prose.
 */
class CommunicationFormsSession25Test {

    @Test
    void anAudienceBetweenTheVerbAndTheOneReceivedIsAMeeting() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident s\u00e9n\u00e9galais Macky Sall a re\u00e7u mardi en audience l'ambassadeur de France, Jean Dupuis.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Macky Sall");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Jean Dupuis"));
        });
    }

    @Test
    void aMeetingThatOpensOrIsHeldIsAMeetingOfItsConvener() {
        Dispatch d = parse("Titre", "Le sommet de l'Union africaine s'ouvre lundi \u00e0 Addis-Abeba en pr\u00e9sence de plusieurs chefs d'\u00c9tat.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Union africaine");
            assertThat(c.recipients()).isEmpty();
        });
        Dispatch held = parse("Titre", "La conf\u00e9rence s'est tenue mardi \u00e0 Gen\u00e8ve.");
        assertThat(held.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.sender()).isEmpty();
        });
        Dispatch planned = parse("Titre", "Le prochain sommet se tiendra l'an prochain aux \u00c9tats-Unis.");
        assertThat(planned.communications()).isEmpty();
    }

    @Test
    void officialsOfABodyToldByACommonNounAreNamedWithIt() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident p\u00e9ruvien Luis C\u00e1rdenas a re\u00e7u mercredi les maires de la province d'Ancash.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).singleElement()
                .satisfies(r -> assertThat(name(d, r)).isEqualTo("maires de la province d'Ancash")));
        Dispatch body = parse("Titre", "Le ministre Karim Benali a re\u00e7u mercredi les dirigeants de la mutuelle.");
        assertThat(body.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).singleElement()
                .satisfies(r -> assertThat(name(body, r)).isEqualTo("dirigeants de la mutuelle")));
    }
}
