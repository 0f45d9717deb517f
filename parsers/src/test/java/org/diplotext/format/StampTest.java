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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "99.99.2022 - 17:17",
        "9.2.2022 - 25:00",
        "La réunion du 9.2.2022 a eu lieu.",
        "Keystone-SDA",
        "100'000 troupes",
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
