package org.diplotext.examples.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Layout;
import org.diplotext.testkit.Fixtures;
import org.diplotext.testkit.Golden;
import org.diplotext.DiplotextParser;
import org.diplotext.Diplotext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CommuniqueFormatTest {
    static final Path FIXTURES = Path.of("src/test/resources/org/diplotext/examples/communique");

    private final CommuniqueFormat format = new CommuniqueFormat();
    /** The format alone: no extractor, no discovered extension, so extraction changes cannot break these files. */
    private final DiplotextParser parser = Diplotext.builder().discoverServices(false).format(format).build();

    static List<Fixtures.Case> cases() {
        return Fixtures.cases(FIXTURES);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheAnatomyOfEachRelease(Fixtures.Case c) {
        Golden.parts(Golden.Part.ARTICLE, Golden.Part.SEGMENTS, Golden.Part.ISSUES)
                .assertMatches(parser.parse(Fixtures.text(c.input())), c.expected());
    }

    @Test
    void readsTheSwissRelease() {
        String text = Fixtures.text(getClass(), "dfae-convocation-russie.txt");
        Layout layout = format.read(text).get(0);
        var article = layout.article();
        assertThat(article.format()).isEqualTo("communique");
        assertThat(article.agency()).contains("Département fédéral des affaires étrangères DFAE");
        assertThat(article.dateline()).contains("Berne");
        assertThat(article.published()).contains(Published.on(LocalDate.of(2024, 3, 12)));
        assertThat(article.headline()).contains("Le DFAE convoque l'ambassadeur de Russie après la frappe sur Odessa");
        assertThat(article.lead()).hasValueSatisfying(l -> assertThat(l).startsWith("Le Département fédéral"));
        assertThat(article.paragraphs()).hasSize(5).element(1).asString().startsWith("1. La Suisse condamne");
        assertThat(article.signature()).hasValueSatisfying(s -> assertThat(s).startsWith("Renseignements complémentaires")
                .endsWith("31 53"));
        assertThat(layout.segments()).allMatch(s -> s.span().matches(text));
        assertThat(layout.segments()).filteredOn(s -> s.kind() == SegmentKind.STAMP).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("le 12 mars 2024"));
    }

    @Test
    void readsTheFirstOfTheMonthAndATitleBeforeTheDate() {
        Layout layout = format.read(Fixtures.text(getClass(), "meae-convocation-iran.txt")).get(0);
        assertThat(layout.article().published()).contains(Published.on(LocalDate.of(2024, 2, 1)));
        assertThat(layout.article().headline()).contains("Iran – Convocation de l’ambassadeur d’Iran en France");
        assertThat(layout.article().signature()).contains("Le porte-parole du ministère");
    }

    @Test
    void recognisesReleasesOnlyByTheirMarker() {
        assertThat(format.confidence(Fixtures.text(getClass(), "dfae-convocation-russie.txt"))).isEqualTo(95);
        assertThat(format.confidence(Fixtures.text(getClass(), "communique-sans-date.txt"))).isEqualTo(60);
        assertThat(format.confidence("Titre\nATS\n9.2.2022 - 17:17\nLe communiqué de presse de l'UE...")).isZero();
        assertThat(format.confidence("")).isZero();
    }

    @Test
    void reportsAMissingDateInsteadOfThrowing() {
        Layout layout = format.read(Fixtures.text(getClass(), "communique-sans-date.txt")).get(0);
        assertThat(layout.article().published()).isEmpty();
        assertThat(layout.issues()).extracting(ParseIssue::message).anyMatch(m -> m.contains("no place and date line"));
        assertThat(format.read("").get(0).issues()).isNotEmpty();
    }
}
