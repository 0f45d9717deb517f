package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day named without a year, placed by the tense around it; the dispatch is dated Wednesday 9 February 2022. */
class DatesTest {
    private static LocalDate date(Dispatch d, CommunicationType type) {
        return d.communications().stream().filter(c -> c.type() == type).findFirst().flatMap(Communication::date).orElse(null);
    }

    @Test
    void anAdverbialPhraseInsideThePasseComposeKeepsTheStorysDay() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 lundi son homologue russe Sergue\u00ef Lavrov.",
                "La ministre Anne Martin a de son c\u00f4t\u00e9 demand\u00e9 \u00e0 la Commission europ\u00e9enne de d\u00e9bloquer des fonds.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.date()).contains(LocalDate.of(2022, 2, 7)));
    }

    @Test
    void aDayAheadInTheFutureTenseIsTheComingOne() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont rencontrera son homologue russe Sergue\u00ef Lavrov le 15 mars \u00e0 Gen\u00e8ve.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void aDayAlreadyPassedThisYearInTheFutureTenseIsNextYears() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont rencontrera son homologue russe Sergue\u00ef Lavrov le 3 janvier \u00e0 Gen\u00e8ve.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void prochainAfterTheMonthIsTheComingDay() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont recevra le 5 f\u00e9vrier prochain son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2023, 2, 5));
    }

    @Test
    void aDayInThePasseComposeIsTheLatestPastOne() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 le 3 mars que la France ne c\u00e9derait pas.");
        assertThat(date(d, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void dernierAfterTheMonthIsTheLatestPastDay() {
        Dispatch d = parse("Titre", "Le 20 f\u00e9vrier dernier, le ministre Jean Dupont a rencontr\u00e9 \u00e0 Moscou son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2021, 2, 20));
    }

    @Test
    void theMainVerbsPastTenseDoesNotPlaceADayInASubordinateClause() {
        Dispatch d = parse("Titre", "Le minist\u00e8re a indiqu\u00e9 que Jean Dupont rencontre le 3 mars son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aPrepositionAIsNotTheAuxiliaryOfAPastTense() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont doit rencontrer \u00e0 Gen\u00e8ve le 3 f\u00e9vrier son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2023, 2, 3));
    }

    @Test
    void avantHierIsTwoDaysBeforeTheDispatch() {
        Dispatch d = parse("Titre", "Avant-hier, le Japon a protest\u00e9 aupr\u00e8s de la Chine.");
        assertThat(date(d, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void ilYATroisJoursCountsBackFromTheDispatch() {
        Dispatch d = parse("Titre", "Il y a trois jours, le chef de l'arm\u00e9e soudanaise Abdel Fattah al-Burhane a rencontr\u00e9 l'\u00e9missaire am\u00e9ricain Massad Boulos.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 6));
    }

    @Test
    void ilYADeuxSemainesCountsWeeks() {
        Dispatch d = parse("Titre", "Il y a 2 semaines, le ministre Jean Dupont a rencontr\u00e9 son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 1, 26));
    }

    @Test
    void laterInTheDayIsTheDispatchsDayEvenAfterAnEarlierDay() {
        Dispatch d = parse("Titre", "Avant-hier, le Japon a protest\u00e9 aupr\u00e8s de la Chine.",
                "En fin de journ\u00e9e, le ministre Jean Dupont a rencontr\u00e9 son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 9));
    }

    @Test
    void theDayOfANamedDayIsThatDay() {
        Dispatch d = parse("Titre", "Dans la journ\u00e9e de lundi, le ministre Jean Dupont a rencontr\u00e9 son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void aPartOfTheDayBetweenTheVerbAndItsObjectKeepsTheMeeting() {
        Dispatch morning = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 ce matin son homologue russe Sergue\u00ef Lavrov.");
        Dispatch evening = parse("Titre", "Le ministre Jean Dupont a re\u00e7u lundi soir son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(morning, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 9));
        assertThat(date(evening, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void aWeekdayWithAVerbInTheFutureIsTheComingOne() {
        Dispatch future = parse("Titre", "Le ministre Jean Dupont recevra lundi son homologue russe Sergue\u00ef Lavrov.");
        Dispatch scheduled = parse("Titre", "Le ministre Jean Dupont doit accueillir vendredi son homologue russe Sergue\u00ef Lavrov.");
        Dispatch past = parse("Titre", "Le ministre Jean Dupont a re\u00e7u lundi son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(future, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(date(scheduled, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 11));
        assertThat(date(past, CommunicationType.MEETING)).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void aDayOfAThingNamedAfterTheMainDayDoesNotMoveTheStory() {
        // the dispatch is dated Wednesday 9 February: "mardi" is the 8th, "la veille" of the ultimatum the 7th
        Dispatch d = parse("Titre", "Moscou a rejet\u00e9 mardi l'ultimatum lanc\u00e9 la veille par Washington.",
                "\u00ab Nous ne c\u00e9derons pas \u00bb, a d\u00e9clar\u00e9 le porte-parole du Kremlin, Dmitri Peskov.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(LocalDate.of(2022, 2, 8)));
    }

    @Test
    void aDayAfterAPassiveInThePastHistoricMovesTheStory() {
        Dispatch d = parse("Titre", "La journaliste fut remerci\u00e9e lundi par la direction.",
                "Le lendemain, le ministre Jean Dupont a d\u00e9clar\u00e9 que la d\u00e9cision \u00e9tait politique.");
        assertThat(date(d, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 2, 8));
    }
    /**
     * Session 15 probes: a phrase of several words dating the verb, between the verb and its object as wire copy
     * writes it, keeps the meeting and dates it ({@code -}: the phrase names a period, not a day, and the meeting
     * has no date). The dispatch is of Wednesday 9 February 2022.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "avant-hier|2022-02-07",
        "ce lundi|2022-02-07",
        "il y a une semaine|2022-02-02",
        "il y a deux jours|2022-02-07",
        "dans la soir\u00e9e de lundi|2022-02-07",
        "dans la nuit de lundi \u00e0 mardi|2022-02-07",
        "mardi apr\u00e8s-midi|2022-02-08",
        "dans l'apr\u00e8s-midi|2022-02-09",
        "le 7.02.2022|2022-02-07",
        "le 7/02/2022|2022-02-07",
        "le 4 f\u00e9vrier au soir|2022-02-04",
        "le lendemain de l'attaque|2022-02-09",
        "la semaine derni\u00e8re|-",
        "le mois dernier|-",
        "d\u00e9but f\u00e9vrier|-",
        "en janvier|-",
        "en 2021|-",
        "il y a un mois|2022-01-09",
        "en fin de semaine derni\u00e8re|-",
        "\u00e0 la fin de la semaine derni\u00e8re|-",
        "ce week-end|-",
        "le week-end dernier|-",
        "samedi et dimanche|2022-02-05",
    })
    void aPhraseDatingTheVerbBeforeItsObjectKeepsTheMeeting(String when, String date) {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 " + when + " \u00e0 Gen\u00e8ve son homologue russe Sergue\u00ef Lavrov.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.date().map(Object::toString).orElse("-")).isEqualTo(date);
        });
    }

    @Test
    void aPeriodOpeningTheSentenceDatesNoDay() {
        Dispatch d = parse("Titre", "En 2021, le ministre Jean Dupont avait rencontr\u00e9 son homologue russe Sergue\u00ef Lavrov.",
                "La semaine derni\u00e8re, le ministre Jean Dupont a d\u00e9clar\u00e9 que la France ne c\u00e9derait pas.");
        assertThat(date(d, CommunicationType.MEETING)).isNull();
        assertThat(date(d, CommunicationType.STATEMENT)).isNull();
    }

    @Test
    void aDayNamedWithoutItsMonthIsInTheMonthBeingTold() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 le 4 que la France ne c\u00e9derait pas.");
        Dispatch before = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 le 28 que la France ne c\u00e9derait pas.");
        Dispatch hours = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 au journal de 20 heures que la France ne c\u00e9derait pas.");
        assertThat(date(d, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(date(before, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(date(hours, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 2, 9));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "re\u00e7oit vendredi|2022-02-11",
        "rencontre lundi|2022-02-14",
        "rencontre mercredi|2022-02-09",
        "recevait lundi|2022-02-07",
        "a re\u00e7u vendredi|2022-02-04",
    })
    void aWeekdayAfterAVerbInThePresentIsTheComingOne(String verbAndDay, String date) {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont " + verbAndDay + " \u00e0 Paris son homologue russe Sergue\u00ef Lavrov.");
        assertThat(date(d, CommunicationType.MEETING)).hasToString(date);
    }
    @Test
    void aNounAfterTheAuxiliaryIsNoVerbInThePresent() {
        Dispatch past = parse("Titre", "Le ministre Jean Dupont s'est entretenu au t\u00e9l\u00e9phone vendredi avec son homologue russe Sergue\u00ef Lavrov.");
        Dispatch said = parse("Titre", "Le ministre Jean Dupont estime lundi que la France ne c\u00e9dera pas.");
        assertThat(date(past, CommunicationType.CALL)).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(date(said, CommunicationType.STATEMENT)).isEqualTo(LocalDate.of(2022, 2, 7));
    }
}
