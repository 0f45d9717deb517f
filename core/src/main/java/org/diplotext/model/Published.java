package org.diplotext.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a dispatch was published: a date, and where the dispatch gives them, a time of day and the
 * offset from UTC of the agency's local time.
 *
 * <p>Its ISO-8601 form is {@code 2022-02-09}, {@code 2022-02-09T17:17} or
 * {@code 2022-02-09T17:17+01:00}.
 *
 * @param date   the day of publication
 * @param time   the local time of day, if given
 * @param offset the offset of that local time from UTC, if known; only with a time
 */
public record Published(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** Checks that an offset comes only with a time. */
    public Published {
        Objects.requireNonNull(date, "date must not be null");
        Checks.present(time, "time");
        Checks.present(offset, "offset");
        if (offset.isPresent() && time.isEmpty()) {
            throw new IllegalArgumentException("offset " + offset.get() + " given without a time of day");
        }
    }

    /** A publication known to the day. */
    public static Published on(LocalDate date) {
        return new Published(date, Optional.empty(), Optional.empty());
    }

    /** A publication known to the minute, in local time of unknown offset. */
    public static Published at(LocalDate date, LocalTime time) {
        Objects.requireNonNull(time, "time must not be null");
        return new Published(date, Optional.of(time), Optional.empty());
    }

    /** A publication known to the minute, with its offset from UTC. */
    public static Published at(LocalDate date, LocalTime time, ZoneOffset offset) {
        Objects.requireNonNull(time, "time must not be null");
        Objects.requireNonNull(offset, "offset must not be null");
        return new Published(date, Optional.of(time), Optional.of(offset));
    }

    /**
     * Reads the ISO-8601 form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException if {@code iso} is not a date, a local date-time or an
     *                                  offset date-time
     */
    public static Published parse(String iso) {
        Objects.requireNonNull(iso, "iso must not be null");
        try {
            if (iso.length() <= 10) {
                return on(LocalDate.parse(iso));
            }
            if (iso.charAt(10) != 'T') {
                throw new IllegalArgumentException("not an ISO-8601 publication date: '" + iso
                        + "' (date and time must be joined by 'T')");
            }
            String timePart = iso.substring(11);
            if (timePart.endsWith("Z") || timePart.contains("+") || timePart.contains("-")) {
                OffsetDateTime odt = OffsetDateTime.parse(iso);
                return at(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset());
            }
            return at(LocalDate.parse(iso.substring(0, 10)), LocalTime.parse(timePart));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 publication date: '" + iso + "'", e);
        }
    }

    /** The ISO-8601 form: date, then {@code T} and the time to the minute (or second) and the offset. */
    @Override
    public String toString() {
        if (time.isEmpty()) {
            return date.toString();
        }
        LocalTime t = time.get();
        String clock = t.getSecond() == 0 && t.getNano() == 0 ? MINUTES.format(t) : t.toString();
        return date + "T" + clock + offset.map(ZoneOffset::getId).map(id -> "Z".equals(id) ? "Z" : id).orElse("");
    }
}
