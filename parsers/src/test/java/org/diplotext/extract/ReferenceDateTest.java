package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.Actor;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.Extractor;
import org.junit.jupiter.api.Test;

/**
 * A reference date given with the text ({@code parse(text, referenceDate)}, a feed's wire date)
 * stands in for the publication a dispatch does not give, as in {@code PARIS, 14 mars (AFP) -}.
 */
class ReferenceDateTest {
    private static final DiplotextParser PARSER = Diplotext.builder().discoverServices(false).build();
    private static final LocalDate WIRE_DATE = LocalDate.of(2024, 3, 14);

    private static String fixture(String name) {
        try (InputStream in = ReferenceDateTest.class.getResourceAsStream("dates/" + name)) {
            assertThat(in).as("fixture dates/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Communication communication(Dispatch d, CommunicationType type, String sender) {
        String id = actorId(d, sender);
        return d.communications().stream().filter(c -> c.type() == type && c.sender().equals(Optional.of(id)))
                .findFirst().orElseThrow(() -> new AssertionError(type + " by " + sender + " in " + d.communications()));
    }

    private static Demand demand(Dispatch d, String content) {
        return d.demands().stream().filter(x -> x.content().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError(content + " in " + d.demands()));
    }

    private static String actorId(Dispatch d, String name) {
        return d.actors().stream().filter(a -> a.name().equals(name)).map(Actor::id).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + d.actors()));
    }

    private static List<String> dates(Dispatch d) {
        return d.communications().stream().map(c -> c.type() + " " + c.date().map(LocalDate::toString).orElse("-"))
                .toList();
    }

    @Test
    void withoutAReferenceDateAYearlessDatelineLeavesTheActsUndatedAndSaysSo() {
        String text = fixture("afp-paris-sans-annee.txt");
        Dispatch d = PARSER.parse(text);

        assertThat(d.article().published()).isEmpty();
        assertThat(d.communications()).isNotEmpty().allSatisfy(c -> assertThat(c.date()).isEmpty());
        assertThat(d.demands()).isNotEmpty().allSatisfy(x -> assertThat(x.date()).isEmpty());
        int dateline = text.indexOf("PARIS, 14 mars (AFP) -");
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ParseIssue.Severity.WARNING);
            assertThat(i.message()).contains("dateline gives no year").contains("no reference date").contains("undated");
            assertThat(text.substring(i.start(), i.end())).isEqualTo("PARIS, 14 mars (AFP) -");
            assertThat(i.start()).isEqualTo(dateline);
        });
    }

    @Test
    void theReferenceDateGivesTheDatelineItsYearAndDatesWeekdaysYesterdayAndPartialDays() {
        String text = fixture("afp-paris-sans-annee.txt");
        Dispatch d = PARSER.parse(text, WIRE_DATE);

        assertThat(d.article().published()).contains(Published.on(LocalDate.of(2024, 3, 14)));
        // "a déclaré mardi", "a affirmé hier", "a rencontré le 11 mars": resolved against Thursday 14 March 2024
        assertThat(communication(d, CommunicationType.STATEMENT, "Sergueï Lavrov").date()).contains(LocalDate.of(2024, 3, 12));
        assertThat(communication(d, CommunicationType.STATEMENT, "Maria Zakharova").date()).contains(LocalDate.of(2024, 3, 13));
        assertThat(communication(d, CommunicationType.MEETING, "Jens Stoltenberg").date()).contains(LocalDate.of(2024, 3, 11));
        assertThat(demand(d, "le départ des forces de l'Otan").date()).contains(LocalDate.of(2024, 3, 14));
        assertThat(demand(d, "le retrait immédiat des forces de l'Otan").date()).contains(LocalDate.of(2024, 3, 13));
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ParseIssue.Severity.INFO);
            assertThat(i.message()).contains("2024-03-14").contains("reference date");
            assertThat(text.substring(i.start(), i.end())).isEqualTo("PARIS, 14 mars (AFP) -");
        });
        // everything else is as without the reference date
        Dispatch undated = PARSER.parse(text);
        assertThat(d.actors()).isEqualTo(undated.actors());
        assertThat(d.segments()).isEqualTo(undated.segments());
        assertThat(d.communications()).hasSameSizeAs(undated.communications());
    }

    @Test
    void theDatelineKeepsItsDayWhenTheReferenceDateIsAnotherDay() {
        Dispatch d = PARSER.parse(fixture("afp-paris-sans-annee.txt"), LocalDate.of(2024, 3, 16));

        assertThat(d.article().published()).contains(Published.on(LocalDate.of(2024, 3, 14)));
        assertThat(communication(d, CommunicationType.STATEMENT, "Sergueï Lavrov").date()).contains(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aDatelineDayAcrossNewYearTakesTheNearestYear() {
        String text = fixture("afp-paris-sans-annee.txt").replace("PARIS, 14 mars (AFP)", "PARIS, 31 décembre (AFP)");

        assertThat(PARSER.parse(text, LocalDate.of(2025, 1, 1)).article().published())
                .contains(Published.on(LocalDate.of(2024, 12, 31)));
        assertThat(PARSER.parse(text.replace("31 décembre", "1er janvier"), LocalDate.of(2024, 12, 31)).article().published())
                .contains(Published.on(LocalDate.of(2025, 1, 1)));
        assertThat(PARSER.parse(text.replace("31 décembre", "29 février"), LocalDate.of(2025, 3, 1)).article().published())
                .as("29 February exists only in leap years").contains(Published.on(LocalDate.of(2024, 2, 29)));
        assertThat(PARSER.parse(text.replace("31 décembre", "14 MARS"), WIRE_DATE).article().published())
                .as("a month in capitals").contains(Published.on(WIRE_DATE));
    }

    @Test
    void aFullDateInTheTextWinsOverTheReferenceDate() {
        String text = fixture("afp-paris-avec-annee.txt");
        Dispatch d = PARSER.parse(text, WIRE_DATE);

        assertThat(d).isEqualTo(PARSER.parse(text));
        assertThat(d.article().published()).contains(Published.on(LocalDate.of(2023, 3, 14)));
        // 14 March 2023 is a Tuesday: "mardi" is that day
        assertThat(communication(d, CommunicationType.STATEMENT, "Sergueï Lavrov").date()).contains(LocalDate.of(2023, 3, 14));
        assertThat(communication(d, CommunicationType.MEETING, "Jens Stoltenberg").date()).contains(LocalDate.of(2023, 3, 11));
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void aFullDateNearTheTopWinsOverTheReferenceDate() {
        String text = "Moscou appelle au calme\n\nDans un communiqué publié le 9 février 2022, la Russie a appelé les parties"
                + " au calme. Le ministre russe Sergueï Lavrov a déclaré que Moscou restait prêt au dialogue.\n";
        Dispatch d = PARSER.parse(text, WIRE_DATE);

        assertThat(d).isEqualTo(PARSER.parse(text));
        assertThat(d.article().published()).isEmpty();
        assertThat(dates(d)).containsExactly("STATEMENT 2022-02-09", "STATEMENT 2022-02-09"); // the communiqué and Lavrov's words
        assertThat(demand(d, "calme").date()).contains(LocalDate.of(2022, 2, 9));
    }

    @Test
    void aDispatchWithoutAnyDateIsPublishedOnTheReferenceDate() {
        String text = "La Russie a appelé mardi l'Ukraine à des pourparlers.\n";

        Dispatch undated = PARSER.parse(text);
        assertThat(undated.article().published()).isEmpty();
        assertThat(demand(undated, "des pourparlers").date()).isEmpty();
        assertThat(undated.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ParseIssue.Severity.WARNING);
            assertThat(i.message()).contains("gives no date").contains("undated");
        });

        Dispatch d = PARSER.parse(text, WIRE_DATE);
        assertThat(d.article().published()).contains(Published.on(WIRE_DATE));
        assertThat(demand(d, "des pourparlers").date()).contains(LocalDate.of(2024, 3, 12));
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ParseIssue.Severity.INFO);
            assertThat(i.message()).contains("gives no date").contains("2024-03-14");
        });
    }

    @Test
    void aDispatchWithoutActsAndWithoutDateHasNoIssue() {
        assertThat(PARSER.parse("Il a plu à Genève.\n").issues()).isEmpty();
    }

    @Test
    void belgaDayAndMonthInFiguresTakeTheYearOfTheReferenceDate() {
        String text = "Bruxelles reçoit le Premier ministre néerlandais\n\nBRUXELLES 12/05 (BELGA)\n\n"
                + "Le Premier ministre Alexander De Croo a reçu vendredi à Bruxelles son homologue néerlandais Mark Rutte.\n";
        Dispatch d = PARSER.parse(text, LocalDate.of(2024, 5, 20));

        assertThat(d.segments()).anyMatch(s -> s.kind() == SegmentKind.DATELINE);
        assertThat(d.article().published()).contains(Published.on(LocalDate.of(2024, 5, 12)));
        assertThat(dates(d)).contains("MEETING 2024-05-10");
    }

    @Test
    void everyDispatchOfATextGetsTheReferenceDate() {
        String one = fixture("afp-paris-sans-annee.txt");
        String two = one.replace("PARIS, 14 mars (AFP)", "BERLIN, 13 mars (AFP)").replace("Moscou exige", "Berlin exige");
        List<Dispatch> all = PARSER.parseAll(one + "\n" + two, WIRE_DATE);

        assertThat(all).extracting(d -> d.article().published().map(Published::date).orElseThrow())
                .containsExactly(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 13));
    }

    @Test
    void userExtractorsSeeTheDateTheReferenceDateGives() {
        AtomicReference<Optional<LocalDate>> seen = new AtomicReference<>();
        Extractor spy = new Extractor() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public Dispatch extract(org.diplotext.spi.ExtractionInput input, Dispatch soFar) {
                seen.set(input.referenceDate());
                return soFar;
            }
        };
        DiplotextParser parser = Diplotext.builder().discoverServices(false).extractor(spy).build();

        parser.parse(fixture("afp-paris-sans-annee.txt"), LocalDate.of(2024, 3, 15));
        assertThat(seen.get()).contains(LocalDate.of(2024, 3, 14));
    }

    @Test
    void aNullReferenceDateFailsFast() {
        assertThatThrownBy(() -> PARSER.parse("texte", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("referenceDate");
        assertThatThrownBy(() -> Diplotext.parseAll("texte", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("referenceDate");
        assertThatThrownBy(() -> Diplotext.parse(null, WIRE_DATE)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }
}
