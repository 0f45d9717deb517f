package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTest {
    private static final LocalDate DAY = LocalDate.of(2022, 2, 9);

    @Test
    void aDate() {
        Published p = Published.on(DAY);
        assertThat(p.date()).isEqualTo(DAY);
        assertThat(p.time()).isEmpty();
        assertThat(p.offset()).isEmpty();
        assertThat(p).hasToString("2022-02-09");
        assertThat(Published.parse("2022-02-09")).isEqualTo(p);
    }

    @Test
    void aLocalDateTime() {
        Published p = Published.at(DAY, LocalTime.of(17, 17));
        assertThat(p.time()).contains(LocalTime.of(17, 17));
        assertThat(p.offset()).isEmpty();
        assertThat(p).hasToString("2022-02-09T17:17");
        assertThat(Published.parse("2022-02-09T17:17")).isEqualTo(p);
    }

    @Test
    void anOffsetDateTime() {
        Published p = Published.at(DAY, LocalTime.of(17, 17), ZoneOffset.ofHours(1));
        assertThat(p.offset()).contains(ZoneOffset.ofHours(1));
        assertThat(p).hasToString("2022-02-09T17:17+01:00");
        assertThat(Published.parse("2022-02-09T17:17+01:00")).isEqualTo(p);
    }

    @Test
    void utcAndNegativeOffsets() {
        Published utc = Published.at(DAY, LocalTime.of(6, 5), ZoneOffset.UTC);
        assertThat(utc).hasToString("2022-02-09T06:05Z");
        assertThat(Published.parse("2022-02-09T06:05Z")).isEqualTo(utc);
        Published montreal = Published.at(DAY, LocalTime.of(6, 5), ZoneOffset.ofHours(-5));
        assertThat(montreal).hasToString("2022-02-09T06:05-05:00");
        assertThat(Published.parse("2022-02-09T06:05-05:00")).isEqualTo(montreal);
    }

    @Test
    void secondsAreKeptWhenGiven() {
        Published p = Published.at(DAY, LocalTime.of(17, 17, 42));
        assertThat(p).hasToString("2022-02-09T17:17:42");
        assertThat(Published.parse("2022-02-09T17:17:42")).isEqualTo(p);
        assertThat(Published.parse("2022-02-09T17:17:00")).as("zero seconds read as the minute")
                .isEqualTo(Published.at(DAY, LocalTime.of(17, 17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-09", "2022-02-09T17:17", "2022-02-09T17:17:42", "2022-02-09T17:17:42.500",
        "2022-02-09T17:17+01:00", "2022-02-09T00:00Z", "2022-02-09T23:59-03:30", "1999-12-31T12:00+05:45"})
    void parseAndToStringRoundTrip(String iso) {
        assertThat(Published.parse(iso).toString()).isEqualTo(iso);
        assertThat(Published.parse(Published.parse(iso).toString())).isEqualTo(Published.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9.2.2022", "2022-02-30", "2022-2-9", "2022-02-09 17:17", "2022-02-09T", "2022-02-09T25:00",
        "2022-02-09T17:17+25:00", "2022-02-09Tnoon", "mercredi"})
    void parseRejectsWhatIsNotIso8601(String bad) {
        assertThatThrownBy(() -> Published.parse(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ISO-8601 publication date: '" + bad + "'");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> Published.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("iso must not be null");
    }

    @Test
    void rejectsAnOffsetWithoutATime() {
        assertThatThrownBy(() -> new Published(DAY, Optional.empty(), Optional.of(ZoneOffset.ofHours(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset +02:00 given without a time of day");
    }

    @Test
    void rejectsNullParts() {
        assertThatThrownBy(() -> Published.on(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
        assertThatThrownBy(() -> Published.at(DAY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("time must not be null");
        assertThatThrownBy(() -> Published.at(DAY, null, ZoneOffset.UTC))
                .isInstanceOf(NullPointerException.class).hasMessage("time must not be null");
        assertThatThrownBy(() -> Published.at(DAY, LocalTime.NOON, null))
                .isInstanceOf(NullPointerException.class).hasMessage("offset must not be null");
        assertThatThrownBy(() -> new Published(DAY, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("time must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Published(DAY, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("offset must not be null; use Optional.empty()");
    }
}
