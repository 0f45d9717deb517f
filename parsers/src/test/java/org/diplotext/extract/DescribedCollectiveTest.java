package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Collectives named by a description: reported, with the description as name, when they act or are acted upon. */
class DescribedCollectiveTest {

    @Test
    void aCollectiveGivenAsASourceSpeaks() {
        Dispatch d = parse("Titre", "La r\u00e9forme menace le droit de gr\u00e8ve, selon un collectif de d\u00e9fense des libert\u00e9s syndicales.");
        assertThat(actor(d, "collectif de d\u00e9fense des libert\u00e9s syndicales").type()).isEqualTo(ActorType.GROUP);
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("collectif de d\u00e9fense des libert\u00e9s syndicales");
        });
    }

    @Test
    void aCoalitionOfAcronymsAsks() {
        Dispatch d = parse("Titre", "Une coalition d'ONG a demand\u00e9 jeudi au gouvernement malien de lib\u00e9rer les journalistes.");
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("coalition d'ONG"));
    }

    @Test
    void aGroupOfDeputiesIsMetAndMeets() {
        Dispatch d = parse("Titre", "Un groupe de parlementaires a rencontr\u00e9 mardi le ministre de la Justice Jean Dupont.",
                "Le ministre a re\u00e7u aussi un collectif d'avocats vendredi.");
        assertThat(actor(d, "groupe de parlementaires").type()).isEqualTo(ActorType.GROUP);
        assertThat(actor(d, "collectif d'avocats").type()).isEqualTo(ActorType.GROUP);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).hasSize(2);
    }

    @Test
    void aNetworkOfAssociationsDenounces() {
        Dispatch d = parse("Titre", "Un r\u00e9seau d'associations de locataires a d\u00e9nonc\u00e9 mardi la hausse des loyers.");
        assertThat(actor(d, "r\u00e9seau d'associations de locataires").type()).isEqualTo(ActorType.GROUP);
    }

    @Test
    void aCollectiveNamedInPassingIsNoActor() {
        Dispatch d = parse("Titre", "Le ministre a comment\u00e9 le rapport d'un groupe de chercheurs sur la pollution.");
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("groupe"));
    }

    @Test
    void aSourcedCivilGroupOfAStateSpeaks() {
        Dispatch d = parse("Titre", "Selon plusieurs associations serbes, cette loi flirte avec la d\u00e9magogie.");
        assertThat(actor(d, "associations serbes").country()).contains("RS");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("associations serbes"));
    }
}
