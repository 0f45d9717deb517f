package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a kicker fused with its headline ends: {@code En vue d'une désescalade L'UE invite
 * la Russie…} is the kicker {@code En vue d'une désescalade} and the headline {@code L'UE invite…}.
 *
 * <p>The rule: French writes headlines in sentence case, so a capitalised word in the middle of a
 * line is a proper name, which follows a determiner or a preposition ({@code la Russie}), or the
 * restart of a new sentence. The headline is taken to restart at the first word, among the first
 * {@value #MAX_KICKER_WORDS} + 1, that is capitalised and either a word that opens a sentence
 * ({@code Le}, {@code L'UE}, {@code Pour}…) or an acronym, when the word before it is a content
 * word without closing punctuation. After a capitalised word, {@code Le}/{@code La} followed by
 * a capital may be part of a name ({@code Jean-Marie Le Pen}): there the split needs a kicker of
 * several words not opening with a determiner ({@code Guerre en Ukraine Le Conseil…}) or a compound
 * with an acronym ({@code Suisse-UE Le Conseil…}). A capitalised name
 * after a verb ({@code Cassis rencontre Blinken}) is never a restart, which keeps ordinary
 * headlines whole.
 */
final class KickerSplitter {
    static final int MAX_KICKER_WORDS = 7;
    private static final int MIN_HEADLINE_WORDS = 2;

    private final FormatLexicon lexicon;

    KickerSplitter(FormatLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A word of the line: its bounds in the line. */
    private record Word(int start, int end) {
    }

    /**
     * The index in {@code line} where the headline starts when a kicker precedes it, with the
     * index where the kicker ends.
     */
    Optional<int[]> split(String line) {
        if (line.length() > 300) {
            return Optional.empty();
        }
        List<Word> words = words(line);
        int last = Math.min(MAX_KICKER_WORDS, words.size() - MIN_HEADLINE_WORDS);
        for (int k = 1; k <= last; k++) {
            String previous = line.substring(words.get(k - 1).start(), words.get(k - 1).end());
            String word = line.substring(words.get(k).start(), words.get(k).end());
            if (previous.endsWith(":")) {
                break; // "Télécommunications : Proximus et Orange Belgium annoncent…": a topic and its colon head the headline
            }
            if (endsWithPunctuation(previous) || lexicon.grammarWords.contains(FormatLexicon.fold(previous))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(previous.charAt(0)) && word.matches("[IVX]+,?")) {
                continue; // "Le roi Charles III a reçu…": a regnal number, not an acronym opening the headline
            }
            boolean opener = lexicon.headlineOpeners.contains(openerKey(word));
            if (Character.isUpperCase(previous.charAt(0)) && opener && !isElided(word)) {
                // after a name, "Le"/"La" and a capital may be part of a name (Jean-Marie Le Pen):
                // split only where the kicker cannot be a first name
                String following = k + 1 < words.size()
                        ? line.substring(words.get(k + 1).start(), words.get(k + 1).end()) : "";
                String first = line.substring(words.get(0).start(), words.get(0).end());
                boolean restarts = !following.isEmpty() && Character.isLowerCase(following.charAt(0));
                boolean kickerOfWords = k >= 2 && !lexicon.headlineOpeners.contains(openerKey(first));
                // "Justice Le Tribunal fédéral ordonne…": a one-word kicker that is no given name
                kickerOfWords |= k == 1 && !isGivenName(previous);
                // an acronym is never a first name: "ONU La Suisse réclame…" is the kicker ONU
                if (!restarts && !kickerOfWords && !hasAcronymPart(previous) && !isAcronym(previous)) {
                    continue;
                }
            }
            if (opener || isAcronym(word) || startsClause(line, words, k, previous)
                    || stateOpensClause(line, words, k, previous, word) || personOpensClause(line, words, k, previous, word)) {
                return Optional.of(new int[] {words.get(k - 1).end(), words.get(k).start()});
            }
        }
        return Optional.empty();
    }

    private static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && org.diplotext.text.Lines.isSpace(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < line.length() && !org.diplotext.text.Lines.isSpace(line.charAt(i))) {
                i++;
            }
            if (s < i) {
                words.add(new Word(s, i));
            }
        }
        return words;
    }

    /** {@code l'} for {@code L'UE}, else the folded word without trailing punctuation. */
    private static String openerKey(String word) {
        String f = FormatLexicon.fold(word);
        int apostrophe = f.indexOf('\'');
        if (apostrophe > 0 && apostrophe < f.length() - 1) {
            return f.substring(0, apostrophe + 1);
        }
        int e = f.length();
        while (e > 0 && !Character.isLetterOrDigit(f.charAt(e - 1))) {
            e--;
        }
        return f.substring(0, e);
    }

    /**
     * {@code Nations unies Berne plaide…}: a name after a lower-case word that is no verb (or
     * after a name governed by a preposition), and followed by a verb, is the subject of a new
     * clause. {@code Cassis rencontre Blinken à
     * Genève} keeps whole: {@code rencontre} is a verb.
     */
    private boolean startsClause(String line, List<Word> words, int k, String previous) {
        if (k + 1 >= words.size() || lexicon.verbForms.contains(FormatLexicon.fold(previous))) {
            return false;
        }
        if (!Character.isLowerCase(previous.charAt(0))) {
            // a name before the name: only when it is the object of a preposition
            // (Conflit au Proche-Orient Berne demande…), never a first name (Ignazio Cassis demande)
            if (k < 2) {
                return false;
            }
            String beforePrevious = line.substring(words.get(k - 2).start(), words.get(k - 2).end());
            String governor = FormatLexicon.fold(beforePrevious);
            if (!lexicon.grammarWords.contains(governor) || lexicon.coordinators.contains(governor)) {
                return false; // "Ottawa et New Delhi relancent…": two words of a coordinated name
            }
        }
        String following = line.substring(words.get(k + 1).start(), words.get(k + 1).end());
        return Character.isLowerCase(following.charAt(0)) && lexicon.verbForms.contains(FormatLexicon.fold(following));
    }

    /**
     * {@code Libre-échange Ignazio Cassis reçoit…}: a given name and a surname followed by a verb, after
     * a capitalised first word that is no given name (and no verb), open the headline as its subject.
     */
    private boolean personOpensClause(String line, List<Word> words, int k, String previous, String word) {
        if (k != 1 || k + 2 >= words.size() || !isGivenName(word) || isGivenName(previous)
                || lexicon.verbForms.contains(FormatLexicon.fold(previous))) {
            return false;
        }
        String surname = line.substring(words.get(k + 1).start(), words.get(k + 1).end());
        String verb = line.substring(words.get(k + 2).start(), words.get(k + 2).end());
        return Character.isUpperCase(surname.charAt(0)) && !isGivenName(surname)
                && Character.isLowerCase(verb.charAt(0)) && lexicon.verbForms.contains(FormatLexicon.fold(verb));
    }

    /** A given name, or a compound of them ({@code Jean-Marie}), as the kicker rule needs to tell first names. */
    private boolean isGivenName(String word) {
        String folded = FormatLexicon.fold(word);
        if (lexicon.givenNames.contains(folded)) {
            return true;
        }
        int hyphen = folded.indexOf('-');
        return hyphen > 0 && lexicon.givenNames.contains(folded.substring(0, hyphen));
    }

    /**
     * {@code Sanctions Moscou convoque…}, {@code Bons offices Berne facilite…}: a state or its
     * capital followed by a lower-case word (not a preposition or article: {@code Union Suisse des
     * paysans}) opens the headline as its subject when the word before it is no verb and either the
     * first word of the line or a lower-case word; a state name that ends a longer name of a state
     * or an organisation ({@code New Delhi}, {@code Air France}) is no restart.
     */
    private boolean stateOpensClause(String line, List<Word> words, int k, String previous, String word) {
        if (k + 1 >= words.size() || !lexicon.stateWords.contains(FormatLexicon.fold(word))) {
            return false;
        }
        String following = line.substring(words.get(k + 1).start(), words.get(k + 1).end());
        if (!Character.isLowerCase(following.charAt(0)) || lexicon.grammarWords.contains(FormatLexicon.fold(following))
                || lexicon.verbForms.contains(FormatLexicon.fold(previous))) {
            return false;
        }
        if (k > 1 && !Character.isLowerCase(previous.charAt(0))) {
            return false;
        }
        return !lexicon.compoundNames.contains(FormatLexicon.fold(previous + " " + word));
    }

    /** {@code Suisse-UE}: a compound with an acronym part, as kickers pair two actors. */
    private static boolean hasAcronymPart(String word) {
        for (String part : word.split("[-/]")) {
            if (!part.isEmpty() && isAcronym(part) && part.length() < word.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isElided(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe < word.length() - 1;
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    private static boolean endsWithPunctuation(String word) {
        char c = word.charAt(word.length() - 1);
        return !Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019' && c != ')';
    }
}
