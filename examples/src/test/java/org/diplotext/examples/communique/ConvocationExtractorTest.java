package org.diplotext.examples.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.spi.ExtractionInput;
import org.diplotext.spi.Layout;
import org.diplotext.testkit.ExpectedDispatch;
import org.diplotext.testkit.Fixtures;
import org.diplotext.testkit.Golden;
import org.junit.jupiter.api.Test;

class ConvocationExtractorTest {
    private static final Path FIXTURES = CommuniqueFormatTest.FIXTURES;
    private final ConvocationExtractor extractor = new ConvocationExtractor();

    /** The extractor alone on the format's layout: independent of the built-in extraction. */
    private Dispatch extractAlone(String fixture) {
        String text = Fixtures.text(FIXTURES.resolve(fixture));
        Layout layout = new CommuniqueFormat().read(text).get(0);
        Dispatch empty = Dispatch.of(layout.article(), layout.segments(), layout.issues());
        return extractor.extract(new ExtractionInput(text, layout, ZoneId.of("Europe/Zurich")), empty);
    }

    @Test
    void findsTheSummoningOfTheRussianAmbassador() {
        Dispatch d = extractAlone("dfae-convocation-russie.txt");
        Golden.parts(Golden.Part.ACTORS, Golden.Part.COMMUNICATIONS, Golden.Part.DEMANDS)
                .assertMatches(d, FIXTURES.resolve("extracted/dfae-convocation-russie.expected.json"));
        ExpectedDispatch.builder()
                .actor(ActorType.ORGANISATION, "DFAE", a -> a.alias("Département fédéral des affaires étrangères"))
                .actor(ActorType.STATE, "Russie", a -> a.alias("Fédération de Russie"))
                .actor(ActorType.PERSON, "ambassadeur de Russie", a -> a.role("ambassadeur").affiliation("Russie"))
                .communication(CommunicationType.MEETING, c -> c.sender("DFAE").recipient("ambassadeur de Russie")
                        .date(LocalDate.of(2024, 3, 12)).evidenceContains("a convoqué mardi"))
                .build()
                .assertExactly(d);
        assertThat(d.communications().get(0).evidence()).as("headline and lead report the same meeting").hasSize(2);
    }

    @Test
    void findsTheFrenchSummoningWithCurlyApostrophes() {
        Dispatch d = extractAlone("meae-convocation-iran.txt");
        Golden.parts(Golden.Part.ACTORS, Golden.Part.COMMUNICATIONS)
                .assertMatches(d, FIXTURES.resolve("extracted/meae-convocation-iran.expected.json"));
        ExpectedDispatch.builder()
                .actor(ActorType.ORGANISATION, "ministère de l’Europe et des affaires étrangères")
                .communication(CommunicationType.MEETING, c -> c.sender("ministère de l’Europe et des affaires étrangères")
                        .recipient("ambassadeur d’Iran").date(LocalDate.of(2024, 2, 1)))
                .build()
                .assertFoundIn(d);
    }

    @Test
    void resolvesTheWeekdayAgainstThePublicationDateAndLeavesOtherReleasesAlone() {
        Dispatch none = extractAlone("dfae-accord-sans-convocation.txt");
        assertThat(none.communications()).isEmpty();
        assertThat(none.actors()).isEmpty();

        Dispatch undated = extractAlone("communique-sans-date.txt");
        ExpectedDispatch.builder()
                .communication(CommunicationType.MEETING, c -> c.sender("ministère").recipient("chargé d'affaires du Bélarus"))
                .build()
                .assertFoundIn(undated);
        assertThat(undated.communications().get(0).date()).isEmpty();
    }

    @Test
    void worksInsideTheParserRegisteredOnTheBuilder() {
        DiplotextParser parser = Diplotext.builder().discoverServices(false)
                .format(new CommuniqueFormat()).extractor(new ConvocationExtractor()).build();
        Dispatch d = parser.parse(Fixtures.text(FIXTURES.resolve("dfae-convocation-russie.txt")));
        assertThat(d.article().format()).isEqualTo("communique");
        ExpectedDispatch.builder()
                .communication(CommunicationType.MEETING, c -> c.sender("DFAE").recipient("ambassadeur de Russie"))
                .build()
                .assertFoundIn(d);
    }

    @Test
    void isFoundThroughServiceLoaderFromMetaInfServices() {
        assertThat(Diplotext.parser().formats()).contains("communique");
        assertThat(Diplotext.parser().extractors()).contains("convocation");
        Dispatch d = Diplotext.parse(Fixtures.text(FIXTURES.resolve("meae-convocation-iran.txt")));
        assertThat(d.article().format()).isEqualTo("communique");
        assertThat(d.communications(CommunicationType.MEETING)).isNotEmpty();
    }
}
