package org.diplotext.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotext.model.Published;

/**
 * Reads a line that is only a publication stamp: {@code 9.2.2022 - 17:17}, {@code 09/02/2022 17h17},
 * {@code Publié le mercredi 9 février 2022 à 17h17}, {@code 12-03-24, 14:32}, {@code Publié le 12 mars 2024 à
 * 14 h 32 HAE}; a line that gives the publication and then the update ({@code Publié le … | Mis à jour le …})
 * is read up to the update. {@link #relative} tells stamps that name no calendar day ({@code Mis à jour il y a
 * 2 heures}), and {@link #credit} a closing credit that dates the dispatch ({@code (©AFP / 12 mars 2024 14h32)}).
 */
final class Stamp {
    private static final int MAX = 90;
    /** A time after the date: {@code 14:32}, {@code 14h32}, {@code 14 h 32}, {@code 14:32:05} (seconds dropped). */
    private static final String TIME = "(?:\\s*(?:[-\\u2013\\u2014,|]|a)?\\s*(\\d{1,2})\\s?[:h.]\\s?(\\d{2})(?::\\d{2})?)?\\s*$";
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern WORDS = Pattern.compile("^(\\d{1,2}|1er)\\s+(\\p{L}+\\.?)\\s+(\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::\\d{2})?)?\\s*$");
    /** What may follow a relative stamp's day: a time ({@code à 14h32}) or nothing. */
    private static final Pattern TIME_ONLY = Pattern.compile("^(?:(?:a|,|-)\\s*)?(?:\\d{1,2}\\s?[:h.]\\s?\\d{2})?\\s*$");
    /** Characters left between a stamp and the update stamp it is cut from. */
    private static final String TRAILING = " |,;.-\u2013\u2014/(";

    private Stamp() {
    }

    /** A closing credit that gives the agency and the stamp of the dispatch. */
    record Credit(FormatLexicon.Agency agency, String stamp) {
    }

    /**
     * The publication a stamp line gives, in the local time of {@code zone} when it has a time and
     * a zone is known; a zone written after the time ({@code HAE}, {@code UTC}) wins.
     */
    static Optional<Published> read(String line, Optional<ZoneId> zone, FormatLexicon lexicon) {
        if (line.length() > MAX || !hasDigit(line)) {
            return Optional.empty();
        }
        String f = withoutPrefix(FormatLexicon.fold(line).replace('\u00a0', ' ').strip(), lexicon);
        f = beforeUpdate(f, lexicon);
        int space = f.indexOf(' ');
        if (space > 0 && lexicon.weekdays.contains(f.substring(0, space).replace(",", ""))) {
            f = f.substring(space + 1).strip();
        }
        Optional<ZoneOffset> written = Optional.empty();
        int last = f.lastIndexOf(' ');
        if (last > 0 && lexicon.stampZones.containsKey(f.substring(last + 1))) {
            written = Optional.of(lexicon.stampZones.get(f.substring(last + 1)));
            f = f.substring(0, last).strip();
        }
        Matcher m = NUMERIC.matcher(f);
        if (m.matches()) {
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4); // 12-03-24: this century's
            return build(year, m.group(3), m.group(1), m.group(5), m.group(6), zone, written);
        }
        m = WORDS.matcher(f);
        if (m.matches()) {
            Optional<Integer> month = lexicon.month(m.group(2));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            String day = lexicon.ordinalDays.contains(m.group(1)) ? "1" : m.group(1);
            return build(m.group(3), String.valueOf(month.get()), day, m.group(4), m.group(5), zone, written);
        }
        m = ISO.matcher(f);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), zone, written);
        }
        return Optional.empty();
    }

    /**
     * Whether a line is a stamp that names no calendar day: a stamp's prefix, then {@code aujourd'hui},
     * {@code hier} or {@code il y a 2 heures}, and at most a time ({@code Publié hier à 14 h 32}). Web pages
     * write them; the line is no lead, and the day is the feed's, when one is given.
     */
    static boolean relative(String line, FormatLexicon lexicon) {
        if (line.length() > MAX || !hasDigit(line)) {
            return false;
        }
        String folded = FormatLexicon.fold(line).replace('\u00a0', ' ').strip();
        String f = withoutPrefix(folded, lexicon);
        if (f.length() == folded.length()) {
            return false; // "Hier à 14h32" alone may open a sentence; with "Publié" it is a stamp
        }
        f = beforeUpdate(f, lexicon);
        for (String word : lexicon.stampRelative) {
            if (f.startsWith(word)) {
                String rest = f.substring(word.length()).strip();
                int digits = 0;
                while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
                    digits++;
                }
                if (digits > 0) { // "il y a 2 heures": a count and its unit
                    String after = rest.substring(digits).strip();
                    int end = 0;
                    while (end < after.length() && Character.isLetter(after.charAt(end))) {
                        end++;
                    }
                    if (!lexicon.stampRelativeUnits.contains(after.substring(0, end))) {
                        return false;
                    }
                    rest = after.substring(end).strip();
                }
                return TIME_ONLY.matcher(rest).matches();
            }
        }
        return false;
    }

    /**
     * The agency and stamp of a closing credit line that dates the dispatch, as sites copying AFP or ATS
     * write it: {@code (©AFP / 12 mars 2024 14h32)}, {@code © ATS / 12.03.2024 14:32}; empty for any other line.
     */
    static Optional<Credit> credit(String line, FormatLexicon lexicon) {
        String t = line.strip();
        if (t.length() > MAX || t.isEmpty() || t.charAt(0) != '(' && t.charAt(0) != '\u00a9' || !hasDigit(t)) {
            return Optional.empty();
        }
        if (t.charAt(0) == '(') {
            if (!t.endsWith(")")) {
                return Optional.empty();
            }
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.startsWith("\u00a9")) {
            t = t.substring(1).strip();
        }
        int slash = t.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(t.substring(0, slash).strip());
        String stamp = t.substring(slash + 1).strip();
        if (agency.isEmpty() || read(stamp, Optional.empty(), lexicon).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credit(agency.get(), stamp));
    }

    /** The folded line without its longest stamp prefix ({@code publié le}, {@code mis à jour :}). */
    private static String withoutPrefix(String f, FormatLexicon lexicon) {
        int longest = 0;
        for (String prefix : lexicon.stampPrefixes) {
            if (prefix.length() > longest && f.startsWith(prefix)) {
                longest = prefix.length();
            }
        }
        return f.substring(longest).strip();
    }

    /** The stamp before the update that follows it on the line ({@code 12.03.2024, 14:32 | Mis à jour le …}). */
    private static String beforeUpdate(String f, FormatLexicon lexicon) {
        int cut = f.length();
        for (String update : lexicon.stampUpdates) {
            int k = f.indexOf(update, 1);
            if (k > 0 && k < cut && !Character.isLetter(f.charAt(k - 1))) {
                cut = k;
            }
        }
        int end = cut;
        while (end > 0 && TRAILING.indexOf(f.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == f.length() ? f : f.substring(0, end);
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
                                             Optional<ZoneId> zone, Optional<ZoneOffset> written) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (hour == null) {
                return Optional.of(Published.on(date));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
            if (written.isPresent()) {
                return Optional.of(Published.at(date, time, written.get()));
            }
            if (zone.isEmpty()) {
                return Optional.of(Published.at(date, time));
            }
            return Optional.of(Published.at(date, time, zone.get().getRules().getOffset(LocalDateTime.of(date, time))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
