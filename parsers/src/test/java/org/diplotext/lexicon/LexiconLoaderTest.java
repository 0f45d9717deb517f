package org.diplotext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.OrganisationKind;
import org.diplotext.spi.LexiconFile;
import org.diplotext.spi.LexiconSource;
import org.diplotext.text.Tokens;
import org.junit.jupiter.api.Test;

class LexiconLoaderTest {

    @Test
    void builtInLexiconsKnowStatesCapitalsAndOrganisations() {
        Lexicon lexicon = LexiconLoader.load(List.of());
        assertThat(lexicon.state("RU")).isPresent();
        assertThat(lexicon.stateOfAdjective("russe")).contains("RU");
        var tokens = Tokens.of("Moscou et l'Otan");
        assertThat(lexicon.names().longest(tokens, 0).value()).isEqualTo(new Named(Named.Kind.CAPITAL, "RU"));
        assertThat(lexicon.names().longest(tokens, 4).value().kind()).isEqualTo(Named.Kind.ORGANISATION);
    }

    @Test
    void theGrammarListsOneWordPerRowButForAdverbs() throws Exception {
        // a word class is asked of one token: a row of several words would never match, so only adverbs (a phrase index) may have them
        try (var in = LexiconLoader.class.getResourceAsStream("fr/grammar.tsv")) {
            String grammar = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(grammar.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                    .filter(row -> row.length >= 2 && row[0].strip().contains(" ") && !row[1].strip().equals("ADVERB"))
                    .map(row -> row[0])).isEmpty();
        }
    }

    @Test
    void oneWordAcronymsMatchOnlyInUpperCase() {
        Lexicon lexicon = LexiconLoader.load(List.of(LexiconSource.of(LexiconFile.ORGANISATIONS,
                "[{\"id\": \"ce\", \"name\": \"Conseil de l'Europe\", \"acronym\": \"CE\", \"aliases\": []}]")));
        assertThat(lexicon.names().longest(Tokens.of("Ce matin"), 0)).isNull();
        assertThat(lexicon.names().longest(Tokens.of("CE"), 0)).isNotNull();
    }

    @Test
    void userOrganisationsAddToTheBuiltInOnes() {
        LexiconSource mine = LexiconSource.of(LexiconFile.ORGANISATIONS, """
                [{"id": "oec", "name": "Organisation des \u00c9tats c\u00f4tiers", "acronym": "OEC",
                  "aliases": ["les C\u00f4tiers"], "kind": "INTERGOVERNMENTAL", "type": "ORGANISATION"}]""");
        Lexicon lexicon = LexiconLoader.load(List.of(mine));
        assertThat(lexicon.organisation("oec")).hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.INTERGOVERNMENTAL));
        assertThat(lexicon.names().longest(Tokens.of("les C\u00f4tiers"), 0).value().key()).isEqualTo("oec");
        assertThat(lexicon.state("FR")).isPresent();
    }

    @Test
    void aUserEntryReplacesTheBuiltInOneOfTheSameId() {
        // the built-in files are read on another thread: the user's entries must still come first
        LexiconSource mine = LexiconSource.of(LexiconFile.ORGANISATIONS, """
                [{"id": "onu", "name": "Nations unies (mon nom)", "kind": "INTERGOVERNMENTAL"}]""");
        Lexicon lexicon = LexiconLoader.load(List.of(mine));
        assertThat(lexicon.organisation("onu")).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Nations unies (mon nom)"));
        assertThat(lexicon.organisation("conseil-securite")).isPresent();
        assertThat(lexicon.names().longest(Tokens.of("Nations unies (mon nom)"), 0).value().key()).isEqualTo("onu");
    }

    @Test
    void invalidJsonIsAnErrorNamingTheFile() {
        LexiconSource broken = LexiconSource.of(LexiconFile.STATES, "{not json");
        assertThatThrownBy(() -> LexiconLoader.load(List.of(broken)))
                .isInstanceOf(DiplotextException.class).hasMessageContaining("states.json");
    }

    @Test
    void verbFormsIncludeTheFirstPersonPluralForQuotations() {
        Lexicon lexicon = LexiconLoader.load(List.of());
        assertThat(lexicon.verbs().longest(Tokens.of("demandons"), 0)).isNotNull();
        assertThat(lexicon.verbs().longest(Tokens.of("exigeons"), 0)).isNotNull();
    }
    @Test
    void aWordEndsWithAnEndingOfAClassWrittenWithAHyphen() {
        Lexicon lexicon = LexiconLoader.load(List.of());
        assertThat(lexicon.endsWithAny("negocier", "INFINITIVE_ENDING")).isTrue();
        assertThat(lexicon.endsWithAny("negociation", "INFINITIVE_ENDING")).isFalse();
        assertThat(lexicon.endsWithAny("negocier", "NO_SUCH_CLASS")).isFalse();
        assertThat(lexicon.beginsWithAny("eu", "HAD_BEGINNING")).isTrue();
        assertThat(lexicon.beginsWithAny("etre", "HAD_BEGINNING")).isFalse();
    }
}
