package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Reported speech and demands in amateur and agency prose (session 25): a misspelt participle after any finite form of
 * {@code avoir}, and the object of {@code appeler … à} as the one asked. Sentences written for the tests after real Wikinews prose.
 */
class ReportedSpeechSession25Test {

    @Test
    void anInfinitiveAfterAnyFormOfAvoirIsAMisspeltParticiple() {
        Dispatch d = parse("Titre", "Jean Dupont avait d\u00e9clarer que la France soutenait le projet.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
        Dispatch conditional = parse("Titre", "Marie Martin aurait affirmer que le texte \u00e9tait pr\u00eat.");
        assertThat(conditional.communications()).singleElement()
                .satisfies(c -> assertThat(name(conditional, c.sender().orElseThrow())).isEqualTo("Marie Martin"));
    }

    @Test
    void theObjectOfAppelerAIsTheOneAsked() {
        Dispatch d = parse("Titre", "Les syndicats ont appel\u00e9 le patronat \u00e0 n\u00e9gocier.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("syndicats");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("patronat");
            assertThat(x.content()).isEqualTo("n\u00e9gocier");
        });
    }

    @Test
    void aStateAskedAfterAContractedAIsAnActorNotAPlace() {
        Dispatch d = parse("Titre", "La Commission a demand\u00e9 \u00e0 la Belgique et au Luxembourg de r\u00e9duire leur d\u00e9ficit.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("Belgique", "Luxembourg");
        Dispatch place = parse("Titre", "Le ministre a rencontr\u00e9 ses homologues au Luxembourg lundi.");
        assertThat(place.actors()).extracting(a -> a.name()).doesNotContain("Luxembourg");
    }
}
