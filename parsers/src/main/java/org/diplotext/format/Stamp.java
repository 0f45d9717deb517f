package org.diplotext.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotext.model.Published;

/**
 * Reads a line that is only a publication stamp: {@code 9.2.2022 - 17:17}, {@code 09/02/2022 17h17},
 * {@code Publié le mercredi 9 février 2022 à 17h17}.
 */
final class Stamp {
    private static final int MAX = 90;
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s*(?:[-\\u2013\\u2014,]|a)?\\s*(\\d{1,2})\\s?[:h.]\\s?(\\d{2}))?\\s*$");
    private static final Pattern WORDS = Pattern.compile(
            "^(\\d{1,2}|1er)\\s+(\\p{L}+\\.?)\\s+(\\d{4})(?:\\s*(?:[-\\u2013\\u2014,]|a)?\\s*(\\d{1,2})\\s?[:h.]\\s?(\\d{2}))?\\s*$");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::\\d{2})?)?\\s*$");

    private Stamp() {
    }

    /**
     * The publication a stamp line gives, in the local time of {@code zone} when it has a time and
     * a zone is known.
     */
    static Optional<Published> read(String line, Optional<ZoneId> zone, FormatLexicon lexicon) {
        if (line.length() > MAX || !hasDigit(line)) {
            return Optional.empty();
        }
        String f = FormatLexicon.fold(line).replace('\u00a0', ' ').strip();
        for (String prefix : lexicon.stampPrefixes) {
            if (f.startsWith(prefix)) {
                f = f.substring(prefix.length()).strip();
                break;
            }
        }
        int space = f.indexOf(' ');
        if (space > 0 && lexicon.weekdays.contains(f.substring(0, space).replace(",", ""))) {
            f = f.substring(space + 1).strip();
        }
        Matcher m = NUMERIC.matcher(f);
        if (m.matches()) {
            return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), zone);
        }
        m = WORDS.matcher(f);
        if (m.matches()) {
            Optional<Integer> month = lexicon.month(m.group(2));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            String day = lexicon.ordinalDays.contains(m.group(1)) ? "1" : m.group(1);
            return build(m.group(3), String.valueOf(month.get()), day, m.group(4), m.group(5), zone);
        }
        m = ISO.matcher(f);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), zone);
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Published> build(String year, String month, String day, String hour, String minute,
                                             Optional<ZoneId> zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (hour == null) {
                return Optional.of(Published.on(date));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
            if (zone.isEmpty()) {
                return Optional.of(Published.at(date, time));
            }
            return Optional.of(Published.at(date, time, zone.get().getRules().getOffset(LocalDateTime.of(date, time))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
