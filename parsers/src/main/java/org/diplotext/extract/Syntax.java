package org.diplotext.extract;

import org.diplotext.lexicon.Entries.Act;
import org.diplotext.lexicon.GrammarClass;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.lexicon.PhraseIndex;

/**
 * Shallow syntax over a sentence's tokens and mentions: who is the subject of a verb, which
 * mention follows a preposition, what may be skipped between a verb and its arguments.
 */
final class Syntax {
    /** The words one of which every time phrase of {@link #afterTimePhrase} holds (a date in figures aside). */
    private static final Lexicon.ClassSet TIME_WORDS = Lexicon.ClassSet.of(java.util.List.of("RELATIVE_DAY", "WEEKDAY", "STORY_RELATIVE_DAY",
            "DAY_PART", "MONTH", "AGO_UNIT", "AGO_MONTH_UNIT", "PERIOD", "WEEKEND", "WHOLE_DAY"));

    private final Lexicon lexicon;
    /** The speaker or subject last seen, singular and plural, for pronouns. */
    Draft.Actor lastSingular;
    Draft.Actor lastPlural;
    /** The actor named last outside quotations in the sentences already read, for "ce dernier". */
    Draft.Actor lastMentioned;

    /** Actors named together (coordinated, or the two sides of an exchange), latest last, with their sentence. */
    private final java.util.List<NamedTogether> together = new java.util.ArrayList<>();

    private record NamedTogether(java.util.List<Draft.Actor> actors, int sentence) { }

    Syntax(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Records actors named together in sentence {@code index}, for "les deux présidents" later. */
    void namedTogether(java.util.List<Draft.Actor> actors, int index) {
        if (actors.size() >= 2 && actors.stream().distinct().count() == actors.size()) {
            together.add(new NamedTogether(java.util.List.copyOf(actors), index));
        }
    }

    /**
     * The actors a counted phrase stands for ({@code les deux présidents}, {@code les trois
     * organisations}): the last ones named together in the eight sentences before, as many as it
     * counts and of the type its noun names (COUNTED_REFERENT: PERSON, ORGANISATION for bodies and
     * groups, STATE, or ANY); empty when none fits.
     */
    java.util.List<Draft.Actor> counted(Mention m) {
        if (m.kind != Mention.Kind.COUNTED) {
            return java.util.List.of();
        }
        java.util.Optional<String> count = lexicon.value(m.sentence.tokens, m.first, Grammar.COUNT_WORD);
        int n = count.isPresent() ? Integer.parseInt(count.get()) : 0;
        for (int k = together.size() - 1; k >= 0; k--) {
            NamedTogether t = together.get(k);
            if (t.sentence() < m.sentence.index - 8) {
                break;
            }
            if (t.actors().size() == n && t.actors().stream().allMatch(a -> fits(a, m.key))) {
                return t.actors();
            }
        }
        return java.util.List.of();
    }

    private static boolean fits(Draft.Actor a, String type) {
        return switch (type) {
            case "PERSON" -> a.type == org.diplotext.model.ActorType.PERSON;
            case "STATE" -> a.type == org.diplotext.model.ActorType.STATE;
            case "ORGANISATION" -> a.type == org.diplotext.model.ActorType.ORGANISATION || a.type == org.diplotext.model.ActorType.GROUP;
            default -> true;
        };
    }

    boolean is(Sentence s, int i, GrammarClass grammarClass) {
        return lexicon.is(s.tokens, i, grammarClass);
    }

    /** Whether some word of the sentence belongs to a grammar class. */
    boolean occurs(Sentence s, GrammarClass grammarClass) {
        return lexicon.occursIn(s.tokens, grammarClass);
    }

    /**
     * Whether token i opens the naming of a source: a SOURCE_INTRODUCER word ({@code selon},
     * {@code pour}), the {@code après} of {@code d'après}, which the tokens cut in three, or the
     * {@code de} closing a phrase around a SOURCE_NOUN ({@code aux yeux de}, {@code de l'avis de}).
     */
    boolean introducesSource(Sentence s, int i) {
        return introducesSource(lexicon, s, i);
    }

    /**
     * Whether token k counts a group, three or more ("les quatre syndicats"): a pair ("les deux parties") stands for the
     * two sides named before instead. Static for the mention finder, which keeps no {@code Syntax}.
     */
    static boolean countsGroup(Lexicon lexicon, Sentence s, int k) {
        return lexicon.is(s.tokens, k, Grammar.COUNT_WORD) && !lexicon.is(s.tokens, k, Grammar.PAIR);
    }

    /** As {@link #introducesSource(Sentence, int)}, for a stage that keeps no {@code Syntax}: the mention finder. */
    static boolean introducesSource(Lexicon lexicon, Sentence s, int i) {
        return lexicon.is(s.tokens, i, Grammar.SOURCE_INTRODUCER)
                || lexicon.is(s.tokens, i, Grammar.AFTER) && s.word(i - 1).equals("'") && lexicon.is(s.tokens, i - 2, Grammar.OF_ELIDED)
                || i >= 2 && lexicon.is(s.tokens, i - 1, Grammar.SOURCE_NOUN) && lexicon.is(s.tokens, i, Grammar.DE_FORM)
                        && sourcePhrase(lexicon, s, i - 1);
    }

    /**
     * Whether the SOURCE_NOUN at i opens with the word its class's value names, an elided article
     * aside: {@code aux yeux}, {@code de l'avis}, {@code aux dires} (not {@code un avis}, {@code ses yeux}).
     */
    private static boolean sourcePhrase(Lexicon lexicon, Sentence s, int i) {
        int k = s.word(i - 1).equals("'") && lexicon.is(s.tokens, i - 2, Grammar.ARTICLE) ? i - 3 : i - 1;
        return k >= 0 && lexicon.value(s.tokens, i, Grammar.SOURCE_NOUN).filter(s.word(k)::equals).isPresent();
    }

    /**
     * Whether a word as written ends like a past participle of the first group ({@code rejeté},
     * {@code lancée}): the accent tells it from a noun or adjective in {@code -e}, so the raw text is read.
     */
    static boolean writtenParticiple(String raw) {
        return raw.endsWith("\u00e9") || raw.endsWith("\u00e9e") || raw.endsWith("\u00e9s") || raw.endsWith("\u00e9es");
    }

    /**
     * Whether a colon outside quotations stands before token {@code p}: "X a justifié son vote : la résolution, a-t-il dit,
     * « … »" tells X's words after it, so the pronoun of an incise there is X, the sentence's subject.
     */
    private static boolean colonBefore(Sentence s, int p) {
        for (int k = p - 1; k > 0; k--) {
            if (s.word(k).equals(":") && !s.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i may stand between a subject and its verb, or a verb and its object. */
    boolean skippable(Sentence s, int i) {
        String w = s.word(i);
        return is(s, i, Grammar.AUXILIARY) || is(s, i, Grammar.ADVERB) || is(s, i, Grammar.CLITIC) || is(s, i, Grammar.WEEKDAY)
                || is(s, i, Grammar.RELATIVE_DAY) || w.equals("'") || is(s, i, Grammar.NOT) || is(s, i, Grammar.NEGATION_CLITIC)
                || is(s, i, Grammar.TODAY_PART) || w.equals("-");
    }

    /**
     * The index before any adverbial phrases ending at i ("juge au contraire que", "estime pour sa
     * part que"), or i: skipAdverbs read backwards.
     */
    int adverbsBefore(Sentence s, int i) {
        return adverbsBefore(lexicon, s, i);
    }

    /** {@link #adverbsBefore(Sentence, int)} for stages that keep no {@code Syntax} of their own. */
    static int adverbsBefore(Lexicon lexicon, Sentence s, int i) {
        int k = i;
        for (int guard = 0; guard < 8 && k > 0; guard++) {
            int start = -1;
            for (int from = Math.max(0, k - 4); from <= k && start < 0; from++) {
                PhraseIndex.Match<String> phrase = lexicon.adverbs().longest(s.tokens, from);
                if (phrase != null && phrase.last() == k) {
                    start = from;
                }
            }
            if (start < 0 && !lexicon.is(s.tokens, k, Grammar.ADVERB)) {
                break;
            }
            k = (start < 0 ? k : start) - 1;
        }
        return k;
    }

    /** The index after any adverbial phrase at i, or i. */
    int skipAdverbs(Sentence s, int i) {
        int j = i;
        for (int guard = 0; guard < 8 && j < s.size(); guard++) {
            PhraseIndex.Match<String> phrase = lexicon.adverbs().longest(s.tokens, j);
            if (phrase != null) {
                j = phrase.last() + 1;
            } else if (is(s, j, Grammar.ADVERB) || is(s, j, Grammar.WEEKDAY) || is(s, j, Grammar.RELATIVE_DAY) || is(s, j, Grammar.TODAY_PART)
                    || (s.word(j).equals("'") && is(s, j - 1, Grammar.TODAY_START))) {
                j++;
            } else if (is(s, j, Grammar.DEFINITE_FEMININE) && is(s, j + 1, Grammar.RELATIVE_DAY)) {
                j += 2;
            } else {
                int afterDayPart = partOfDayAt(s, j);
                if (afterDayPart == j) {
                    afterDayPart = afterTimePhrase(s, j);
                }
                if (afterDayPart == j) {
                    break;
                }
                j = afterDayPart;
            }
        }
        return j;
    }

    /**
     * The index after a phrase of several words that dates a verb at j, or j: {@code avant-hier}, {@code ce
     * mardi}, {@code le lendemain}, {@code le 8 mars (2024)}, {@code le 11.03.2024}, {@code au soir} after a day,
     * {@code il y a deux jours}, {@code dans la nuit de lundi à mardi}, {@code dans la soirée de lundi}, {@code
     * dans l'après-midi}, {@code samedi et dimanche}, and periods ({@code la semaine dernière}, {@code à la fin de la
     * semaine dernière}, {@code ce week-end}). Wire copy puts them between the verb and its object ({@code a rencontré avant-hier à
     * Genève son homologue}); read word by word from j, never scanning the sentence.
     */
    int afterTimePhrase(Sentence s, int j) {
        if (j >= s.size()) {
            return j;
        }
        if (!lexicon.occursAnyIn(s.tokens, TIME_WORDS)) {
            // every phrase below names a day, a part of one or a period, but a date in figures ("le 11.03.2024")
            int day = is(s, j, Grammar.DEFINITE_MASCULINE) ? j + 1 : j;
            int afterDay = afterWrittenDay(s, day);
            return afterDay > day ? afterDay : j;
        }
        if ((is(s, j, Grammar.BEFORE) || is(s, j, Grammar.AFTER)) && s.word(j + 1).equals("-") && is(s, j + 2, Grammar.RELATIVE_DAY)) {
            return j + 3; // "avant-hier", "après-demain"
        }
        if (is(s, j, Grammar.DEMONSTRATIVE) && is(s, j + 1, Grammar.WEEKDAY)) {
            return j + 2; // "ce mardi"
        }
        if (is(s, j, Grammar.ARTICLE) && is(s, j + 1, Grammar.STORY_RELATIVE_DAY)) {
            return j + 2; // "le lendemain", "la veille"
        }
        if (j > 0 && (is(s, j - 1, Grammar.WEEKDAY) || is(s, j - 1, Grammar.RELATIVE_DAY)) && afterPartOfDay(s, j) > j) {
            return afterPartOfDay(s, j); // "mardi après-midi", the day already skipped
        }
        int day = is(s, j, Grammar.DEFINITE_MASCULINE) ? j + 1 : j;
        int afterDay = afterWrittenDay(s, day);
        if (afterDay > day) {
            // "le 8 mars au soir", "le 11 mars 2024"
            return is(s, afterDay, Grammar.TO_SINGULAR) && is(s, afterDay + 1, Grammar.DAY_PART) ? afterDay + 2 : afterDay;
        }
        if (is(s, j, Grammar.AGO_START) && is(s, j + 1, Grammar.AGO_THERE) && is(s, j + 2, Grammar.PRESENT_AUXILIARY)
                && (numericAt(s, j + 3) || is(s, j + 3, Grammar.COUNT_WORD) || is(s, j + 3, Grammar.INDEFINITE_ARTICLE))
                && (is(s, j + 4, Grammar.AGO_UNIT) || is(s, j + 4, Grammar.AGO_MONTH_UNIT))) {
            return j + 5; // "il y a deux jours", "il y a une semaine", "il y a un mois"
        }
        if (is(s, j, Grammar.ARTICLE) && is(s, j + 1, Grammar.PERIOD) && (is(s, j + 2, Grammar.LAST) || is(s, j + 2, Grammar.NEXT))) {
            return j + 3; // "la semaine dernière", "le mois prochain"
        }
        int weekEnd = weekEndAt(s, j);
        if (weekEnd > j) {
            return is(s, weekEnd, Grammar.LAST) || is(s, weekEnd, Grammar.NEXT) ? weekEnd + 1 : weekEnd; // "le week-end dernier"
        }
        if (is(s, j, Grammar.AND) && is(s, j - 1, Grammar.WEEKDAY) && is(s, j + 1, Grammar.WEEKDAY)) {
            return j + 2; // "samedi et dimanche"
        }
        int edge = is(s, j, Grammar.IN) ? j + 1 : is(s, j, Grammar.TO_BARE) && is(s, j + 1, Grammar.DEFINITE_FEMININE) ? j + 2 : j;
        if (is(s, edge, Grammar.DAY_EDGE) && is(s, edge + 1, Grammar.OF_UNELIDED)) {
            int noun = is(s, edge + 2, Grammar.ARTICLE) ? edge + 3 : edge + 2;
            if (is(s, noun, Grammar.PERIOD) || is(s, noun, Grammar.MONTH)) {
                // "en fin de semaine (dernière)", "à la fin de la semaine dernière", "en début de mois"
                return is(s, noun + 1, Grammar.LAST) || is(s, noun + 1, Grammar.NEXT) ? noun + 2 : noun + 1;
            }
        }
        if (is(s, j, Grammar.WITHIN) && (is(s, j + 1, Grammar.DEFINITE_FEMININE) || is(s, j + 1, Grammar.DEFINITE_ELIDED))) {
            int k = s.word(j + 2).equals("'") ? j + 3 : j + 2;
            int part = is(s, k, Grammar.DAY_PART) || is(s, k, Grammar.WHOLE_DAY) ? k + 1 : afterPartOfDay(s, k);
            if (part == k) {
                return j;
            }
            if ((is(s, part, Grammar.OF_UNELIDED) || is(s, part, Grammar.OF_THE_SINGULAR)) && is(s, part + 1, Grammar.WEEKDAY)) {
                part += 2; // "dans la soirée de lundi"
                if (is(s, part, Grammar.TO_BARE) && is(s, part + 1, Grammar.WEEKDAY)) {
                    part += 2; // "dans la nuit de lundi à mardi"
                }
            }
            return part;
        }
        return j;
    }

    /** The index after {@code ce week-end}, {@code le weekend} at j (a determiner and the week-end), or j. */
    int weekEndAt(Sentence s, int j) {
        if (!is(s, j, Grammar.DEMONSTRATIVE) && !is(s, j, Grammar.ARTICLE) || !is(s, j + 1, Grammar.WEEKEND)) {
            return j;
        }
        if (s.word(j + 2).equals("-")) {
            return is(s, j + 3, Grammar.WEEKEND) ? j + 4 : j;
        }
        return j + 2;
    }

    /** The index after a part of the day at k written with a hyphen ({@code après-midi}) or alone ({@code soir}), or k. */
    private int afterPartOfDay(Sentence s, int k) {
        if (is(s, k, Grammar.DAY_PART)) {
            return k + 1;
        }
        return is(s, k, Grammar.AFTER) && s.word(k + 1).equals("-") && is(s, k + 2, Grammar.DAY_PART) ? k + 3 : k;
    }

    /** The index after a day written from k: {@code 8 mars}, {@code 1er mars 2024}, {@code 11.03.2024}, {@code 11/03/2024}; or k. */
    private int afterWrittenDay(Sentence s, int k) {
        if (k >= s.size() || !numericAt(s, k)) {
            return k;
        }
        int month = is(s, k + 1, Grammar.ORDINAL_FIRST) ? k + 2 : k + 1;
        if (is(s, month, Grammar.MONTH)) {
            return month + 1 < s.size() && numericAt(s, month + 1) && s.word(month + 1).length() == 4 ? month + 2 : month + 1;
        }
        String separator = s.word(k + 1);
        boolean figures = (separator.equals(".") || separator.equals("/")) && numericAt(s, k + 2) && s.word(k + 3).equals(separator)
                && numericAt(s, k + 4) && s.word(k + 4).length() == 4;
        return figures ? k + 5 : k;
    }

    private static boolean numericAt(Sentence s, int i) {
        return i >= 0 && i < s.size() && s.token(i).numeric();
    }

    /**
     * The index after a part of a day at j, or j: {@code ce matin}, {@code cet après-midi} (the
     * demonstrative and the part), or the part alone after a day already skipped ({@code mardi soir},
     * {@code hier soir}).
     */
    private int partOfDayAt(Sentence s, int j) {
        if (is(s, j, Grammar.DAY_PART) && j > 0 && (is(s, j - 1, Grammar.WEEKDAY) || is(s, j - 1, Grammar.RELATIVE_DAY))) {
            return j + 1;
        }
        if (!is(s, j, Grammar.DEMONSTRATIVE)) {
            return j;
        }
        if (is(s, j + 1, Grammar.DAY_PART)) {
            return j + 2;
        }
        return is(s, j + 1, Grammar.AFTER) && s.word(j + 2).equals("-") && is(s, j + 3, Grammar.DAY_PART) ? j + 4 : j;
    }

    /** The first token of a multi-word adverbial phrase ending at j ("pour sa part", "de son côté"), or -1. */
    int adverbPhraseStart(Sentence s, int j) {
        for (int k = Math.max(0, j - 4); k < j; k++) {
            PhraseIndex.Match<String> phrase = lexicon.adverbs().longest(s.tokens, k);
            if (phrase != null && phrase.last() == j) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a mention follows a preposition (its article aside). */
    boolean prepositional(Mention m) {
        return prepositionalBefore(m.sentence, m.first);
    }

    /**
     * Whether the name at m follows a medium's noun and at most two lower-case words, after a preposition ({@code à la
     * radio Continental}, {@code sur la télévision publique ORTM}): the medium where someone speaks, not the speaker. A name
     * that is no person's may follow another of the medium's words in capitals ({@code à la radio Bel RTL}).
     */
    private boolean mediumAfterPreposition(Sentence s, Mention m) {
        int k = m.first - 1;
        boolean named = m.kind != Mention.Kind.PERSON && s.token(m.first).capitalised();
        for (int n = 0; n < 2 && k > 0 && s.token(k).isWord() && (named || !s.token(k).capitalised()) && !is(s, k, Grammar.MEDIA); n++) {
            k--;
        }
        return k > 0 && is(s, k, Grammar.MEDIA) && prepositionalBefore(s, k);
    }

    /** Whether the phrase starting at token {@code first} follows a preposition (its article aside). */
    private boolean prepositionalBefore(Sentence s, int first) {
        int j = first - 1;
        if (j >= 0 && is(s, j, Grammar.NON_PREPOSITIONAL_ARTICLE)) {
            j--;
        } else if (j >= 1 && s.word(j).equals("'") && is(s, j - 1, Grammar.DEFINITE_ELIDED)) {
            j -= 2;
        }
        while (j >= 0 && (is(s, j, Grammar.QUANTIFIER) && !is(s, j, Grammar.PREPOSITION) || s.word(j).equals("'")) && !is(s, j, Grammar.PARTITIVE_ARTICLE)) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        if (is(s, j, Grammar.PARTITIVE_ARTICLE)) {
            return j > 0 && s.token(j - 1).isWord();
        }
        if (is(s, j, Grammar.OF_BARE) && j > 0 && is(s, j - 1, Grammar.COLLECTIVE_NUMBER)) {
            return prepositionalBefore(s, j - 1); // "des milliers de manifestants ont réclamé": the quantity's place counts
        }
        return is(s, j, Grammar.OF_SINGULAR) || is(s, j, Grammar.PREPOSITION);
    }

    /** The actor a subject pronoun stands for. */
    Draft.Actor pronoun(String w) {
        if (lexicon.is(w, Grammar.PRONOUN_FEMININE)) {
            Draft.Actor antecedent = singularAntecedent();
            // "X a rencontré la chancelière. Elle lui a demandé …": "elle" is the woman named since the man spoke
            boolean man = antecedent != null && antecedent.type == org.diplotext.model.ActorType.PERSON && antecedent.gender != 'F';
            return man ? namedSince(antecedent, lastWoman, lastWomanSentence) : antecedent;
        }
        if (lexicon.is(w, Grammar.PRONOUN_MASCULINE)) {
            Draft.Actor antecedent = singularAntecedent();
            // "Mme X a reçu l'ambassadeur Y. Il lui a remis …": "il" is the man named since the woman spoke
            boolean woman = antecedent != null && antecedent.gender == 'F';
            return woman ? namedSince(antecedent, lastMan, lastManSentence) : antecedent;
        }
        return lexicon.is(w, Grammar.PRONOUN_PLURAL) ? lastPlural : lexicon.is(w, Grammar.PRONOUN_SINGULAR) ? singularAntecedent() : null;
    }

    /** The actor a singular subject pronoun ("il", "elle") stands for. */
    private Draft.Actor singularAntecedent() {
        if (lastPerson != null && lastPersonSentence > lastSingularSentence) {
            return lastPerson;
        }
        if (lastPerson != null && lastSingularSentence == possessedSentence && lastSingular != null
                && lastSingular.type != org.diplotext.model.ActorType.PERSON && lastPersonSentence >= lastSingularSentence - 1) {
            return lastPerson; // "X … Son parti lui reprochait … Il déclara": the owner is still the topic
        }
        return lastSingular;
    }

    /** The actor a stressed pronoun at i stands for: "selon lui", "pour eux". */
    Subject stressed(Sentence s, int i) {
        if (is(s, i, Grammar.STRESSED_SINGULAR) || is(s, i, Grammar.PRONOUN_SINGULAR)) {
            return new Subject(singularAntecedent(), false, true);
        }
        if (is(s, i, Grammar.STRESSED_PLURAL) || is(s, i, Grammar.PRONOUN_PLURAL)) {
            return new Subject(lastPlural, true, true);
        }
        return Subject.NONE;
    }

    /** Whether a verb asks someone to do something with "à" ({@code appeler à}, {@code inviter}: DEMAND_WITH_A). */
    boolean asksWithA(Sentence.Cue c) {
        return c.verb.takesA() || lexicon.is(c.lemmaHead, Grammar.DEMAND_WITH_A);
    }

    /** Whether a verb whose lemma is not pronominal is used reflexively: "s'est engagé à", "se veut". */
    boolean reflexive(Sentence s, Sentence.Cue c) {
        if (pronominal(c.lemma)) {
            return false;
        }
        for (int k = c.first - 1; k >= Math.max(0, c.first - 4); k--) {
            if (is(s, k, Grammar.REFLEXIVE_UNELIDED) || is(s, k, Grammar.REFLEXIVE_ELIDED) && s.word(k + 1).equals("'")) {
                return true;
            }
            if (!skippable(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a folded lemma opens with a reflexive clitic: "se rendre", "s'entretenir". */
    private boolean pronominal(String lemma) {
        int space = lemma.indexOf(' ');
        int apostrophe = lemma.indexOf('\'');
        return space > 0 && lexicon.is(lemma.substring(0, space), Grammar.REFLEXIVE_UNELIDED)
                || apostrophe > 0 && lexicon.is(lemma.substring(0, apostrophe), Grammar.REFLEXIVE_ELIDED);
    }

    /**
     * The actor a demonstrative ending at j stands for ("ce dernier", "celui-ci"): the one named
     * last before it, in its sentence or the one before; null when j ends no demonstrative.
     */
    Draft.Actor demonstrative(Sentence s, int j) {
        int start;
        if (is(s, j, Grammar.PROXIMAL) && s.word(j - 1).equals("-") && is(s, j - 2, Grammar.DEMONSTRATIVE)) {
            start = j - 2;
        } else if (is(s, j, Grammar.LAST) && is(s, j - 1, Grammar.DEMONSTRATIVE)) {
            start = j - 1;
        } else {
            return null;
        }
        for (int k = start - 1; k >= 0; k--) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !m.inQuote()) {
                return m.actor;
            }
        }
        return lastMentioned;
    }

    /**
     * The actor a demonstrative opening at j after a verb stands for ({@code a réagi ce dernier},
     * {@code a répondu celui-ci}), or null when none opens there. Only people speak so: when the one
     * named last is a body (a paper named in apposition after the person, {@code X, du quotidien Y}),
     * the person named last, in this sentence or the one before, is meant.
     */
    private Draft.Actor invertedDemonstrative(Sentence s, int j) {
        if (j + 1 >= s.size() || !is(s, j, Grammar.DEMONSTRATIVE)) {
            return null;
        }
        int end = is(s, j + 1, Grammar.LAST) ? j + 1
                : j + 2 < s.size() && s.word(j + 1).equals("-") && is(s, j + 2, Grammar.PROXIMAL) ? j + 2 : -1;
        Draft.Actor named = end < 0 ? null : demonstrative(s, end);
        if (named != null && named.type != org.diplotext.model.ActorType.PERSON && lastPerson != null
                && lastPersonSentence >= currentSentence - 1) {
            return lastPerson;
        }
        return named;
    }

    private static boolean quotedBefore(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            if (s.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** What "il" and "ils" stood for before the sentence at hand began. */
    private Draft.Actor priorSingular;
    private Draft.Actor priorPlural;

    /** What "il" (or "ils") stood for before the sentence at hand began. */
    Draft.Actor prior(boolean plural) {
        return plural ? priorPlural : priorSingular;
    }

    /** Notes what the pronouns stand for as a sentence begins, before its own subject is seen. */
    void startSentence(int index) {
        currentSentence = index;
        priorSingular = singularAntecedent();
        priorPlural = lastPlural;
    }

    /** Records an actor seen as a subject or speaker, for later pronouns. */
    void saw(Draft.Actor a, boolean plural) {
        if (a == null) {
            return;
        }
        if (plural || a.plural) {
            lastPlural = a;
        } else {
            lastSingular = a;
            lastSingularSentence = currentSentence;
        }
    }

    /** Whether the mention is plural as written. */
    boolean plural(Mention m) {
        Sentence s = m.sentence;
        return m.plural || m.first > 0 && is(s, m.first - 1, Grammar.DEFINITE_PLURAL) || is(s, m.first, Grammar.DEFINITE_PLURAL);
    }

    /** The last person mentioned, and in which sentence; "il" prefers a person named since the last subject. */
    Draft.Actor lastPerson;
    /**
     * The person of the pronoun's gender named in {@code sentence}, when that is no earlier than the antecedent's sentence
     * nor than the sentence before this one; else the antecedent, of the other gender.
     */
    private Draft.Actor namedSince(Draft.Actor antecedent, Draft.Actor named, int sentence) {
        return named != null && named != antecedent && sentence >= Math.max(lastSingularSentence, currentSentence - 1) ? named : antecedent;
    }

    /** The last person mentioned whom a feminine title named ("la chancelière"), and in which sentence. */
    Draft.Actor lastWoman;
    int lastWomanSentence = -1;
    /** The last person mentioned whom a masculine title or civility named ("l'ambassadeur", "M. X"), and in which sentence. */
    Draft.Actor lastMan;
    int lastManSentence = -1;
    /** The sentence whose subject is a body owned by someone ("Son parti", "sa formation"), or -10. */
    int possessedSentence = -10;
    int currentSentence;
    int lastPersonSentence = -1;
    int lastSingularSentence = -1;

    /**
     * The subject of an infinitive after "avant de" or "afin de" (its reflexive pronoun aside) closing a clause: the
     * main verb's subject ({@code previous}), never the object named just before; null for any other verb or when the
     * main verb's subject is unknown.
     */
    private Subject infinitiveClauseSubject(Sentence s, int first, Draft.Actor previous) {
        int k = first - 1;
        if (k > 0 && s.word(k).equals("'") && is(s, k - 1, Grammar.REFLEXIVE)) {
            k -= 2; // "s'entretenir"
        } else if (k > 0 && is(s, k, Grammar.REFLEXIVE)) {
            k--; // "se rendre"
        }
        if (k < 1 || !is(s, k, Grammar.INFINITIVE_PREPOSITION) || !(is(s, k - 1, Grammar.BEFORE) || is(s, k - 1, Grammar.PURPOSE))
                || s.inQuote(k) || previous == null) {
            return null;
        }
        return new Subject(previous, previous.plural, false);
    }

    /**
     * The subject of the verb at tokens [first, last]: before it, in apposition, coordinated with
     * the previous verb, inverted after it ({@code , a déclaré X}, {@code a-t-il}), or a pronoun.
     *
     * @param previous the subject of the previous verb of the sentence, for {@code et a exigé}
     */
    Subject subject(Sentence s, int first, int last, Draft.Actor previous) {
        int a = last + 1;
        if (s.word(a).equals("-")) {
            int p = is(s, a + 1, Grammar.EUPHONIC) && s.word(a + 2).equals("-") ? a + 3 : a + 1;
            boolean plural = is(s, p, Grammar.PRONOUN_PLURAL);
            if (plural || is(s, p, Grammar.PRONOUN_SINGULAR)) {
                return new Subject(pronoun(s.word(p)), plural, true);
            }
            if (is(s, p, Grammar.PRONOUN_IMPERSONAL)) {
                return Subject.NONE;
            }
        }
        Subject main = infinitiveClauseSubject(s, first, previous);
        if (main != null) {
            return main; // "X a rencontré Y, avant de s'entretenir avec Z": X does both, not Y
        }
        int p = first - 1;
        while (p > 0 && is(s, p, Grammar.ADVERB)) {
            p--;
        }
        if (p > 0 && s.word(p - 1).equals("-")) {
            boolean plural = is(s, p, Grammar.PRONOUN_PLURAL);
            if (plural || is(s, p, Grammar.PRONOUN_SINGULAR)) {
                Draft.Actor actor = pronoun(s.word(p));
                if (actor != null && actor == sentenceSubject(s).actor() && !quotedBefore(s, p) && !colonBefore(s, p)) {
                    // "La Russie retirera ses troupes, a-t-il ajouté": the words' own subject is not who speaks them
                    actor = plural ? priorPlural : priorSingular;
                }
                return new Subject(actor, plural, true); // "a-t-il ajouté": the subject inverted before the participle
            }
            if (is(s, p, Grammar.PRONOUN_IMPERSONAL)) {
                return Subject.NONE;
            }
        }
        int j = first - 1;
        while (j >= 0 && s.mentionAt(j) == null && (skippable(s, j) || adverbPhraseStart(s, j) >= 0)) {
            int phrase = adverbPhraseStart(s, j);
            j = phrase >= 0 ? phrase - 1 : j - 1; // "X a pour sa part déclaré"
        }
        if (j < 0) {
            return inverted(s, last);
        }
        if (is(s, j, Grammar.GERUND) && lexicon.endsWithAny(s.word(first), "PRESENT_PARTICIPLE_ENDING")) {
            for (int k = j - 1; k >= 0; k--) { // a gerund shares the clause's subject: "X est intervenu en demandant"
                Mention m = s.mentionAt(k);
                if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !m.inQuote() && !prepositional(m)
                        && !s.word(m.first - 1).equals("(")) {
                    return new Subject(m.actor, plural(m), false);
                }
                if (m != null) {
                    k = m.first;
                }
            }
            return sentenceSubject(s);
        }
        Draft.Actor named = demonstrative(s, j);
        if (named != null) {
            return new Subject(named, false, true);
        }
        Mention m = s.mentionAt(j);
        if (m != null) {
            if (m.kind == Mention.Kind.PRONOUN) {
                Subject opening = m.first > 1 && s.word(m.first - 1).equals(":") && !s.inQuote(m.first) ? sentenceSubject(s) : Subject.NONE;
                if (opening.actor() != null && !opening.pronoun() && opening.plural() == m.plural) {
                    // "Voka va plus loin : elle exige …": after the colon, the clause goes on with the sentence's own subject
                    return new Subject(opening.actor(), m.plural, true);
                }
                if (afterFrontedSource(s, m.first, pronoun(s.word(m.first)))) {
                    // "Selon son porte-parole, X, il a écrit …": the pronoun stands for the one the source speaks of
                    return new Subject(prior(m.plural), m.plural, true);
                }
                if (afterFrontedAct(s, m.first)) {
                    // "Après avoir reçu Y, il a déclaré": the pronoun cannot stand for the fronted clause's own Y
                    return new Subject(prior(m.plural), m.plural, true);
                }
                return new Subject(pronoun(s.word(m.first)), m.plural, true);
            }
            java.util.List<Draft.Actor> group = counted(m);
            if (!group.isEmpty() && !prepositional(m)) {
                return new Subject(group.get(0), true, false); // "Les deux ministres ont évoqué": the one named first speaks for both
            }
            Mention member = memberBeforeParty(s, m);
            if (member != null) {
                return new Subject(member.actor, plural(member), false); // "L'élu Les Républicains a annoncé": the elected man
            }
            if (!prepositional(m) && m.actor != null) {
                Mention conjunct = firstConjunct(s, m);
                if (conjunct != m && pluralVerb(s, m.last + 1, last)) {
                    return new Subject(conjunct.actor, true, false); // "X et Y ont déclaré": the one named first speaks for both
                }
                return new Subject(m.actor, plural(m), false);
            }
            Mention head = head(s, m);
            if (head != null) {
                return new Subject(head.actor, plural(head), false);
            }
            if (m.actor != null && represented(s, m)) {
                return new Subject(m.actor, true, false); // "des représentants du CICR ont demandé": the body they speak for
            }
            return nearestBefore(s, m.first - 1);
        }
        String w = s.word(j);
        if (is(s, j, Grammar.PRONOUN_IMPERSONAL)) {
            return Subject.NONE;
        }
        if (w.equals(",")) {
            int auxiliary = auxiliaryBeforeIncise(s, j);
            if (auxiliary > 0) {
                return subject(s, auxiliary, auxiliary, previous); // "L'UNICEF a, de son côté, écrit aux écoles": the auxiliary's subject
            }
            if (afterMainClause(s, j)) {
                return inverted(s, last); // "X a reçu Y, a annoncé le cabinet": the incise speaks of its own subject, never of Y
            }
            Mention before = s.mentionAt(j - 1);
            Mention relativeHead = before == null ? null : antecedentOfInverted(s, before);
            if (relativeHead != null) {
                return new Subject(relativeHead.actor, plural(relativeHead), false); // "Le PAIGC, que dirige X, a appelé": the party
            }
            // "X, qui s'est entretenu avec Y, a déclaré": Y belongs to the relative clause, the subject stands before it
            if (before != null && before.actor != null && (before.kind == Mention.Kind.PERSON || before.kind == Mention.Kind.TITLE && before.link != null)
                    && !objectOfVerb(s, before) && relativeInciseOpening(s, j) < 0) {
                return new Subject(before.actor, plural(before), false);
            }
            boolean comma = false;
            for (int k = j - 1; k >= Math.max(0, j - 45); k--) {
                if (s.word(k).equals(")") && !s.inQuote(k)) {
                    k = openingBracket(s, k); // "Les Six (États-Unis, Russie, Chine) ont accepté …, a indiqué X": the list's commas set off nothing
                    continue;
                }
                if (s.word(k).equals(",") || s.inQuote(k) && !s.inQuote(j)) {
                    Mention opener = s.word(k).equals(",") ? s.mentionAt(k + 1) : null;
                    if (opener != null && opener.first == k + 1 && opener.kind == Mention.Kind.PERSON && opener.actor != null && !s.inQuote(k + 1)
                            && !verbBetween(s, opener.last + 1, j)) {
                        return new Subject(opener.actor, plural(opener), false); // "Sans citer de noms, X le directeur de …, a affirmé"
                    }
                    int apposEnd = k - 1;
                    if (apposEnd >= 3 && s.word(apposEnd).equals(")") && s.word(apposEnd - 2).equals("(")) {
                        apposEnd -= 3; // "Médecins sans frontières (MSF), qui soutient …, réclame": past the acronym in brackets
                    }
                    Mention appos = s.mentionAt(apposEnd);
                    Mention member = s.word(k).equals(",") ? namedMembers(s, appos, k, j) : null;
                    if (member != null) {
                        return new Subject(member.actor, true, false); // "Les deux syndicats, la FGTB et la CSC, ont écrit": the bodies named
                    }
                    if (s.word(k).equals(",") && appos != null && appos.actor != null && !prepositional(appos)) {
                        return new Subject(appos.actor, plural(appos), false);
                    }
                    Mention titled = s.word(k).equals(",") && appos != null && prepositional(appos) ? head(s, appos) : null;
                    // "Le président de l'Eurogroupe, qui a reçu X, l'a exhorté …": a relative clause's own verb leaves the title the subject
                    boolean relative = is(s, k + 1, Grammar.RELATIVE_PRONOUN) && !s.inQuote(k + 1);
                    if (titled != null && titled.kind == Mention.Kind.TITLE && !titled.inQuote() && (relative || !verbBetween(s, k + 1, j))
                            && clauseOpener(s, titled.first)) {
                        // "Le commandant de la KFOR, la force de l'Otan au Kosovo, a rencontré": the apposition describes the
                        // title's body, so the title's holder is the subject
                        return new Subject(titled.actor, plural(titled), false);
                    }
                    comma = true;
                    break;
                }
            }
            Subject after = inverted(s, last);
            if (after.actor() != null || comma) {
                return after;
            }
            return sentenceSubject(s);
        }
        if (w.equals("\u00bb") || w.equals("\u201d") || w.equals("\"") || s.inQuote(j) && !s.inQuote(first)
                || is(s, j, Grammar.INVERSION_INTRODUCER) || is(s, j, Grammar.SUBORDINATOR)) {
            return inverted(s, last);
        }
        if (is(s, j, Grammar.CLAUSE_COORDINATOR)) {
            int auxiliary = coordinatedAuxiliary(s, j);
            if (auxiliary > 0) {
                Subject shared = subject(s, auxiliary + 1, auxiliary + 1, previous);
                if (shared.actor() != null) {
                    return shared; // "L'UA a suspendu le Mali et enjoint aux putschistes de …": the auxiliary's subject, not the object between
                }
            }
            if (previous != null) {
                return new Subject(previous, previous.plural, false);
            }
        }
        Mention antecedent = is(s, j, Grammar.RELATIVE_PRONOUN) ? apposedAntecedent(s, j) : null;
        if (antecedent == null) {
            antecedent = whoseAntecedent(s, j);
        }
        if (antecedent != null) {
            return new Subject(antecedent.actor, plural(antecedent), false);
        }
        return nearestBefore(s, j);
    }

    /**
     * The person named right before the subject relative {@code qui} at {@code relative} when the relative clause quotes
     * words ({@code X s'est entretenu avec la chancelière, qui lui a demandé de « … »}: the chancellor), even after a
     * preposition, and the title whose complement it is ({@code avec le président de la Commission, qui}: the president);
     * null otherwise.
     */
    private Mention whoseAntecedent(Sentence s, int relative) {
        int k = relative > 1 && s.word(relative - 1).equals(",") ? relative - 2 : relative - 1;
        Mention m = k >= 0 && is(s, relative, Grammar.WHO) ? s.mentionAt(k) : null;
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.inQuote() || m.last != k) {
            return null;
        }
        for (Mention other : s.mentions) {
            if (other.complement == m && other.actor != null) {
                m = other;
                break;
            }
        }
        return m.actor.type == org.diplotext.model.ActorType.PERSON && quotedInClause(s, relative + 1) ? m : null;
    }

    /** Whether a quotation opens in the clause from {@code from} before its next comma or semicolon (20 tokens at most). */
    private static boolean quotedInClause(Sentence s, int from) {
        for (int k = from; k < s.size() && k <= from + 20; k++) {
            if (s.inQuote(k)) {
                return true;
            }
            if (s.word(k).equals(",") || s.word(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The actor a relative pronoun at {@code relative} refers to through a noun phrase in apposition
     * ("Todd Akin, un autre candidat républicain qui a fait …": Akin), or null.
     */
    private Mention apposedAntecedent(Sentence s, int relative) {
        int k = relative - 1;
        while (k > 0 && k >= relative - 6 && s.token(k).isWord() && !s.token(k).capitalised()
                && (s.mentionAt(k) == null || s.mentionAt(k).kind == Mention.Kind.TITLE) && (s.cueAt(k) == null || !s.cueAt(k).isVerb())) {
            k--; // "un autre candidat républicain": the apposed noun phrase, a title among its words
        }
        if (k < 1 || k == relative - 1 || !s.word(k).equals(",") || !is(s, k + 1, Grammar.DETERMINER)) {
            return null;
        }
        Mention m = s.mentionAt(k - 1);
        return m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !prepositional(m) ? m : null;
    }

    /**
     * The first of coordinated subjects ending with {@code m}: "X et Y", "X, Y et Z", "X et son
     * homologue ukrainien Y". Returns m itself when no actor is coordinated before it. Commas
     * count only once an "et" has been met, so that "Le ministre, Y," stays an apposition.
     */
    Mention firstConjunct(Sentence s, Mention m) {
        Mention first = m;
        boolean joined = false;
        for (int guard = 0; guard < 4; guard++) {
            int k = first.first - 1;
            while (k >= 0 && s.mentionAt(k) != null && s.mentionAt(k).actor == first.actor) {
                k = s.mentionAt(k).first - 1; // the title before the name
            }
            while (k > 0 && (is(s, k, Grammar.ARTICLE) || s.word(k).equals("'") || is(s, k, Grammar.POSSESSIVE) || is(s, k, Grammar.COUNTERPART)
                    || lexicon.stateOfAdjective(s.word(k)).isPresent() && is(s, k - 1, Grammar.COUNTERPART))) {
                k--; // "et son homologue ukrainien Y"
            }
            boolean et = k > 0 && is(s, k, Grammar.AND);
            if (et && s.word(k - 1).equals(",")) {
                k--; // "Le ministre russe, Sergueï Lavrov, et son homologue chinois Wang Yi"
            }
            if (!(et || joined && k > 0 && s.word(k).equals(","))) {
                break;
            }
            Mention other = s.mentionAt(k - 1);
            if (other == null || other.actor == null || other.kind == Mention.Kind.PRONOUN || other.inQuote() || other.actor == first.actor) {
                break;
            }
            Mention start = other;
            while (start.first > 0 && s.mentionAt(start.first - 1) != null && s.mentionAt(start.first - 1).actor == other.actor) {
                start = s.mentionAt(start.first - 1);
            }
            if (prepositional(start) || prepositional(other)) {
                break; // "la rencontre entre X et Y a eu lieu"
            }
            first = start;
            joined = true;
        }
        if (!joined) {
            return m;
        }
        while (first.last + 1 < s.size() && s.mentionAt(first.last + 1) != null && s.mentionAt(first.last + 1).actor == first.actor) {
            first = s.mentionAt(first.last + 1); // the name after its title
        }
        return first;
    }

    /**
     * The first of two or more actors named in apposition to a collective, between the commas at {@code open} and
     * {@code close} ({@code Les deux syndicats, la FGTB et la CSC, ont écrit}): they act, not the collective that only
     * counts them; null when the apposition is not such a list or the collective is not a group.
     */
    private Mention namedMembers(Sentence s, Mention collective, int open, int close) {
        if (collective == null || collective.actor == null || collective.actor.type != org.diplotext.model.ActorType.GROUP
                || prepositional(collective) || s.inQuote(close)) {
            return null;
        }
        Mention last = s.mentionAt(close - 1);
        if (last == null || last.actor == null || last.kind == Mention.Kind.PRONOUN || last.actor == collective.actor || last.inQuote()) {
            return null;
        }
        int start = open + 1;
        while (start < last.first && (is(s, start, Grammar.ARTICLE) || s.word(start).equals("'"))) {
            start++;
        }
        Mention first = s.mentionAt(start);
        if (first == null || first.first != start || first.actor == null || first.actor == last.actor || first.kind == Mention.Kind.PRONOUN) {
            return null;
        }
        for (int k = first.last + 1; k < last.first; k++) {
            if (is(s, k, Grammar.AND)) {
                return first;
            }
        }
        return null;
    }

    /** Whether the verb after a subject ending before token {@code from} is plural: "ont", "sont", "-ent". */
    private boolean pluralVerb(Sentence s, int from, int last) {
        for (int k = from; k <= Math.min(last, s.size() - 1) && k < from + 8; k++) {
            String w = s.word(k);
            if (is(s, k, Grammar.PLURAL_AUXILIARY) || lexicon.endsWithAny(w, "THIRD_PLURAL_ENDING") && s.cueAt(k) != null
                    || lexicon.endsWithAny(w, "IMPERFECT_PLURAL_ENDING")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a person named before a comma is the object of a verb ("où il a rencontré le Premier
     * ministre X, a indiqué le ministère"), not a subject set off in apposition.
     */
    private boolean objectOfVerb(Sentence s, Mention m) {
        int k = m.first - 1;
        while (k >= 0 && s.mentionAt(k) != null && s.mentionAt(k).actor == m.actor) {
            k = s.mentionAt(k).first - 1; // the title before the name
        }
        while (k >= 0 && (is(s, k, Grammar.ARTICLE) || is(s, k, Grammar.DETERMINER) || is(s, k, Grammar.ADVERB) || s.word(k).equals("'"))) {
            k--;
        }
        Sentence.Cue c = k < 0 ? null : s.cueAt(k);
        return c != null && c.isVerb() && c.last == k && !s.inQuote(k);
    }

    /**
     * Whether the pronoun at {@code i} follows a fronted source that names its antecedent ({@code Selon son
     * porte-parole, X, il a écrit}): the source tells what another did, so the pronoun is not the source.
     */
    private boolean afterFrontedSource(Sentence s, int i, Draft.Actor antecedent) {
        if (antecedent == null || i < 3 || !s.word(i - 1).equals(",") || !is(s, 0, Grammar.ACCORDING_TO) || s.inQuote(0)) {
            return false;
        }
        boolean named = false;
        for (int k = 1; k < i - 1; k++) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(";") || w.equals(":") || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false;
            }
            Mention m = s.mentionAt(k);
            named |= m != null && m.actor == antecedent;
        }
        return named;
    }

    /**
     * Whether the token at {@code i} follows a fronted clause that tells an act ({@code Après avoir reçu
     * Y,}, {@code Lors de la rencontre qu'il a eue avec Y,}, {@code Reçu par Y,}): a comma just before it, and
     * before that comma, from the sentence's start, one clause with a cue and no actor opening it.
     */
    private boolean afterFrontedAct(Sentence s, int i) {
        if (i < 3 || !s.word(i - 1).equals(",") || s.mentionAt(0) != null) {
            return false;
        }
        boolean cue = false;
        for (int k = 0; k < i - 1; k++) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            cue |= s.cueAt(k) != null;
        }
        return cue;
    }

    /** Whether the participle at {@code first} follows "et" and shares the auxiliary of a verb before it ({@link #coordinatedAuxiliary}). */
    boolean sharesAuxiliary(Sentence s, int first) {
        int j = first - 1;
        while (j > 0 && is(s, j, Grammar.ADVERB) && !s.inQuote(j)) {
            j--;
        }
        return j > 0 && is(s, j, Grammar.CLAUSE_COORDINATOR) && coordinatedAuxiliary(s, j) > 0;
    }

    /**
     * The auxiliary of the participle coordinated with a bare participle after "et" at {@code and} ({@code X a gelé son
     * aide et sommé Y de …}), or -1: the auxiliary stands right after a named subject, the participle right after it,
     * within the same clause (no punctuation, no quotation in between).
     */
    private int coordinatedAuxiliary(Sentence s, int and) {
        for (int k = and - 1; k > 0; k--) {
            String w = s.word(k);
            if (s.inQuote(k) || !s.token(k).isWord() && !w.equals("'") && !w.equals("-")) {
                return -1;
            }
            if (!is(s, k, Grammar.AUXILIARY) || s.mentionAt(k - 1) == null || k + 1 >= and) {
                continue;
            }
            String next = s.word(k + 1);
            boolean participle = !s.token(k + 1).capitalised() && s.mentionAt(k + 1) == null && !is(s, k + 1, Grammar.ARTICLE)
                    && !is(s, k + 1, Grammar.DETERMINER) && !lexicon.endsWithAny(next, "INFINITIVE_ENDING")
                    && (lexicon.endsWithAny(next, "PAST_PARTICIPLE_ENDING") || lexicon.endsWithAny(next, "FOLDED_FIRST_GROUP_PARTICIPLE_ENDING"));
            return participle ? k : -1;
        }
        return -1;
    }

    /**
     * The comma that opens a relative clause closed by the comma at {@code close} ({@code X, qui a
     * rencontré Y, a déclaré}), or -1: the clause's own actors are never the subject of the verb after it.
     */
    private int relativeInciseOpening(Sentence s, int close) {
        for (int k = close - 1; k > 0 && k >= close - 40; k--) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(";") || w.equals(":") || w.equals(")") || w.equals("(")) {
                return -1;
            }
            if (w.equals(",")) {
                return is(s, k + 1, Grammar.RELATIVE_PRONOUN) && s.mentionAt(k - 1) != null ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the comma at {@code comma} closes a main clause with a verb of its own ("X a reçu Y,",
     * "X s'est entretenu avec Y,"), so that a verb after it opens an incise whose subject follows
     * it. A relative clause ("X, qui a reçu Y,") leaves the subject before it.
     */
    private boolean afterMainClause(Sentence s, int comma) {
        if (s.inQuote(comma)) {
            return false;
        }
        boolean verb = false;
        for (int k = comma - 1; k >= 0; k--) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(";") || w.equals(":") || is(s, k, Grammar.SUBORDINATOR) || is(s, k, Grammar.RELATIVE_PRONOUN)) {
                return false;
            }
            Sentence.Cue c = s.cueAt(k);
            int before = c == null ? -1 : is(s, c.first - 1, Grammar.REFLEXIVE) ? c.first - 2 : c.first - 1;
            boolean scheduled = c != null && is(s, before, Grammar.SCHEDULED); // "X doit rencontrer Y,": the infinitive after a modal is the clause's verb
            if (c != null && c.isVerb() && k == c.last && !lexicon.endsWithAny(w, "PRESENT_PARTICIPLE_ENDING") && c.first > 0
                    && (scheduled || !lexicon.endsWithAny(w, "INFINITIVE_ENDING")) && !is(s, c.first - 1, Grammar.FOR) && !is(s, c.first - 1, Grammar.OF_BARE)
                    && !is(s, c.first - 1, Grammar.INFINITIVE_AUXILIARY)
                    && !participleOfNoun(s, c) && !apposedParticiple(s, c)) {
                // a verb opening the sentence is a fronted participle ("Invité au sommet, le président, X, a rencontré Y"), never the main clause
                verb = true; // a finite or compound form ("a reçu", "s'est entretenu"), not "pour tenter de …"
            }
            if (k > 0 && is(s, k, Grammar.AUXILIARY) && is(s, k + 1, Grammar.BEEN)) {
                verb = true; // "X, le maire, a été mis en examen, a annoncé le parquet": a passive main clause
            }
        }
        return verb;
    }

    /** The index of the "(" that the ")" at {@code close} closes (up to 30 tokens back), or {@code close} when none does. */
    private static int openingBracket(Sentence s, int close) {
        for (int k = close - 1; k >= Math.max(0, close - 30); k--) {
            if (s.word(k).equals("(")) {
                return k;
            }
            if (s.word(k).equals(")")) {
                return close;
            }
        }
        return close;
    }

    /**
     * The auxiliary before an incise that ends at the comma {@code close} ({@code a, de son côté, écrit}, {@code ont, dans
     * un communiqué, dénoncé}): the incise is set off by two commas, the first right after the auxiliary; or -1.
     */
    private int auxiliaryBeforeIncise(Sentence s, int close) {
        for (int k = close - 1; k > 0 && k >= close - 8; k--) {
            if (s.inQuote(k) || !s.token(k).isWord() && !s.word(k).equals(",") && !s.word(k).equals("'")) {
                return -1;
            }
            if (s.word(k).equals(",")) {
                // "X doit, lui, rencontrer …": a verb of the future before the incise as well
                return (is(s, k - 1, Grammar.AUXILIARY) || is(s, k - 1, Grammar.SCHEDULED)) && !s.inQuote(k - 1) ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a participle without auxiliary opens an apposition right after a name and its comma ("La CEDEAO, réunie
     * lundi à Abuja, a demandé …", "Le ministre, interrogé par la presse, a …"): it qualifies the name, no main clause.
     */
    private boolean apposedParticiple(Sentence s, Sentence.Cue c) {
        int end = c.first - 2;
        if (end >= 3 && s.word(end).equals(")") && s.word(end - 2).equals("(")) {
            end -= 3; // "L'Union africaine (UA), réunie mardi, a exigé": past the acronym in brackets
        }
        Mention named = c.first < 2 || !s.word(c.first - 1).equals(",") ? null : s.mentionAt(end);
        String w = s.word(c.first);
        return named != null && named.last == end && named.actor != null && !s.word(c.last + 1).equals("-")
                && (lexicon.endsWithAny(w, "FOLDED_FIRST_GROUP_PARTICIPLE_ENDING") || lexicon.endsWithAny(w, "PAST_PARTICIPLE_ENDING"));
    }

    /**
     * Whether a past participle qualifies the noun right before it, an article or determiner before that noun
     * ({@code Dans un message adressé mardi à ses clients, le PDG …, assure}): part of a noun phrase, no clause's verb.
     */
    private boolean participleOfNoun(Sentence s, Sentence.Cue c) {
        if (c.first < 2) {
            return false;
        }
        String w = s.word(c.first);
        int noun = c.first - 1;
        return lexicon.endsWithAny(w, "FOLDED_FIRST_GROUP_PARTICIPLE_ENDING") && s.token(noun).isWord()
                && !s.token(noun).capitalised() && (s.cueAt(noun) == null || !s.cueAt(noun).isVerb()) && s.mentionAt(noun) == null
                && (is(s, noun - 1, Grammar.ARTICLE) || is(s, noun - 1, Grammar.DETERMINER))
                && !is(s, noun, Grammar.AUXILIARY) && !is(s, noun, Grammar.ADVERB) && !is(s, noun, Grammar.CLITIC);
    }

    /**
     * Whether a verb is negated: "n'a pas répondu", "ne commente jamais", "n'a rien dit". A bare
     * "ne … que" restricts and does not count.
     */
    boolean negated(Sentence s, Sentence.Cue c) {
        int ne = -1;
        for (int k = c.first - 1; k >= Math.max(0, c.first - 6); k--) {
            String w = s.word(k);
            if (is(s, k, Grammar.NEGATION_CLITIC)) {
                ne = k;
                break;
            }
            if (!(is(s, k, Grammar.AUXILIARY) || is(s, k, Grammar.CLITIC) || is(s, k, Grammar.ADVERB) || w.equals("'"))) {
                return false;
            }
        }
        if (ne < 0) {
            return false;
        }
        int object = Math.max(c.last + 1, skipAdverbs(s, c.last + 1)); // "ne recommande toutefois aucune restriction"
        for (int k = ne + 1; k <= Math.min(s.size() - 1, object); k++) {
            if (is(s, k, Grammar.NEGATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether m is the complement of a noun of representatives or of an armed group's members that no
     * mention holds ({@code des représentants du CICR}, {@code les insurgés du MNLA}): they act for it.
     */
    private boolean represented(Sentence s, Mention m) {
        int k = m.first - 1;
        for (int guard = 0; guard < 3 && k > 0 && (is(s, k, Grammar.ARTICLE) || s.word(k).equals("'")); guard++) {
            k--;
        }
        if (k < m.first - 1 && k > 0 && is(s, k - 1, Grammar.ARMED_MEMBERS) && s.token(k).isWord() && !s.token(k).capitalised()
                && !lexicon.isGrammar(s.word(k))) {
            k--; // "les rebelles syriens de l'ASL": past the members' adjective
        }
        return k < m.first - 1 && (is(s, k, Grammar.REPRESENTATIVE) || is(s, k, Grammar.ARMED_MEMBERS)) && s.mentionAt(k) == null;
    }

    /**
     * The person whose party or body m names right after his title or epithet, with no word between ({@code l'élu Les
     * Républicains}, {@code le député LR}): the party only qualifies the person, who is the subject; else null.
     */
    private Mention memberBeforeParty(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.ORGANISATION || m.first < 1) {
            return null;
        }
        Mention title = s.mentionAt(m.first - 1);
        return title != null && title != m && title.kind == Mention.Kind.TITLE && title.actor != null
                && title.actor.type == org.diplotext.model.ActorType.PERSON && !prepositional(title) ? title : null;
    }

    /** The head of a prepositional chain ending at m: "le porte-parole du Kremlin" gives the title. */
    private Mention head(Sentence s, Mention m) {
        for (Mention other : s.mentions) {
            if (other.complement == m && other.actor != null && !prepositional(other)) {
                return other;
            }
        }
        return null;
    }

    private Subject nearestBefore(Sentence s, int from) {
        for (int k = from; k >= Math.max(0, from - 15); k--) {
            String w = s.word(k);
            if (w.equals(";") || w.equals(":") || (s.inQuote(k) && !s.inQuote(from))) {
                break;
            }
            Mention m = s.mentionAt(k);
            Mention member = m != null ? memberBeforeParty(s, m) : null;
            if (member != null) {
                return new Subject(member.actor, plural(member), false); // "L'élu Les Républicains … avoir écrit"
            }
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !prepositional(m) && !s.word(m.first - 1).equals("(")) {
                return new Subject(m.actor, plural(m), false);
            }
            if (m == null && is(s, k, Grammar.DETERMINER) && s.mentionAt(k + 1) == null && k + 1 <= from && !s.word(k + 1).equals("'")
                    && !(k > 0 && (is(s, k - 1, Grammar.PREPOSITION) || is(s, k - 1, Grammar.OF_ELIDED) || s.word(k - 1).equals("'")))
                    && !timePhrase(s, k + 1)) {
                Mention conjunct = k > 1 && is(s, k - 1, Grammar.AND) ? s.mentionAt(k - 2) : null;
                if (conjunct != null && conjunct.actor != null && conjunct.kind != Mention.Kind.PRONOUN && !prepositional(conjunct) && !conjunct.inQuote()) {
                    return new Subject(firstConjunct(s, conjunct).actor, true, false); // "La Pologne et les pays baltes ont exhorté": the one named speaks for both
                }
                return Subject.NONE; // the subject is a thing: "cette présence fait craindre"
            }
            if (m == null && k < from && s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return Subject.NONE;
            }
            if (m != null && m.kind == Mention.Kind.PRONOUN) {
                return new Subject(pronoun(s.word(m.first)), m.plural, true);
            }
        }
        return sentenceSubject(s);
    }

    /** Whether the phrase at {@code first} opens the sentence or a clause after a comma (its article aside). */
    private boolean clauseOpener(Sentence s, int first) {
        int d = first - 1;
        while (d >= 0 && (is(s, d, Grammar.ARTICLE) || s.word(d).equals("'"))) {
            d--;
        }
        return d < 0 || s.word(d).equals(",");
    }

    /** Whether a verb cue starts between {@code from} (inclusive) and {@code to} (exclusive). */
    private static boolean verbBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Sentence.Cue cue = s.cueAt(k);
            if (cue != null && cue.isVerb() || s.word(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "la semaine prochaine", "le mois dernier", "la veille": a time after its article, no subject. */
    private boolean timePhrase(Sentence s, int noun) {
        return is(s, noun, Grammar.STORY_RELATIVE_DAY) || (is(s, noun, Grammar.WEEK) || is(s, noun, Grammar.TIME_LIMIT) || is(s, noun, Grammar.WEEKDAY))
                && (is(s, noun + 1, Grammar.NEXT) || is(s, noun + 1, Grammar.LAST));
    }

    /** The first mention of a sentence when it opens it as a subject would. */
    Subject sentenceSubject(Sentence s) {
        int fronted = frontedPlaceOrDocumentEnd(s);
        int source = frontedSourceComma(s);
        int limit = source >= 0 ? source + 7 : 6;
        for (Mention m : s.mentions) {
            if (m.last < source) {
                continue; // "D'après l'agence Kyodo, le ministre … s'est entretenu": the agency only tells what the minister did
            }
            if (m.last < fronted && m.first > 0 && (is(s, m.first - 1, Grammar.MEDIA) || is(s, m.first - 1, Grammar.SOCIAL_ACCOUNT))) {
                limit = fronted + 7;
                continue; // "Dans un entretien accordé au quotidien Le Monde, le Premier ministre …", "Sur sa page Facebook, il …"
            }
            if (m.first > limit || m.inQuote()) {
                break;
            }
            if (m.kind == Mention.Kind.PRONOUN) {
                return new Subject(pronoun(s.word(m.first)), m.plural, true);
            }
            if (m.actor != null && !prepositional(m) && !s.word(m.last + 1).equals(":")) {
                Mention named = s.mentionAt(m.last + 2);
                if (m.kind == Mention.Kind.TITLE && s.word(m.last + 1).equals(",") && named != null && named.first == m.last + 2
                        && named.kind == Mention.Kind.PERSON && named.actor != null) {
                    return new Subject(named.actor, false, false); // "Le porte-parole du Kremlin, Dmitri Peskov, a …": the name in apposition
                }
                return new Subject(m.actor, plural(m) || coordinated(s, m), false);
            }
        }
        return Subject.NONE;
    }

    /**
     * The comma closing a source that opens the sentence ({@code Selon l'agence Kyodo,}, {@code D'après son cabinet,},
     * {@code Selon le porte-parole, Osamu Fujita,} with the name in apposition), or -1; not {@code Pour X,}, which
     * gives a view of X's own.
     */
    int frontedSourceComma(Sentence s) {
        int at = introducesSource(s, 0) ? 0 : s.size() > 3 && s.word(1).equals("'") && introducesSource(s, 2) ? 2 : -1;
        if (at < 0 || is(s, at, Grammar.FOR) || s.inQuote(0)) {
            return -1;
        }
        for (int k = at + 1; k < Math.min(s.size() - 1, at + 14) && !s.inQuote(k); k++) {
            if (s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return -1; // "Selon le DFAE, qui a confirmé …": no plain source
            }
            if (s.word(k).equals(",")) {
                Mention before = s.mentionAt(k - 1);
                Mention named = s.mentionAt(k + 1);
                if (before != null && named != null && named.first == k + 1 && named.actor != null && named.actor == before.actor) {
                    continue; // "Selon le porte-parole du gouvernement, Osamu Fujita, …": the name in apposition is the source
                }
                return k;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a sentence's opening phrase of place or document ("Dans un entretien accordé au quotidien X,",
     * "Sur la radio X,"), or -1 when the sentence opens otherwise.
     */
    private int frontedPlaceOrDocumentEnd(Sentence s) {
        if (s.size() == 0 || !is(s, 0, Grammar.LOCATIVE) && !is(s, 0, Grammar.DOCUMENT_INTRODUCER)) {
            return -1;
        }
        for (int k = 1; k < Math.min(s.size(), 16) && !s.inQuote(k); k++) {
            if (s.word(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Whether an actor is coordinated after m as a subject: "X et Y ont …" (X is then one of several). */
    private boolean coordinated(Sentence s, Mention m) {
        for (int k = m.last + 1; k < Math.min(s.size(), m.last + 12); k++) {
            Mention other = s.mentionAt(k);
            if (other != null && other.actor != null && other.actor != m.actor && firstConjunct(s, other).actor == m.actor) {
                int after = other.last + 1;
                while (after < s.size() && s.mentionAt(after) != null && s.mentionAt(after).actor == other.actor) {
                    after = s.mentionAt(after).last + 1;
                }
                return pluralVerb(s, after, s.size() - 1);
            }
            if (s.inQuote(k) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma closing a circumstance set off by commas from the comma at {@code comma} (", dans
     * une allocution télévisée,", ", lors d'un point presse,"), when it opens with a preposition and
     * words follow it; or -1.
     */
    private int inciseEnd(Sentence s, int comma) {
        if (!is(s, comma + 1, Grammar.PREPOSITION) && !is(s, comma + 1, Grammar.FRAMING_PREPOSITION) || s.inQuote(comma + 1)) {
            return -1;
        }
        for (int k = comma + 2; k < Math.min(s.size() - 1, comma + 12); k++) {
            String w = s.word(k);
            if (w.equals(",")) {
                return s.token(k + 1).isWord() ? k : -1;
            }
            if (w.equals(";") || w.equals(".") || w.equals(":") || s.inQuote(k) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject that opens the sentence right before the quotation, when a document with no author named speaks
     * after the incise's verb ({@code Le conseil « … », indique un communiqué}): the document is that subject's; or null.
     */
    private Draft.Actor subjectOfDocument(Sentence s, int j) {
        if (j + 2 >= s.size() || !(is(s, j, Grammar.ARTICLE) || is(s, j, Grammar.DETERMINER)) || is(s, j, Grammar.DE_FORM) || s.inQuote(j)) {
            return null;
        }
        Sentence.Cue noun = s.cueAt(j + 1);
        if (noun == null || noun.isVerb() || noun.first != j + 1 || !noun.has(Act.STATEMENT) || s.mentions.isEmpty()) {
            return null;
        }
        Mention first = s.mentions.get(0);
        int after = first.last + 1;
        while (after < s.size() && s.mentionAt(after) != null && s.mentionAt(after).actor == first.actor) {
            after = s.mentionAt(after).last + 1;
        }
        return first.first <= 2 && first.actor != null && !s.inQuote(first.first) && after < s.size() && s.inQuote(after) && first.last < j ? first.actor : null;
    }

    /**
     * The one whose office speaks, inverted after an incise's verb ({@code a indiqué son cabinet}, {@code a fait savoir son
     * entourage}): the actor the sentence opens with, its subject, or null when no actor opens it.
     */
    private Draft.Actor officeOfSubject(Sentence s, int j) {
        if (j + 2 >= s.size() || !is(s, j, Grammar.POSSESSIVE) || !is(s, j + 1, Grammar.OFFICE_NOUN) || s.inQuote(j)
                || !(s.word(j + 2).equals(".") || s.word(j + 2).equals(","))) {
            return null;
        }
        for (Mention m : s.mentions) {
            if (m.first >= j) {
                return null;
            }
            if (s.inQuote(m.first) || m.actor == null) {
                continue;
            }
            return m.first <= 2 ? m.actor : null; // the subject opens the sentence: "Le président …, X, s'est entretenu …"
        }
        return null;
    }

    /** The subject after a verb: "a déclaré X", "insistent les 27", "précise le chef ... Borrell". */
    Subject inverted(Sentence s, int last) {
        int j = skipAdverbs(s, last + 1);
        Draft.Actor latest = invertedDemonstrative(s, j);
        if (latest != null) {
            return new Subject(latest, false, true); // "« … », a réagi ce dernier": the one named last, not the last speaker
        }
        Mention author = documentAuthor(s, j);
        if (author != null) {
            return new Subject(author.actor, plural(author), false); // "« … », indique une note interne de la CGT": its author speaks
        }
        Draft.Actor quoting = subjectOfDocument(s, j);
        if (quoting != null) {
            return new Subject(quoting, false, false); // "Le conseil « a perdu confiance … », indique un communiqué": the subject's
        }
        Draft.Actor office = officeOfSubject(s, j);
        if (office != null) {
            return new Subject(office, false, false); // "X s'est entretenu avec Y, a indiqué son cabinet": X's office speaks for X
        }
        // wider past a phrase of place or occasion before the speaker: "a déclaré lors d'une conférence de presse la ministre"
        int end = j + (j < s.size() && (is(s, j, Grammar.PREPOSITION) || is(s, j, Grammar.FRAMING_PREPOSITION)) && !is(s, j, Grammar.BY) ? 12 : 8);
        for (int k = j; k < Math.min(s.size(), end); k++) {
            String w = s.word(k);
            if (w.equals("(")) {
                int close = k + 1;
                while (close < Math.min(s.size(), k + 8) && !s.word(close).equals(")")) {
                    close++;
                }
                if (close < s.size() && s.word(close).equals(")")) {
                    end += close - k + 1;
                    k = close;
                    continue; // "a écrit sur X (ex-Twitter) le porte-parole": a remark in brackets, not the speaker
                }
            }
            int incise = w.equals(",") && k == j ? inciseEnd(s, k) : -1;
            if (incise > 0) {
                end += incise - k + 1;
                k = incise;
                continue; // "a prévenu, dans une allocution télévisée, le président": the speaker after the incise
            }
            boolean nounPhrase = is(s, j, Grammar.ARTICLE) || is(s, j, Grammar.DETERMINER)
                    || k >= j + 2 && is(s, k - 2, Grammar.POSSESSIVE) && s.mentionAt(k - 1) == null // "a réagi auprès de l'AFP son conseil, Me X"
                    || k >= j + 3 && is(s, k - 3, Grammar.POSSESSIVE) && s.mentionAt(k - 2) == null && s.mentionAt(k - 1) == null
                            && s.token(k - 1).isWord() && !s.token(k - 1).capitalised(); // "a dit à l'AFP son secrétaire départemental, X"
            if (w.equals(",") && k > j && nounPhrase) {
                Mention named = s.mentionAt(k + 1); // "a confié la mère de la victime, Anne Morel": the name in apposition
                if (named != null && named.actor != null && named.kind == Mention.Kind.PERSON) {
                    return new Subject(named.actor, false, false);
                }
            }
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":") || w.equals("\u00ab")) {
                break;
            }
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN) {
                if (prepositional(m) || mediumAfterPreposition(s, m)) {
                    k = m.last;
                    continue; // "déclare à l'AFP Jean Dupont", "a rappelé à la télévision publique ORTM le ministre"
                }
                Mention named = apposedName(s, m);
                if (named != null) {
                    return new Subject(named.actor, false, false); // "a déclaré l'ambassadeur israélien à l'ONU, Gilad Erdan"
                }
                return new Subject(m.actor, plural(m), false);
            }
        }
        return Subject.NONE;
    }

    /**
     * The author named after a statement or letter noun that opens an inverted subject at j ({@code
     * une note interne de la CGT}, {@code le communiqué du ministère}), or null: the document says
     * what its author says.
     */
    private Mention documentAuthor(Sentence s, int j) {
        if (j + 2 >= s.size() || !(is(s, j, Grammar.ARTICLE) || is(s, j, Grammar.DETERMINER)) || is(s, j, Grammar.DE_FORM)) {
            return null;
        }
        Sentence.Cue noun = s.cueAt(j + 1);
        if (noun == null || noun.isVerb() || noun.first != j + 1 || !(noun.has(Act.STATEMENT) || noun.has(Act.LETTER)) || s.inQuote(j)) {
            return null;
        }
        int k = noun.last + 1;
        for (int guard = 0; guard < 2 && k < s.size() && s.token(k).isWord() && !s.token(k).capitalised() && !lexicon.isGrammar(s.word(k))
                && s.mentionAt(k) == null; guard++) {
            k++; // "une note interne", "un communiqué commun"
        }
        if (!is(s, k, Grammar.DE_FORM)) {
            return null;
        }
        Mention m = objectAt(s, k + 1, Math.min(s.size(), k + 4));
        return m != null && m.kind != Mention.Kind.PRONOUN && m.first <= k + 3 ? m : null;
    }

    /** The person named after a comma following a title and its complement ("l'ambassadeur israélien à l'ONU, Gilad Erdan"), or null. */
    private Mention apposedName(Sentence s, Mention title) {
        if (title.kind != Mention.Kind.TITLE) {
            return null;
        }
        int end = title.last + 1;
        while (end < s.size() && s.mentionAt(end) != null && s.mentionAt(end).actor == title.actor) {
            end = s.mentionAt(end).last + 1;
        }
        if (is(s, end, Grammar.PREPOSITION) || is(s, end, Grammar.OF_SINGULAR)) {
            for (int n = end + 1; n <= end + 3 && n < s.size(); n++) {
                Mention place = s.mentionAt(n);
                if (place != null) {
                    end = place.last + 1;
                    break;
                }
            }
        }
        Mention named = s.word(end).equals(",") ? s.mentionAt(end + 1) : null;
        return named != null && named.first == end + 1 && named.kind == Mention.Kind.PERSON && named.actor != null && !named.inQuote() ? named : null;
    }

    /**
     * The comma that closes names in apposition opened by the comma at {@code comma} (", Pauline Marois et Jean-François
     * Lisée,"): only names of people and "et" between them; -1 when anything else stands there.
     */
    int namesInApposition(Sentence s, int comma) {
        int k = comma + 1;
        while (k < s.size() && k < comma + 12) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.actor.type == org.diplotext.model.ActorType.PERSON && m.first == k) {
                k = m.last + 1;
            } else if (k > comma + 1 && is(s, k, Grammar.AND)) {
                k++;
            } else {
                return k > comma + 1 && s.word(k).equals(",") && !s.inQuote(k) ? k : -1;
            }
        }
        return -1;
    }

    /** The first actor mentioned at or after i, past articles, quantifiers and representatives. */
    Mention objectAt(Sentence s, int i, int limit) {
        int j = i;
        for (int guard = 0; guard < 8 && j < Math.min(limit, s.size()); guard++) {
            Mention m = s.mentionAt(j);
            if (m != null && m.actor == null && m.kind == Mention.Kind.ORG_ANAPHOR && m.link != null) {
                m = m.link; // "une délégation du groupe Ansar Dine": the name the body's noun introduces
            }
            if (m != null) {
                return m.actor != null ? m : null;
            }
            String w = s.word(j);
            if (is(s, j, Grammar.ARTICLE) || is(s, j, Grammar.QUANTIFIER) || is(s, j, Grammar.REPRESENTATIVE) || is(s, j, Grammar.DETERMINER) || w.equals("'")
                    || countsGroup(lexicon, s, j) && s.mentionAt(j + 1) != null // "des quatre syndicats"
                    || adjectiveBeforeUnnamed(s, j) || companyBeforeName(s, j)) {
                j++;
                continue;
            }
            if (is(s, j, Grammar.COUNTERPART)) {
                // "son homologue allemand Peter Braun": the name after the relation and its adjective
                for (int k = j + 1; k <= j + 3 && k < s.size(); k++) {
                    if (is(s, k, Grammar.PREPOSITION) || is(s, k, Grammar.LOCATIVE) || is(s, k, Grammar.TO_BARE)) {
                        break; // "son homologue russe à Genève": a place, not the counterpart's name
                    }
                    Mention named = s.mentionAt(k);
                    if (named != null) {
                        return named.actor != null ? named : null;
                    }
                    Mention apposed = s.word(k).equals(",") ? s.mentionAt(k + 1) : null;
                    if (apposed != null && apposed.first == k + 1 && apposed.kind == Mention.Kind.PERSON && apposed.actor != null) {
                        return apposed; // "son homologue chinois, Wang Yi,": the name in apposition
                    }
                    if (!s.token(k).isWord() || s.token(k).capitalised()) {
                        break;
                    }
                }
            }
            break;
        }
        return null;
    }

    /**
     * The body before a relative clause whose subject {@code m} is inverted after its verb ({@code Le PAIGC, que dirige
     * Carlos Pereira, a appelé}, {@code Le parti, que préside X,}): the clause only describes the body, which is the
     * subject of the verb after it; null when {@code m} closes no such clause.
     */
    private Mention antecedentOfInverted(Sentence s, Mention m) {
        int k = m.first - 1;
        int verbs = 0;
        while (k > 0 && verbs < 2 && s.token(k).isWord() && !s.token(k).capitalised() && !is(s, k, Grammar.THAT_UNELIDED)) {
            k--;
            verbs++;
        }
        if (verbs == 0 || k < 2 || !is(s, k, Grammar.THAT_UNELIDED) || !s.word(k - 1).equals(",") || s.inQuote(k)) {
            return null;
        }
        int end = k - 2;
        if (end >= 3 && s.word(end).equals(")") && s.word(end - 2).equals("(")) {
            end = s.mentionAt(end - 1) != null ? end - 1 : end - 3; // "Le Parti africain … (PAIGC), que dirige X,": the acronym
        }
        Mention head = s.mentionAt(end);
        return head != null && head.actor != null && head.last == end && head.kind != Mention.Kind.PERSON && !prepositional(head) ? head : null;
    }

    /**
     * Whether the word at {@code j} is an adjective that stands before the mention it opens, with no name after that
     * mention ({@code au nouveau ministre de l'Intérieur}): the mention is the one addressed. A name further on
     * ({@code le nouveau directeur du site de Jababeka David Quentin}) is left to the readings of names in apposition.
     */
    private boolean adjectiveBeforeUnnamed(Sentence s, int j) {
        Mention next = j + 1 < s.size() ? s.mentionAt(j + 1) : null;
        if (next == null || next.first != j + 1 || !is(s, j, Grammar.PRENOMINAL_ADJECTIVE)) {
            return false;
        }
        for (int k = next.last + 1; k < Math.min(s.size(), next.last + 5) && s.token(k).isWord(); k++) {
            if (s.token(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code j} is a company's common noun right before the company's name ({@code à l'exploitant
     * Electrabel}, {@code au groupe Total}): the name is the one addressed, the noun only says what it is.
     */
    private boolean companyBeforeName(Sentence s, int j) {
        Mention next = j + 1 < s.size() ? s.mentionAt(j + 1) : null;
        return next != null && next.first == j + 1 && (next.kind == Mention.Kind.ORGANISATION || next.kind == Mention.Kind.PROPER) && !s.token(j).capitalised()
                && is(s, j, Grammar.COMPANY_NOUN);
    }

    /** A subject found: the actor (may be null), whether plural, whether reached through a pronoun. */
    record Subject(Draft.Actor actor, boolean plural, boolean pronoun) {
        static final Subject NONE = new Subject(null, false, false);
    }
}
