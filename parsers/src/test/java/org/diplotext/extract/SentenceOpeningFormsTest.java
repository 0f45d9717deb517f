package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Words that open a sentence and so are capitalised whatever they are (session 24): a surname's particle read as the
 * preposition, and the preposition read as a particle. Sentences written for the tests after real Wikinews prose.
 */
class SentenceOpeningFormsTest {

    @Test
    void aSurnameOpenedByDeAtTheSentencesStartIsTheSpeaker() {
        Dispatch d = parse("Titre", "Le commissaire Karel De Gucht \u00e9tait pr\u00e9sent. De Gucht a estim\u00e9 que l'accord \u00e9tait possible.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Karel De Gucht"));
        Dispatch alone = parse("Titre", "De Guindos a d\u00e9clar\u00e9 lundi que l'Espagne n'avait pas besoin d'aide.");
        assertThat(alone.communications()).singleElement().satisfies(c -> assertThat(name(alone, c.sender().orElseThrow())).isEqualTo("De Guindos"));
        Dispatch present = parse("Titre", "Nick De Santis a parl\u00e9 des joueurs. De Santis conclut aussi que l'\u00e9quipe est solide.");
        assertThat(present.communications()).hasSize(2)
                .allSatisfy(c -> assertThat(name(present, c.sender().orElseThrow())).isEqualTo("Nick De Santis"));
    }

    @Test
    void aPlaceAfterTheOpeningPrepositionIsNoPerson() {
        Dispatch d = parse("Titre", "De Tombouctou \u00e0 Gao, les rebelles avancent. De Paris, le ministre a r\u00e9pondu aux critiques.");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.name()).startsWith("De "));
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(a -> a.name()).containsExactly("ministre");
    }

    @Test
    void aNameAfterAPossessiveNounIsNotTheFrontedTitlesHolder() {
        Dispatch d = parse("Titre", "Le journaliste Thierry Dupont est mort samedi. Commentateur des matchs de football avec son complice de "
                + "toujours, Jean Martin, sa disparition a attrist\u00e9 le public.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Jean Martin")).singleElement()
                .satisfies(a -> assertThat(a.aliases()).doesNotContain("Commentateur"));
    }
}
