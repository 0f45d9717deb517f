package org.diplotext.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotext.model.Published;

/**
 * The dateline that opens a lead ({@code PARIS (AFP) -}, {@code LONDRES, 11 juillet (Reuters) -},
 * {@code OTTAWA —}, {@code (Ottawa)}, {@code 4 juillet 2012. -}) and what it says.
 *
 * @param length    characters of the line the dateline takes, separator included
 * @param leadStart characters of the line before the lead starts (after the separator's spaces)
 * @param place     the place as written, if named
 * @param agency    the agency named in parentheses, if any
 * @param published the date when the dateline gives day, month and year
 */
record Dateline(int length, int leadStart, Optional<String> place, Optional<FormatLexicon.Agency> agency,
                Optional<Published> published) {

    /** Datelines are short: the patterns only ever see this many characters, which bounds their cost. */
    private static final int WINDOW = 120;
    private static final String WS = "[\\s\\u00a0\\u202f\\u2007]";
    private static final String DASH = "[-\\u2013\\u2014]";
    /** A separating dash: a hyphen needs space after it, as places are hyphenated (SAINT-GALL). */
    private static final String SEPARATOR = "(?:" + WS + "*-(?:" + WS + "+|$)|" + WS + "*[\\u2013\\u2014]" + WS + "*)";
    private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}'\\u2019.\\- ]{0,48}?";
    /** {@code 03/03}: Belga's header writes day and month in figures, without the year, or with it ({@code 03/03/2024}). */
    private static final String NUMERIC_DAY_MONTH = "(?<nday>\\d{1,2})/(?<nmonth>\\d{1,2})(?:/(?<nyear>\\d{4}))?";
    private static final String DAY_MONTH = "(?<day>\\d{1,2}|1er)" + WS + "+(?<month>\\p{L}+\\.?)";

    private static final Pattern AGENCY = Pattern.compile("^(?:(?<place>" + PLACE + ")" + WS + "*"
            + "(?:\\((?<region>[^()]{1,40})\\)" + WS + "*)?,?" + WS + "*)?"
            + "(?:" + DAY_MONTH + "(?:" + WS + "+(?<year>\\d{4}))?" + WS + "*|" + NUMERIC_DAY_MONTH + WS + "*)?"
            + "\\((?<agency>[^()]{1,40})\\)" + WS + "*(?<sep>" + DASH + "|=)?" + WS + "*"); // Belga's wire: "(BELGA) ="
    private static final Pattern CAPS_PLACE = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu}\\p{M}'\\u2019.\\- ]{1,40}?)"
            + "(?:" + WS + "*\\((?<region>[^()]{1,40})\\))?" + SEPARATOR);
    private static final Pattern REGION_PLACE = Pattern.compile("^(?<place>" + PLACE + ")" + WS
            + "*\\((?<region>[^()]{1,40})\\)" + SEPARATOR);
    private static final Pattern PAREN_PLACE = Pattern.compile("^\\((?<place>\\p{Lu}[\\p{L}\\p{M}'\\u2019.\\- ]{0,40})\\)"
            + "(?:" + WS + "+|$)");
    /** A place written after a dated prefix: capitalised words joined by spaces or hyphens, then a separator. */
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'\\u2019.]*";
    private static final Pattern PLACE_AFTER_DATE = Pattern.compile("^(?<place>" + PLACE_WORD + "(?:[ -]" + PLACE_WORD + "){0,4})"
            + SEPARATOR);
    private static final Pattern DATED = Pattern.compile("^" + DAY_MONTH + WS + "+(?<year>\\d{4})"
            + "(?:" + WS + "*," + WS + "*(?<place>[^.,\\n\\d]{1,60}?))?" + WS + "*\\.?" + WS + "*" + DASH + WS + "*");

    /** The dateline opening {@code line}, if it has one. */
    static Optional<Dateline> read(String line, FormatLexicon lexicon) {
        String head = line.length() > WINDOW ? line.substring(0, WINDOW) : line;
        if (head.isEmpty()) {
            return Optional.empty();
        }
        // cheap tests first, so that ordinary paragraphs never reach the patterns
        boolean dash = hasDash(head);
        boolean agencyInParentheses = namesAgencyInParentheses(head, lexicon);
        char first = head.charAt(0);
        if (!dash && !agencyInParentheses && first != '(') {
            return Optional.empty();
        }
        Matcher m;
        if (dash && Character.isDigit(first)) {
            m = DATED.matcher(head);
            if (m.lookingAt()) {
                Optional<Published> date = date(m, lexicon);
                if (date.isPresent()) {
                    Optional<String> place = group(m, "place");
                    int end = m.end();
                    if (place.isEmpty()) {
                        // "2 juillet 2012. - Québec - Le texte": the place follows the date
                        Matcher after = PLACE_AFTER_DATE.matcher(head).region(end, head.length());
                        if (after.lookingAt()) {
                            place = group(after, "place");
                            end = after.end();
                        }
                    }
                    return Optional.of(new Dateline(separatorEnd(head, end), end, place, Optional.empty(), date));
                }
            }
        }
        if (agencyInParentheses) {
            m = AGENCY.matcher(head);
            if (m.lookingAt()) {
                Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(m.group("agency"));
                boolean hasPlaceOrSep = m.group("place") != null || m.group("sep") != null || m.group("day") != null;
                if (agency.isPresent() && hasPlaceOrSep) {
                    Optional<Published> date = m.group("year") != null ? date(m, lexicon)
                            : m.group("nyear") != null ? numericDate(m) : Optional.empty();
                    return Optional.of(new Dateline(separatorEnd(head, m.end()), m.end(), group(m, "place"), agency,
                            date));
                }
                if (agency.isPresent() && m.start("agency") == 1) {
                    // "(Belga) Le ministre…": the agency alone in parentheses opens the lead
                    return Optional.of(new Dateline(separatorEnd(head, m.end()), m.end(), Optional.empty(), agency,
                            Optional.empty()));
                }
            }
        }
        if (!dash || !Character.isUpperCase(first)) {
            return parenthesisedPlace(head, lexicon);
        }
        m = CAPS_PLACE.matcher(head);
        if (m.lookingAt() && isCapitalised(m.group("place"))) {
            return Optional.of(new Dateline(separatorEnd(head, m.end()), m.end(), group(m, "place"), Optional.empty(),
                    Optional.empty()));
        }
        m = REGION_PLACE.matcher(head);
        if (head.indexOf('(') > 0 && m.lookingAt() && lexicon.agencyByCode(m.group("region")).isEmpty()) {
            return Optional.of(new Dateline(separatorEnd(head, m.end()), m.end(), group(m, "place"), Optional.empty(),
                    Optional.empty()));
        }
        return parenthesisedPlace(head, lexicon);
    }

    /** {@code (Ottawa) Le gouvernement…}: La Presse's dateline, or an agency alone. */
    private static Optional<Dateline> parenthesisedPlace(String head, FormatLexicon lexicon) {
        if (head.charAt(0) != '(') {
            return Optional.empty();
        }
        Matcher m = PAREN_PLACE.matcher(head);
        if (m.lookingAt()) {
            String inside = m.group("place").strip();
            Optional<FormatLexicon.Agency> agency = lexicon.agencyByCode(inside);
            return Optional.of(new Dateline(separatorEnd(head, m.end()), m.end(),
                    agency.isPresent() ? Optional.empty() : Optional.of(inside), agency, Optional.empty()));
        }
        return Optional.empty();
    }

    private static boolean hasDash(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /** Whether some parenthesis of {@code head} holds exactly an agency's code: {@code (AFP)}. */
    private static boolean namesAgencyInParentheses(String head, FormatLexicon lexicon) {
        int from = 0;
        while (true) {
            int open = head.indexOf('(', from);
            if (open < 0) {
                return false;
            }
            int close = head.indexOf(')', open + 1);
            if (close < 0) {
                return false;
            }
            if (close - open <= 41 && lexicon.agencyByCode(head.substring(open + 1, close)).isPresent()) {
                return true;
            }
            from = open + 1;
        }
    }

    /** A capitals-only place of at least three letters: {@code OTTAWA}, {@code LA HAYE}, not {@code A}. */
    private static boolean isCapitalised(String place) {
        int letters = 0;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static Optional<String> group(Matcher m, String name) {
        String g = m.group(name);
        if (g == null) {
            return Optional.empty();
        }
        g = g.strip();
        while (g.endsWith(",") || g.endsWith(".")) {
            g = g.substring(0, g.length() - 1).strip();
        }
        return g.isEmpty() ? Optional.empty() : Optional.of(g);
    }

    private static Optional<Published> date(Matcher m, FormatLexicon lexicon) {
        Optional<Integer> month = lexicon.month(m.group("month"));
        if (month.isEmpty() || m.group("year") == null) {
            return Optional.empty();
        }
        String d = m.group("day");
        int day = lexicon.ordinalDays.contains(FormatLexicon.fold(d)) ? 1 : Integer.parseInt(d);
        try {
            return Optional.of(Published.on(LocalDate.of(Integer.parseInt(m.group("year")), month.get(), day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day of a dateline written in figures with its year: {@code BRUXELLES 12/03/2024 (BELGA)}. */
    private static Optional<Published> numericDate(Matcher m) {
        try {
            return Optional.of(Published.on(LocalDate.of(Integer.parseInt(m.group("nyear")), Integer.parseInt(m.group("nmonth")),
                    Integer.parseInt(m.group("nday")))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The end of the dateline proper: the match without the spaces that follow it. */
    private static int separatorEnd(String head, int matchEnd) {
        int e = matchEnd;
        while (e > 0 && org.diplotext.text.Lines.isSpace(head.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
