package org.diplotext.format;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a short line is on its own, before its place in the dispatch is known. */
enum LineKind {
    /** Page furniture: {@code Partager}, {@code Lire aussi…}, cookie banners. */
    NOISE,
    /** An agency's closing initials or name: {@code ats/pym}, {@code (ats)}, {@code (Belga)}. */
    SIGNATURE,
    /** The closing parenthesis of Reuters' credits: {@code (Reportage …, version française …)}. */
    CLOSING,
    /** An agency name alone on its line: {@code ATS}, {@code Agence France-Presse}. */
    AGENCY,
    /** A credit-only name ({@code Keystone-SDA}) or a photo credit ({@code (Photo, AFP/Archives)}). */
    CREDIT,
    /** An author or agency by-line: {@code Par AFP}, {@code Jean Tremblay, La Presse Canadienne}. */
    BYLINE,
    /** Anything else: text of the dispatch. */
    TEXT;

    private static final Pattern SIGNATURE_SLASHED = Pattern.compile("^[a-z]{2,10}(?:/[a-z0-9]{1,10}){1,3}$");
    private static final Pattern SIGNATURE_PAREN = Pattern.compile("^\\([A-Za-z]{2,10}\\)$");
    private static final Pattern DESK_INITIALS = Pattern.compile("^[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6}(?:-[a-z]{2,6})*){1,4}$");

    static LineKind of(Line line, FormatLexicon lexicon) {
        String t = line.text();
        if (t.length() > FormatLexicon.SHORT_LINE) {
            return lexicon.isNoise(line) ? NOISE : TEXT;
        }
        if (lexicon.isNoise(line)) {
            return NOISE;
        }
        if (signatureAgency(t, lexicon).isPresent()) {
            return SIGNATURE;
        }
        if (lexicon.agencyByCode(line).isPresent()) {
            return AGENCY;
        }
        if (lexicon.creditLine(line).isPresent() || lexicon.isPhotoCredit(line) || Stamp.credit(t, lexicon).isPresent()) {
            return CREDIT;
        }
        if (isClosing(line, lexicon)) {
            return CLOSING;
        }
        if (bylineAgency(line, lexicon).isPresent() || isAuthorByline(line, lexicon)) {
            return BYLINE;
        }
        return TEXT;
    }
    /** The agency of a signature line ({@code ATS} for {@code ats/pym}), if the line is one. */
    static Optional<FormatLexicon.Agency> signatureAgency(String t, FormatLexicon lexicon) {
        if (t.length() > 40) {
            return Optional.empty();
        }
        String code;
        if (SIGNATURE_SLASHED.matcher(t).matches()) {
            code = t.substring(0, t.indexOf('/'));
        } else if (SIGNATURE_PAREN.matcher(t).matches()) {
            code = t.substring(1, t.length() - 1);
        } else {
            return Optional.empty();
        }
        return lexicon.agencyBySignature(code);
    }

    /**
     * Whether a line is the desks' and editors' initials that close an AFP dispatch ({@code bur-ob/gmo/cls},
     * {@code sl-abb/dch}): lower-case groups of letters joined by slashes, no agency code. Read only on the last line.
     */
    static boolean isDeskInitials(String t) {
        return t.length() <= 40 && DESK_INITIALS.matcher(t).matches();
    }

    static boolean isClosing(String t, FormatLexicon lexicon) {
        return isClosing(t, null, lexicon);
    }

    static boolean isClosing(Line line, FormatLexicon lexicon) {
        return isClosing(line.text(), line, lexicon);
    }

    /** {@code line}, when given, is the line whose text is {@code t}: its folded form is reused. */
    private static boolean isClosing(String t, Line line, FormatLexicon lexicon) {
        if (!t.startsWith("(") || !t.endsWith(")") || t.length() > 300) {
            return false;
        }
        String f = line != null ? line.folded() : FormatLexicon.fold(t);
        return lexicon.closingMarkers.stream().anyMatch(f::contains);
    }

    /**
     * The agency of a by-line that names one: {@code Par AFP}, {@code Par Jean Dupont, AFP},
     * {@code Jean Tremblay, La Presse Canadienne}.
     */
    static Optional<FormatLexicon.Agency> bylineAgency(String t, FormatLexicon lexicon) {
        return bylineAgency(t, null, lexicon);
    }

    static Optional<FormatLexicon.Agency> bylineAgency(Line line, FormatLexicon lexicon) {
        return bylineAgency(line.text(), line, lexicon);
    }

    private static Optional<FormatLexicon.Agency> bylineAgency(String t, Line line, FormatLexicon lexicon) {
        if (t.length() > 100) {
            return Optional.empty();
        }
        String f = line != null ? line.folded() : FormatLexicon.fold(t);
        for (String prefix : lexicon.bylinePrefixes) {
            if (f.startsWith(prefix)) {
                Optional<FormatLexicon.Agency> whole = lexicon.agencyByCode(t.substring(prefix.length()));
                if (whole.isPresent()) {
                    return whole;
                }
            }
        }
        for (String sep : lexicon.bylineAgencySeparators) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                Optional<FormatLexicon.Agency> tail = lexicon.agencyByCode(t.substring(i + sep.length()));
                if (tail.isPresent() && words(t.substring(0, i)) <= 6) {
                    return tail;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line is only a person's name: two to five words, the first and the last
     * capitalised, any between capitalised or a short particle ({@code Ursula von der Leyen}),
     * letters, hyphens and apostrophes only.
     */
    static boolean isBareName(String t) {
        String[] words = t.strip().split(" ");
        if (words.length < 2 || words.length > 5 || t.length() > 60) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019')) {
                return false;
            }
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            boolean particle = !capitalised && word.length() <= 3 && w > 0 && w < words.length - 1;
            if (!capitalised && !particle) {
                return false;
            }
        }
        return true;
    }

    /** {@code Par Jean Dupont}: the by-line prefix and a short name, without sentence punctuation. */
    private static boolean isAuthorByline(Line line, FormatLexicon lexicon) {
        String t = line.text();
        if (t.length() > 80 || t.endsWith(".")) {
            return false;
        }
        String f = line.folded();
        for (String prefix : lexicon.bylinePrefixes) {
            if (f.startsWith(prefix) && t.length() > prefix.length()
                    && Character.isUpperCase(t.charAt(prefix.length())) && words(t) <= 8) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
