package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands a headline sums up and officials whose title the lexicon knows around a state's adjective (session 28,
 * coordinator; see eval/extra35). The dispatches of {@link ExtractionTest} are published on Wednesday 9 February 2022.
 * Sentences written for the tests.
 */
class CoordinatorFormsSession28Test {

    @Test
    void aHeadlinesDemandToldAgainInOtherWordsIsTheLeadsDemand() {
        Dispatch d = parse("Le pr\u00e9sident malien fait appel \u00e0 la C\u00e9d\u00e9ao pour reconqu\u00e9rir le Nord",
                "Le pr\u00e9sident malien a fait appel mercredi \u00e0 la C\u00e9d\u00e9ao pour aider l'arm\u00e9e \u00e0 reprendre le contr\u00f4le "
                        + "du nord du pays.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).startsWith("aider l'arm\u00e9e");
            assertThat(m.evidence()).hasSize(2);
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Communaut\u00e9 \u00e9conomique des \u00c9tats d'Afrique de l'Ouest");
        });
    }

    @Test
    void aHeadlinesDemandOfOtherPartiesStaysItsOwn() {
        Dispatch d = parse("Paris appelle Moscou \u00e0 cesser ses livraisons d'armes",
                "Le ministre allemand des Affaires \u00e9trang\u00e8res a demand\u00e9 mardi \u00e0 la Syrie de lib\u00e9rer les prisonniers politiques.");
        assertThat(d.demands()).hasSize(2);
    }

    @Test
    void aTitleOfTheLexiconAroundAStatesAdjectiveIsOneTitle() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident malien par int\u00e9rim a demand\u00e9 mardi \u00e0 la C\u00e9d\u00e9ao l'envoi d'une force d'appui.");
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("pr\u00e9sident malien par int\u00e9rim"));
    }
}
