package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Verbs of sending ({@code envoyer}, {@code adresser}, {@code écrire}): a letter only when what is
 * sent is one, or when nothing else is named; a warning addressed to someone is a statement to them.
 */
class SendingVerbTest {

    @Test
    void troopsOrAidSentAreNoLetter() {
        Dispatch d = parse("Titre", "Le Tchad a envoy\u00e9 des soldats au Niger.", "La Norv\u00e8ge a envoy\u00e9 une aide d'urgence au Soudan.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
    }

    @Test
    void anAppealAddressedIsADemandAndNoLetter() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'ONU a adress\u00e9 un appel aux bellig\u00e9rants pour qu'ils d\u00e9posent les armes.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("ils d\u00e9posent les armes"));
    }

    @Test
    void writingToSomeoneOrSendingALetterStillWrites() {
        Dispatch d = parse("Titre", "La Norv\u00e8ge a \u00e9crit \u00e0 l'Iran.", "Le Chili a envoy\u00e9 une longue lettre au P\u00e9rou.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).hasSize(2);
    }

    @Test
    void aWarningAddressedToSomeoneIsAStatementToThem() {
        Dispatch d = parse("Titre", "Le Japon a adress\u00e9 mardi un avertissement \u00e0 la Cor\u00e9e du Nord.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Japon");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Cor\u00e9e du Nord"));
        });
    }

    @Test
    void theLetterReadByAnAgencyIsTheOneAlreadyWritten() {
        Dispatch d = parse("Titre", "Le Premier ministre Bart De Wever a \u00e9crit mardi \u00e0 la pr\u00e9sidente de la Commission europ\u00e9enne Ursula von der Leyen.",
                "Dans ce courrier, consult\u00e9 par Belga, il plaide pour une pause r\u00e9glementaire.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Bart De Wever"));
        Dispatch obtained = parse("Titre", "Une lettre obtenue par l'AFP r\u00e9v\u00e8le les exigences du gouvernement.");
        assertThat(obtained.communications()).noneMatch(c -> c.sender().map(x -> name(obtained, x)).orElse("").contains("AFP"));
    }
}
