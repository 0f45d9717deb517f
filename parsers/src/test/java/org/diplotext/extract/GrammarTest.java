package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.lexicon.GrammarClass;
import org.diplotext.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** The grammar class constants of the rules name classes of the built-in lexicon: a misspelt one would hold no word. */
class GrammarTest {
    @Test
    void everyConstantNamesAClassOfTheBuiltInLexicon() throws IllegalAccessException {
        Lexicon lexicon = org.diplotext.lexicon.LexiconLoader.load(List.of());
        List<String> empty = new ArrayList<>();
        for (Field field : Grammar.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == GrammarClass.class) {
                GrammarClass grammarClass = (GrammarClass) field.get(null);
                assertThat(grammarClass.name()).isEqualTo(field.getName());
                if (lexicon.words(grammarClass.name()).isEmpty()) {
                    empty.add(grammarClass.name());
                }
            }
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void aConstantAndItsNameAnswerAlike() {
        Lexicon lexicon = org.diplotext.lexicon.LexiconLoader.load(List.of());
        var tokens = lexicon.tokens("le porte-parole de la France", "le porte-parole de la france", 0, 28);
        for (int i = 0; i < tokens.size(); i++) {
            for (String name : List.of("ARTICLE", "PREPOSITION", "OF_BARE", "NO_SUCH_CLASS")) {
                assertThat(lexicon.is(tokens, i, GrammarClass.named(name))).isEqualTo(lexicon.is(tokens, i, name));
                assertThat(lexicon.is(tokens.get(i).folded(), GrammarClass.named(name))).isEqualTo(lexicon.is(tokens.get(i).folded(), name));
            }
        }
        assertThat(GrammarClass.named("ARTICLE")).isSameAs(GrammarClass.named("ARTICLE"));
    }
}
