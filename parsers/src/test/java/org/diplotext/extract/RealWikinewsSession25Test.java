package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Real Wikinews prose of 2012 (session 25): states named as land, not as powers (a heatwave report
 * where Belgium and Luxembourg only locate), and the amateur slip of an infinitive for a past participle. Sentences
 * written for the tests after that prose.
 */
class RealWikinewsSession25Test {

    @Test
    void aStateNamedAsAPartOrTheWholeOfItsLandOnlyLocates() {
        Dispatch d = parse("Titre", "A l'exception de la province de Luxembourg, l'ensemble de la Belgique est en alerte orange.",
                "Des combats ont eu lieu dans le nord du Mali et dans le nord-est de l'Ukraine.");
        assertThat(d.actors()).isEmpty();
        Dispatch acting = parse("Titre", "Le Mali a demand\u00e9 une aide pour le nord du pays.");
        assertThat(acting.actorNamed("Mali")).isPresent();
    }

    @Test
    void aStateJoinedToAStateThatOnlyLocatesLocatesToo() {
        Dispatch d = parse("Canicule sur la Belgique et le Luxembourg", "Les temp\u00e9ratures montent.");
        assertThat(d.actors()).isEmpty();
        Dispatch acting = parse("Titre", "La Belgique et le Luxembourg ont d\u00e9clar\u00e9 mardi que l'accord \u00e9tait proche.");
        assertThat(acting.actors()).filteredOn(a -> a.type() == ActorType.STATE).hasSize(2);
    }

    @Test
    void aStateSubjectOfAPassiveOfWhatStrikesAPlaceOnlyLocates() {
        Dispatch d = parse("Titre", "Le Luxembourg n'est pas \u00e9pargn\u00e9 par la vague de chaleur. La Syrie a \u00e9t\u00e9 frapp\u00e9e par un s\u00e9isme.");
        assertThat(d.actors()).isEmpty();
        Dispatch acting = parse("Titre", "Le Luxembourg a touch\u00e9 une aide europ\u00e9enne, a annonc\u00e9 son gouvernement.");
        assertThat(acting.actorNamed("Luxembourg")).isPresent();
    }

    @Test
    void anInfinitiveAfterAFormOfAvoirIsAMisspeltParticiple() {
        Dispatch d = parse("Titre", "Jean Dupont a d\u00e9clarer mardi que la situation \u00e9tait grave. Il a annoncer que la gr\u00e8ve continuerait.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
        });
        Dispatch ready = parse("Titre", "Le comit\u00e9 est pr\u00eat a d\u00e9clarer la fin de la gr\u00e8ve.");
        assertThat(ready.communications()).isEmpty();
    }
}
