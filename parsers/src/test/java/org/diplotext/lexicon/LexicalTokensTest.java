package org.diplotext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotext.text.Folding;
import org.diplotext.text.Token;
import org.diplotext.text.Tokens;
import org.junit.jupiter.api.Test;

/** Tokens resolved to lexemes once must read exactly as plain token lists do, only faster. */
class LexicalTokensTest {
    private static final Lexicon LEXICON = LexiconLoader.load(List.of());
    private static final String TEXT = "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a exhorté hier "
            + "l'Union européenne et l'OTAN à renoncer, selon Moscou. Mme Baerbock s'est entretenue avec lui "
            + "à Bruxelles ; « Nous demandons la désescalade », a-t-elle déclaré aujourd'hui.";

    @Test
    void everyIndexAndGrammarClassGivesTheSameAnswersAsPlainTokens() {
        String folded = Folding.fold(TEXT);
        List<Token> lexical = LEXICON.tokens(TEXT, folded, 0, TEXT.length());
        List<Token> plain = Tokens.of(TEXT, folded, 0, TEXT.length());
        assertThat(lexical).isEqualTo(plain);
        List<PhraseIndex<?>> indexes = List.of(LEXICON.names(), LEXICON.titles(), LEXICON.verbs(), LEXICON.nouns(),
                LEXICON.groups(), LEXICON.adverbs());
        int matches = 0;
        for (int i = 0; i < plain.size(); i++) {
            for (PhraseIndex<?> index : indexes) {
                assertThat(index.longest(lexical, i)).as("token %d (%s)", i, plain.get(i).folded()).isEqualTo(index.longest(plain, i));
                matches += index.longest(plain, i) == null ? 0 : 1;
            }
            for (String grammarClass : List.of("ARTICLE", "CIVILITY", "AUXILIARY", "PREPOSITION", "RELATIVE_DAY", "NO_SUCH_CLASS")) {
                assertThat(LEXICON.is(lexical, i, grammarClass)).isEqualTo(LEXICON.is(plain, i, grammarClass))
                        .isEqualTo(LEXICON.is(plain.get(i).folded(), grammarClass));
            }
        }
        assertThat(matches).as("the sentence holds names, titles and verbs").isGreaterThan(8);
        assertThat(LEXICON.is(lexical, -1, "ARTICLE")).isFalse();
        assertThat(LEXICON.is(lexical, lexical.size(), "ARTICLE")).isFalse();
    }

    @Test
    void aClassOccursInTheTokensExactlyWhenOneOfThemIsOfIt() {
        String folded = Folding.fold(TEXT);
        List<Token> lexical = LEXICON.tokens(TEXT, folded, 0, TEXT.length());
        List<Token> plain = Tokens.of(TEXT, folded, 0, TEXT.length());
        for (String grammarClass : List.of("ARTICLE", "CIVILITY", "OBLIGATION", "SOURCE_INTRODUCER", "GRANT_VERB", "UNTIL", "NO_SUCH_CLASS")) {
            boolean some = false;
            for (int i = 0; i < plain.size(); i++) {
                some |= LEXICON.is(plain, i, grammarClass);
            }
            assertThat(LEXICON.occursIn(lexical, grammarClass)).as(grammarClass).isEqualTo(some)
                    .isEqualTo(LEXICON.occursIn(plain, grammarClass));
        }
        for (List<String> names : List.of(List.of("WEEKDAY", "RELATIVE_DAY"), List.of("CIVILITY", "NO_SUCH_CLASS"), List.of("GRANT_VERB"))) {
            Lexicon.ClassSet set = LEXICON.classes(names);
            boolean any = false;
            for (int i = 0; i < plain.size(); i++) {
                any |= LEXICON.isAny(plain, i, set);
            }
            assertThat(LEXICON.occursAnyIn(lexical, set)).as(names.toString()).isEqualTo(any).isEqualTo(LEXICON.occursAnyIn(plain, set));
        }
        assertThat(LEXICON.occursIn(lexical, "SOURCE_INTRODUCER")).isTrue();
        assertThat(LEXICON.occursIn(lexical, "OBLIGATION")).isFalse();
        assertThat(LEXICON.occursIn(LEXICON.tokens("", "", 0, 0), "ARTICLE")).isFalse();
    }

    @Test
    void tokensOfAnotherLexiconAreReadThroughTheirWords() {
        Lexicon other = LexiconLoader.load(List.of());
        List<Token> tokens = other.tokens("Moscou", "moscou", 0, 6);
        assertThat(LEXICON.names().longest(tokens, 0)).isEqualTo(LEXICON.names().longest(Tokens.of("Moscou"), 0)).isNotNull();
    }

    @Test
    void aTokenOfAKnownWordCarriesTheLexiconsInstance() {
        List<Token> a = LEXICON.tokens("la France", "la france", 0, 9);
        List<Token> b = LEXICON.tokens("la France", "la france", 0, 9);
        assertThat(a.get(1).folded()).isSameAs(b.get(1).folded());
    }
}
