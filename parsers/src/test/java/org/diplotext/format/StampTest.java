package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StampTest {
    private static final Optional<ZoneId> ZURICH = Optional.of(ZoneId.of("Europe/Zurich"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9.2.2022 - 17:17|2022-02-09T17:17+01:00",
        "14.7.2023 - 08:05|2023-07-14T08:05+02:00",
        "09.02.2022, 17h17|2022-02-09T17:17+01:00",
        "09/02/2022 17:17|2022-02-09T17:17+01:00",
        "26.10.2023\u00a0-\u00a016:02|2023-10-26T16:02+02:00",
        "Publié le mercredi 9 février 2022 à 17h17|2022-02-09T17:17+01:00",
        "Mis à jour le 1er mars 2022|2022-03-01",
        "9.2.2022|2022-02-09",
        "2022-02-09T17:17|2022-02-09T17:17+01:00",
    })
    void readsStampsInSwissTime(String line, String iso) {
        assertThat(Stamp.read(line, ZURICH, FormatLexicon.get()).map(Object::toString)).hasValue(iso);
    }

    /** Forms of Swiss, French, Belgian and Canadian sites copying agency dispatches (session 15 probes). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Publié: 12.03.2024, 14:32;2024-03-12T14:32+01:00",
        "Publié le 12.03.2024, 14:32 | Mis à jour le 12.03.2024, 18:51;2024-03-12T14:32+01:00",
        "Publié: 12.03.2024, 14:32 Mis à jour: 12.03.2024, 18:51;2024-03-12T14:32+01:00",
        "Publié le 12 mars 2024 à 14:32. Modifié le 12 mars 2024 à 18:51.;2024-03-12T14:32+01:00",
        "Publié le 12 mars 2024 à 14:32 Modifié à 18:51;2024-03-12T14:32+01:00",
        "Publié le 12/03/2024 à 14:32, mis à jour le 12/03/2024 à 18:51;2024-03-12T14:32+01:00",
        "Publié le 12/03/2024 à 14h32 - Modifié le 12/03/2024 à 18h51;2024-03-12T14:32+01:00",
        "12.03.2024 14:32:05;2024-03-12T14:32+01:00",
        "12.03.2024 | 14:32;2024-03-12T14:32+01:00",
        "Publié le 12-03-2024 à 14h32;2024-03-12T14:32+01:00",
        "12-03-24, 14:32;2024-03-12T14:32+01:00",
        "12 mar 2024;2024-03-12",
        "Mise à jour 12.03.2024 à 14:32;2024-03-12T14:32+01:00",
        "Publié le 12 mars 2024 à 14 h 32 HAE;2024-03-12T14:32-04:00",
        "12 mars 2024 14:32 UTC;2024-03-12T14:32Z",
    })
    void readsThePublicationOfSitesCopyingTheWire(String line, String iso) {
        assertThat(Stamp.read(line, ZURICH, FormatLexicon.get()).map(Object::toString)).hasValue(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Mis à jour il y a 2 heures;true",
        "Publié aujourd'hui à 14h32;true",
        "Publié hier à 14 h 32;true",
        "Publié il y a 35 minutes;true",
        "Hier à 14h32, le ministre a parlé.;false",
        "Il y a 2 heures;false",
        "Publié il y a 2 ans;false",
    })
    void tellsStampsThatNameNoDay(String line, boolean relative) {
        assertThat(Stamp.relative(line, FormatLexicon.get())).isEqualTo(relative);
        assertThat(Stamp.read(line, ZURICH, FormatLexicon.get())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsAClosingCreditThatDatesTheDispatch() {
        Optional<Stamp.Credit> credit = Stamp.credit("(\u00a9AFP / 12 mars 2024 14h32)", FormatLexicon.get());
        assertThat(credit).isPresent();
        assertThat(credit.get().agency().name()).isEqualTo("AFP");
        assertThat(Stamp.read(credit.get().stamp(), credit.get().agency().zone(), FormatLexicon.get()).map(Object::toString))
                .hasValue("2024-03-12T14:32+01:00");
        assertThat(Stamp.credit("(Photo, AFP/Archives)", FormatLexicon.get())).isEmpty();
        assertThat(Stamp.credit("(\u00a9AFP / Archives)", FormatLexicon.get())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "99.99.2022 - 17:17",
        "9.2.2022 - 25:00",
        "La réunion du 9.2.2022 a eu lieu.",
        "Keystone-SDA",
        "100'000 troupes",
        "1-0-12",
        "Le 12.03.2024, le Conseil a parlé.",
    })
    void refusesWhatIsNotAStamp(String line) {
        assertThat(Stamp.read(line, ZURICH, FormatLexicon.get())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givesNoOffsetWithoutAZone() {
        assertThat(Stamp.read("9.2.2022 - 17:17", Optional.empty(), FormatLexicon.get()).map(Object::toString))
                .hasValue("2022-02-09T17:17");
    }
}
