package org.diplotext.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.diplotext.model.ParseIssue;
import org.junit.jupiter.api.Test;

class TextTest {
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mme", "art", "env");

    @Test
    void foldingLatin1LettersGivesTheBaseLetterOfTheirDecomposition() {
        for (char c = '\u00c0'; c <= '\u00ff'; c++) {
            char base = Character.toLowerCase(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0));
            assertThat(Folding.fold(c)).as("U+%04X", (int) c).isEqualTo(base);
        }
        for (char c = '\u0080'; c < '\u00c0'; c++) {
            assertThat(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void foldingKeepsLengthAndUnifiesApostrophesSpacesAccentsAndCase() {
        String input = "L\u2019\u00c9tat\u00a0fran\u00e7ais \u00ab\u202fOTAN\u202f\u00bb";
        String folded = Folding.fold(input);
        assertThat(folded).hasSameSizeAs(input);
        assertThat(folded).isEqualTo("l'etat francais \u00ab otan \u00bb");
    }

    @Test
    void tokensKeepOffsetsAndShapes() {
        String input = "L'OTAN et M. Lavrov";
        List<Token> tokens = Tokens.of(input);
        assertThat(tokens).extracting(Token::folded).containsExactly("l", "'", "otan", "et", "m", ".", "lavrov");
        assertThat(tokens.get(2).upper()).isTrue();
        assertThat(tokens.get(6).shape()).isEqualTo(Token.CAPITALISED);
        assertThat(input.substring(tokens.get(6).start(), tokens.get(6).end())).isEqualTo("Lavrov");
    }

    @Test
    void sentencesIgnoreAbbreviationsInitialsAndNumbers() {
        String input = "M. Lavrov a vu Mme Merkel. Il y avait env. 100'000 soldats, 2 000 chars et 3,5 avions. J. Smith est venu. Fin.";
        List<int[]> sentences = Sentences.split(input, 0, input.length(), List.of(), ABBREVIATIONS);
        assertThat(sentences).hasSize(4);
        assertThat(input.substring(sentences.get(0)[0], sentences.get(0)[1])).isEqualTo("M. Lavrov a vu Mme Merkel.");
        assertThat(input.substring(sentences.get(1)[0], sentences.get(1)[1])).startsWith("Il y avait env. 100'000");
        assertThat(input.substring(sentences.get(2)[0], sentences.get(2)[1])).isEqualTo("J. Smith est venu.");
    }

    @Test
    void sentencesDoNotBreakInsideQuotationsButAfterOneThatEndsASentence() {
        String input = "Pour lui, \u00ab Ce vote est une victoire ! \u00bb Le porte-parole se f\u00e9licite. \u00ab Un. Deux. \u00bb, dit-il.";
        Quotations.Found found = Quotations.find(input, 0, input.length());
        List<int[]> sentences = Sentences.split(input, 0, input.length(), found.quotations(), ABBREVIATIONS);
        assertThat(sentences).hasSize(3);
        assertThat(input.substring(sentences.get(2)[0], sentences.get(2)[1])).isEqualTo("\u00ab Un. Deux. \u00bb, dit-il.");
    }

    @Test
    void sentencesEndAfterAQuotationClosedWithoutASpaceBeforeTheNextOne() {
        String input = "Il a dit \u00ab non \u00bb.Pour lui, c'est fini. Le site web.Com reste.";
        Quotations.Found found = Quotations.find(input, 0, input.length());
        List<int[]> sentences = Sentences.split(input, 0, input.length(), found.quotations(), ABBREVIATIONS);
        assertThat(sentences).hasSize(3);
        assertThat(input.substring(sentences.get(1)[0], sentences.get(1)[1])).isEqualTo("Pour lui, c'est fini.");
    }

    @Test
    void quotationsOfEveryStyleWithNestingAndInnerPlusQuotes() {
        String input = "\u00abNous +refusons+ le \u201cdiktat\u201d\u00bb, puis \u201cnon\u201d et \"oui\" et \u00ab\u202fbien\u202f\u00bb.";
        Quotations.Found found = Quotations.find(input, 0, input.length());
        assertThat(found.issues()).isEmpty();
        assertThat(found.quotations()).hasSize(4);
        Quotation first = found.quotations().get(0);
        assertThat(input.substring(first.contentStart(), first.contentEnd())).isEqualTo("Nous +refusons+ le \u201cdiktat\u201d");
        Quotation last = found.quotations().get(3);
        assertThat(input.substring(last.contentStart(), last.contentEnd())).isEqualTo("bien");
    }

    @Test
    void unbalancedQuotationsAreReportedNotThrown() {
        String input = "Il a dit \u00ab jamais. Puis \u00bb plus tard \u00bb.";
        Quotations.Found found = Quotations.find(input, 0, input.length());
        assertThat(found.quotations()).hasSize(1);
        assertThat(found.issues()).hasSize(1);
        Quotations.Found open = Quotations.find("Il a dit \u00ab jamais.", 0, 17);
        assertThat(open.quotations()).isEmpty();
        assertThat(open.issues()).singleElement().satisfies(i -> assertThat(i.start()).isEqualTo(9));
    }

    @Test
    void aQuotationLeftOpenRunsOnToTheParagraphsEndOnlyWhenTheNextParagraphContinuesIt() {
        String input = "Il a dit : \u00ab Nous voulons la paix. Nous la ferons. ";
        Quotations.Found runsOn = Quotations.find(input, 0, input.length(), true);
        assertThat(runsOn.quotations()).singleElement().satisfies(q -> {
            assertThat(q.runsOn()).isTrue();
            assertThat(input.substring(q.contentStart(), q.contentEnd())).isEqualTo("Nous voulons la paix. Nous la ferons.");
            assertThat(q.close()).isEqualTo(input.lastIndexOf('.'));
        });
        assertThat(runsOn.issues()).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(ParseIssue.Severity.INFO));
        assertThat(Quotations.find(input, 0, input.length(), false).quotations()).isEmpty();
        assertThat(Sentences.split(input, 0, input.length(), runsOn.quotations(), ABBREVIATIONS)).hasSize(1);
    }

    @Test
    void singleQuotationMarksAreToldFromApostrophes() {
        String input = "'Nous n'avons pas peur', a dit l'ambassadeur d\u2019Italie, \u2018sans d\u00e9tour\u2019 et 5'000 fois.";
        Quotations.Found found = Quotations.find(input, 0, input.length());
        assertThat(found.issues()).isEmpty();
        assertThat(found.quotations()).extracting(q -> input.substring(q.contentStart(), q.contentEnd()))
                .containsExactly("Nous n'avons pas peur", "sans d\u00e9tour");
        String nested = "\u00abLe mot \u2039neutralit\u00e9\u203a et \u201eWende\u201c\u00bb, puis \u2039fin\u203a.";
        assertThat(Quotations.find(nested, 0, nested.length()).quotations()).hasSize(2);
    }
}
