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
}
