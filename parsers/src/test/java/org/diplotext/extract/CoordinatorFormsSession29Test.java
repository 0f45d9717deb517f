package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * A town after a capital {@code A} written for {@code À} (session 29, coordinator; seen in eval/extra39). The dispatches of
 * {@link ExtractionTest} are published on Wednesday 9 February 2022. Sentences written for the tests.
 */
class CoordinatorFormsSession29Test {

    @Test
    void aCapitalAWithoutItsAccentBeforeATownIsNoPersonsInitial() {
        Dispatch d = parse("Syrie A Gen\u00e8ve, l'\u00e9missaire de l'ONU multiplie les contacts",
                "L'\u00e9missaire de l'ONU a re\u00e7u mercredi les ministres.");
        assertThat(d.actors()).extracting(Actor::name).doesNotContain("A Gen\u00e8ve", "Gen\u00e8ve");
    }

    @Test
    void aTownAfterAOpeningTheSentenceIsNoPersonOfTheTitleAfterIt() {
        Dispatch d = parse("Titre", "Le ministre est arriv\u00e9 mardi. A Gen\u00e8ve, l'\u00e9missaire de l'ONU multiplie les contacts.");
        assertThat(d.actors()).extracting(Actor::name).doesNotContain("Gen\u00e8ve");
    }
}
