package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.DayOfWeek;
import java.util.List;
import org.diplotext.model.Article;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.Layout;
import org.junit.jupiter.api.Test;

/**
 * Subjects and dates the library read wrongly in real-style prose (session 26, coordinator; see eval/extra31): a
 * collective whose members are named in apposition, and a date of a reported clause before a coordinated verb.
 * Sentences written for the tests.
 */
class CoordinatorFormsSession26Test {

    @Test
    void bodiesNamedInAppositionToACollectiveAreTheSubject() {
        Dispatch d = parse("Titre", "Les deux grands syndicats fran\u00e7ais, la CGT et la CFDT, ont adress\u00e9 lundi au Premier ministre une lettre "
                + "dans laquelle ils r\u00e9clament le retrait de la r\u00e9forme.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail"));
        assertThat(d.demands()).singleElement()
                .satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail"));
    }

    @Test
    void aCollectiveDescribedInAppositionStaysTheSubject() {
        Dispatch d = parse("Titre", "Les syndicats, furieux, ont adress\u00e9 lundi au Premier ministre une lettre.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("syndicats"));
    }

    @Test
    void aDayInAReportedClauseDoesNotDateTheVerbCoordinatedAfterIt() {
        Dispatch d = parse("Titre", "La SNCF a averti lundi que le trafic serait perturb\u00e9 le 12 mars et a demand\u00e9 aux voyageurs de reporter "
                + "leurs d\u00e9placements.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.date()).hasValueSatisfying(
                day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY)));
    }

    @Test
    void aBodyPutOnNoticeIsTheOneAsked() {
        Dispatch d = parse("Titre", "La CGT a mis en demeure mercredi la direction d'ArcelorMittal de rouvrir les hauts fourneaux.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("ArcelorMittal");
            assertThat(m.content()).isEqualTo("rouvrir les hauts fourneaux");
        });
    }

    @Test
    void anElidedPronounOpeningASloganIsNoBody() {
        Dispatch d = parse("Titre", "Le mouvement Y'en a marre a appel\u00e9 samedi les jeunes \u00e0 voter.");
        assertThat(d.actors()).extracting(a -> a.name()).doesNotContain("Y");
    }

    @Test
    void aStatesOfficialIsNotTheHeadOfABodyOfNoState() {
        Dispatch d = parse("Titre", "La pr\u00e9sidente de la Conf\u00e9rence circumpolaire inuit, Mary Kilabuk, a d\u00e9nonc\u00e9 les forages.",
                "Le Premier ministre canadien a \u00e9crit au pr\u00e9sident am\u00e9ricain la semaine derni\u00e8re.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("pr\u00e9sident am\u00e9ricain")));
    }

    @Test
    void theCaptionOfAnOldPictureTellsNoAct() {
        String text = "Berne re\u00e7oit les deux Soudans\n\nNicole Amstutz a re\u00e7u l'envoy\u00e9 soudanais \u00e0 Berne (archives).\n\n"
                + "La Suisse accueillera lundi une r\u00e9union des deux d\u00e9l\u00e9gations, a annonc\u00e9 le DFAE.";
        Article article = Article.builder("test").build();
        List<Segment> segments = List.of(
                new Segment(SegmentKind.HEADLINE, Span.of(text, 0, text.indexOf('\n'))),
                new Segment(SegmentKind.CAPTION, Span.of(text, text.indexOf("Nicole"), text.indexOf("(archives).") + 11)),
                new Segment(SegmentKind.PARAGRAPH, Span.of(text, text.indexOf("La Suisse"), text.length())));
        Dispatch d = Extraction.create(List.of()).extract(text, new Layout(article, segments, List.of()));
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING && c.sender().map(id -> name(d, id)).orElse("").equals("Nicole Amstutz"));
    }
}
