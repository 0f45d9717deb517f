package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * A title with a long complement and the name set in apposition after it make one person (session 25): words of the
 * complement that look like no plain noun (a hyphenated noun, a verb's participle after an article) no longer stop the
 * walk to the comma. Sentences written for the tests after real Wikinews prose.
 */
class TitleAppositionSession25Test {

    @Test
    void aHyphenatedNounInTheRemitKeepsTheTitleWithTheName() {
        Dispatch d = parse("Titre", "Le ministre britannique charg\u00e9 des territoires d'outre-mer, Edmund Carlisle, a appel\u00e9 Buenos Aires "
                + "\u00e0 \u00ab respecter la volont\u00e9 des habitants \u00bb.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Edmund Carlisle");
            assertThat(a.role()).contains("ministre");
        });
    }

    @Test
    void aParticipleAfterAnArticleIsTheComplementsNoun() {
        Dispatch d = parse("Titre", "L'avocat du pr\u00e9venu, Me Laurent Vandamme, a annonc\u00e9 que son client ferait appel.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Laurent Vandamme");
            assertThat(a.aliases()).contains("avocat");
        });
    }
}
