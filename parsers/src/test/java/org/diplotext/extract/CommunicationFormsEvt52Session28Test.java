package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications told in forms of Wikinews-style articles the library missed or gave to the wrong actor (session 28,
 * helper evt52, set extra36). Sentences written for the tests.
 */
class CommunicationFormsEvt52Session28Test {

    @Test
    void holdersOfASharedPluralTitleEachMakeTheStatementAndTheDemandOfThePronounAfter() {
        Dispatch d = parse("Titre",
                "Le ministre fran\u00e7ais des Affaires \u00e9trang\u00e8res, Bernard Castel, a re\u00e7u mardi son homologue allemand, Klaus Wendt.",
                "Les ministres fran\u00e7ais et allemand ont d\u00e9clar\u00e9 que la communaut\u00e9 internationale \u00ab ne peut plus rester spectatrice \u00bb. "
                        + "Ils ont appel\u00e9 la Russie \u00e0 user de toute son influence sur Damas.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .extracting(c -> name(d, c.sender().orElseThrow()) + ": " + c.quote().orElse(""))
                .containsExactlyInAnyOrder("Bernard Castel: ne peut plus rester spectatrice", "Klaus Wendt: ne peut plus rester spectatrice");
        assertThat(d.demands()).extracting(m -> name(d, m.source().orElseThrow()) + " -> " + name(d, m.target().orElseThrow()))
                .containsExactlyInAnyOrder("Bernard Castel -> Russie", "Klaus Wendt -> Russie");
    }
}
