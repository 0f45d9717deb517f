package org.diplotext.extract;

import java.util.List;
import org.diplotext.lexicon.Entries;
import org.diplotext.lexicon.GrammarClass;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.lexicon.Named;
import org.diplotext.lexicon.PhraseIndex;
import org.diplotext.model.OrganisationKind;
import org.diplotext.text.Folding;
import org.diplotext.text.Token;

/**
 * Finds the mentions of a sentence: lexicon names (states, capitals, organisations, known
 * persons), titles with their adjectives and complements, group nouns, governments and
 * organisation anaphors, capitalised names, and subject pronouns. Then links titles to the names
 * they introduce or stand in apposition to.
 */
final class MentionFinder {
    /** How many tokens a title with its body and seat may span before the comma of its holder's name (elisions count two). */
    private static final int TITLE_REACH = 16;
    /** Kinds of titles that address a person named by another title just before: "le ministre X, le prince Y", "…, le cardinal Y". */
    private static final java.util.Set<String> ADDRESSING_KINDS = java.util.Set.of("ROYAL", "HONORIFIC", "MILITARY", "OTHER", "LEADER", "JUDICIAL");

    /**
     * The grammar classes whose lower-case words can open a mention in {@link #at}: every rule
     * there that can start at a lower-case word asks for one of these classes, for a name, title
     * or group phrase starting there, or for {@code l'} (DEFINITE_ELIDED). A rule starting at lower-case words of
     * another class must add it here (the tests of that rule fail otherwise).
     */
    private static final List<String> LOWER_CASE_OPENERS = List.of("COUNTED_PEOPLE", "STATE_ORGAN", "MANAGEMENT", "ORGAN_ALONE",
            "ORG_ANAPHOR", "STATE_BODY", "PRONOUN_PLURAL", "PRONOUN_SINGULAR", "DESCRIBED_COLLECTIVE", "DEFINITE_ELIDED", "COMPOUND_OPENER",
            "COUNT_WORD", "COMMITTEE", "FAMILY", "COUNCIL_NOUN", "PLURAL_STATE_BODY", "PLANT_NOUN");

    private final Lexicon lexicon;
    /** The folded names given to things in the text so far ({@code le télescope Alpha Centauri}), words joined by spaces. */
    final java.util.Set<String> thingNames = new java.util.HashSet<>();
    /** The folded names of characters played by someone ({@code interprétait le commissaire Moreau}), words joined by spaces. */
    final java.util.Set<String> playedNames = new java.util.HashSet<>();
    /**
     * Fighters named with the group they fight in ({@code les rebelles touareg du MNLA}): the fighters' words, folded, to
     * the text offset of the group's name. A headline's bare {@code les rebelles touareg} is that group.
     */
    final java.util.Map<String, Integer> membersOf = new java.util.HashMap<>();
    private static final Lexicon.ClassSet LOWER_CASE_OPENER_CLASSES = Lexicon.ClassSet.of(LOWER_CASE_OPENERS);
    /** Grammar words that still serve as the noun of a body's complement ({@code des travailleurs de commerce}, {@code de la commission}). */
    private static final Lexicon.ClassSet COMPLEMENT_NOUNS = Lexicon.ClassSet.of(List.of("PARTY_HEAD", "INSTITUTION_COMPLEMENT", "COMMITTEE"));

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Sentence s) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            int next = at(s, i);
            i = next > i ? next : i + 1;
        }
        compoundTitles(s);
        nicknames(s);
        playedRoles(s);
        s.indexMentions();
        link(s);
    }

    /**
     * Records as things the names played by an actor ({@code ROLE_VERB}: {@code interprétait le commissaire
     * Moreau}, {@code incarnait Jean Valjean}): a character, past an article and a title, is no person of the news.
     */
    private void playedRoles(Sentence s) {
        Mention before = null;
        for (Mention m : s.mentions) {
            if (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PROPER) {
                int k = before != null && before.kind == Mention.Kind.TITLE && before.last == m.first - 1 ? before.first - 1 : m.first - 1;
                if (k >= 0 && s.word(k).equals("'")) {
                    k--;
                }
                if (k >= 0 && lexicon.is(s.tokens, k, Grammar.ARTICLE)) {
                    k--;
                }
                while (k > 0 && is(s, k, Grammar.ADVERB)) {
                    k--; // "incarnait aussi Jean Valjean"
                }
                if (k >= 0 && is(s, k, Grammar.ROLE_VERB)) {
                    playedNames.add(joinedWords(s, m.nameFrom > m.first ? m.nameFrom : m.first, m.last + 1));
                }
            }
            before = m;
        }
    }

    /**
     * "le militant surnommé « Camille »", "le blogueur connu sous le pseudonyme de « Snowlion88 »": a name in guillemets
     * after a naming word ({@code NAMING}: {@code surnommé}, {@code pseudonyme}) and a title is that person's name.
     */
    private void nicknames(Sentence s) {
        if (s.quotes.isEmpty()) {
            return; // most sentences quote nothing
        }
        for (Mention m : List.copyOf(s.mentions)) {
            int open = m.kind == Mention.Kind.TITLE ? quotedNameOpening(s, m.last + 1) : -1;
            int close = open + 1;
            while (open > 0 && close < Math.min(s.size(), open + 5) && !s.word(close).equals("\u00bb")) {
                close++;
            }
            if (open > 0 && close < s.size() && close > open + 1 && s.word(close).equals("\u00bb") && s.token(open + 1).capitalised()
                    && s.mentionAt(open + 1) == null && nameTokens(s, open + 1, close)) {
                Mention person = add(s, open + 1, close - 1, Mention.Kind.PERSON);
                person.title = m.title;
                person.link = m;
                m.link = person;
            }
        }
        s.mentions.sort((a, b) -> Integer.compare(a.first, b.first));
    }

    /** The guillemet that opens a name after a naming word, past up to five lower-case words from j; -1 when none. */
    private int quotedNameOpening(Sentence s, int j) {
        for (int k = j; k < Math.min(s.size(), j + 6); k++) {
            if (s.word(k).equals("\u00ab")) {
                int before = k - 1;
                if (before > j && is(s, before, Grammar.OF)) {
                    before--; // "le pseudonyme de « … »"
                }
                return before >= j && is(s, before, Grammar.NAMING) ? k : -1;
            }
            if (!(s.token(k).isWord() || s.word(k).equals("'")) || s.token(k).capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the tokens [first, end) are the words of a name (words and hyphens), no quotation. */
    private static boolean nameTokens(Sentence s, int first, int end) {
        for (int k = first; k < end; k++) {
            if (!s.token(k).isWord() && !s.token(k).is("-")) {
                return false;
            }
        }
        return true;
    }

    /** "député-maire", "ministre-président": two titles joined by a hyphen are one person's title. */
    private static void compoundTitles(Sentence s) {
        s.mentions.sort((a, b) -> Integer.compare(a.first, b.first));
        for (int k = 0; k + 1 < s.mentions.size(); k++) {
            Mention a = s.mentions.get(k);
            Mention b = s.mentions.get(k + 1);
            if (a.kind == Mention.Kind.TITLE && b.kind == Mention.Kind.TITLE && b.first == a.last + 2 && s.word(a.last + 1).equals("-")
                    && s.token(a.last).end() == s.token(a.last + 1).start() && s.token(a.last + 1).end() == s.token(b.first).start()) {
                a.last = b.last;
                s.mentions.remove(k + 1);
                k--;
            }
        }
    }

    /**
     * Whether the capitalised word at i ends a place name joined by hyphens around a small lower-case word
     * ("Lot-et-Garonne", "Seine-et-Marne", "Boulogne-sur-Mer"): the tail of one name, never a body of its own.
     */
    private static boolean hyphenatedPlaceTail(Sentence s, int i) {
        return i >= 3 && s.token(i).capitalised() && s.word(i - 1).equals("-") && s.token(i - 1).end() == s.token(i).start()
                && s.token(i - 2).isWord() && !s.token(i - 2).capitalised() && s.token(i - 2).end() == s.token(i - 1).start()
                && s.word(i - 3).equals("-") && s.token(i - 3).end() == s.token(i - 2).start();
    }

    /** Looks for a mention starting at token i; returns the index after it, or i. */
    private int at(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord() || !t.capitalised() && !opensInLowerCase(s, i)) {
            return i; // most words of a text: ruled out with a few tests instead of asking every rule below
        }
        String w = t.folded();
        if (hyphenatedPlaceTail(s, i)) {
            return i + 1;
        }
        if (i >= 2 && is(s, i, Grammar.BARE_STATE_BODY) && s.word(i - 1).equals("-") && s.token(i - 1).start() == s.token(i - 2).end()
                && s.token(i - 2).isWord() && !s.token(i - 2).capitalised()) {
            return i + 1; // "le Sénat de la ville-État": the word ends a compound noun, no state speaks
        }
        if (!t.capitalised() && i > 0 && i + 1 < s.size() && is(s, i, Grammar.COUNT_WORD)
                && (is(s, i - 1, Grammar.DEFINITE_PLURAL) || is(s, i - 1, Grammar.TO_THE)) // "aux deux ministres" ("au" never counts)
                && lexicon.is(s.tokens, i + 1, Grammar.COUNTED_REFERENT) && s.mentionAt(i + 1) == null) {
            // "les deux présidents", "les trois organisations": the actors named together before, read where they act
            Mention m = add(s, i, i + 1, Mention.Kind.COUNTED);
            m.key = lexicon.value(s.tokens, i + 1, Grammar.COUNTED_REFERENT).orElse("ANY");
            m.plural = true;
            return i + 2;
        }
        if (!t.capitalised() && i > 0 && is(s, i - 1, Grammar.DEFINITE_PLURAL)) {
            int shared = sharedTitle(s, i);
            if (shared > i) {
                return shared; // "les présidents russe et chinois": one holder of each state
            }
            int bodies = sharedStateBody(s, i);
            if (bodies > i) {
                return bodies; // "les gouvernements espagnol et marocain": each state
            }
        }
        // M. Lavrov, Mme Merkel
        if (t.capitalised() && lexicon.is(s.tokens, i, Grammar.CIVILITY)) {
            int j = i + 1;
            if (j < s.size() && s.word(j).equals(".")) {
                j++;
            }
            int end = nameRun(s, particlesBeforeName(s, j), false);
            if (end > j && (j > i + 1 || !is(s, i, Grammar.CIVILITY_INITIAL))) {
                Mention m = add(s, i, end - 1, Mention.Kind.PERSON);
                m.civility = true;
                PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, j);
                if (known != null && known.last() == end - 1 && known.value().kind() == Named.Kind.PERSON) {
                    m.key = known.value().key(); // "Mme von der Leyen": the person the lexicon knows
                }
                return is(s, i, Grammar.PLURAL_CIVILITY) ? civilityList(s, end) : end;
            }
        }
        int initials = initials(s, i);
        if (initials > i) {
            // "V. Sapounov", "J-M Ayrault": a surname after initials is a person
            int end = nameRun(s, initials, true);
            if (end > initials) {
                Mention m = add(s, i, end - 1, Mention.Kind.PERSON);
                m.civility = true;
                m.nameFrom = initials;
                return end;
            }
        }
        if (i + 2 < s.size() && is(s, i, Grammar.DEFINITE_ELIDED) && s.word(i + 1).equals("'") && acronymed(s, i + 2) > i + 2) {
            return i + 2; // not "l'Union" of the lexicon: "L'Union nationale des étudiants (UNE)"
        }
        int longer = i + 3 < s.size() && is(s, i, Grammar.DEFINITE_ELIDED) && s.word(i + 1).equals("'") ? longerBodyAfterHead(s, i) : -1;
        if (longer > i + 3) {
            // not "l'Union" of the lexicon: "L'Union des villes et communes de Wallonie", a body of its own
            add(s, i + 2, longer - 1, Mention.Kind.ORGANISATION).key = null;
            return longer;
        }
        if (i + 2 < s.size() && is(s, i, Grammar.ARTICLE) && acronymedAfterArticle(s, i)) {
            return i + 1; // not "la Confédération" of the lexicon: "La Confédération générale des travailleurs grecs (GSEE)"
        }
        int stateNamed = Math.max(acronymBeforeState(s, i), bodyNamedAfterState(s, i));
        if (stateNamed > i) {
            add(s, i, stateNamed - 1, Mention.Kind.ORGANISATION).key = null; // "le président de MG France": a body named after its state
            return stateNamed;
        }
        int bracket = acronymed(s, i);
        if (bracket > i) {
            PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, i);
            if (known == null || known.last() < bracket - 1) {
                // "les Forces de soutien rapide (FSR)": a name its acronym spells is an organisation's
                Mention m = add(s, i, bracket - 1, Mention.Kind.ORGANISATION);
                m.key = acronymAfter(s, bracket);
                if (m.key != null && otherDate(s, i, bracket, m.key)) {
                    m.key = null; // "le Mouvement du 23 juin (M23)" defines its own M23, not the lexicon's "Mouvement du 23 mars"
                }
                return bracket;
            }
        }
        PhraseIndex.Match<Named> name = lexicon.names().longest(s.tokens, i);
        PhraseIndex.Match<Entries.Title> title = titleAt(s, i);
        PhraseIndex.Match<Entries.Group> group = lexicon.groups().longest(s.tokens, i);
        int best = Math.max(name == null ? 0 : name.length(), Math.max(title == null ? 0 : title.length(), group == null ? 0 : group.length()));
        if (best > 0 && name != null && name.length() == best) {
            for (int k = name.first() + 1; k <= name.last(); k++) {
                PhraseIndex.Match<Named> inner = lexicon.names().longest(s.tokens, k);
                if (inner != null && inner.last() > name.last()) {
                    return k; // the longer name wins: "l'Union soviétique" is not "l'Union"
                }
            }
            int place = longerPlace(s, name);
            if (place > name.last()) {
                return place + 1; // "la Colombie-Britannique", "la Rhénanie-du-Nord-Westphalie": a place of its own, not the state
            }
            int known = knownName(s, name);
            if (known >= 0) {
                return known;
            }
        }
        if (best == 0 || name == null) {
            int office = headOffice(s, i, w);
            if (office > i) {
                return office;
            }
            int party = organisationName(s, i);
            if (party > i && !located(s, i)) {
                Mention m = add(s, i, party - 1, Mention.Kind.ORGANISATION); // "la Gauche démocratique", "la Fondation Wikimedia"
                if (proper(s, i)) {
                    m.nameFrom = i + 1;
                }
                m.key = acronymAfter(s, party);
                return party;
            }
            if (people(s, i)) {
                Mention m = add(s, i, i, Mention.Kind.GROUP); // "des centaines de Tibétains manifestent"
                m.key = w;
                m.plural = true;
                m.place = t.capitalised() ? "" : null; // "des milliers de personnes" are reported only when they act
                return i + 1;
            }
        }
        if (!t.capitalised() && title == null) {
            int committee = committee(s, i);
            if (committee > i) {
                // "la commission de politique extérieure du Conseil national": a chamber's committee, a body of its own
                add(s, i, committee - 1, Mention.Kind.ORGANISATION);
                return committee;
            }
            int family = family(s, i);
            if (family > i) {
                // "la famille Beltrame": the family, a group named by its surname, not a body called Beltrame
                Mention m = add(s, i, family - 1, Mention.Kind.GROUP);
                StringBuilder key = new StringBuilder(w);
                for (int k = i + 1; k < family; k++) {
                    key.append(' ').append(s.word(k));
                }
                m.key = key.toString(); // one actor per family, not one for all of them
                m.plural = true;
                m.collective = true;
                return family;
            }
        }
        if (!t.capitalised() && name == null && title == null && (group == null || group.length() == 1)
                && lexicon.is(s.tokens, i, Grammar.DESCRIBED_COLLECTIVE) && hasDeterminer(s, i)) {
            int end = description(s, i + 1);
            int named = end > i + 1 && end < s.size() && s.token(end).isWord() && s.token(end).capitalised() && lexicon.is(s.tokens, i, Grammar.ORG_ANAPHOR)
                    && !lexicon.isFirstName(s.tokens, end) && describesBody(s, i + 1, end) ? capitalisedRun(s, end) : -1;
            if (named > end) {
                // "le groupe d'énergie solaire Solvéo": what the body does, then its name
                Mention m = add(s, i, end - 1, Mention.Kind.ORG_ANAPHOR);
                m.key = w;
                add(s, end, named - 1, Mention.Kind.ORGANISATION);
                return named;
            }
            if (end > i + 1 && end < s.size() && lexicon.is(s.tokens, i, Grammar.ORG_ANAPHOR) && s.token(end).capitalised()
                    && !lexicon.isFirstName(s.tokens, end) && !s.inQuote(end)) {
                // "la plateforme de livraison Rapido": the description introduces the name of a body, like "le collectif X"
                Mention m = add(s, i, end - 1, Mention.Kind.ORG_ANAPHOR);
                m.key = w;
                return end;
            }
            if (end > i + 1) {
                // "un collectif de défense des droits des femmes", "une coalition d'ONG": a collective named by what it is
                Mention m = add(s, i, end - 1, Mention.Kind.GROUP);
                m.key = w;
                m.plural = true;
                m.described = true;
                m.collective = true;
                return end;
            }
        }
        if (i + 2 < s.size() && lexicon.is(s.tokens, i, Grammar.ARMED_FORCES) && is(s, i + 1, Grammar.ARMED_ADJECTIVE) && hasDeterminer(s, i)
                && stateAdjective(s, i + 2) != null) {
            // "les Forces armées soudanaises": the state's army, one body with "l'armée soudanaise" (an organisation, no group)
            String state = stateAdjective(s, i + 2);
            Mention m = add(s, i, stateAdjectiveEnd(s, i + 2), Mention.Kind.STATE_ORGAN);
            m.key = lexicon.value(s.tokens, i, Grammar.ARMED_FORCES).orElse(w);
            m.country = state;
            m.complement = new Mention(s, i + 2, m.last, Mention.Kind.STATE);
            m.complement.key = state;
            return m.last + 1;
        }
        if (title == null && (group == null || group.length() == 1) && lexicon.is(s.tokens, i, Grammar.STATE_ORGAN) && i + 1 < s.size()
                && (!lexicon.is(s.tokens, i, Grammar.PORTFOLIO_BODY) || portfolioNamed(s, i))
                && (hasDeterminer(s, i) && (!t.capitalised() || lexicon.is(s.tokens, i, Grammar.MINISTRY) && portfolio(s, i + 1) > i + 1
                        || qualifiedOrganOfState(s, i))
                    || i > 0 && is(s, i - 1, Grammar.TO_THE) && lexicon.is(s.tokens, i, Grammar.MINISTRY) && portfolio(s, i + 1) > i + 1)) {
            // "l'armée malienne", "l'ambassade de France": a body of the state, which it acts for
            int j = i + 1;
            String state = stateAdjective(s, j);
            int last = state != null ? stateAdjectiveEnd(s, j) : j;
            int named = j;
            // "l'ambassade des États-Unis", "l'armée des Émirats arabes unis": "des" before the name of a state in the plural
            if (state == null && (is(s, j, Grammar.OF_SINGULAR) || is(s, j, Grammar.DE_FORM) && is(s, j, Grammar.PLURAL_DETERMINER))) {
                int k = afterOf(s, j);
                PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
                if (of != null && of.value().kind() == Named.Kind.STATE) {
                    state = of.value().key();
                    named = k;
                    last = of.last();
                }
            }
            if (state != null) {
                int portfolio = lexicon.is(s.tokens, i, Grammar.MINISTRY) ? portfolio(s, last + 1) : last + 1;
                Mention m = add(s, i, Math.max(last, portfolio - 1), Mention.Kind.STATE_ORGAN);
                m.key = portfolio > last + 1 ? w + " " + s.word(portfolio - 1) : w;
                m.country = state;
                m.complement = new Mention(s, named, last, Mention.Kind.STATE); // the state it belongs to, as written
                m.complement.key = state;
                return m.last + 1;
            }
            int possessed = possessedBody(s, i, j, w);
            if (possessed > i) {
                return possessed;
            }
            int regional = regionalEnd(s, j);
            if (regional > j) {
                // "la police cantonale valaisanne": a canton's or a region's body, not one of the state's
                add(s, i, regional - 1, Mention.Kind.ORGANISATION);
                return regional;
            }
            int end = lexicon.is(s.tokens, i, Grammar.MINISTRY) ? portfolio(s, i + 1) : i + 1;
            if (end == i + 1) {
                end = qualified(s, i + 1);
            }
            if (end > i + 1) {
                // "le ministère de la Défense", "l'armée de l'air", "la police fédérale": a body of the state the text is about
                int after = end;
                String adjective = after < s.size() ? lexicon.stateOfAdjective(s.word(after)).orElse(null) : null;
                Mention ofState = adjective == null ? stateOrganOfNamedState(s, i, end, w) : null;
                if (ofState != null) {
                    return ofState.last + 1; // "le ministère des Affaires étrangères du Qatar": the named state's ministry
                }
                Mention m = add(s, i, adjective != null ? after : end - 1, Mention.Kind.STATE_ORGAN);
                m.key = w + " " + s.word(end - 1);
                m.country = adjective;
                return m.last + 1;
            }
        }
        if (best == 0 && !t.capitalised() && lexicon.is(s.tokens, i, Grammar.MANAGEMENT) && definite(s, i) && i + 1 < s.size()
                && is(s, i + 1, Grammar.OF_SINGULAR)) {
            int k = skipArticle(s, s.word(i + 2).equals("'") ? i + 3 : i + 2);
            PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
            if (of != null && of.value().kind() == Named.Kind.ORGANISATION && clauseAfterClitics(s, of.last() + 1)) {
                int size = s.mentions.size();
                int end = named(s, of);
                if (s.mentions.size() == size + 1 && s.mentions.get(size).kind == Mention.Kind.ORGANISATION && s.mentions.get(size).nameFrom < 0) {
                    // "la direction de la SNCF a annoncé": the company speaks through its management
                    Mention company = s.mentions.remove(size);
                    Mention m = add(s, i, company.last, Mention.Kind.ORGANISATION);
                    m.key = company.key;
                    m.plural = company.plural;
                    m.link = company.link;
                }
                return end;
            }
        }
        if (best == 0 && !t.capitalised() && lexicon.is(s.tokens, i, Grammar.MANAGEMENT) && managementSpeaks(s, i)) {
            // "la direction a confirmé", ", a indiqué la direction.": the company's management speaks for it
            Mention m = add(s, i, i, Mention.Kind.ORG_ANAPHOR);
            m.key = w;
            return i + 1;
        }
        if (best == 0 && !t.capitalised() && lexicon.is(s.tokens, i, Grammar.ORGAN_ALONE)) {
            int end = organAlone(s, i);
            if (end > i) {
                return end;
            }
        }
        if (best > 0 && title != null && title.length() == best && (!adjectival(s, i) || lexicon.is(s.tokens, i - 1, Grammar.PRENOMINAL_ADJECTIVE))
                && !verbAfterComma(s, i, title) && !qualifiesNamedNoun(s, i)) {
            // "l'ancien Premier ministre", "le nouveau président": an adjective that stands before its noun
            Mention m = add(s, i, title.last(), Mention.Kind.TITLE);
            m.title = title.value();
            m.plural = isPlural(s, i, title.value().title());
            bodyInTitle(s, m);
            int after = adjectives(s, m);
            int end = after > title.last() + 1 ? portfolio(s, after) : after;
            if (end > after) {
                // "le ministre ivoirien des Affaires étrangères": the portfolio after the state's adjective makes the title
                StringBuilder joined = new StringBuilder();
                for (int x = i; x < end; x = x == title.last() ? after : x + 1) {
                    joined.append(s.word(x)).append(" ");
                }
                Entries.Title full = lexicon.titles().get(joined.toString().strip());
                if (full != null) {
                    m.title = full;
                    m.last = end - 1;
                    return end;
                }
            }
            int rest = titleAroundAdjectives(s, m, title.last(), after);
            if (rest > after) {
                return rest;
            }
            if (after == title.last() + 2 && is(s, title.last() + 1, Grammar.INSTITUTION_ADJECTIVE) && m.country == null && m.organisation == null) {
                m.last = title.last(); // "la ministre fédérale de l'Action …", a portfolio the lexicon lacks: the title alone, as before
                after = m.last + 1;
            }
            if (lexicon.is(s.tokens, title.last(), Grammar.ORG_ANAPHOR) && after == title.last() + 1 && after < s.size() && s.token(after).capitalised()) {
                int named = bodyName(s, after);
                if (named > after) {
                    // "le président de l'association Wikimédia France Rémi Mathis": the title names the body, then its holder
                    m.complement = add(s, after, named - 1, Mention.Kind.ORGANISATION);
                    return named;
                }
            }
            int second = secondPortfolio(s, m, after);
            if (second > after) {
                m.last = second - 1; // "la ministre des Affaires sociales et de la Santé": one minister of two portfolios
                return second;
            }
            int remit = remit(s, m, after);
            if (remit > after) {
                m.last = remit - 1; // "l'ambassadeur russe pour les questions climatiques": the remit belongs to the title
                m.remitFrom = after;
                return remit;
            }
            return after;
        }
        int anaphor = anaphorNounEnd(s, i);
        if (anaphor >= i && hasDeterminer(s, i) && (!t.capitalised() || is(s, i, Grammar.NGO_NOUN))
                && !(lexicon.is(s.tokens, i, Grammar.LOCAL_PLACE) && located(s, i))) { // "soigné à l'hôpital Sao Joao": a place
            Mention m = add(s, i, anaphor, Mention.Kind.ORG_ANAPHOR);
            m.ngos = ngoGroup(s, i);
            m.key = anaphor > i ? compound(s, i) : w;
            int after = adjectives(s, m); // "l'entreprise américaine Hewlett-Packard"
            for (int x = after; x < after + 2 && x + 1 < s.size() && s.token(x).isWord() && !s.token(x).capitalised() && !s.token(x).numeric()
                    && !lexicon.isGrammar(s.word(x)) && lexicon.verbs().longest(s.tokens, x) == null; x++) {
                if (s.token(x + 1).capitalised() && s.token(x + 1).isWord()) {
                    m.last = x; // "le constructeur automobile Veltra", "le groupe pétrolier Total"
                    after = x + 1;
                    break;
                }
            }
            int ofName = lexicon.is(s.tokens, i, Grammar.ORG_HEAD) && after == anaphor + 1 ? properNameAfterOf(s, after) : -1;
            if (ofName > after) {
                // "le musée du Louvre", "l'université de Harvard": a body named by its noun and the proper name after "de"
                m.kind = Mention.Kind.ORGANISATION;
                m.last = ofName - 1;
                m.nameFrom = skipArticle(s, after + 1); // later "le Louvre" is the same body
                m.key = null;
                m.organisation = null;
                return ofName;
            }
            if (after < s.size() && s.token(after).capitalised()) {
                int spelled = lexicon.is(s.tokens, i, Grammar.ORG_HEAD) ? nameWithLowerCaseWords(s, after) : after;
                if (spelled > after) {
                    add(s, after, spelled - 1, Mention.Kind.ORGANISATION); // "l'association Droit au logement a dénoncé"
                    return spelled;
                }
                int named = bodyName(s, after);
                if (named > after) {
                    add(s, after, named - 1, Mention.Kind.ORGANISATION); // "l'association Wikimédia France Rémi Mathis": the body, then its officer
                    return named;
                }
                return after;
            }
            int described = lexicon.is(s.tokens, i, Grammar.ORG_HEAD) ? describedBody(s, after) : -1;
            int namedAfter = described > after && described < s.size() && s.token(described).isWord() && s.token(described).capitalised()
                    && !lexicon.isFirstName(s.tokens, described) && describesBody(s, after, described) ? capitalisedRun(s, described) : -1;
            if (namedAfter > described) {
                // "l'association de supporters Brigade Loire": what the body is for, then its name
                m.last = described - 1;
                add(s, described, namedAfter - 1, Mention.Kind.ORGANISATION);
                return namedAfter;
            }
            if (described > after && is(s, i, Grammar.UNION_NOUN)) {
                // "le syndicat des infirmiers ougandais": a union is a body of its own, named by whom it stands for
                m.kind = Mention.Kind.ORGANISATION;
                m.key = null;
                m.link = null;
                m.last = described - 1;
                m.organisation = null;
                return described;
            }
            if (described > after) {
                // "un collectif de défense des droits des femmes": a body known by what it is for, not by a name
                m.kind = Mention.Kind.GROUP;
                m.described = true;
                m.last = described - 1;
                m.organisation = null;
                return described;
            }
            m.last = anaphor;
            m.country = null;
            m.organisation = null;
            return anaphor + 1;
        }
        boolean stateBody = group != null && group.length() == 1 && lexicon.is(s.tokens, i, Grammar.STATE_BODY) && i + 1 < s.size()
                && (stateAdjective(s, i + 1) != null || is(s, i + 1, Grammar.OF_BARE) && capitalOrState(s, i + 1)
                    || qualifiedState(s, i + 1) != null);
        if (best > 0 && group != null && group.length() == best && !adjectival(s, i) && !stateBody) {
            // (not "les autorités ivoiriennes", "les autorités de Kinshasa": a state's authorities are the state)
            Mention m = add(s, i, group.last(), Mention.Kind.GROUP);
            m.key = group.value().noun();
            m.plural = isPlural(s, i, group.value().noun());
            int after = coordinatedStates(s, m, adjectives(s, m));
            int portfolio = after > group.last() + 1 && "OFFICIALS".equals(group.value().kind()) ? portfolio(s, after) : after;
            if (portfolio > after) {
                m.last = portfolio - 1; // "les ministres européens des Affaires étrangères": the portfolio after the adjective
                return portfolio;
            }
            if (m.country != null && m.last == i + 1 && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE)) {
                m.kind = Mention.Kind.STATE_BODY; // "une délégation chinoise", "des émissaires américains": the state they represent
                m.key = m.country;
                return after;
            }
            int adjective = groupAdjective(s, i, m, group, after);
            if (adjective > after + 1) {
                return adjective; // "les ministres arabes des Affaires étrangères": past the portfolio
            }
            after = adjective;
            return after < s.size() && is(s, after, Grammar.DE_FORM) ? groupComplement(s, i, m, after) : after;
        }
        boolean dative = is(s, i - 1, Grammar.TO_THE); // "a demandé au gouvernement indien de …"
        if (lexicon.is(s.tokens, i, Grammar.STATE_BODY) && (hasDeterminer(s, i) || dative || afterArticleAndAdjective(s, i))) {
            int j = i + 1;
            if (j == s.size() && dative && lexicon.is(s.tokens, i, Grammar.BARE_STATE_BODY)) {
                // a headline ending on the one addressed: "l'intersyndicale lance un ultimatum au gouvernement"
                Mention m = add(s, i, i, Mention.Kind.STATE_BODY);
                m.key = null;
                return i + 1;
            }
            if (j < s.size()) {
                int leader = is(s, i, Grammar.LED_BODY) ? leaderName(s, j) : j;
                if (leader > j) {
                    // "le gouvernement Carney", "l'administration Trump", "le régime de Bachar al-Assad": the state its head leads
                    Mention m = add(s, i, leader - 1, Mention.Kind.STATE_BODY);
                    PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, skipOf(s, j));
                    boolean person = known != null && known.value().kind() == Named.Kind.PERSON;
                    m.key = person ? lexicon.person(known.value().key()).flatMap(Entries.Person::country).orElse(null) : null;
                    m.complement = new Mention(s, skipOf(s, j), leader - 1, Mention.Kind.PERSON); // the head is an actor too
                    m.complement.key = person ? known.value().key() : null;
                    return leader;
                }
                String state = stateAdjective(s, j);
                if (state != null) {
                    Mention m = add(s, i, stateAdjectiveEnd(s, j), Mention.Kind.STATE_BODY);
                    m.key = state;
                    return m.last + 1;
                }
                state = qualifiedState(s, j);
                if (state != null) {
                    Mention m = add(s, i, j + 1, Mention.Kind.STATE_BODY); // "les autorités sanitaires indiennes"
                    m.key = state;
                    return j + 2;
                }
                int kind = is(s, i, Grammar.GOVERNMENT) ? governmentKindEnd(s, j) : j;
                state = kind > j ? stateAdjective(s, kind) : null;
                if (state != null) {
                    // "le gouvernement de transition malien", "le gouvernement d'union nationale libyen": the state it governs
                    Mention m = add(s, i, stateAdjectiveEnd(s, kind), Mention.Kind.STATE_BODY);
                    m.key = state;
                    return m.last + 1;
                }
                if (is(s, i, Grammar.GOVERNMENT) && is(s, j, Grammar.REGIONAL_ADJECTIVE)) {
                    // "le gouvernement wallon", "le gouvernement québécois": a region's government, not the state's
                    Mention m = add(s, i, j, Mention.Kind.ORGANISATION);
                    m.key = null;
                    return j + 1;
                }
                if ((is(s, i - 1, Grammar.CONTRACTING_ARTICLE) || dative || afterArticleAndAdjective(s, i) || askedOfThe(s, i)
                        || s.word(i - 1).equals("'") && is(s, i - 2, Grammar.DEFINITE_ELIDED) && (t.capitalised() || is(s, i, Grammar.GOVERNMENT)))
                        && lexicon.is(s.tokens, i, Grammar.BARE_STATE_BODY)
                        && (!is(s, j, Grammar.OF_BARE) || infinitiveAfterDe(s, j)) && !is(s, j, Grammar.OF_THE_SINGULAR) && !s.token(j).capitalised()) {
                    // "le gouvernement": the state the dispatch is about; "au gouvernement de retirer": the one asked
                    boolean federal = is(s, j, Grammar.FEDERAL); // "le gouvernement fédéral" of a Belga dispatch is Belgium's
                    Mention m = add(s, i, federal ? j : i, Mention.Kind.STATE_BODY);
                    m.key = null;
                    m.federal = federal || is(s, i, Grammar.FEDERAL); // and "le fédéral" itself
                    return m.last + 1;
                }
                if (is(s, j, Grammar.OF_SINGULAR)) {
                    int k = skipArticle(s, j + 1);
                    PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
                    int place = of != null ? longerPlace(s, of) : -1;
                    if (of != null && place > of.last() && is(s, i, Grammar.GOVERNMENT)) {
                        // "le gouvernement de la Colombie-Britannique": a province's government, not Colombia's
                        add(s, i, place, Mention.Kind.ORGANISATION).key = null;
                        return place + 1;
                    }
                    if (of != null && (of.value().kind() == Named.Kind.STATE || of.value().kind() == Named.Kind.CAPITAL)) {
                        Mention m = add(s, i, of.last(), Mention.Kind.STATE_BODY);
                        m.key = of.value().key();
                        return of.last() + 1;
                    }
                    int last = of != null && of.value().kind() == Named.Kind.ORGANISATION
                            && party(of.value()) ? of.last()
                            : of == null && k < s.size() && s.token(k).capitalised() && !lexicon.isFirstName(s.tokens, k) ? nameRun(s, k, true) - 1 : -1;
                    if (is(s, i, Grammar.GOVERNMENT) && last >= k) {
                        // "le gouvernement du Québec", "le gouvernement du Parti québécois": a government that is no state's
                        Mention m = add(s, i, last, Mention.Kind.ORGANISATION);
                        m.key = null;
                        return last + 1;
                    }
                }
            }
        }
        if (!t.capitalised() && lexicon.is(s.tokens, i, Grammar.COUNCIL_NOUN) && definite(s, i) && !s.inQuote(i)) {
            int end = localCouncil(s, i);
            if (end > i) {
                // "le conseil communal de Liège", "le conseil municipal": one body, named with its town or without it (a headline's
                // "le conseil communal" and the lead's "le conseil communal de Liège"), so keyed by its noun and adjective
                add(s, i, end - 1, Mention.Kind.ORGANISATION).key = lexicon.is(s.tokens, i + 1, Grammar.LOCAL_COUNCIL_ADJECTIVE)
                        ? joinedWords(s, i, remitEnd(s, i + 2)) : joinedWords(s, i, afterOf(s, i + 1) + 1);
                return end;
            }
        }
        if (!t.capitalised() && lexicon.is(s.tokens, i, Grammar.REGION_NOUN) && i > 1 && is(s, i - 1, Grammar.DEFINITE_SINGULAR_OR_CONTRACTED)
                && is(s, i - 2, Grammar.DE_FORM) && !s.inQuote(i)) {
            int end = regionNamed(s, i + 1);
            if (end > i + 1) {
                // "le préfet de la région Pays de la Loire", "les élus de la région Bretagne": the region's name after its noun, as
                // the complement of a title or of a group, is the region, a body (as "la Région Bretagne" written with its capital),
                // not an actor of its own nor the title's holder; where it only locates ("dans la région X") it is left alone
                add(s, i, end - 1, Mention.Kind.ORGANISATION).key = null;
                return end;
            }
        }
        if (lexicon.is(s.tokens, i, Grammar.ORG_ANAPHOR) && hasDeterminer(s, i) && !t.capitalised() && !(lexicon.is(s.tokens, i, Grammar.LOCAL_PLACE) && located(s, i))) {
            Mention m = add(s, i, i, Mention.Kind.ORG_ANAPHOR);
            m.key = w;
            return i + 1;
        }
        if (t.capitalised() && !t.upper() && lexicon.is(s.tokens, i, Grammar.INSTITUTION) && definite(s, i) && !located(s, i) && !s.inQuote(i)
                && !(i > 1 && is(s, i - 1, Grammar.DE_FORM) && lexicon.is(s.tokens, i - 2, Grammar.LOCAL_PLACE))) { // "la colline du Parlement": a place
            int end = institution(s, i);
            if (end > i) {
                return end;
            }
        }
        boolean plural = lexicon.is(s.tokens, i, Grammar.PRONOUN_PLURAL);
        if ((plural || lexicon.is(s.tokens, i, Grammar.PRONOUN_SINGULAR)) && !s.inQuote(i)) {
            Mention m = add(s, i, i, Mention.Kind.PRONOUN);
            m.plural = plural;
            return i + 1;
        }
        if (t.capitalised() && (namedThingBefore(s, i) || namedThingCalled(s, i))) {
            // "le télescope Alpha Centauri", "la série Julie Lescaut", "le télescope spatial James Webb", "son étoile naine
            // orange Gliese B" (past adjectives), "deux étoiles proches appelé Kepler Prima": a name after the noun of a thing names that thing
            int end = nameRun(s, i, true);
            if (end > i) {
                thingNames.add(joinedWords(s, i, end));
                return end;
            }
        }
        if (t.capitalised() && s.inQuote(i) && lexicon.isFirstName(s.tokens, i)) {
            // a person named in someone's words is an actor too: « sa prise de bec avec Maria Dolores de Cospedal »
            int end = nameRun(s, i, true);
            for (int x = i + 1; x < end; x++) {
                if (s.token(x).isWord() && s.token(x).capitalised() && !lexicon.isFirstName(s.tokens, x)) {
                    add(s, i, end - 1, Mention.Kind.PERSON);
                    return end;
                }
            }
        }
        if (t.capitalised() && !s.inQuote(i)) {
            int start = i;
            int particled = particledSurnameOpening(s, i);
            if (particled > i) {
                add(s, i, particled - 1, Mention.Kind.PROPER); // "De Guindos a déclaré": the capitalised "De" is the name's
                return particled;
            }
            if (unaccentedCapitalA(s, i)) {
                return i + 1; // "Syrie A Genève, l'émissaire …": wire copy writes a capital À without its accent
            }
            if (lexicon.is(s.tokens, i, Grammar.SENTENCE_WORD) && !lexicon.isFirstName(s.tokens, i) && (sentenceInitial(s, i) || nameRun(s, i, true) == i + 1)) {
                return i + 1; // a grammar word capitalised after a glued sentence end (« ... ».Pour) is no name either
            }
            if (s.word(i).length() == 1 && i + 2 < s.size() && s.token(i + 1).is("'") && s.token(i + 1).start() == t.end()
                    && s.token(i + 2).isWord() && !s.token(i + 2).capitalised()) {
                return i + 1; // an elided pronoun opening a slogan ("le mouvement Y'en a marre", "J'accuse") is no body "Y"
            }
            int end = joinedBodyName(s, start, nameRun(s, start, true));
            end = adjectivedName(s, start, end);
            if (end == start + 1 && lexicon.isFirstName(s.tokens, start) && listedAmongNames(s, start)) {
                add(s, start, start, Mention.Kind.PERSON); // "Nelson Rivas, Felipe, Troy Perkins": a player known by one name
                return end;
            }
            if (end > start) {
                boolean initial = sentenceInitial(s, start);
                Mention proper = add(s, start, end - 1, Mention.Kind.PROPER);
                proper.initial = initial && end - start == 1 && !lexicon.isFirstName(s.tokens, start) && !t.upper();
                proper.located = located(s, start);
                return end;
            }
        }
        return i;
    }

    /**
     * Whether a proper name is a town after {@code à} that only locates what follows ({@code A Genève, l'émissaire de l'ONU
     * multiplie les contacts}): the title after its comma is the clause's subject, not the town's apposition.
     */
    private boolean placeBeforeSubject(Sentence s, Mention a) {
        return a.kind == Mention.Kind.PROPER && a.first == a.last && a.first > 0 && is(s, a.first - 1, Grammar.TO_BARE)
                && lexicon.stateOfPlace(s.word(a.first)).isPresent();
    }

    /** Whether the token at i is a capital {@code A} standing for {@code À} before a capitalised word: no initial, no name. */
    private boolean unaccentedCapitalA(Sentence s, int i) {
        return is(s, i, Grammar.TO_BARE) && s.token(i).end() - s.token(i).start() == 1 && i + 1 < s.size() && s.token(i + 1).isWord()
                && s.token(i + 1).capitalised() && s.token(i + 1).start() > s.token(i).end();
    }

    /**
     * Whether a portfolio follows the body's noun at i, past a state's adjective ({@code le département américain de la
     * Justice}): a {@code PORTFOLIO_BODY} noun names a state's body only so, never alone or with a place ({@code le
     * département du Nord}).
     */
    private boolean portfolioNamed(Sentence s, int i) {
        int last = stateAdjective(s, i + 1) != null ? stateAdjectiveEnd(s, i + 1) : i;
        return portfolio(s, last + 1) > last + 1 && is(s, afterOf(s, last + 1), Grammar.PORTFOLIO_WORD);
    }

    /**
     * Whether "a" at x is the "à" of a second portfolio ("le commissaire européen aux Affaires intérieures et à la
     * Migration, X"): after "et", before an article and a capitalised word. Folded, "à" and the auxiliary "a" are one word.
     */
    private boolean coordinatedPortfolio(Sentence s, int x) {
        int k = s.word(x + 2).equals("'") ? x + 3 : x + 2;
        return is(s, x, Grammar.TO_PREPOSITION) && is(s, x - 1, Grammar.AND) && is(s, x + 1, Grammar.ARTICLE)
                && k < s.size() && s.token(k).isWord() && s.token(k).capitalised();
    }

    /**
     * Whether "a" at x is the "à" of the body where a post is held ("le directeur du projet à l'ISRO, Arjun Menon"): before
     * an article and a capitalised word, where the auxiliary would take a participle.
     */
    private boolean bodyOfPost(Sentence s, int x) {
        int k = x + 2 < s.size() && s.word(x + 2).equals("'") ? x + 3 : x + 2;
        return is(s, x, Grammar.TO_PREPOSITION) && is(s, x + 1, Grammar.ARTICLE) && k < s.size() && s.token(k).isWord() && s.token(k).capitalised();
    }

    /**
     * Whether a mention is a word of a title's portfolio or remit, not an actor's name: an unknown
     * capitalised word or a body's common noun after {@code de}, {@code à} or an article
     * ({@code aux Affaires économiques}, {@code chargé du Numérique}, {@code auprès de l'agence}).
     */
    private boolean inPortfolio(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.PROPER && m.kind != Mention.Kind.ORG_ANAPHOR || m.first < 1 || lexicon.isFirstName(s.tokens, m.first)) {
            return false;
        }
        int before = s.word(m.first - 1).equals("'") ? m.first - 2 : m.first - 1;
        return is(s, before, Grammar.DE_FORM) || is(s, before, Grammar.TO_THE) || is(s, before, Grammar.DEFINITE) || is(s, before, Grammar.DEFINITE_ELIDED);
    }

    /**
     * "la Confédération africaine de football": a state's name with its article, whose noun opens a
     * longer body's name, is that body, added as an organisation; returns the index after it, or -1.
     */
    private int bodyOpenedBy(Sentence s, PhraseIndex.Match<Named> match) {
        int longer = organisationName(s, match.last());
        if (longer > match.last() + 1 && match.last() > match.first()) {
            add(s, match.last(), longer - 1, Mention.Kind.ORGANISATION);
            return longer;
        }
        return -1;
    }

    /**
     * The index after the name of the body whose officials ({@code BODY_OFFICIALS}: dirigeants, responsables) are
     * named before the {@code de} at j, the name at k after an article ({@code de l'Impact de Montréal}, {@code du
     * Racing}): capitalised words the lexicons do not know, closed by their town; the name is added as an
     * organisation. Returns k when no article stands before the name or no name follows.
     */
    private int bodyOfOfficials(Sentence s, int j, int k) {
        if (k >= s.size() || !(k > j + 1 || is(s, j, Grammar.OF_THE_SINGULAR)) || !s.token(k).isWord() || !s.token(k).capitalised()
                || s.token(k).upper() || lexicon.isFirstName(s.tokens, k) || lexicon.is(s.tokens, k, Grammar.SENTENCE_WORD)) {
            return k;
        }
        int end = nameRun(s, k, true);
        if (end == k || end > k + 3) {
            return k;
        }
        end = townOfBody(s, end);
        add(s, k, end - 1, Mention.Kind.ORGANISATION);
        return end;
    }

    /**
     * Whether the word at i stands in a list of people's full names: a comma or {@code et} between it and a
     * name of two capitalised words on one side, and a comma, {@code et} or the sentence's end on the other
     * ({@code Nelson Rivas, Felipe, Troy Perkins}).
     */
    private boolean listedAmongNames(Sentence s, int i) {
        boolean joinedBefore = i > 0 && (s.token(i - 1).is(",") || is(s, i - 1, Grammar.AND));
        boolean joinedAfter = i + 1 < s.size() && (s.token(i + 1).is(",") || is(s, i + 1, Grammar.AND));
        boolean nameBefore = joinedBefore && i > 2 && givenAndSurname(s, i - 3, i - 2);
        boolean nameAfter = joinedAfter && i + 3 < s.size() && givenAndSurname(s, i + 2, i + 3);
        boolean closed = i + 1 >= s.size() || s.token(i + 1).is(".");
        return nameBefore && (joinedAfter || closed) || nameAfter && joinedBefore;
    }

    /** Whether tokens a and b are a given name and a capitalised word after it ({@code Troy Perkins}). */
    private boolean givenAndSurname(Sentence s, int a, int b) {
        return s.token(a).isWord() && s.token(a).capitalised() && !s.token(a).upper() && s.token(b).isWord() && s.token(b).capitalised()
                && !s.token(b).upper() && s.token(b).start() == s.token(a).end() + 1 && lexicon.isFirstName(s.tokens, a);
    }

    /** The folded words from first (inclusive) to end (exclusive), joined by spaces. */
    private static String joinedWords(Sentence s, int first, int end) {
        StringBuilder out = new StringBuilder();
        for (int x = first; x < end; x++) {
            if (s.token(x).isWord()) {
                out.append(out.length() > 0 ? " " : "").append(s.word(x));
            }
        }
        return out.toString();
    }

    /** Whether the name at [first, last] opens a headline as its place label, before a colon ({@code Madrid : …}). */
    private static boolean headlineLabel(Sentence s, int first, int last) {
        return first == 0 && s.kind == org.diplotext.model.SegmentKind.HEADLINE && last + 1 < s.size() && s.word(last + 1).equals(":");
    }

    /**
     * Whether a noun of things that take a name ({@code NAMED_THING}) stands before the name at i, past up
     * to three lower-case adjectives and a naming participle ({@code NAMING}: {@code appelé}, {@code nommé}).
     */
    private boolean namedThingBefore(Sentence s, int i) {
        int k = i - 1;
        if (k > 0 && is(s, k, Grammar.NAMING) && !s.token(k).capitalised()) {
            k--;
        }
        for (int n = 0; n < 4 && k >= 0; n++, k--) {
            if (is(s, k, Grammar.NAMED_THING)) {
                return true;
            }
            Token w = s.token(k);
            if (!w.isWord() || w.capitalised() || w.numeric() || lexicon.isGrammar(s.word(k)) || lexicon.verbs().longest(s.tokens, k) != null
                    || !suffix(s.word(k), Grammar.VERB_ENDING).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index after a proper name that no lexicon knows, introduced by the {@code de} at j
     * ({@code du Louvre}, {@code de Pointe-à-Callière}, {@code de la Pitié-Salpêtrière}), or -1: a state,
     * a town or a body the lexicons name after {@code de} locates or owns ({@code le musée de Montréal}).
     */
    private int properNameAfterOf(Sentence s, int j) {
        if (j >= s.size() || !is(s, j, Grammar.OF)) {
            return -1;
        }
        int k = skipArticle(s, j + 1);
        if (k >= s.size() || !s.token(k).capitalised() || !s.token(k).isWord() || s.token(k).upper()
                || lexicon.names().longest(s.tokens, k) != null || lexicon.isGrammar(s.word(k))) {
            return -1;
        }
        int end = nameRun(s, k, true);
        return end > k ? end : -1;
    }

    /**
     * Whether the name at first closes a longer place name it is glued to by a hyphen after a word that
     * names no state or body ({@code Nouvelle-France}, {@code Basse-Autriche}, {@code Île-de-France}); not
     * a pair of names ({@code Israël-Palestine}, {@code l'axe Paris-Berlin}).
     */
    private boolean tailOfPlaceName(Sentence s, int first) {
        if (first < 2 || !s.token(first - 1).is("-") || s.token(first - 1).end() != s.token(first).start()
                || s.token(first - 2).end() != s.token(first - 1).start() || !s.token(first - 2).isWord() || s.token(first - 2).numeric()) {
            return false;
        }
        int k = first - 2;
        while (k >= 2 && s.token(k - 1).is("-") && s.token(k - 1).start() == s.token(k - 2).end() && s.token(k - 2).isWord()) {
            k -= 2; // "Île-de-": back to the first word of the compound
        }
        return s.token(k).capitalised() && lexicon.names().longest(s.tokens, k) == null;
    }

    /**
     * Whether a state named at [first, last] outside quotations stands for its national team: a word
     * of sport ({@code match}, {@code finale}, {@code battu}) or a score ({@code 1-0}) within a few
     * words of it.
     */
    private boolean sportsTeam(Sentence s, int first, int last) {
        if (s.inQuote(first)) {
            return false;
        }
        for (int k = Math.max(0, first - 8); k <= Math.min(s.size() - 1, last + 8); k++) {
            if (is(s, k, Grammar.SPORTS_WORD) && !is(s, k - 1, Grammar.REFLEXIVE)) {
                return true;
            }
            if (s.token(k).numeric() && k + 2 < s.size() && s.token(k + 1).is("-") && s.token(k + 2).numeric()
                    && s.token(k + 1).start() == s.token(k).end() && s.token(k + 2).start() == s.token(k + 1).end()
                    && s.word(k).length() <= 2 && s.word(k + 2).length() <= 2 && !is(s, k + 3, Grammar.MONTH)) {
                // a score, not years ("2022-2023") or days ("les 12-13 mai")
                return true;
            }
        }
        return false;
    }

    /** Whether one more complement at j ends right before a bracket: "des droits | de l'homme (Lidho)". */
    private boolean bracketAfterComplements(Sentence s, int j) {
        int end = complement(s, j);
        return end > j && end < s.size() && s.token(end).is("(");
    }

    /**
     * The first capitalised word after the lower-case particles that open a surname at j
     * ({@code von der Leyen}, {@code ben Salmane}, {@code al-Assad}); j when none opens it.
     */
    private int particlesBeforeName(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k < j + 3 && !s.token(k).capitalised() && lexicon.is(s.tokens, k, Grammar.PARTICLE)) {
            k++;
            if (k < s.size() && (s.token(k).is("'") || s.token(k).is("-")) && s.token(k).start() == s.token(k - 1).end()) {
                k++;
            }
        }
        return k > j && k < s.size() && s.token(k).isWord() && s.token(k).capitalised() ? k : j;
    }

    /**
     * The last token of the organisation noun at i ({@code l'entreprise}: i), a hyphenated compound
     * listed whole too ({@code la start-up}: i + 2); -1 when none stands there.
     */
    private int anaphorNounEnd(Sentence s, int i) {
        if (lexicon.is(s.tokens, i, Grammar.ORG_ANAPHOR)) {
            return i;
        }
        if (lexicon.is(s.tokens, i, Grammar.PLANT_NOUN)) {
            return companyAfterPlant(s, i) ? i : -1; // "l'usine chimique Sigmachem" names the company; "l'usine" alone is a place
        }
        return is(s, i, Grammar.COMPOUND_OPENER) && lexicon.is(compound(s, i), Grammar.ORG_ANAPHOR) ? i + 2 : -1;
    }

    /**
     * Whether a company's name follows the plant noun at i, past at most two lower-case words ({@code l'usine chimique
     * Sigmachem}, {@code la raffinerie Petroplus}).
     */
    private boolean companyAfterPlant(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
            Token t = s.token(k);
            if (!t.isWord() || t.numeric()) {
                return false;
            }
            if (t.capitalised()) {
                return !lexicon.isFirstName(s.tokens, k) && lexicon.stateOfPlace(s.word(k)).isEmpty();
            }
            if (lexicon.isGrammar(s.word(k))) {
                return false; // "l'usine de Flins": the place, not a name
            }
        }
        return false;
    }

    /** The folded hyphenated compound at i ({@code start-up}), or "" when no hyphen glues i to the word after it. */
    private static String compound(Sentence s, int i) {
        if (i + 2 >= s.size() || !s.token(i + 1).is("-") || !s.token(i + 2).isWord() || s.token(i).end() != s.token(i + 1).start()
                || s.token(i + 1).end() != s.token(i + 2).start()) {
            return "";
        }
        return s.word(i) + "-" + s.word(i + 2);
    }

    /** Whether a rule of {@link #at} can start at the lower-case word i (see {@link #LOWER_CASE_OPENERS}). */
    private boolean opensInLowerCase(Sentence s, int i) {
        return lexicon.isAny(s.tokens, i, LOWER_CASE_OPENER_CLASSES) || lexicon.names().opensAt(s.tokens, i)
                || lexicon.titles().opensAt(s.tokens, i) || lexicon.groups().opensAt(s.tokens, i);
    }

    private int named(Sentence s, PhraseIndex.Match<Named> match) {
        Named named = match.value();
        int first = match.first();
        switch (named.kind()) {
            case STATE -> {
                if (tailOfPlaceName(s, first)) {
                    return match.last() + 1; // "en Nouvelle-France", "la Basse-Autriche", "l'Île-de-France": another place
                }
                if (complementOf(s, first, Grammar.EVENT)) {
                    return match.last() + 1; // "le Tour de France", "la Coupe de France": an event's name, no state
                }
                int body = bodyOpenedBy(s, match);
                if (body > 0) {
                    return body;
                }
                if (sportsTeam(s, first, match.last())) {
                    return match.last() + 1; // "en battant le Portugal 1-0": the national team, no state acting
                }
                Mention m = add(s, first, match.last(), Mention.Kind.STATE);
                m.key = named.key();
                // (in someone's quoted words a state is what they speak of: « … ainsi qu'au Bélarus »)
                m.located = !s.inQuote(first) && (located(s, first) || landOnly(s, first, match.last()))
                        && !askedToAct(s, first, match.last()) && !addressedInWriting(s, first)
                        || headlineLabel(s, first, match.last()); // "États-Unis : lancement réussi": the rubric only locates
            }
            case CAPITAL -> {
                if (tailOfPlaceName(s, first)) {
                    return match.last() + 1;
                }
                int body = bodyOpenedBy(s, match);
                if (body > 0) {
                    return body;
                }
                int j = match.last() + 1;
                if (j < s.size() && s.token(j).isWord() && s.token(j).capitalised() && s.token(j).start() - s.token(match.last()).end() == 1
                        && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD) && lexicon.names().longest(s.tokens, j) == null
                        && !givenNameWithSurname(s, j)) {
                    // (not "le porte-parole du Kremlin Dmitri Ivanov": a given name and a surname after it name the title's holder)
                    return nameRun(s, j, true); // "le stade Madrid Arena": a capital opening a longer name names a thing there
                }
                if (headlineLabel(s, first, match.last())) {
                    return j; // "Madrid : trois morts …": a headline's place label only locates
                }
                if (ofLocalPlace(s, first)) {
                    return match.last() + 1; // "le tribunal de Paris", "la mairie de Berlin": the city, no state
                }
                if (!located(s, first) && !landOnly(s, first, match.last()) || askedToAct(s, first, match.last()) || addressedInWriting(s, first)) {
                    Mention m = add(s, first, match.last(), Mention.Kind.CAPITAL);
                    m.key = named.key();
                }
            }
            case ORGANISATION -> {
                if (match.first() == match.last() && first > 0 && lexicon.is(s.tokens, first - 1, Grammar.LOCATIVE) && !s.token(first).upper()
                        && !lexicon.is(s.tokens, first - 1, Grammar.ARTICLE) && !lexicon.is(s.tokens, first - 1, Grammar.HOST_PREPOSITION)
                        && !askedToAct(s, first, match.last())) {
                    // ("chez Danone" names the company itself; "a demandé à Arianespace de remettre …" the one asked)
                    // "à Bruxelles": a seat standing for a body only locates after a preposition; a town takes no
                    // article, so a name after a contracted one ("au Hamas", "aux talibans") is the body itself
                    return match.last() + 1;
                }
                if (match.first() == match.last() && (ofLocalPlace(s, first) || heldAt(s, first)) && lexicon.stateOfPlace(s.word(first)).isPresent()) {
                    return match.last() + 1; // "l'aéroport de Bruxelles", "le sommet de Bruxelles": the town, not the body seated there
                }
                Mention before = s.mentions.isEmpty() ? null : s.mentions.get(s.mentions.size() - 1);
                if (match.first() == match.last() && first > 1 && is(s, first - 1, Grammar.OF_BARE) && before != null && before.kind == Mention.Kind.TITLE
                        && before.last == first - 2 && lexicon.stateOfPlace(s.word(first)).isPresent()) {
                    return match.last() + 1; // "le bourgmestre de Bruxelles": the town of an office, not the body seated there
                }
                if (match.first() == match.last() && first > 0 && s.token(first).upper() && s.token(first - 1).numeric()) {
                    return match.last() + 1; // "à 0,04 UA de son étoile": an acronym after a number is a unit
                }
                if (match.first() == match.last() && is(s, first, Grammar.ARTICLELESS_NAME) && hasDeterminer(s, first)) {
                    return match.last() + 1; // "les peintres de la Renaissance": the party "Renaissance" takes no article
                }
                int longer = organisationName(s, match.last());
                if (longer > match.last() + 1 && match.last() > first) {
                    // a generic alias opening a longer name is another body: "l'Union des étudiants", "l'Alliance démocratique"
                    Mention m = add(s, match.last(), longer - 1, Mention.Kind.ORGANISATION);
                    if (proper(s, match.last())) {
                        m.nameFrom = match.last() + 1;
                    }
                    return longer;
                }
                int branch = hyphenatedBranch(s, match.last());
                if (branch > match.last() + 1) {
                    add(s, first, branch - 1, Mention.Kind.ORGANISATION); // "l'UNSA-PNC", "la CGT-Métallurgie": a branch, a body of its own
                    return branch;
                }
                int regional = match.last() > first ? regionalEnd(s, match.last() + 1) : -1;
                if (regional > match.last() + 1) {
                    // "le Conseil d'État valaisan", "le Grand Conseil genevois": a canton's or a region's own body of
                    // that name, not the national one the lexicon knows
                    add(s, first, regional - 1, Mention.Kind.ORGANISATION);
                    return regional;
                }
                int section = nationalSection(s, named, match.last() + 1);
                Mention m = add(s, first, section - 1, Mention.Kind.ORGANISATION);
                m.key = named.key();
                m.plural = first > 0 && is(s, first - 1, Grammar.DEFINITE_PLURAL);
                return section;
            }
            case PERSON -> {
                int j = match.last() + 1;
                if (first == match.last() && j < s.size() && s.token(j).isWord() && s.token(j).capitalised() && !s.token(j).upper()
                        && s.token(j).start() - s.token(first).end() == 1 && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD)
                        && lexicon.names().longest(s.tokens, j) == null && lexicon.titles().longest(s.tokens, j) == null) {
                    int end = nameRun(s, first, true);
                    if (end > j) {
                        // a known one-word name followed by another name word is a given name of someone else:
                        // "Abbas Araghtchi" is not Mahmoud Abbas
                        add(s, first, end - 1, Mention.Kind.PERSON);
                        return end;
                    }
                }
                Mention m = add(s, first, match.last(), Mention.Kind.PERSON);
                m.key = named.key();
            }
            case DEMONYM -> {
                // inhabitants are not the state; they are reported only through groups. But one of them named
                // right after is a person of that state: "la Polonaise Agnieszka Radwanska"
                int j = match.last() + 1;
                String before = first > 0 ? s.word(first - 1) : "";
                if ((is(s, first - 1, Grammar.DEFINITE_SINGULAR) || before.equals("'") && first > 1 && is(s, first - 2, Grammar.DEFINITE_ELIDED))
                        && j < s.size() && s.token(j).isWord() && s.token(j).capitalised() && !s.token(j).upper()
                        && lexicon.names().longest(s.tokens, j) == null && lexicon.titles().longest(s.tokens, j) == null
                        && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD)) {
                    int end = nameRun(s, j, true);
                    if (end > j && (end > j + 1 || lexicon.isFirstName(s.tokens, j) || !lexicon.isGrammar(s.word(j)))) {
                        Mention m = add(s, j, end - 1, Mention.Kind.PERSON); // "le Brésilien Neymar" too
                        m.country = named.key();
                        return end;
                    }
                }
                if (singularDemonym(s, first, j)) {
                    // "« … », a confié le Brésilien", "L'Américaine a ajouté": the person of that state named last
                    Mention m = add(s, first, match.last(), Mention.Kind.PERSON);
                    m.country = named.key();
                    m.demonym = true;
                }
            }
            default -> {
            }
        }
        return match.last() + 1;
    }

    /**
     * The index after a town's or a region's council written in lower case at i ({@code le conseil communal de Liège},
     * {@code le conseil municipal}, {@code le conseil régional d'Occitanie}): the council's noun, its local adjective and the
     * town that follows, if any; or i when no local adjective follows (a {@code conseil} of ministers or of a company is no such body).
     */
    private int localCouncil(Sentence s, int i) {
        int board = is(s, i + 1, Grammar.DE_FORM) ? afterOf(s, i + 1) : i;
        if (board > i + 1 && board < s.size() && !s.token(board).capitalised() && lexicon.is(s.tokens, board, Grammar.BOARD_WORD)) {
            return townOfBody(s, board + 1); // "le conseil d'administration (de Renault)": a company's board, a body of its own
        }
        if (i + 1 >= s.size() || s.token(i + 1).capitalised() || !lexicon.is(s.tokens, i + 1, Grammar.LOCAL_COUNCIL_ADJECTIVE)) {
            return i;
        }
        return townOfBody(s, remitEnd(s, i + 2));
    }

    /**
     * The index after the remit a local body's adjective may take before its town ({@code la chambre régionale des comptes
     * de Lorraine}): "de" and a lower-case board word; j when none, so the town (or nothing) follows the adjective.
     */
    private int remitEnd(Sentence s, int j) {
        if (j + 1 >= s.size() || !is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int board = afterOf(s, j);
        return board < s.size() && !s.token(board).capitalised() && lexicon.is(s.tokens, board, Grammar.BOARD_WORD) ? board + 1 : j;
    }

    /**
     * Whether a capitalised organ word opens a state's organ all the same: a lower-case qualifier and a state's
     * adjective follow ({@code La Police fédérale brésilienne}), so the capital letter is the writer's, not a name's.
     */
    private boolean qualifiedOrganOfState(Sentence s, int i) {
        return i + 2 < s.size() && !s.token(i + 1).capitalised() && lexicon.is(s.tokens, i + 1, Grammar.ORGAN_QUALIFIER)
                && lexicon.stateOfAdjective(s.word(i + 2)).isPresent();
    }

    /**
     * The index after a body's name made of an unknown acronym of two to five letters and a state's name right after it,
     * no article between ({@code MG France}, {@code le syndicat SUD Belgique}), where a body stands (the sentence's start, after
     * "de" or a body's noun); i when none. The state's name ends the name (no capitalised word after it).
     */
    private int acronymBeforeState(Sentence s, int i) {
        Token t = s.token(i);
        int letters = t.end() - t.start();
        if (!t.isWord() || !t.upper() || letters < 2 || letters > 5 || i + 1 >= s.size() || s.token(i + 1).start() != t.end() + 1
                || lexicon.names().longest(s.tokens, i) != null || lexicon.titles().longest(s.tokens, i) != null || s.inQuote(i)) {
            return i;
        }
        if (!(i == 0 || is(s, i - 1, Grammar.DE_FORM) || lexicon.is(s.tokens, i - 1, Grammar.ORG_ANAPHOR))) {
            return i;
        }
        PhraseIndex.Match<Named> state = lexicon.names().longest(s.tokens, i + 1);
        if (state == null || state.value().kind() != Named.Kind.STATE || !s.token(i + 1).capitalised()) {
            return i;
        }
        int after = state.last() + 1;
        return after < s.size() && s.token(after).isWord() && s.token(after).capitalised() ? i : after;
    }

    /**
     * The index after a region's name at j (capitalised, no given name, no state, no known body), or j when none: a state's
     * name after the noun is a part of the world ({@code la région Afrique}), not a region's body.
     */
    private int regionNamed(Sentence s, int j) {
        if (j >= s.size() || !s.token(j).isWord() || !s.token(j).capitalised() || s.token(j).upper() || lexicon.isFirstName(s.tokens, j)
                || lexicon.names().longest(s.tokens, j) != null || lexicon.stateOfPlace(s.word(j)).isPresent()) {
            return j;
        }
        return nameRun(s, j, true);
    }

    /** The index after the adjectives of a canton or region from {@code j} ({@code cantonale valaisanne}); j when none. */
    private int regionalEnd(Sentence s, int j) {
        int k = j;
        while (k < s.size() && is(s, k, Grammar.REGIONAL_ADJECTIVE)) {
            k++;
        }
        return k;
    }

    /**
     * The surnames listed after the first one of a plural civility ({@code MM. Poutine et Xi}, {@code Mmes Dupont,
     * Martin et Durand}): one person each, as if each had its own {@code M.}. Returns the index after the list.
     */
    private int civilityList(Sentence s, int end) {
        while (end + 1 < s.size() && (s.word(end).equals(",") || is(s, end, Grammar.AND)) && s.token(end + 1).capitalised()) {
            int j = particlesBeforeName(s, end + 1);
            int next = nameRun(s, j, false);
            if (next <= j) {
                break;
            }
            Mention m = add(s, end + 1, next - 1, Mention.Kind.PERSON);
            m.civility = true;
            m.nameFrom = end + 1;
            PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, j);
            if (known != null && known.last() == next - 1 && known.value().kind() == Named.Kind.PERSON) {
                m.key = known.value().key();
            }
            end = next;
        }
        return end;
    }

    /**
     * A plural title shared by the adjectives of two states ({@code les présidents russe et chinois}, {@code les
     * ministres français et allemand des Affaires étrangères}, {@code les chefs de la diplomatie française et allemande}):
     * one title mention for each state, named as the singular title with that state's adjective, so that each resolves
     * to the holder named elsewhere and both act as coordinated subjects. Returns the index after them, or i.
     */
    private int sharedTitle(Sentence s, int i) {
        String w = s.word(i);
        if (suffix(w, Grammar.PLURAL_ENDING).isEmpty()) {
            return i;
        }
        String singular = w.substring(0, w.length() - 1);
        if (!lexicon.titles().containsWord(singular)) {
            return i; // most plural nouns after "les": one lookup
        }
        Entries.Title title = null;
        int a = -1;
        for (int k = i + 1; k <= i + 4 && k < s.size(); k++) { // the rest of a title of several words: "de la diplomatie"
            Entries.Title longer = lexicon.titles().get(k == i + 1 ? singular : singular + " " + joinedWords(s, i + 1, k));
            if (longer != null) {
                title = longer;
                a = k;
            }
        }
        String first = title == null ? null : stateAdjective(s, a);
        if (first == null) {
            return i;
        }
        int firstEnd = stateAdjectiveEnd(s, a);
        int and = firstEnd + 1;
        String second = and + 1 < s.size() && is(s, and, Grammar.AND) ? stateAdjective(s, and + 1) : null;
        if (second == null || second.equals(first)) {
            return i;
        }
        int secondEnd = stateAdjectiveEnd(s, and + 1);
        int end = portfolio(s, secondEnd + 1);
        if (end > secondEnd + 1) {
            Entries.Title full = lexicon.titles().get(singular + " " + joinedWords(s, secondEnd + 1, end));
            if (full == null) {
                return i;
            }
            title = full; // "les ministres français et allemand des Affaires étrangères": each is foreign minister
        }
        int remitFirst = end > secondEnd + 1 ? secondEnd + 1 : -1;
        Mention one = add(s, i, firstEnd, Mention.Kind.TITLE);
        one.title = title;
        one.country = first;
        one.shared = new Mention.Shared(i, a - 1, a, firstEnd, remitFirst, end - 1);
        Mention other = add(s, and + 1, end - 1, Mention.Kind.TITLE);
        other.title = title;
        other.country = second;
        other.shared = new Mention.Shared(i, a - 1, and + 1, secondEnd, remitFirst, end - 1);
        return end;
    }

    /**
     * A plural state body shared by the adjectives of two states ({@code les gouvernements espagnol et marocain}, {@code
     * les diplomaties française et allemande}): one state-body mention for each state. Returns the index after them, or i.
     */
    private int sharedStateBody(Sentence s, int i) {
        if (!is(s, i, Grammar.PLURAL_STATE_BODY) || i + 3 >= s.size()) {
            return i;
        }
        String first = stateAdjective(s, i + 1);
        int firstEnd = first == null ? -1 : stateAdjectiveEnd(s, i + 1);
        int and = firstEnd + 1;
        String second = first != null && is(s, and, Grammar.AND) ? stateAdjective(s, and + 1) : null;
        if (second == null || second.equals(first)) {
            return i;
        }
        Mention one = add(s, i, firstEnd, Mention.Kind.STATE_BODY);
        one.key = first;
        Mention other = add(s, and + 1, stateAdjectiveEnd(s, and + 1), Mention.Kind.STATE_BODY);
        other.key = second;
        return other.last + 1;
    }

    /**
     * The body a title names inside its own words ({@code présidente de la Commission européenne}, {@code chef du DFAE}):
     * an actor too, which the holder acts for. Only names of several words or acronyms: a one-word alias
     * ({@code président du Sénat}, {@code président de la Commission}) may be any chamber's.
     */
    private void bodyInTitle(Sentence s, Mention m) {
        for (int k = m.first + 1; k <= m.last; k++) {
            if (!s.token(k).capitalised()) {
                continue;
            }
            PhraseIndex.Match<Named> body = lexicon.names().longest(s.tokens, k);
            if (body != null && body.value().kind() == Named.Kind.ORGANISATION && body.last() <= m.last
                    && (body.last() > k || s.token(k).upper())) {
                m.complement = add(s, k, body.last(), Mention.Kind.ORGANISATION);
                m.complement.key = body.value().key();
                return;
            }
        }
    }

    /**
     * Extends a plural group whose state's adjective ends at after - 1 over a second state's adjective coordinated with it
     * ({@code ses homologues français et espagnol}): one group of officials of both states, so of neither alone. Returns
     * the index after the group.
     */
    private int coordinatedStates(Sentence s, Mention m, int after) {
        if (!m.plural || m.country == null || after != m.last + 1 || !is(s, after, Grammar.AND)) {
            return after;
        }
        String second = stateAdjective(s, after + 1);
        if (second == null || second.equals(m.country) || s.token(after + 1).capitalised()) {
            return after;
        }
        m.last = stateAdjectiveEnd(s, after + 1);
        m.states = m.country + "+" + second; // kept apart from the officials of either state alone
        m.country = null;
        return m.last + 1;
    }

    /** Extends a title or group over the adjectives naming its state or organisation. */
    private int adjectives(Sentence s, Mention m) {
        int j = m.last + 1;
        while (j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()) {
            String w = s.word(j);
            String state = stateAdjective(s, j);
            String org = state == null ? lexicon.organisationOfAdjective(w).orElse(null) : null;
            if (state != null) {
                m.country = state;
                j = stateAdjectiveEnd(s, j);
            } else if (org != null) {
                m.organisation = org;
            } else if (!is(s, j, Grammar.INSTITUTION_ADJECTIVE) || portfolio(s, j + 1) == j + 1) {
                break; // "le ministre fédéral des Finances": the level of government before the portfolio stays in the title
            }
            m.last = j;
            j++;
        }
        return m.last + 1;
    }

    /** The state of the adjective at j, a compound one too ({@code nord-coréen}, {@code sud-africaine}), or null. */
    private String stateAdjective(Sentence s, int j) {
        int end = stateAdjectiveEnd(s, j);
        if (end < 0) {
            return null;
        }
        return end == j ? lexicon.stateOfAdjective(s.word(j)).orElse(null)
                : lexicon.stateOfAdjective(s.word(j) + "-" + s.word(j + 2)).or(() -> lexicon.stateOfAdjective(s.word(j + 2))).orElse(null);
    }

    /** The index of the last token of a state's adjective at j ({@code nord}, {@code -}, {@code coréen}: j + 2), or -1. */
    private int stateAdjectiveEnd(Sentence s, int j) {
        if (j < 0 || j >= s.size() || !s.token(j).isWord()) {
            return -1;
        }
        if (j + 2 < s.size() && s.token(j + 1).is("-") && s.token(j + 2).isWord() && s.token(j).end() == s.token(j + 1).start()
                && s.token(j + 1).end() == s.token(j + 2).start() && (lexicon.stateOfAdjective(s.word(j) + "-" + s.word(j + 2)).isPresent()
                    || lexicon.is(s.tokens, j, Grammar.NATIONALITY_PREFIX) && lexicon.stateOfAdjective(s.word(j + 2)).isPresent())) {
            return j + 2; // "franco-sénégalaise": a double nationality is written with the state's adjective last
        }
        return lexicon.stateOfAdjective(s.word(j)).isPresent() ? j : -1;
    }

    /**
     * The index after a body's name written the English way, whose capitalised runs are joined by
     * {@code and}, {@code &} before the noun of bodies ({@code Gordon and Betty Moore Foundation},
     * {@code Sterling & Francine Clark Art Institute}) or by {@code of}, {@code for} after it ({@code Allen
     * Institute for Artificial Intelligence}, {@code Museum of Modern Art}); {@code end} (the end of the
     * first run) when no {@code ORG_WORD} makes the joined runs one body.
     */
    private int joinedBodyName(Sentence s, int start, int end) {
        int last = end;
        boolean body = holdsOrgWord(s, start, end);
        for (int j = end; j > start && j + 1 < s.size() && !s.inQuote(j) && s.token(j + 1).isWord() && s.token(j + 1).capitalised()
                && !s.token(j + 1).numeric(); ) {
            boolean owners = is(s, j, Grammar.ENGLISH_AND) && !body; // "Gordon and Betty": owners' names come before the noun
            if (!owners && !(is(s, j, Grammar.ENGLISH_OF) && body)) {
                break;
            }
            int next = nameRun(s, j + 1, false);
            if (next <= j + 1) {
                break;
            }
            body |= holdsOrgWord(s, j + 1, next);
            j = next;
            if (body) {
                last = next;
            }
        }
        return last;
    }

    /**
     * The index after the lower-case adjectives that complete a single capitalised noun after a definite
     * article ({@code l'Église catholique}, {@code la Poste portugaise}): the name is the noun with them;
     * {@code end} when the name has more words, no article or no adjective, or when the noun is a medium's
     * ({@code la Télévision publique} describes a broadcaster named elsewhere).
     */
    private int adjectivedName(Sentence s, int start, int end) {
        if (end != start + 1 || start == 0 || s.token(start).upper() || lexicon.isFirstName(s.tokens, start) || is(s, start, Grammar.MEDIA)
                || !(is(s, start - 1, Grammar.DEFINITE_SINGULAR) || s.word(start - 1).equals("'") && is(s, start - 2, Grammar.DEFINITE_ELIDED))) {
            return end;
        }
        int adjectives = lowerAdjectives(s, end);
        return adjectives > end ? ofStateNoun(s, adjectives) : end;
    }

    /**
     * The index after {@code d'Etat} closing a body's name at j ({@code l'Administration océanique d'Etat}): {@code de} and a
     * capitalised {@code STATE_NOUN}, which names no state of its own there; or j.
     */
    private int ofStateNoun(Sentence s, int j) {
        int k = j + 1 < s.size() && is(s, j, Grammar.DE_FORM) ? afterOf(s, j) : j;
        return k > j && k < s.size() && s.token(k).capitalised() && lexicon.is(s.tokens, k, Grammar.STATE_NOUN) ? k + 1 : j;
    }

    /** Whether a capitalised word between first (inclusive) and end (exclusive) only bodies bear ({@code Foundation}). */
    private boolean holdsOrgWord(Sentence s, int first, int end) {
        for (int x = first; x < end; x++) {
            if (s.token(x).capitalised() && lexicon.is(s.tokens, x, Grammar.ORG_WORD)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a known given name at j has a capitalised word right after it, a surname ({@code Dmitri Ivanov}). */
    private boolean givenNameWithSurname(Sentence s, int j) {
        return lexicon.isFirstName(s.tokens, j) && (j + 1 < s.size() && s.token(j + 1).isWord() && s.token(j + 1).capitalised()
                || compoundGivenName(s, j));
    }

    /** Whether the given name at j goes on with a hyphen and a second given name, a surname after them ({@code Pierre-Yves Maillard}). */
    private boolean compoundGivenName(Sentence s, int j) {
        return j + 3 < s.size() && s.token(j + 1).is("-") && s.token(j + 1).start() == s.token(j).end()
                && s.token(j + 2).start() == s.token(j + 1).end() && lexicon.isFirstName(s.tokens, j + 2)
                && s.token(j + 3).isWord() && s.token(j + 3).capitalised();
    }

    /**
     * Whether the name at i follows a person's title, directly or after a comma ("le représentant soudanais Daffa-Alla
     * Elhag Ali Osman"): one person's name, whose given names inside ("Ali") open no second name.
     */
    private boolean titledName(Sentence s, int i) {
        int before = i > 0 && s.word(i - 1).equals(",") ? i - 2 : i - 1;
        while (before > 0 && before >= i - 3 && s.mentionAt(before) == null && lexicon.stateOfAdjective(s.word(before)).isPresent()) {
            before--; // "le représentant soudanais": the title's adjective of nationality
        }
        for (int k = before; k >= 0 && k >= before - 3; k--) {
            PhraseIndex.Match<?> title = lexicon.titles().longest(s.tokens, k);
            if (title != null && title.last() == before || k == before && is(s, k, Grammar.REPRESENTATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** The index after a run of capitalised words (with particles and hyphens) starting at i. */
    private int nameRun(Sentence s, int i, boolean stopAtLexicon) {
        int j = i;
        int end = i;
        while (j < s.size()) {
            Token t = s.token(j);
            if (t.capitalised() && t.isWord()) {
                if (stopAtLexicon && j > i && (lexicon.names().longest(s.tokens, j) != null || lexicon.titles().longest(s.tokens, j) != null
                            && !articleOfSurname(s, i, j))
                        && !surnameAfterGivenName(s, i, j) && !capitalClosingName(s, i, j)) {
                    break;
                }
                if (j > i && lexicon.isFirstName(s.tokens, j) && !lexicon.isFirstName(s.tokens, i) && s.token(j - 1).isWord()
                        && s.token(j - 1).capitalised() && !lexicon.is(s.tokens, j - 1, Grammar.PARTICLE)
                        && !lexicon.is(s.tokens, j, Grammar.PARTICLE) // "Ashour Ben Khalifa": a particle opens the surname
                        && j + 1 < s.size() && (s.token(j + 1).isWord() && s.token(j + 1).capitalised() || compoundGivenName(s, j))
                        && !titledName(s, i)) {
                    // "le site de Jababeka David Quentin", "l'USS Pierre-Yves Maillard": a given name with a surname after it
                    // opens the next name; a given name ending the run is a surname ("Zlatko Zeljko", "Kablan Duncan")
                    break;
                }
                j++;
                end = j;
                continue;
            }
            if (j > i && (t.is("-") || t.is("'")) && j + 1 < s.size() && s.token(j + 1).capitalised() && s.token(j).start() == s.token(j - 1).end()) {
                j++;
                continue;
            }
            if (j > i && t.is("-") && j + 3 < s.size() && t.start() == s.token(j - 1).end() && s.token(j - 1).capitalised()
                    && lexicon.is(s.tokens, j + 1, Grammar.PLACE_NAME_LINK) && s.token(j + 1).start() == t.end()
                    && s.token(j + 2).is("-") && s.token(j + 2).start() == s.token(j + 1).end()
                    && s.token(j + 3).capitalised() && s.token(j + 3).start() == s.token(j + 2).end()) {
                j += 3; // a compound name with a lower-case link: "Pointe-à-Callière", "Aix-en-Provence", "Boulogne-sur-Mer"
                continue;
            }
            if (j > i && t.is("-") && j + 1 < s.size() && s.token(j - 1).capitalised() && s.token(j + 1).isWord() && !s.token(j + 1).numeric()
                    && t.start() == s.token(j - 1).end() && s.token(j + 1).start() == t.end() && s.token(j + 1).end() - s.token(j + 1).start() <= 5
                    && !lexicon.isGrammar(s.word(j + 1)) && !(j + 2 < s.size() && s.token(j + 2).is("-"))) {
                j += 2; // the lower-case second syllable of a Korean given name: "Kim Hong-kyun", "Moon Jae-in"
                end = j;
                continue;
            }
            if (j > i && t.is("'") && j + 1 < s.size() && t.start() == s.token(j - 1).end() && s.token(j + 1).start() == t.end()
                    && s.word(j - 1).length() >= 3 && s.token(j + 1).isWord() && !s.token(j + 1).capitalised() && !s.token(j + 1).numeric()
                    && (s.word(j + 1).length() >= 3 || closedAfter(s, j + 1)) && !lexicon.isGrammar(s.word(j + 1))) {
                j += 2; // a surname with an apostrophe before a lower-case part: "Laurent Prud'homme", "Samuel Eto'o"
                end = j;
                continue;
            }
            if (j > i && t.is("'") && j + 1 < s.size() && s.word(j + 1).equals("h") && s.word(j - 1).endsWith("c")
                    && t.start() == s.token(j - 1).end() && s.token(j + 1).start() == t.end()) {
                j += 2; // the Breton "c'h" of a surname: "Armel Le Cléac'h"
                end = j;
                continue;
            }
            if (j > i && t.is(".") && single(s.token(j - 1)) && j + 1 < s.size() && s.token(j + 1).isWord() && s.token(j + 1).capitalised()
                    && lexicon.isFirstName(s.tokens, i)) {
                j++; // a middle initial: "Joseph J. Lhota"
                continue;
            }
            if (j > i && lexicon.is(s.tokens, j, Grammar.SURNAME_LINK) && !t.capitalised() && lexicon.names().longest(s.tokens, i) == null
                    && s.token(j - 1).isWord() && s.token(j - 1).capitalised() && j + 1 < s.size() && s.token(j + 1).isWord()
                    && s.token(j + 1).capitalised() && !s.token(j + 1).upper() && !lexicon.isFirstName(s.tokens, j + 1)
                    && lexicon.names().longest(s.tokens, j + 1) == null && lexicon.titles().longest(s.tokens, j + 1) == null) {
                j++; // "Artur Ferrer i Soler", later "Ferrer i Soler", "José Luis Rodríguez y Zapata": Catalan and Spanish join two surnames
                continue;
            }
            if (j > i && lexicon.is(s.tokens, j, Grammar.PARTICLE) && !t.capitalised() && j + 1 < s.size()) {
                int k = j + 1;
                if (s.word(k).equals("'") || lexicon.is(s.tokens, k, Grammar.PARTICLE)
                        || s.token(k).is("-") && s.token(k).start() == t.end() && k + 1 < s.size() && s.token(k + 1).start() == s.token(k).end()) {
                    k++; // "d'Estaing", "de la Fuente", "al-Maliki"
                }
                if (k < s.size() && s.token(k).capitalised() && lexicon.names().longest(s.tokens, k) == null
                        && lexicon.names().longest(s.tokens, j + 1) == null) { // not "Obama de la Maison Blanche"
                    j = k;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    /**
     * Whether the word before {@code j} is the capitalised article of a surname that a given name
     * opens: "Bruno Le Maire" is no mayor.
     */
    private boolean articleOfSurname(Sentence s, int i, int j) {
        return j >= i + 2 && s.token(j - 1).capitalised() && is(s, j - 1, Grammar.NAME_ARTICLE) && lexicon.isFirstName(s.tokens, i);
    }

    /**
     * Whether the capitalised demonym {@code [first, after)} stands alone after a singular definite article
     * ({@code le Brésilien}, {@code l'Américaine}), no name after it: a person named before, not the state's people.
     */
    private boolean singularDemonym(Sentence s, int first, int after) {
        return s.token(first).capitalised() && !s.token(first).upper() && !s.inQuote(first)
                && (is(s, first - 1, Grammar.DEFINITE_SINGULAR) || first > 1 && s.word(first - 1).equals("'") && is(s, first - 2, Grammar.DEFINITE_ELIDED))
                && !(after < s.size() && s.token(after).isWord() && s.token(after).capitalised());
    }

    /**
     * Whether the one-word state or capital of {@code name} is a given name with a surname right after it
     * ({@code Salvador Illa}, {@code Francia Márquez}): the rules of persons read it, not the place's.
     */
    private boolean givenNameOfPlace(Sentence s, PhraseIndex.Match<Named> name) {
        int i = name.first();
        Named.Kind kind = name.value().kind();
        return name.length() == 1 && (kind == Named.Kind.STATE || kind == Named.Kind.CAPITAL) && lexicon.isFirstName(s.tokens, i)
                && i + 1 < s.size() && s.token(i + 1).isWord() && s.token(i + 1).capitalised() && s.token(i + 1).start() - s.token(i).end() == 1
                && !(i > 0 && (lexicon.is(s.tokens, i - 1, Grammar.ARTICLE) || lexicon.is(s.tokens, i - 1, Grammar.LOCATIVE)))
                && lexicon.names().longest(s.tokens, i + 1) == null && lexicon.titles().longest(s.tokens, i + 1) == null;
    }

    /**
     * Whether the capitalised word {@code j}, right after the given name {@code i}, is a surname the
     * lexicon also knows as a one-word organisation, state or capital, or as the surname of a known person with
     * another given name: "le militant Ahmed Douma" is not the Douma, "le Premier ministre Luís Montenegro" not the
     * Montenegro, "Nathalie Berset" not Alain Berset.
     */
    private boolean surnameAfterGivenName(Sentence s, int i, int j) {
        if (j != i + 1 || !lexicon.isFirstName(s.tokens, i) || lexicon.titles().longest(s.tokens, j) != null
                || j + 1 < s.size() && s.token(j + 1).isWord() && s.token(j + 1).capitalised()) {
            return false;
        }
        PhraseIndex.Match<Named> named = lexicon.names().longest(s.tokens, j);
        if (named != null && named.length() == 1 && named.value().kind() == Named.Kind.PERSON) {
            // "Nathalie Berset" is not Alain Berset: a known surname after another given name is another person's
            String known = lexicon.person(named.value().key()).map(Entries.Person::name).orElse("");
            return !org.diplotext.text.Folding.fold(known).startsWith(s.token(i).folded() + " ");
        }
        return named != null && named.length() == 1 && (named.value().kind() == Named.Kind.ORGANISATION
                || named.value().kind() == Named.Kind.STATE || named.value().kind() == Named.Kind.CAPITAL
                || named.value().kind() == Named.Kind.PERSON && namesake(s, i, named.value().key()));
    }

    /**
     * Whether the given name at i is not the known person's ({@code Vincent Lagarde} is not Christine Lagarde, {@code
     * Marine Le Pen} not Jean-Marie): another initial is another person; the same one may be a spelling ({@code Sergei}
     * for {@code Sergueï}).
     */
    private boolean namesake(Sentence s, int i, String known) {
        String given = s.token(i).folded();
        String knownGiven = Folding.fold(known.strip());
        return !given.isEmpty() && !knownGiven.isEmpty() && given.charAt(0) != knownGiven.charAt(0);
    }

    /**
     * Whether the capital at {@code j} closes the name that the unknown capitalised word {@code i}
     * opens: "le Real Madrid", "le Dynamo Kiev" name a club, not the state.
     */
    private boolean capitalClosingName(Sentence s, int i, int j) {
        if (j != i + 1 || s.token(i).upper() || lexicon.isGrammar(s.word(i)) || lexicon.isFirstName(s.tokens, i)
                || lexicon.is(s.tokens, i, Grammar.SENTENCE_WORD) || lexicon.names().longest(s.tokens, i) != null
                || lexicon.titles().longest(s.tokens, i) != null || s.token(j).start() - s.token(i).end() != 1
                || j + 1 < s.size() && s.token(j + 1).isWord() && s.token(j + 1).capitalised()) {
            return false;
        }
        PhraseIndex.Match<Named> named = lexicon.names().longest(s.tokens, j);
        return named != null && named.length() == 1 && named.value().kind() == Named.Kind.CAPITAL;
    }

    /**
     * Whether the words from {@code from} to {@code to} (exclusive) say what a body is for, between its noun and its name:
     * {@code de} or {@code d'} and one to three lower-case words ({@code de supporters}, {@code de santé publique},
     * {@code d'énergie solaire}), no verb, article or name among them.
     */
    private boolean describesBody(Sentence s, int from, int to) {
        if (!is(s, from, Grammar.DE_FORM)) {
            return false;
        }
        int x = is(s, from, Grammar.OF_ELIDED) && from + 1 < to && s.word(from + 1).equals("'") ? from + 2 : from + 1;
        if (to - x < 1 || to - x > 3) {
            return false;
        }
        for (; x < to; x++) {
            Token w = s.token(x);
            if (!w.isWord() || w.capitalised() || s.mentionAt(x) != null || is(s, x, Grammar.ARTICLE) || is(s, x, Grammar.DETERMINER)
                    || is(s, x, Grammar.PREPOSITION) || is(s, x, Grammar.AUXILIARY) || is(s, x, Grammar.CLAUSE_OPENER)
                    || lexicon.verbs().longest(s.tokens, x) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [from, to) are one to three lower-case words, no article, preposition or verb: "patronale flamande". */
    private boolean adjectivesOnly(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int x = from; x < to; x++) {
            Token w = s.token(x);
            if (!w.isWord() || w.capitalised() || s.mentionAt(x) != null || is(s, x, Grammar.ARTICLE) || is(s, x, Grammar.DETERMINER)
                    || is(s, x, Grammar.PREPOSITION) || is(s, x, Grammar.AUXILIARY) || is(s, x, Grammar.CLAUSE_OPENER) || lexicon.verbs().longest(s.tokens, x) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one or two lower-case adjectives between a body's noun and a name say where it is from or what it is
     * ("le groupe ontarien Harvest Foods", "le distributeur québécois Boréalis"): the name is then the body's.
     */
    private boolean qualifiesBody(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int x = from; x < to; x++) {
            Token w = s.token(x);
            boolean regional = is(s, x, Grammar.REGIONAL_ADJECTIVE); // "ontarien", "québécois"
            if (!w.isWord() || w.capitalised() || s.mentionAt(x) != null || lexicon.isGrammar(s.word(x)) && !regional
                    || lexicon.verbs().longest(s.tokens, x) != null
                    || !regional && suffix(s.word(x), Grammar.ADJECTIVE_ENDING).isEmpty() && lexicon.stateOfAdjective(s.word(x)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the phrase at i, after its article, opens a que-clause as its subject ("que la communauté internationale …"). */
    private boolean clauseSubject(Sentence s, int i) {
        int k = i - 1;
        while (k > i - 3 && k >= 0 && (is(s, k, Grammar.ARTICLE) || s.word(k).equals("'"))) {
            k--;
        }
        return k >= 0 && k < i - 1 && is(s, k, Grammar.SUBORDINATOR);
    }

    /**
     * The end of a group's mention whose noun at i is followed by "de" at {@code after}: a complement that names the body or
     * place it stands for ("des représentants du CICR", "les rebelles de Homs"), in which case {@code m} may be removed or
     * widened; {@code after} when the complement is none of these.
     */
    private int groupComplement(Sentence s, int i, Mention m, int after) {
        int k = afterOf(s, after);
        PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
        if (of != null && of.value().kind() != Named.Kind.PERSON && of.value().kind() != Named.Kind.DEMONYM
                && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE) && m.last == i) {
            s.mentions.remove(m); // "des représentants du CICR", "des émissaires de Damas": those they represent
            return i + 1;
        }
        if (of == null && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE) && m.last == i && representsGroup(s, k)) {
            s.mentions.remove(m); // "les représentants des quatre syndicats": the group they speak for
            return i + 1;
        }
        if (of == null && m.last == i && k < s.size() && s.token(k).isWord() && s.token(k).upper() && s.word(k).length() > 1
                && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE)) {
            s.mentions.remove(m); // "les représentants du SNPL": a body the text spelt out before, by its acronym
            return i + 1;
        }
        if (of == null && m.last == i && k < s.size() && s.token(k).capitalised()
                && (lexicon.is(s.tokens, k, Grammar.ORG_HEAD) || lexicon.is(s.tokens, k, Grammar.PARTY_HEAD))
                && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE)) {
            // "une délégation de l'Organisation panaméricaine de la santé": a body the lexicon lacks; "une délégation de
            // l'Union des forces démocratiques de Guinée": a party's too
            s.mentions.remove(m);
            return i + 1;
        }
        if (of == null && m.last == i && lexicon.is(s.tokens, i, Grammar.REPRESENTATIVE) && describedBodyNamed(s, k)) {
            s.mentions.remove(m); // "des représentants du groupe islamiste Ansar Dine": the body named after what it is
            return i + 1;
        }
        if (of != null && of.value().kind() == Named.Kind.ORGANISATION && lexicon.is(s.tokens, i, Grammar.ARMED_MEMBERS)) {
            s.mentions.remove(m); // "les insurgés du MNLA", "les jihadistes de Boko Haram": the group they fight in
            if (m.last > i) {
                membersOf.putIfAbsent(Folding.fold(joinedWords(s, i, m.last + 1)), s.token(k).start());
            }
            return i + 1;
        }
        if (of != null && of.value().kind() != Named.Kind.PERSON && of.value().kind() != Named.Kind.DEMONYM) {
            m.last = of.last();
            if (of.value().kind() == Named.Kind.ORGANISATION) {
                m.organisation = of.value().key();
            } else {
                m.country = of.value().key();
            }
            return of.last() + 1;
        }
        int body = of == null && m.last == i && lexicon.is(s.tokens, i, Grammar.BODY_OFFICIALS) ? bodyOfOfficials(s, after, k) : k;
        if (body > k) {
            return body; // "les dirigeants de l'Impact de Montréal": the officials of a body, which is an actor too
        }
        int named = k;
        while (of == null && named < s.size() && s.token(named).isWord() && s.token(named).capitalised() && !s.token(named).upper()
                && !lexicon.isGrammar(s.word(named)) && lexicon.names().longest(s.tokens, named) == null) {
            named = gluedCompound(s, named + 1); // "les contribuables de Saint-Jérôme": one town, not "Saint" and a person "Jérôme"
        }
        if (named > k && wordsBetween(s, k, named) <= 2) {
            m.last = named - 1; // "les rebelles de Homs": a place unknown to the lexicons names the group
            StringBuilder place = new StringBuilder();
            for (int x = k; x < named; x++) {
                place.append(x > k ? " " : "").append(s.word(x));
            }
            m.place = place.toString();
            return named;
        }
        return of == null && m.last == i ? officialsOfBody(s, i, m, after, k) : after;
    }

    /**
     * The end of "les maires de la province d'Ancash", "les dirigeants de la mutuelle": officials (groups.tsv kind
     * {@code OFFICIALS}) of a body or place told by a common noun after its definite article, with its name after "de"
     * if one follows; the mention is widened to name them as written. {@code after} when no such complement follows.
     */
    private int officialsOfBody(Sentence s, int i, Mention m, int after, int k) {
        PhraseIndex.Match<Entries.Group> group = lexicon.groups().longest(s.tokens, i);
        int bare = after + 1 < s.size() && s.word(after + 1).equals("'") ? after + 2 : after + 1;
        boolean definite = k > bare || is(s, after, Grammar.OF_THE_SINGULAR); // not "aux juges d'interdire"
        if (group == null || group.last() != i || !"OFFICIALS".equals(group.value().kind()) || !definite || k >= s.size()
                || !s.token(k).isWord() || s.token(k).capitalised() || s.inQuote(k) || s.mentionAt(k) != null
                || lexicon.isGrammar(s.word(k)) && !is(s, k, Grammar.LAND_PART) // "les maires de la province d'Ancash"
                || lexicon.verbs().longest(s.tokens, k) != null || lexicon.groups().longest(s.tokens, k) != null) {
            return after;
        }
        int end = k + 1;
        if (end + 1 < s.size() && is(s, end, Grammar.DE_FORM)) {
            int name = afterOf(s, end);
            int run = name;
            while (run < s.size() && run < name + 3 && s.token(run).isWord() && s.token(run).capitalised() && !s.token(run).upper()
                    && s.mentionAt(run) == null && !lexicon.isGrammar(s.word(run))) {
                run++;
            }
            end = run > name && (run == s.size() || !s.token(run).isWord() || !s.token(run).capitalised()) ? run : end;
        }
        m.last = end - 1;
        return end;
    }

    /**
     * Whether token k is a body's lower-case noun ("groupe", "mouvement", "parti") followed by its name, with up to two
     * adjectives between ("le groupe islamiste Ansar Dine").
     */
    private boolean describedBodyNamed(Sentence s, int k) {
        if (k >= s.size() || s.token(k).capitalised() || !lexicon.is(s.tokens, k, Grammar.ORG_ANAPHOR) && !lexicon.is(s.tokens, k, Grammar.DESCRIBED_COLLECTIVE)) {
            return false;
        }
        for (int name = k + 1; name <= k + 3 && name < s.size(); name++) {
            if (s.token(name).isWord() && s.token(name).capitalised() && !s.inQuote(name)) {
                return name == k + 1 || adjectivesOnly(s, k + 1, name);
            }
        }
        return false;
    }

    /** Links titles to the person they name, and appositions to what they describe. */
    private void link(Sentence s) {
        List<Mention> ms = s.mentions;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.kind != Mention.Kind.TITLE && m.kind != Mention.Kind.GROUP && m.kind != Mention.Kind.ORG_ANAPHOR) {
                continue;
            }
            int j = m.last + 1;
            Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
            if (next != null && next == m.complement) {
                j = Math.max(j, next.last + 1); // the body a title names ("président de l'association X"), found with it (or inside it)
                next = k + 2 < ms.size() ? ms.get(k + 2) : null;
            }
            // a complement: ambassadeur de Russie, porte-parole du Kremlin, chercheurs de HRW
            if (next != null && m.kind == Mention.Kind.TITLE && j < s.size() && is(s, j, Grammar.DE_FORM)) {
                // the elided "d'" before a name: "l'ambassadeur d'Iran" like "l'ambassadeur de Russie"
                int after = is(s, j, Grammar.OF_ELIDED) && j + 2 < s.size() && s.word(j + 1).equals("'") ? j + 2 : j + 1;
                int k2 = skipArticle(s, after);
                if (next.first == k2 || next.first == after) {
                    m.complement = next;
                    j = next.last + 1;
                    next = k + 2 < ms.size() ? ms.get(k + 2) : null;
                    if (m.complement.kind == Mention.Kind.ORG_ANAPHOR && next != null && (next.first == j
                            || next.kind == Mention.Kind.PROPER && next.first > j + 1 && describesBody(s, j, next.first) && !lexicon.isFirstName(s.tokens, next.first))) {
                        // "PDG du groupe d'énergie solaire Solvéo": the body's name after what it does
                        // "directeur de l'ONG Solidarités": the name after the noun is the body's, not the title holder's
                        j = next.last + 1;
                        next = k + 3 < ms.size() ? ms.get(k + 3) : null;
                    }
                    if (j + 1 < s.size() && is(s, j, Grammar.PLACE_PREPOSITION) && s.token(j + 1).capitalised()) {
                        j += 2;
                    }
                }
            }
            if (m.kind == Mention.Kind.TITLE && m.complement == null && j + 1 < s.size() && is(s, j, Grammar.OF_BARE) && s.token(j + 1).capitalised()
                    && s.mentionAt(j + 1) == null && lexicon.stateOfPlace(s.word(j + 1)).isPresent()) {
                j += 2; // "le bourgmestre de Bruxelles Philippe Close": the town of the office
            }
            if (next == null) {
                continue;
            }
            if (m.kind == Mention.Kind.TITLE && m.complement == null && next.first > j && next.first <= j + 6
                    && (next.kind == Mention.Kind.PROPER && next.last > next.first && lexicon.isFirstName(s.tokens, next.first)
                        || next.kind == Mention.Kind.PERSON && next.key == null)
                    && is(s, j, Grammar.OF_SINGULAR)) {
                boolean plain = next != null && next.first > j && next.first <= j + 6;
                for (int x = j; x < (next == null ? j : next.first) && plain; x++) {
                    Token between = s.token(x);
                    plain = (between.isWord() || between.is("'")) && !between.capitalised() && !lexicon.is(between.folded(), Grammar.AUXILIARY)
                            && lexicon.verbs().longest(s.tokens, x) == null && !is(s, x, Grammar.CLAUSE_OPENER);
                }
                if (plain && next != null && (next.kind == Mention.Kind.PROPER || next.kind == Mention.Kind.PERSON && next.key == null)) {
                    m.last = next.first - 1; // "le président de la commission Denis Dupont"
                    j = next.first;
                }
            }
            if (m.kind == Mention.Kind.TITLE && next.first > j && next.first <= j + 4
                    && (next.kind == Mention.Kind.PROPER || next.kind == Mention.Kind.PERSON && next.key == null)) {
                boolean plain = true;
                for (int x = j; x < next.first && plain; x++) {
                    Token between = s.token(x);
                    plain = between.isWord() && !between.capitalised() && !lexicon.is(between.folded(), Grammar.AUXILIARY)
                            && !lexicon.is(between.folded(), Grammar.PREPOSITION) && !lexicon.is(between.folded(), Grammar.DETERMINER)
                            && !is(s, x, Grammar.DE_FORM) // "PDG du groupe d'énergie solaire Solvéo": the name is the body's
                            && lexicon.verbs().longest(s.tokens, x) == null && !is(s, x, Grammar.CLAUSE_OPENER);
                }
                if (plain) {
                    j = next.first; // "le Premier ministre conservateur Antonis Samaras"
                }
            }
            Mention afterParty = k + 2 < ms.size() ? ms.get(k + 2) : null;
            if (m.kind == Mention.Kind.TITLE && m.complement == null && next.kind == Mention.Kind.ORGANISATION && next.first == j && next.first == next.last
                    && s.token(next.first).upper() && afterParty != null && afterParty.first == next.last + 1
                    && (afterParty.kind == Mention.Kind.PROPER || afterParty.kind == Mention.Kind.PERSON) && afterParty.last > afterParty.first
                    && lexicon.isFirstName(s.tokens, afterParty.first)) {
                // "le sénateur LR Marc Dufresne", "la députée PS Anne Martin": the party's acronym between the title and the name
                m.complement = next;
                afterParty.kind = Mention.Kind.PERSON;
                afterParty.title = m.title;
                afterParty.link = m;
                m.link = afterParty;
                continue;
            }
            if (m.kind == Mention.Kind.ORG_ANAPHOR && next.kind == Mention.Kind.PROPER && next.first > j && (describesBody(s, j, next.first)
                    || qualifiesBody(s, j, next.first)) && !lexicon.isFirstName(s.tokens, next.first)) {
                next.kind = Mention.Kind.ORGANISATION; // l'association de consommateurs UFC-Que Choisir, l'institut de santé publique Sciensano
                next.key = null;
                m.link = next;
                continue;
            }
            if (m.kind == Mention.Kind.ORG_ANAPHOR && next.kind == Mention.Kind.PROPER && next.first == skipArticle(s, j) && next.first > j
                    && stateOwnedMedium(s, m, next)) {
                m.kind = Mention.Kind.ORGANISATION; // "selon la télévision d'État": the state's medium, no body named État
                m.key = null;
                m.last = next.last;
                ms.remove(next);
                s.indexMentions();
                continue;
            }
            Mention known = k + 2 < ms.size() ? ms.get(k + 2) : null;
            if (m.kind == Mention.Kind.ORG_ANAPHOR && is(s, m.last, Grammar.MEDIA) && next.kind == Mention.Kind.PROPER && next.first == j
                    && known != null && known.kind == Mention.Kind.ORGANISATION && known.first == next.last + 1 && !s.inQuote(next.first)) {
                // "la radio Bel RTL": a medium's name that holds another medium's ("RTL") is one name, not two bodies
                next.kind = Mention.Kind.ORGANISATION;
                next.key = null;
                next.last = known.last;
                ms.remove(k + 2);
                s.indexMentions(); // the mentions after it moved down one place
                m.link = next;
                continue;
            }
            if (m.kind == Mention.Kind.ORG_ANAPHOR && next.kind == Mention.Kind.PROPER && next.first == skipArticle(s, j) && next.first > j
                    && !(is(s, j, Grammar.DE_FORM) && personal(s, next))) { // not "le parti d'Alpha Sylla": a person's party
                next.kind = Mention.Kind.ORGANISATION; // le collectif la Quadrature du Net
                next.key = null;
                m.link = next;
                continue;
            }
            // a title followed by a name: le chef de la diplomatie russe Sergueï Lavrov
            if (next.first == j && (next.kind == Mention.Kind.PROPER || next.kind == Mention.Kind.PERSON)) {
                if (m.kind == Mention.Kind.TITLE) {
                    next.kind = Mention.Kind.PERSON;
                    next.title = m.title;
                    next.link = m;
                    m.link = next;
                } else if (m.kind == Mention.Kind.ORG_ANAPHOR && next.kind == Mention.Kind.PROPER && !lexicon.isFirstName(s.tokens, next.first)) {
                    next.kind = Mention.Kind.ORGANISATION;
                    next.key = null;
                    m.link = next;
                }
                continue;
            }
            if (m.kind == Mention.Kind.ORG_ANAPHOR && (next.first == j || next.first == skipArticle(s, j)) && next.kind == Mention.Kind.ORGANISATION) {
                m.link = next;
            } else if (m.kind == Mention.Kind.ORG_ANAPHOR && next.kind == Mention.Kind.ORGANISATION && next.first > j
                    && (describesBody(s, j, next.first) || adjectivesOnly(s, j, next.first))) {
                m.link = next; // "l'organisation patronale flamande Voka": a known body's name after what it is, as an unknown one's above
            }
        }
        // appositions: NAME, title ... ,  and  title ..., NAME
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention a = ms.get(k);
            Mention b = ms.get(k + 1);
            int aEnd = a.last;
            if (a.kind == Mention.Kind.TITLE && a.link == null) {
                // "le porte-parole de la présidence, Jean Dupont"; "le président du directoire de PSA, Philippe Varin"
                int x = a.last + 1;
                int limit = (named(b) || b == a.complement || inPortfolio(s, b) || governedName(s, b)) && k + 2 < ms.size() ? a.last + TITLE_REACH : b.first - 1;
                while (x < s.size() && x <= limit && x <= a.last + TITLE_REACH && !s.word(x).equals(",")) {
                    if (s.word(x).equals("(") && x > a.last + 1 && x + 2 < s.size() && s.word(x + 2).equals(")") && s.token(x + 1).capitalised()) {
                        x += 3; // "le président de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky"
                        continue;
                    }
                    if (s.word(x).equals("(") && x > a.last + 1 && x + 3 < s.size() && s.word(x + 3).equals(")") && s.token(x + 1).capitalised()
                            && s.token(x + 2).upper()) {
                        x += 4; // "le directeur général des Centres africains … (Africa CDC), Samuel Otieno": an acronym of two words
                        continue;
                    }
                    Mention inside = s.mentionAt(x);
                    if (inside != null && inside.first == x && (inside.last > x || inPortfolio(s, inside)) && (inside == a.complement || named(inside)
                            || inPortfolio(s, inside))) {
                        // "le commissaire européen aux Affaires économiques, Pierre Moscovici", "le représentant iranien auprès de l'agence, …"
                        x = inside.last + 1; // "le secrétaire d'Etat du Saint-Siège, …": a hyphenated name is one
                        continue;
                    }
                    if (inside != null && inside.first == x && governedName(s, inside) && x > a.last + 1) {
                        // "le directeur du projet à l'ISRO, Arjun Menon", "la directrice de l'ONG pour l'Afrique de l'Ouest, Samira Daoud":
                        // a name no lexicon knows, after a preposition inside the title, is a body or a place of the post
                        x = inside.last + 1;
                        continue;
                    }
                    if (is(s, x, Grammar.POSSESSIVE)) {
                        break; // "Commentateur des matchs avec son complice de toujours, Jean Dupont": the name is the complice's
                    }
                    int seat = seatOfPost(s, x);
                    if (seat > x && seat < s.size() && s.word(seat).equals(",")) {
                        x = seat;
                        continue;
                    }
                    int noun = nounInTitle(s, x);
                    if (noun > x) {
                        x = noun; // "le ministre chargé des territoires d'outre-mer, …", "l'avocat du prévenu, Me …"
                        continue;
                    }
                    if (!(s.token(x).isWord() || s.word(x).equals("'"))
                            || !(s.mentionAt(x) == null || s.mentionAt(x) == a.complement || named(s.mentionAt(x)))
                            || lexicon.verbs().longest(s.tokens, x) != null && !namedAt(s, x) || lexicon.is(s.tokens, x, Grammar.AUXILIARY) && !coordinatedPortfolio(s, x) && !bodyOfPost(s, x)) {
                        break;
                    }
                    x++;
                }
                if (x < s.size() && s.word(x).equals(",")) {
                    aEnd = x - 1;
                    int named = skipArticleOrQuantifier(s, x + 1);
                    if (named + 1 < s.size() && s.mentionAt(named) == null && demonymAt(s, named)) {
                        named++; // ", l'Argentin Rafael Ortiz,": the name after the demonym
                    }
                    if (named + 1 < s.size() && s.mentionAt(named) == null && is(s, named, Grammar.PRENOMINAL_ADJECTIVE)) {
                        named++; // ", l'ancien président béninois Thomas Boni Yayi": the former office after the present one
                    }
                    Mention after = x > b.last ? s.mentionAt(named) : null;
                    if (after != null) {
                        b = after; // the organisation belongs to the title; the name follows the comma
                    }
                }
            }
            if (b.first < 2 || !s.word(aEnd + 1).equals(",")) {
                continue;
            }
            int bStart = skipArticleOrQuantifier(s, aEnd + 2);
            if (b.kind == Mention.Kind.TITLE && b.first == bStart + 1 && is(s, bStart, Grammar.PRENOMINAL_ADJECTIVE)) {
                bStart++; // "Marc Dupont, ancien PDG du groupe Veltra,": the adjective stands before the title, as with an article
            }
            if (a.kind == Mention.Kind.TITLE && b.kind == Mention.Kind.PERSON && b.first == bStart + 1 && b.country != null && demonymAt(s, bStart)) {
                bStart++; // "Le directeur de l'AIEA, l'Argentin Rafael Ortiz,": the demonym before the name, as an article
            }
            if (b.first != bStart) {
                continue;
            }
            if ((a.kind == Mention.Kind.PROPER || a.kind == Mention.Kind.PERSON) && b.kind == Mention.Kind.TITLE && b.link == null && a.link == null
                    && !clauseAfter(s, b.last + 1) // not "Selon Mme Joly, le diplomate aurait tenté ...": a title opening a clause
                    && !placeBeforeSubject(s, a)
                    && !nameInAppositionAfter(s, b)) {
                a.kind = Mention.Kind.PERSON;
                a.title = b.title;
                a.link = b;
                b.link = a;
            } else if (a.kind == Mention.Kind.PERSON && a.link != null && a.link.kind == Mention.Kind.TITLE && a.link.last < a.first
                    && b.kind == Mention.Kind.TITLE && b.link == null && !clauseAfter(s, b.last + 1) && !nameInAppositionAfter(s, b)) {
                b.link = a; // "le vice-président Riek Gatdet, chef du SPLM-IO, qui …": a second title of the person just named
            } else if (a.kind == Mention.Kind.TITLE && a.link == null && (b.kind == Mention.Kind.PROPER || b.kind == Mention.Kind.PERSON)
                    && b.link == null && !ofNoun(s, a.first) && closesName(s, b)) {
                // "La première ministre du Québec, Pauline Marois a dit": the closing comma is often forgotten
                b.kind = Mention.Kind.PERSON;
                b.title = a.title;
                b.link = a;
                a.link = b;
            } else if (a.kind == Mention.Kind.TITLE && a.link == null && b.kind == Mention.Kind.TITLE && b.link != null && b.link.first == b.last + 1
                    && b.title != null && (ADDRESSING_KINDS.contains(b.title.kind()) || ActorResolver.PROFESSION.equals(b.title.kind())
                        || is(s, b.first - 1, Grammar.PRENOMINAL_ADJECTIVE)) && !ofNoun(s, a.first)
                    && (a.country == null || b.country == null || a.country.equals(b.country))
                    && b.link.last + 1 < s.size() && (s.word(b.link.last + 1).equals(",") || s.word(b.link.last + 1).equals(".")
                        || clauseAfter(s, b.link.last + 1))) {
                // "le ministre saoudien des Affaires étrangères, le prince Faisal ben Farhane": one person; so is "la présidente du
                // jury, la réalisatrice sénégalaise Mati Diop", whose profession stands between the office and the name
                a.link = b.link;
            }
        }
        for (Mention m : ms) {
            if (m.kind == Mention.Kind.PROPER && m.last > m.first && lexicon.isFirstName(s.tokens, m.first) && !institutional(s, m)
                    && !(m.first > 0 && is(s, m.first - 1, Grammar.DEFINITE))) {
                // a given name after an article opens a place or a title: "la Caroline du Nord"
                m.kind = Mention.Kind.PERSON;
            }
        }
        for (Mention m : ms) {
            if (m.kind != Mention.Kind.PROPER || !fullName(s, m)) {
                continue;
            }
            int j = m.first - 1;
            for (int guard = 0; guard < 3 && j > 0 && s.token(j).isWord() && !s.token(j).capitalised() && !lexicon.is(s.tokens, j, Grammar.PERSON_NOUN)
                    && !lexicon.isGrammar(s.word(j)) && lexicon.verbs().longest(s.tokens, j) == null && s.mentionAt(j) == null; guard++) {
                j--;
            }
            if (j >= 0 && lexicon.is(s.tokens, j, Grammar.PERSON_NOUN) && s.mentionAt(j) == null) {
                m.kind = Mention.Kind.PERSON; // "le républicain Connie Mack", "des astronomes amateurs américains Kian Jek"
            }
        }
        // a full name listed with a person's is a person's too: "Kian Jek et Robert Gagliano", "Patrice Bernier, Davy Arnaud"
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = 0; k + 1 < ms.size(); k++) {
                Mention a = ms.get(k);
                Mention b = ms.get(k + 1);
                if (b.first != a.last + 2 || !(is(s, a.last + 1, Grammar.AND) || s.word(a.last + 1).equals(","))) {
                    continue;
                }
                Mention proper = a.kind == Mention.Kind.PERSON ? b : b.kind == Mention.Kind.PERSON ? a : null;
                if (proper != null && proper.kind == Mention.Kind.PROPER && fullName(s, proper) && !articled(s, proper)) {
                    proper.kind = Mention.Kind.PERSON;
                    changed = true;
                }
            }
        }
    }

    /**
     * The state of a lower-case adjective and a state's adjective at j ({@code sanitaires
     * indiennes}, {@code fédéral américain}) qualifying a body of that state, or null.
     */
    private String qualifiedState(Sentence s, int j) {
        if (j + 1 >= s.size() || !s.token(j).isWord() || s.token(j).capitalised() || s.token(j + 1).capitalised()
                || lexicon.isGrammar(s.word(j)) && !lexicon.is(s.tokens, j, Grammar.ORGAN_QUALIFIER) && !lexicon.is(s.tokens, j, Grammar.INSTITUTION_ADJECTIVE)
                || suffix(s.word(j), Grammar.ADJECTIVE_ENDING).isEmpty() && !lexicon.is(s.tokens, j, Grammar.INSTITUTION_ADJECTIVE)
                || lexicon.stateOfAdjective(s.word(j)).isPresent() || lexicon.verbs().longest(s.tokens, j) != null) {
            return null;
        }
        return lexicon.stateOfAdjective(s.word(j + 1)).orElse(null);
    }

    /**
     * After a government's noun, the index past the kind of government it is ("de transition", "d'union nationale"): "de"
     * and one or two lower-case words that are neither grammar nor verbs; j when there is none.
     */
    private int governmentKindEnd(Sentence s, int j) {
        if (!is(s, j, Grammar.OF_BARE)) {
            return j;
        }
        int k = j + 1 < s.size() && s.word(j + 1).equals("'") ? j + 2 : j + 1;
        int end = k;
        while (end < s.size() && end < k + 2 && s.token(end).isWord() && !s.token(end).capitalised() && !lexicon.isGrammar(s.word(end))
                && lexicon.stateOfAdjective(s.word(end)).isEmpty() && lexicon.verbs().longest(s.tokens, end) == null) {
            end++;
        }
        return end > k ? end : j;
    }

    /** The index before the words of time ending at k (", a indiqué mardi soir la police."), or k. */
    private int pastTimeBefore(Sentence s, int k) {
        int v = k;
        while (v > 0 && (is(s, v, Grammar.WEEKDAY) || is(s, v, Grammar.RELATIVE_DAY) || is(s, v, Grammar.TODAY_PART) || is(s, v, Grammar.DAY_PART)
                || is(s, v, Grammar.ADVERB))) {
            v--;
        }
        return v;
    }

    /**
     * The state whose own body a possessive names ({@code Tokyo a ordonné à ses forces d'autodéfense}, {@code Rome a
     * demandé à sa marine}): the state, its capital or its government named last before {@code i} in the sentence, when
     * no other actor is named between them (the possessive may then be that actor's); or null.
     */
    private String possessorState(Sentence s, int i) {
        if (i == 0 || !is(s, i - 1, Grammar.POSSESSIVE)) {
            return null;
        }
        for (int x = s.mentions.size() - 1; x >= 0; x--) {
            Mention m = s.mentions.get(x);
            if (m.last >= i) {
                continue;
            }
            boolean state = m.kind == Mention.Kind.STATE || m.kind == Mention.Kind.CAPITAL;
            return state && !m.located && m.key != null ? m.key : null;
        }
        return null;
    }

    /**
     * Adds the office of a head of state or government named by its title at i ({@link #officeOfHead}: {@code le Bureau du
     * premier ministre}, a body of the state, not a {@code Bureau}) and returns the index after it; or i.
     */
    private int headOffice(Sentence s, int i, String w) {
        int office = officeOfHead(s, i);
        if (office > i) {
            Mention m = add(s, i, office - 1, Mention.Kind.STATE_ORGAN);
            m.key = w + " " + s.word(i + 3 < office ? i + 3 : i + 2);
            m.country = lexicon.stateOfAdjective(s.word(office - 1)).orElse(null);
        }
        return office;
    }

    /**
     * Adds the body of the state a possessive names at i ({@link #possessorState}: {@code Tokyo a ordonné à ses forces
     * d'autodéfense}, {@code Rome a demandé à sa marine}), its noun ending before j, and returns the index after it; or i.
     * What the body is asked to do is no part of its name ({@code à sa marine de patrouiller au large}).
     */
    private int possessedBody(Sentence s, int i, int j, String w) {
        String owner = possessorState(s, i);
        if (owner == null) {
            return i;
        }
        int of = j + 1 < s.size() && is(s, j, Grammar.DE_FORM) ? afterOf(s, j) : -1;
        int end = of > j && of < s.size() && lexicon.endsWithAny(s.token(of).folded(), "INFINITIVE_ENDING") ? j : unaskedComplement(s, j);
        Mention m = add(s, i, end - 1, Mention.Kind.STATE_ORGAN);
        m.key = end > j ? w + " " + s.word(end - 1) : w;
        m.country = owner;
        return end;
    }

    /**
     * The index after the office of a head of state or government named by its holder's title ({@code le Bureau du premier
     * ministre}, {@code le Cabinet du Premier ministre israélien}): a capitalised {@code OFFICE_NOUN} after a definite
     * article, {@code du} and the title, perhaps with its state's adjective; or i. Without the title the noun names nothing.
     */
    private int officeOfHead(Sentence s, int i) {
        if (i == 0 || i + 2 >= s.size() || !s.token(i).capitalised() || !lexicon.is(s.tokens, i, Grammar.OFFICE_NOUN)
                || !is(s, i - 1, Grammar.DEFINITE) || !is(s, i + 1, Grammar.OF_SINGULAR)) {
            return i;
        }
        PhraseIndex.Match<Entries.Title> title = lexicon.titles().longest(s.tokens, i + 2);
        if (title == null || title.first() != i + 2
                || !"HEAD_OF_GOVERNMENT".equals(title.value().kind()) && !"HEAD_OF_STATE".equals(title.value().kind())) {
            return i;
        }
        int end = title.last() + 1;
        return end < s.size() && !s.token(end).capitalised() && lexicon.stateOfAdjective(s.word(end)).isPresent() ? end + 1 : end;
    }

    /**
     * "la police a déclaré", "le tribunal administratif a ordonné": a body of the state the text is
     * about, named alone as the subject of a verb (elsewhere such a noun often names no one body).
     * Returns the token after it, or i when it is none.
     */
    private int organAlone(Sentence s, int i) {
        int asked = askedOrgan(s, i);
        if (asked > i) {
            Mention m = add(s, i, asked - 1, Mention.Kind.STATE_ORGAN);
            StringBuilder key = new StringBuilder(s.word(i));
            for (int x = i + 1; x < asked; x++) {
                key.append(' ').append(s.word(x)); // "tribunal correctionnel"
            }
            m.key = key.toString();
            m.country = null;
            return asked;
        }
        int article = i - 1;
        if (article >= 1 && s.word(article).equals("'") && is(s, article - 1, Grammar.DEFINITE_ELIDED)) {
            article--;
        } else if (article < 0 || !is(s, article, Grammar.DEFINITE)) {
            return i;
        }
        int j = i + 1;
        while (j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()
                && (lexicon.is(s.tokens, j, Grammar.ORGAN_QUALIFIER) || lexicon.is(s.tokens, j, Grammar.INSTITUTION_ADJECTIVE))) {
            j++;
        }
        // "selon la police, …", "…, d'après l'armée.": the body whose account the sentence gives
        int town = lexicon.is(s.tokens, i, Grammar.LOCAL_PLACE) ? townOfOrgan(s, j) : j; // "selon la préfecture de Loire-Atlantique."
        boolean source = sourceIntroduced(s, article - 1) && (closesClause(s, j) || town > j && closesClause(s, town));
        if (!source && article > 0 && (is(s, article - 1, Grammar.OF_BARE) || lexicon.is(s.tokens, article - 1, Grammar.PREPOSITION))) {
            return i; // "l'intervention de la police a …": the police is no subject
        }
        if (j + 1 < s.size() && is(s, j, Grammar.OF_SINGULAR) && !s.token(j + 1).capitalised()
                && lexicon.is(s.tokens, j + 1, Grammar.INSTITUTION_COMPLEMENT)) {
            j += 2; // "le tribunal du travail", "la cour d'appel"
        }
        int verb = pastTimeBefore(s, article - 1);
        int place = placeOfOrgan(s, j);
        if (place > j && article > 0 && lexicon.verbs().longest(s.tokens, verb) != null) {
            j = place; // ", a rappelé la préfecture de la Drôme.": the organ of a named place, inverted after its verb
        } else if (j + 1 < s.size() && is(s, j, Grammar.OF_BARE) && s.token(j + 1).isWord() && s.token(j + 1).capitalised()
                && lexicon.stateOfPlace(s.word(j + 1)).isPresent() && lexicon.is(s.tokens, i, Grammar.LOCAL_PLACE)) {
            j += 2; // "le tribunal correctionnel de Paris a condamné": the court of that town, which acts
        } else if (lexicon.is(s.tokens, i, Grammar.LOCAL_PLACE)) {
            // "la préfecture du Pas-de-Calais a ordonné", "la mairie d'Alès a écrit": a town the lexicon need not know;
            // "La préfecture du Rhône a annoncé", "le parquet de la Drôme a ouvert": a place after an article, before a clause
            int served = townOfOrgan(s, j);
            int named = served > j ? served : namedPlaceAfter(s, j);
            j = named > j && (served > j || clauseAfter(s, named)) ? named : j;
        }
        boolean inverted = article > 0 && verb >= 0 && lexicon.verbs().longest(s.tokens, verb) != null
                && (j >= s.size() || !s.token(j).isWord()); // ", a indiqué la police."
        // "exige que l'armée lève le blocus": the subject of a clause after "que", whose verb the lexicon need not know
        boolean clauseSubject = article > 0 && is(s, article - 1, Grammar.SUBORDINATOR) && j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()
                && !lexicon.is(s.tokens, j, Grammar.COPULA) && !lexicon.isGrammar(s.word(j));
        int v = resumingPronounAfter(s, j) ? j + 3 : j; // "La mairie d'Alès, elle, a écrit": the verb after the pronoun that takes it up
        if (!inverted && !clauseSubject && !source && (!clauseAfter(s, v) || lexicon.is(s.tokens, v, Grammar.COPULA) || lexicon.is(s.tokens, v + 1, Grammar.BEEN))) {
            return i; // not "la police est intervenue", "le tribunal a été saisi"
        }
        Mention m = add(s, i, j - 1, Mention.Kind.STATE_ORGAN);
        StringBuilder key = new StringBuilder(s.word(i));
        for (int x = i + 1; x < j; x++) {
            key.append(' ').append(s.word(x));
        }
        m.key = key.toString();
        m.country = null;
        return j;
    }

    /** Whether a stressed pronoun set off by commas stands at j ({@code , elle,}, {@code , lui,}), taking up the subject before it. */
    private boolean resumingPronounAfter(Sentence s, int j) {
        return j + 3 < s.size() && s.word(j).equals(",") && s.word(j + 2).equals(",") && !s.token(j + 1).capitalised()
                && (is(s, j + 1, Grammar.PRONOUN_SINGULAR) || is(s, j + 1, Grammar.PRONOUN_PLURAL));
    }

    /** Whether the token at {@code k} closes the clause: a comma, or the full stop ending the sentence. */
    private static boolean closesClause(Sentence s, int k) {
        return k < s.size() && (s.word(k).equals(",") || k == s.size() - 1 && s.word(k).equals("."));
    }

    /**
     * Past the town or department a local organ serves, named by capitalised words joined by hyphens after {@code de},
     * {@code d'}, {@code du} or {@code des} ("le parquet de Boulogne-sur-Mer", "la préfecture du Pas-de-Calais", "la mairie
     * d'Alès"): a place name, not a person's (no given name) nor a body's the lexicon knows. Returns {@code j} otherwise.
     */
    private int townOfOrgan(Sentence s, int j) {
        if (j + 1 >= s.size() || !is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = j + 1 + (s.word(j + 1).equals("'") ? 1 : 0);
        if (k >= s.size() || !s.token(k).isWord() || !s.token(k).capitalised() || lexicon.isFirstName(s.tokens, k)
                || lexicon.names().longest(s.tokens, k) != null || lexicon.isGrammar(s.word(k)) && !(k + 1 < s.size() && s.token(k + 1).is("-"))) {
            return j;
        }
        int end = k + 1;
        while (end + 1 < s.size() && s.token(end).is("-") && s.token(end).start() == s.token(end - 1).end()
                && s.token(end + 1).isWord() && s.token(end + 1).start() == s.token(end).end()) {
            end += 2; // "Boulogne-sur-Mer", "Loire-Atlantique"
        }
        return end;
    }

    /**
     * Past the place named after an organ's "de" ("du Rhône", "de la Drôme", "de Lot-et-Garonne"): capitalised words, those
     * joined by hyphens too, up to four; {@code j} when none follows.
     */
    private int namedPlaceAfter(Sentence s, int j) {
        if (!is(s, j, Grammar.DE_FORM) && !is(s, j, Grammar.OF_THE_SINGULAR)) {
            return j;
        }
        int k = j + 1;
        if (is(s, k, Grammar.DEFINITE_SINGULAR) || is(s, k, Grammar.DEFINITE_ELIDED) && s.word(k + 1).equals("'")) {
            k += s.word(k + 1).equals("'") ? 2 : 1;
        }
        int start = k;
        while (k < s.size() && k < start + 9 && s.token(k).isWord() && s.token(k).capitalised()) {
            k++;
            while (k + 1 < s.size() && s.word(k).equals("-") && s.token(k - 1).end() == s.token(k).start()
                    && s.token(k).end() == s.token(k + 1).start() && s.token(k + 1).isWord()) {
                k += 2; // "Lot-et-Garonne", "Seine-Saint-Denis"
            }
        }
        return k > start && k < start + 9 ? k : j;
    }

    /**
     * Past the place an organ serves when the sentence ends with it: "la préfecture de la Drôme.", "la mairie de Lyon." (a
     * capitalised run after "de" and an article). Returns {@code j} when no such place closes the sentence.
     */
    private int placeOfOrgan(Sentence s, int j) {
        int k = namedPlaceAfter(s, j);
        return k > j && (k >= s.size() || !s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-")) ? k : j;
    }

    /**
     * An organ named alone as the one asked to act: "a demandé au tribunal de prononcer …", "« Nous demandons à la justice
     * de … »", "au tribunal correctionnel d'interdire …": after "au" (or "à la"), with its adjectives, and before "de" and
     * an infinitive. Returns the index past the organ, or {@code i}.
     */
    private int askedOrgan(Sentence s, int i) {
        boolean to = i >= 1 && is(s, i - 1, Grammar.TO_THE)
                || i >= 2 && is(s, i - 1, Grammar.DEFINITE_SINGULAR) && is(s, i - 2, Grammar.TO_BARE);
        int j = i + 1;
        while (to && j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()
                && (lexicon.is(s.tokens, j, Grammar.ORGAN_QUALIFIER) || lexicon.is(s.tokens, j, Grammar.INSTITUTION_ADJECTIVE))) {
            j++; // "a demandé au tribunal correctionnel d'interdire …": the court's adjective is part of its name
        }
        if (!to || j + 1 >= s.size() || !is(s, j, Grammar.OF_BARE)) {
            return i;
        }
        int verb = j + 1 + (s.word(j + 1).equals("'") ? 1 : 0);
        Token v = s.token(Math.min(verb, s.size() - 1));
        return v.isWord() && !v.capitalised() && lexicon.endsWithAny(v.folded(), "INFINITIVE_ENDING") && !is(s, verb, Grammar.DETERMINER)
                && !is(s, verb, Grammar.POSSESSIVE) && !is(s, verb, Grammar.PREPOSITION) && !is(s, verb, Grammar.ARTICLE) ? j : i;
    }

    /** Whether a source is named from the word at {@code k} ({@code selon}, {@code d'après}, {@code aux yeux de}), not after {@code pour}. */
    private boolean sourceIntroduced(Sentence s, int k) {
        return k >= 0 && Syntax.introducesSource(lexicon, s, k) && !is(s, k, Grammar.FOR);
    }

    /**
     * Whether a management noun at i, with no organisation after it, is the subject of a verb:
     * "la direction a confirmé", ", a indiqué la direction." (not "en direction de", "sous la
     * direction de", "la direction du vent").
     */
    private boolean managementSpeaks(Sentence s, int i) {
        if (!definite(s, i) || is(s, i - 1, Grammar.OF_THE_SINGULAR) || i >= 2 && lexicon.is(s.tokens, i - 2, Grammar.PREPOSITION)) {
            return false;
        }
        int article = s.word(i - 1).equals("'") ? i - 2 : i - 1;
        int verb = pastTimeBefore(s, article - 1);
        boolean inverted = article > 0 && verb >= 0 && lexicon.verbs().longest(s.tokens, verb) != null
                && (i + 1 >= s.size() || !s.token(i + 1).isWord()); // ", a indiqué la direction."
        // "exige que la direction revienne à la table": the subject of a clause asked of it, before a verb of no grammar class
        boolean clauseSubject = article > 0 && is(s, article - 1, Grammar.SUBORDINATOR) && i + 1 < s.size() && s.token(i + 1).isWord()
                && !s.token(i + 1).capitalised() && !lexicon.isGrammar(s.word(i + 1));
        return inverted || clauseSubject || clauseAfterClitics(s, i + 1) && !lexicon.is(s.tokens, i + 1, Grammar.COPULA);
    }

    /**
     * The end of a complement that says what an unnamed body is for, from the {@code de} at j: "de
     * défense des droits des femmes", "d'habitants", "de protection légale". Runs of lower-case
     * words of no lexicon, joined by {@code de}/{@code des}/{@code du} and articles; -1 when none.
     */
    private int describedBody(Sentence s, int j) {
        int end = -1;
        int k = j;
        for (int guard = 0; guard < 12 && k < s.size(); guard++) {
            boolean joined = lexicon.is(s.tokens, k, Grammar.DE_FORM);
            if (joined) {
                k++;
                while (k < s.size() && (s.word(k).equals("'") || lexicon.is(s.tokens, k, Grammar.ARTICLE) && !lexicon.is(s.tokens, k, Grammar.DE_FORM))) {
                    k++;
                }
            } else if (end < 0) {
                return -1;
            }
            if (end < 0 && asksToDo(s, k)) {
                return -1; // "demande à la fédération de renforcer ses programmes": what the body is asked to do, no description of it
            }
            if (k >= s.size() || !content(s, k)) {
                return end;
            }
            while (k < s.size() && content(s, k)) {
                k++; // "protection légale": a noun and its adjectives
            }
            end = k;
        }
        return end;
    }

    /**
     * Whether token k, right after a body's {@code de}, is an infinitive with its object ({@code de renforcer ses
     * programmes}, {@code de recruter un attaquant}, {@code d'agir plutôt sur les prix}): the determiner or adverb after
     * it keeps nouns in -er such as {@code de quartier} in the description.
     */
    private boolean asksToDo(Sentence s, int k) {
        int of = k >= 2 && s.word(k - 1).equals("'") ? k - 2 : k - 1; // "d'agir" as "de cibler"
        return k + 1 < s.size() && !s.token(k).capitalised() && s.token(of).isWord() && lexicon.is(s.tokens, of, Grammar.DE_FORM)
                && lexicon.endsWithAny(s.token(k).folded(), "INFINITIVE_ENDING") && !lexicon.isGrammar(s.token(k).folded())
                && (lexicon.is(s.tokens, k + 1, Grammar.DETERMINER) || lexicon.is(s.tokens, k + 1, Grammar.ADVERB))
                && !lexicon.is(s.tokens, k + 1, Grammar.DE_FORM);
    }

    /** A lower-case word of no lexicon (neither grammar word nor verb): a common noun or adjective. */
    private boolean content(Sentence s, int k) {
        Token t = s.token(k);
        return t.isWord() && !t.capitalised() && !t.numeric() && !s.inQuote(k) && !lexicon.isGrammar(s.word(k))
                && lexicon.verbs().longest(s.tokens, k) == null;
    }

    /** Whether a verb stands at j: an auxiliary or a verb of the lexicons. */
    private boolean clauseAfter(Sentence s, int j) {
        return j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()
                && (lexicon.is(s.tokens, j, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, j) != null);
    }

    /** {@link #clauseAfter} past the clitics before the verb: "la direction de Postes Canada s'est dite prête". */
    private boolean clauseAfterClitics(Sentence s, int j) {
        for (int guard = 0; guard < 4 && j + 1 < s.size() && !s.token(j).capitalised()
                && (lexicon.is(s.tokens, j, Grammar.CLITIC) || s.word(j).equals("'")); guard++) {
            j++;
        }
        return clauseAfter(s, j);
    }

    /**
     * Whether the title {@code t}, with its body, is followed by a comma and a name closed by a comma: the title is that
     * name's, not the one before ("Dans une lettre adressée à Antonio Guterres, le représentant de l'Azerbaïdjan, Tofig
     * Alasgarov, accuse").
     */
    private boolean nameInAppositionAfter(Sentence s, Mention t) {
        int end = t.complement != null ? Math.max(t.last, t.complement.last) : t.last;
        Mention next = end + 2 < s.size() && s.word(end + 1).equals(",") ? s.mentionAt(end + 2) : null;
        return next != null && next.first == end + 2 && (next.kind == Mention.Kind.PROPER || next.kind == Mention.Kind.PERSON)
                && next.last + 1 < s.size() && s.word(next.last + 1).equals(",");
    }

    /** Whether the word at i is a one-word demonym ({@code Argentin}, {@code Ghanéenne}) of the lexicon's states. */
    private boolean demonymAt(Sentence s, int i) {
        PhraseIndex.Match<Named> named = lexicon.names().longest(s.tokens, i);
        return named != null && named.length() == 1 && named.value().kind() == Named.Kind.DEMONYM;
    }

    /**
     * Whether the title at i completes a noun of kin or succession before it ({@code la veuve de
     * l'ancien président}): a name in apposition after it is then that person's, not the title's.
     */
    private boolean ofNoun(Sentence s, int i) {
        int j = i - 1;
        if (j >= 0 && lexicon.is(s.tokens, j, Grammar.PRENOMINAL_ADJECTIVE)) {
            j--;
        }
        if (j >= 1 && s.word(j).equals("'") && is(s, j - 1, Grammar.DEFINITE_ELIDED)) {
            j -= 2;
        } else if (j >= 0 && is(s, j, Grammar.DEFINITE)) {
            j--;
        }
        if (j < 1 || !is(s, j, Grammar.DE_FORM)) {
            return false;
        }
        return lexicon.is(s.tokens, j - 1, Grammar.KIN_NOUN);
    }

    /**
     * The index after the name of the head who leads a government at j, written straight after its noun or after
     * {@code de} ({@code Carney}, {@code de Viktor Orban}): a person the lexicon knows, a given name and a surname, or a
     * lone capitalised word no lexicon knows right after the noun; j when none.
     */
    private int leaderName(Sentence s, int j) {
        int k = skipOf(s, j);
        if (k >= s.size() || !s.token(k).isWord() || !s.token(k).capitalised() || s.token(k).upper()) {
            return j;
        }
        PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, k);
        if (known != null) {
            return known.value().kind() == Named.Kind.PERSON ? known.last() + 1 : j;
        }
        int end = nameRun(s, k, true);
        boolean given = lexicon.isFirstName(s.tokens, k);
        if (given && end > k + 1 || !given && k == j && end == k + 1 && !lexicon.isGrammar(s.word(k)) && !located(s, k)) {
            return end;
        }
        return j;
    }

    /** The index after a bare {@code de} at j (not {@code de l'}, {@code du}), or j. */
    private int skipOf(Sentence s, int j) {
        return j + 1 < s.size() && is(s, j, Grammar.OF_UNELIDED) && s.token(j + 1).capitalised() ? j + 1 : j;
    }

    /** Whether a state or its capital follows the {@code de} at j: "les autorités de Kinshasa". */
    private boolean capitalOrState(Sentence s, int j) {
        int k = afterOf(s, j);
        PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
        return of != null && (of.value().kind() == Named.Kind.STATE || of.value().kind() == Named.Kind.CAPITAL);
    }

    /** Whether an article or a determiner stands before a mention: "la Société Générale" is no one's name. */
    private boolean articled(Sentence s, Mention m) {
        int j = m.first - 1;
        if (j > 0 && s.word(j).equals("'")) {
            j--;
        }
        return j >= 0 && (lexicon.is(s.tokens, j, Grammar.ARTICLE) || lexicon.is(s.tokens, j, Grammar.DETERMINER));
    }

    /** Two or three capitalised words, no acronym, no word only organisations bear, no name a lexicon knows. */
    private boolean fullName(Sentence s, Mention m) {
        int words = 0;
        for (int x = m.first; x <= m.last; x++) {
            Token t = s.token(x);
            if (t.isWord()) {
                if (!t.capitalised() && !lexicon.is(t.folded(), Grammar.PARTICLE) || t.upper() && t.end() - t.start() > 1) {
                    return false;
                }
                words += t.capitalised() ? 1 : 0;
            }
        }
        return words >= 2 && words <= 3 && !institutional(s, m) && !m.initial && !s.inQuote(m.first);
    }

    /**
     * "le ministère des Affaires étrangères du Qatar", "le ministère de la Défense de l'Ukraine": a ministry named by its
     * portfolio, then by the state it belongs to after "de"; the mention of that body, or null when no state's name follows.
     */
    private Mention stateOrganOfNamedState(Sentence s, int i, int end, String w) {
        if (end >= s.size() || !(is(s, end, Grammar.OF_SINGULAR) || is(s, end, Grammar.DE_FORM) && is(s, end, Grammar.PLURAL_DETERMINER))) {
            return null;
        }
        int k = afterOf(s, end);
        PhraseIndex.Match<Named> of = k < s.size() ? lexicon.names().longest(s.tokens, k) : null;
        if (of == null || of.value().kind() != Named.Kind.STATE) {
            return null;
        }
        Mention m = add(s, i, of.last(), Mention.Kind.STATE_ORGAN);
        m.key = w + " " + s.word(end - 1);
        m.country = of.value().key();
        m.complement = new Mention(s, k, of.last(), Mention.Kind.STATE); // the state it belongs to, as written
        m.complement.key = of.value().key();
        return m;
    }

    /**
     * Past a second portfolio joined by "et" to a minister's title that names its first ("la ministre des Affaires sociales
     * et de la Santé", "le ministre de l'Économie et des Finances"); {@code after} when none follows.
     */
    private int secondPortfolio(Sentence s, Mention m, int after) {
        if (after + 2 >= s.size() || after != m.last + 1 || !m.title.kind().endsWith("MINISTER") || !is(s, after, Grammar.AND)
                || !is(s, after + 1, Grammar.DE_FORM) || m.title.title().indexOf(' ') < 0) {
            return after;
        }
        int second = portfolio(s, after + 1);
        return second > after + 2 ? second : after;
    }

    /**
     * The lower-case adjective right after a group's noun at {@code after} ("associations étudiantes", not "la junte
     * expulse l'ambassadeur"), taken into mention m: the index after it, or after the portfolio that follows it for
     * officials ("les ministres arabes des Affaires étrangères", an adjective of no state); {@code after} when none.
     */
    private int groupAdjective(Sentence s, int i, Mention m, PhraseIndex.Match<Entries.Group> group, int after) {
        // (after "que", a phrase with its own adjective is whole: "que la communauté internationale intervienne")
        if (after < s.size() && after == m.last + 1 && (group.length() == 1 || !clauseSubject(s, i)) && s.token(after).isWord() && !s.token(after).capitalised() && !s.token(after).numeric()
                && !lexicon.isGrammar(s.word(after)) && lexicon.verbs().longest(s.tokens, after) == null
                && lexicon.groups().longest(s.tokens, after) == null && suffix(s.word(after), Grammar.VERB_ENDING).isEmpty()
                && !opensObject(s, after + 1)) {
            m.last = after;
            int portfolio = "OFFICIALS".equals(group.value().kind()) ? portfolio(s, after + 1) : after + 1;
            if (portfolio > after + 1) {
                m.last = portfolio - 1;
            }
            return portfolio;
        }
        return after;
    }

    /**
     * The index after the portfolio of a ministry ({@code de la Défense}, {@code des Affaires
     * étrangères}, {@code de l'Information}) starting at j, or j.
     */
    private int portfolio(Sentence s, int j) {
        if (j >= s.size() || !is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = afterOf(s, j);
        if (k >= s.size() || !s.token(k).isWord() || !s.token(k).capitalised() || s.token(k).upper() || lexicon.names().longest(s.tokens, k) != null
                || lexicon.isFirstName(s.tokens, k)) {
            return j;
        }
        int end = k + 1;
        while (end < s.size() && s.token(end).isWord() && !s.token(end).capitalised() && !lexicon.isGrammar(s.word(end))
                && lexicon.stateOfAdjective(s.word(end)).isEmpty() && lexicon.verbs().longest(s.tokens, end) == null && end < k + 2
                && !suffix(s.word(end), Grammar.ADJECTIVE_ENDING).isEmpty()) {
            end++; // "des Affaires étrangères"
        }
        if (end + 1 < s.size() && is(s, end, Grammar.AND) && is(s, end + 1, Grammar.DE_FORM)) {
            int second = portfolio(s, end + 1);
            return second > end + 1 ? second : end; // "de la Santé publique et de la Population", "de l'Europe et des Affaires étrangères"
        }
        return end;
    }

    /**
     * The index after an organisation's name opened by a capitalised head after an article
     * ({@code PARTY_HEAD}: Parti, Front, Union…; {@code ORG_HEAD}: Fondation, Institut, Agence…),
     * then one or two lower-case adjectives ({@code la Gauche démocratique}), a complement
     * ({@code le Front de gauche}, {@code le Parti de la liberté et de la justice}) or a proper name
     * ({@code la Fondation Wikimedia}); or i when nothing names the body ({@code le Parti doit}).
     */
    private int organisationName(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || !t.isWord() || !t.capitalised() || t.upper()
                || !lexicon.is(s.tokens, i, Grammar.PARTY_HEAD) && !lexicon.is(s.tokens, i, Grammar.ORG_HEAD) && !lexicon.is(s.tokens, i, Grammar.INSTITUTION)) {
            return i;
        }
        int j = i - 1;
        if (s.word(j).equals("'") && j > 0) {
            j--;
        }
        String before = s.word(j);
        if (!(lexicon.is(before, Grammar.ARTICLE) || lexicon.is(before, Grammar.DETERMINER) || is(s, j, Grammar.ARTICLE))) {
            return i; // "l'Institut indien des sciences": the elided article is read with its apostrophe
        }
        boolean institution = !lexicon.is(s.tokens, i, Grammar.PARTY_HEAD) && !lexicon.is(s.tokens, i, Grammar.ORG_HEAD);
        if (institution && (!lexicon.is(before, Grammar.DEFINITE_SINGULAR) || proper(s, i))) {
            return i; // "le Conseil de l'industrie forestière" names a body; "au centre des Congrès de Québec" does not
        }
        if (proper(s, i)) {
            return nameRun(s, i + 1, true);
        }
        return describedName(s, i);
    }

    /**
     * The index after the lower-case adjectives and complements that name the body whose head is
     * at i ({@code Gauche démocratique}, {@code Conseil mondial sikh du Canada}); i when none follows.
     */
    private int describedName(Sentence s, int i) {
        // a body's own adjective ("Fédération nationale"), not a state institution's ("Conseil constitutionnel", read with its state)
        int end = lowerAdjectives(s, i + 1, lexicon.is(s.tokens, i, Grammar.ORG_HEAD));
        if (end == i + 1 && lexicon.is(s.tokens, i, Grammar.PARTY_HEAD) && is(s, i + 1, Grammar.POLITICAL_ADJECTIVE)) {
            end = i + 2; // "le Parti conservateur", "le Parti travailliste": adjectives of no adjective's ending
        }
        int complement = unaskedComplement(s, end);
        if (complement > end) {
            int and = end = complement;
            if (and + 1 < s.size() && is(s, and, Grammar.AND)) {
                int second = complement(s, and + 1);
                if (second == and + 1) {
                    second = bareNounWithComplement(s, and + 1);
                }
                if (second > and + 1) {
                    end = second; // "de la liberté et de la justice", "de dépôt et placement du Québec"
                }
            } else if (bracketAfterComplements(s, end)) {
                end = complement(s, end); // "la Ligue ivoirienne des droits de l'homme (Lidho)": a nested complement before the acronym
            } else {
                int nested = s.token(end - 1).capitalised() ? end : complement(s, end);
                if (nested > end && !s.token(nested - 1).capitalised()) {
                    end = nested; // "la Fédération des producteurs de lait", "le Syndicat des travailleurs de la construction"
                }
                end = townOfBody(s, end); // "le Musée des beaux-arts de Montréal": the town closes the name
            }
        }
        return end > i + 1 ? end : i;
    }

    /**
     * The index after the complement of a body's name at {@code end} ({@link #complement}), unless {@code de} opens what the
     * body is asked to do ({@code demander à l'Union de cibler les banques}, {@code le Parlement d'agir}, {@code à sa marine de
     * suspendre}); then {@code end}.
     */
    private int unaskedComplement(Sentence s, int end) {
        int infinitive = end + 1 + (end + 1 < s.size() && s.word(end + 1).equals("'") ? 1 : 0);
        return infinitive < s.size() && asksToDo(s, infinitive) ? end : complement(s, end);
    }

    /**
     * The index after a lower-case noun at k that a complement follows, the second noun of a name joined by {@code et}
     * without its own {@code de} ({@code la Caisse de dépôt et placement du Québec}); or k. The complement vouches for the
     * noun: {@code et} before a lone noun or a verb goes on with the sentence, not the name.
     */
    private int bareNounWithComplement(Sentence s, int k) {
        if (k + 2 >= s.size() || !s.token(k).isWord() || s.token(k).capitalised() || s.token(k).numeric()
                || s.token(k).end() - s.token(k).start() < 4 || lexicon.isGrammar(s.word(k)) || lexicon.verbs().longest(s.tokens, k) != null
                // "placement": a noun in -ment, no verb form in -ent
                || !suffix(s.word(k), Grammar.VERB_ENDING).isEmpty() && suffix(s.word(k), Grammar.ADVERB_ENDING).isEmpty()
                || lexicon.titles().longest(s.tokens, k) != null
                || lexicon.groups().longest(s.tokens, k) != null) {
            return k;
        }
        int end = complement(s, k + 1);
        return end > k + 1 ? end : k;
    }

    /**
     * The index after a committee of a chamber named at i ({@code la commission de l'économie du Conseil
     * national}, {@code la commission des affaires étrangères du Sénat}, {@code la commission de politique de
     * sécurité du National}): a COMMITTEE noun after a determiner, one to three complements in lower case or
     * a capitalised remit ({@code des Affaires étrangères}), an acronym in brackets perhaps (the name then ends before it), then {@code de}
     * and the chamber, an institution ({@code Sénat}, {@code Conseil national}, {@code Assemblée nationale}),
     * an institution's adjective standing for it ({@code National}) or a body of the lexicon
     * ({@code Bundestag}); or i. Without its chamber a committee is too vague to be a body
     * ({@code une commission d'enquête}).
     */
    private int committee(Sentence s, int i) {
        if (!lexicon.is(s.tokens, i, Grammar.COMMITTEE) || !hasDeterminer(s, i)) {
            return i;
        }
        int j = i + 1;
        for (int complements = 0; complements < 3; complements++) {
            int acronym = bracketedAcronym(s, j);
            int chamber = chamberAt(s, acronym);
            if (chamber > acronym) {
                // "la commission de l'économie et des redevances (CER-N) du Conseil national": the name stops at its acronym
                return complements == 0 ? i : acronym > j ? j : chamber;
            }
            int of = is(s, j, Grammar.AND) ? j + 1 : j;
            if (of + 1 >= s.size() || !is(s, of, Grammar.DE_FORM)) {
                return i;
            }
            int next = afterOf(s, of);
            if (next >= s.size() || !s.token(next).isWord() || s.token(next).numeric() || s.token(next).end() - s.token(next).start() < 4
                    || lexicon.is(s.tokens, next, Grammar.INSTITUTION) || lexicon.verbs().longest(s.tokens, next) != null) {
                return i;
            }
            next++; // the remit's noun, grammar words included ("de l'économie", "de politique", "des Affaires étrangères")
            j = next;
            while (j < next + 2 && j < s.size() && s.token(j).isWord() && !s.token(j).capitalised() && !s.token(j).numeric()
                    && !lexicon.isGrammar(s.word(j)) && lexicon.verbs().longest(s.tokens, j) == null) {
                j++; // "de politique extérieure": adjectives of any ending; the chamber after them bounds the name
            }
        }
        return i;
    }

    /**
     * Whether the name {@code b} in apposition after a title ends there: a comma, a full stop or, for a person's name, the
     * verb follows, past a party's or a body's acronym in brackets ({@code la ministre de l'Éducation, Valérie Glatigny (MR),}).
     */
    private boolean closesName(Sentence s, Mention b) {
        int after = bracketedAcronym(s, b.last + 1);
        return after < s.size() && (s.word(after).equals(",") || s.word(after).equals(".")
                || personal(s, b) && (lexicon.is(s.tokens, after, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, after) != null));
    }

    /** The index after an acronym in brackets at j ({@code (CER-N)}, {@code (CPS)}), or j. */
    private static int bracketedAcronym(Sentence s, int j) {
        if (j + 2 >= s.size() || !s.token(j).is("(") || !s.token(j + 1).upper()) {
            return j;
        }
        for (int k = j + 2; k < Math.min(s.size(), j + 6); k++) {
            if (s.token(k).is(")")) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * The index after a family named by its surname at i ({@code la famille Beltrame}, {@code le clan Kennedy}): a
     * FAMILY noun after a determiner and one or two capitalised words that no lexicon names as a state, a body or a
     * title; or after the noun alone behind a possessive ({@code sa famille}) when no adjective or noun follows; or i.
     */
    private int family(Sentence s, int i) {
        if (!lexicon.is(s.tokens, i, Grammar.FAMILY) || !hasDeterminer(s, i) || i + 1 >= s.size()) {
            return i;
        }
        int j = i + 1;
        Token name = s.token(j);
        if (!name.isWord() || !name.capitalised() || name.upper() || name.numeric() || lexicon.names().longest(s.tokens, j) != null
                || lexicon.titles().longest(s.tokens, j) != null || lexicon.isGrammar(s.word(j))) {
            // "Sa famille réclame que …": the family of someone just named, when nothing names it further
            boolean possessive = lexicon.is(s.tokens, i - 1, Grammar.POSSESSIVE) && !(name.isWord() && !name.capitalised() && !lexicon.isGrammar(s.word(j))
                    && lexicon.verbs().longest(s.tokens, j) == null);
            return possessive ? j : i;
        }
        int end = nameRun(s, j, true);
        return end > j && end <= j + 2 ? end : i;
    }

    /** The index after {@code de}, an article and the name of a legislative chamber at j ({@link #committee}), or j. */
    private int chamberAt(Sentence s, int j) {
        if (j + 1 >= s.size() || !is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = afterOf(s, j);
        if (k >= s.size() || !s.token(k).isWord() || !s.token(k).capitalised() || s.token(k).upper()) {
            return j;
        }
        PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, k);
        if (known != null) {
            return known.value().kind() == Named.Kind.ORGANISATION ? known.last() + 1 : j;
        }
        if (lexicon.is(s.tokens, k, Grammar.INSTITUTION)) {
            int end = k + 1;
            while (end < s.size() && !s.token(end).capitalised() && lexicon.is(s.tokens, end, Grammar.INSTITUTION_ADJECTIVE)) {
                end++; // "du Conseil national"
            }
            end = lowerAdjectives(s, end);
            int of = complement(s, end);
            end = of > end && !s.token(of - 1).capitalised() ? of : end;
            return end > k + 1 || lexicon.is(s.tokens, k, Grammar.INSTITUTION_ALONE) ? end : j;
        }
        return lexicon.is(s.tokens, k, Grammar.INSTITUTION_ADJECTIVE) ? k + 1 : j; // "du National": the Swiss wire's name for its lower chamber
    }

    /**
     * The index after {@code de} and the town or state that closes a body's name after its complement at j
     * ({@code de Montréal}, {@code de France}, {@code du Québec}, {@code de l'Ontario}): a capital or state of the lexicon, or one
     * or two capitalised words no lexicon knows and no given name opens; or j.
     */
    private int townOfBody(Sentence s, int j) {
        if (j + 1 >= s.size() || !is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = afterOf(s, j); // "du Québec", "de l'Ontario"
        if (k >= s.size() || !s.token(k).capitalised() || s.token(k).upper() || s.inQuote(k) != s.inQuote(j)) {
            return j;
        }
        PhraseIndex.Match<Named> of = lexicon.names().longest(s.tokens, k);
        if (of != null) {
            return of.value().kind() == Named.Kind.STATE || of.value().kind() == Named.Kind.CAPITAL ? of.last() + 1 : j;
        }
        if (lexicon.isFirstName(s.tokens, k) || lexicon.is(s.tokens, k, Grammar.SENTENCE_WORD) || lexicon.titles().longest(s.tokens, k) != null) {
            return j;
        }
        int end = nameRun(s, k, true);
        // "de Crans-Montana": a hyphen glues one town's name; "des Pays de la Loire": the particles of a region's name do not count
        return wordsBetween(s, k, end) <= 2 ? end : j;
    }

    /**
     * Widens the title mention m over the words after its state's adjectives that complete a longer title of the lexicon
     * ({@code le président malien par intérim}); returns the index after them, or {@code after} when none do.
     */
    private int titleAroundAdjectives(Sentence s, Mention m, int last, int after) {
        if (after <= last + 1) {
            return after;
        }
        int rest = titleAfterAdjectives(s, m.first, last, after);
        if (rest > after) {
            m.title = lexicon.titles().get(joinedWords(s, m.first, last + 1) + " " + joinedWords(s, after, rest));
            m.last = rest - 1; // "le président malien par intérim": the lexicon's "président par intérim" around the state's adjective
        }
        return rest;
    }

    /**
     * The index after the words that, put right after a title's own words, make a longer title of the lexicon
     * ({@code président ... par intérim} after {@code le président malien}); {@code after} when none do.
     */
    private int titleAfterAdjectives(Sentence s, int first, int last, int after) {
        String head = joinedWords(s, first, last + 1);
        int best = after;
        for (int k = after + 1; k <= Math.min(s.size(), after + 3); k++) {
            if (!s.token(k - 1).isWord() && !s.word(k - 1).equals("'")) {
                break;
            }
            if (lexicon.titles().get(head + " " + joinedWords(s, after, k)) != null) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The index after a hyphen glued to the capitalised word before it and to a capitalised word after it ({@code Saint-Jérôme},
     * {@code Notre-Dame}), past that word; j itself when no such hyphen stands at j.
     */
    private static int gluedCompound(Sentence s, int j) {
        if (j + 1 < s.size() && s.token(j).is("-") && s.token(j).start() == s.token(j - 1).end() && s.token(j + 1).start() == s.token(j).end()
                && s.token(j + 1).isWord() && s.token(j + 1).capitalised()) {
            return j + 2;
        }
        return j;
    }

    /** The number of capitalised word tokens from k up to end (hyphens, apostrophes and a name's particles do not count). */
    private static int wordsBetween(Sentence s, int k, int end) {
        int words = 0;
        for (int w = k; w < end; w++) {
            words += s.token(w).isWord() && s.token(w).capitalised() ? 1 : 0;
        }
        return words;
    }

    /**
     * The index after a longer name opened by a body's head that the lexicon reads, with its elided article at i, as a name of
     * its own ({@code l'Union}): "de" and lower-case words, then a capitalised place closing the name before a verb, an
     * auxiliary or a comma ({@code L'Union des villes et communes de Wallonie a …}); -1 when none.
     */
    private int longerBodyAfterHead(Sentence s, int i) {
        PhraseIndex.Match<Named> fromArticle = lexicon.names().longest(s.tokens, i);
        int head = i + 2;
        if (fromArticle == null || fromArticle.last() != head || !s.token(head).capitalised() || !is(s, head + 1, Grammar.DE_FORM)
                || !(lexicon.is(s.tokens, head, Grammar.ORG_HEAD) || lexicon.is(s.tokens, head, Grammar.PARTY_HEAD))
                || head + 2 >= s.size() || s.token(head + 2).capitalised()) {
            return -1;
        }
        for (int j = head + 2; j < Math.min(s.size(), head + 10) && s.token(j).isWord() && !s.inQuote(j); j++) {
            if (lexicon.is(s.tokens, j, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, j) != null || lexicon.is(s.tokens, j, Grammar.WHO)) {
                return -1;
            }
            if (s.token(j).capitalised()) {
                int end = nameRun(s, j, true);
                boolean closed = end >= s.size() || lexicon.is(s.tokens, end, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, end) != null
                        || s.word(end).equals(",") || s.word(end).equals(".");
                return closed && is(s, j - 1, Grammar.DE_FORM) && end > j ? end : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a lexicon name read from the article at i stops short of a longer name that its bracketed acronym closes,
     * opened by the noun after the article ({@code La Confédération générale des travailleurs grecs (GSEE)} is no
     * {@code la Confédération}): the longer name is then read from the noun.
     */
    private boolean acronymedAfterArticle(Sentence s, int i) {
        PhraseIndex.Match<Named> fromArticle = lexicon.names().longest(s.tokens, i);
        if (fromArticle == null) {
            return false;
        }
        int bracket = acronymed(s, i + 1);
        PhraseIndex.Match<Named> fromNoun = lexicon.names().longest(s.tokens, i + 1);
        return bracket > i + 1 && fromArticle.last() < bracket - 1 && (fromNoun == null || fromNoun.last() < bracket - 1);
    }

    /**
     * Whether a verb form closes a name right before its bracketed acronym ("Société pour les peuples
     * menacés (SPM)"): the acronym's initials, checked after, must then count it.
     */
    private static boolean participleBeforeBracket(Sentence s, int j) {
        return j + 1 < s.size() && s.token(j + 1).is("(");
    }

    /**
     * The index of the bracket after a name of several words opening with a capitalised one at i
     * whose initials spell the acronym in the brackets ({@code Forces de soutien rapide (FSR)},
     * {@code Médecins sans frontières (MSF)}), counting every word or only those that are no
     * grammar words; or i.
     */
    private int acronymed(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord() || !t.capitalised() || t.upper() || s.inQuote(i) || !bracketAhead(s, i)) {
            return i;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        int words = 0;
        boolean coordinated = false;
        for (int j = i; j < s.size() && j <= i + 12; j++) {
            Token w = s.token(j);
            if (w.is("(") && words >= 2 && j + 2 < s.size() && acronymWord(s.token(j + 1)) && s.word(j + 2).equals(")")) {
                String acronym = s.word(j + 1).replaceAll("[^a-z0-9]", ""); // "M23" keeps the date its name holds
                // a body's noun opening the name vouches for an acronym of another language: "l'Institut national de
                // gestion des catastrophes (INGD)" of Mozambique, "le Parti communiste de Grèce (KKE)"; not past a second
                // name joined to it ("le Bloc québécois et le Nouveau Parti démocratique (NPD)")
                boolean headed = !coordinated && (lexicon.is(s.tokens, i, Grammar.ORG_HEAD) || lexicon.is(s.tokens, i, Grammar.INSTITUTION)
                        || lexicon.is(s.tokens, i, Grammar.PARTY_HEAD));
                return acronym.length() >= 2 && (acronym.contentEquals(all) || acronym.contentEquals(content) || headed) ? j : i;
            }
            if (w.is("-") || w.is("'")) {
                continue;
            }
            coordinated |= is(s, j, Grammar.AND) && j + 1 < s.size() && (s.token(j + 1).capitalised() || is(s, j + 1, Grammar.ARTICLE));
            // a date inside the name, after its "du" ("le Mouvement du 23 juin (M23)"), is part of it and of its acronym
            boolean date = w.numeric() && j > i && is(s, j - 1, Grammar.OF_SINGULAR) && j + 1 < s.size() && is(s, j + 1, Grammar.MONTH);
            if (!w.isWord() && !date || w.numeric() && !date
                    || lexicon.verbs().longest(s.tokens, j) != null && !w.capitalised() && !participleBeforeBracket(s, j)) {
                return i;
            }
            if (date) {
                all.append(s.word(j));
                content.append(s.word(j));
                words++;
                continue;
            }
            char initial = s.word(j).charAt(0);
            all.append(initial);
            String folded = s.word(j);
            if (w.capitalised() || !lexicon.is(folded, Grammar.ARTICLE) && !lexicon.is(folded, Grammar.PREPOSITION) && !lexicon.is(folded, Grammar.PARTICLE)
                    && !is(s, j, Grammar.AND)) {
                content.append(initial);
            }
            words++;
        }
        return i;
    }

    /**
     * The end of a body's name that goes on in lower case after its capitalised first word ("Droit au
     * logement", "Justice pour Adama"): at most five words, ending on a word, followed by a verb, an
     * auxiliary or a mark that closes it; {@code i} when the name has no lower-case word or stops elsewhere.
     */
    private int nameWithLowerCaseWords(Sentence s, int i) {
        if (lexicon.names().longest(s.tokens, i) != null || lexicon.isFirstName(s.tokens, i)) {
            return i;
        }
        int end = i + 1;
        boolean lowerCase = false;
        for (int j = i + 1; j < Math.min(s.size(), i + 5) && s.token(j).isWord() && !s.token(j).numeric() && !s.inQuote(j); j++) {
            if (lexicon.is(s.tokens, j, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, j) != null || lexicon.is(s.tokens, j, Grammar.WHO)) {
                break;
            }
            if (!s.token(j).capitalised()) {
                lowerCase = true;
            }
            if (!lexicon.isGrammar(s.word(j)) || s.token(j).capitalised()) {
                end = j + 1; // a name ends on a word of its own, not on "au", "pour", "de"
            }
        }
        boolean closed = end >= s.size() || lexicon.is(s.tokens, end, Grammar.AUXILIARY) || lexicon.verbs().longest(s.tokens, end) != null
                || s.word(end).equals(",") || s.word(end).equals("(") || s.word(end).equals(".");
        return lowerCase && closed && end > i + 1 ? end : i;
    }

    /**
     * The index after a capitalised word joined by a hyphen, without spaces, to the body's acronym at {@code last}
     * ({@code UNSA-PNC}, {@code CGT-Métallurgie}), when no lexicon knows that word; else {@code last + 1}. Only after an
     * acronym: a union's branches are written so, while {@code SpaceX-Dragon} names a thing of the company.
     */
    private int hyphenatedBranch(Sentence s, int last) {
        int j = last + 1;
        if (!s.token(last).upper() || j + 1 >= s.size() || !s.word(j).equals("-") || s.token(j).start() != s.token(last).end() || s.token(j + 1).start() != s.token(j).end()
                || !s.token(j + 1).isWord() || !s.token(j + 1).capitalised() || lexicon.names().longest(s.tokens, j + 1) != null) {
            return spacedBranch(s, last);
        }
        return j + 2;
    }

    /**
     * The index after the capitalised common words that follow a body's acronym at {@code last} and name one of its
     * federations ({@code la CFDT Banques et Assurances}, {@code la CGT Cheminots}); else {@code last + 1}. Not a person
     * named after the acronym ({@code la CGT Sophie Binet}): no given name, no lexicon name or title, no sentence word, and
     * an article before the acronym.
     */
    private int spacedBranch(Sentence s, int last) {
        int j = last + 1;
        int end = last + 1;
        // only after an article: a credit line or a by-line runs an agency's acronym into a person's name ("Keystone-ATS Bruna Campanello")
        boolean articled = last > 0 && (is(s, last - 1, Grammar.ARTICLE) || s.word(last - 1).equals("'") && is(s, last - 2, Grammar.DEFINITE_ELIDED));
        while (articled && s.token(last).upper() && j < s.size() && branchWord(s, j)) {
            end = ++j;
            if (j + 1 < s.size() && is(s, j, Grammar.AND) && branchWord(s, j + 1)) {
                j++; // "Banques et Assurances"
            }
        }
        return end;
    }

    /** Whether the word at {@code j} may name a union's federation after its acronym: capitalised, lower case after. */
    private boolean branchWord(Sentence s, int j) {
        Token t = s.token(j);
        return t.isWord() && t.capitalised() && !t.upper() && !t.numeric() && !s.inQuote(j) && !lexicon.isFirstName(s.tokens, j)
                && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD) && lexicon.names().longest(s.tokens, j) == null
                && lexicon.titles().longest(s.tokens, j) == null && lexicon.verbs().longest(s.tokens, j) == null;
    }

    /** The end of the capitalised words from i (at most four, or a lexicon name), stopping before a person's first name. */
    private int capitalisedRun(Sentence s, int i) {
        PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, i);
        if (known != null) {
            return known.last() + 1;
        }
        int j = i;
        while (j < s.size() && j < i + 4 && s.token(j).isWord() && s.token(j).capitalised() && !s.token(j).numeric()
                && (j == i || !lexicon.isFirstName(s.tokens, j))) {
            j++;
        }
        return j;
    }

    /**
     * The index after the name of a body at i that a person's full name follows at once
     * ({@code l'association Wikimédia France Rémi Mathis}, {@code la fondation Heinrich Böll Jean
     * Martin}, {@code l'ONG Tournesol Vert, Marie Dupont}): capitalised words, lexicon names among
     * them, up to a given name with a surname after it, or up to a comma before one; or i when no
     * person's name follows, or the lexicon knows the whole name.
     */
    private int bodyName(Sentence s, int i) {
        PhraseIndex.Match<Named> known = lexicon.names().longest(s.tokens, i);
        int j = known != null ? known.last() + 1 : i;
        while (j < s.size() && j <= i + 6 && s.token(j).isWord() && s.token(j).capitalised() && !s.token(j).numeric()) {
            if (j > i && lexicon.isFirstName(s.tokens, j) && j + 1 < s.size() && s.token(j + 1).isWord() && s.token(j + 1).capitalised()
                    && nameRun(s, j, false) > j + 1) {
                return lexicon.titles().longest(s.tokens, j) == null ? j : i;
            }
            j++;
        }
        // "l'association Wikimédia France, Rémi Mathis": the comma closes the body's name before its officer's
        return j > i && j + 2 < s.size() && s.word(j).equals(",") && lexicon.isFirstName(s.tokens, j + 1) && s.token(j + 1).capitalised()
                && nameRun(s, j + 1, false) > j + 2 ? j : i;
    }

    /**
     * Whether an opening bracket stands where {@link #acronymed} could accept it, two to twelve
     * tokens after i: most capitalised words have none, and are ruled out before their initials are
     * gathered.
     */
    private static boolean bracketAhead(Sentence s, int i) {
        for (int j = i + 2; j <= i + 12 && j + 2 < s.size(); j++) {
            Token t = s.token(j);
            if (!t.isWord() && t.is("(")) { // a mark's shape first: most tokens are words, whose text need not be read
                return true;
            }
        }
        return false;
    }

    /** Whether a word in brackets may be an acronym: all capitals, or a capital and a number ({@code M23}, {@code G7}). */
    private static boolean acronymWord(Token t) {
        return t.upper() || t.capitalised() && t.folded().matches("[a-z]{1,4}[0-9]{1,4}");
    }

    /**
     * Whether the name from {@code first} to {@code end} holds a date ({@code du 23 juin}) that the name of the lexicon
     * organisation {@code key} lacks: a body named after a day is another body than one named after another day, whatever
     * acronym they share.
     */
    private boolean otherDate(Sentence s, int first, int end, String key) {
        String known = lexicon.organisation(key).map(o -> " " + Folding.fold(o.name()) + " ").orElse("");
        for (int j = first; j + 1 < end; j++) {
            if (s.token(j).numeric() && is(s, j + 1, Grammar.MONTH) && !known.contains(" " + s.word(j) + " " + s.word(j + 1) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lexicon name is a party's: a plain test, no lambda, in the mention rules' largest method. */
    private boolean party(Named named) {
        java.util.Optional<Entries.Organisation> organisation = lexicon.organisation(named.key());
        return organisation.isPresent() && organisation.get().kind() == OrganisationKind.PARTY;
    }

    /** The lexicon organisation whose acronym stands in brackets at j ({@code (SYRIZA)}), or null. */
    private String acronymAfter(Sentence s, int j) {
        if (j + 2 >= s.size() || !s.word(j).equals("(")) {
            return null;
        }
        PhraseIndex.Match<Named> of = lexicon.names().longest(s.tokens, j + 1);
        return of != null && of.value().kind() == Named.Kind.ORGANISATION && of.last() + 1 < s.size() && s.word(of.last() + 1).equals(")")
                ? of.value().key() : null;
    }

    /** Whether a proper name of a few capitalised words, unknown to the lexicons, follows the head at i. */
    private boolean proper(Sentence s, int i) {
        int j = i + 1;
        return j < s.size() && s.token(j).isWord() && s.token(j).capitalised() && !s.token(j).numeric()
                && lexicon.names().longest(s.tokens, j) == null && lexicon.titles().longest(s.tokens, j) == null
                && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD) && !lexicon.is(s.tokens, j, Grammar.PARTY_HEAD) && !lexicon.is(s.tokens, j, Grammar.ORG_HEAD)
                && nameRun(s, j, true) <= j + 3;
    }

    /**
     * The index after the remit of an envoy or an official at j ({@code pour les questions
     * climatiques}, {@code pour le Sahel}): {@code pour}, an article and a lower-case noun with its
     * adjectives or a place no lexicon knows; or j. A state after {@code pour} stays its own mention.
     */
    private int remit(Sentence s, Mention m, int j) {
        String kind = m.title.kind();
        if (j + 2 < s.size() && is(s, j, Grammar.IN_CHARGE_OF) && is(s, j + 1, Grammar.DE_FORM) && !kind.equals("HEAD_OF_STATE")) {
            int end = complement(s, j + 1); // "le conseiller fédéral chargé des affaires étrangères": the remit names the post
            return end > j + 1 ? lowerAdjectives(s, end) : j;
        }
        int portfolio = kind.equals("MINISTER") ? portfolioAfterTo(s, j) : j;
        if (portfolio > j) {
            return portfolio; // "la secrétaire d'État à la Politique scientifique", "le ministre délégué aux Transports"
        }
        int more = kind.equals("MINISTER") ? morePortfolios(s, m, j) : j;
        if (more > j) {
            return more; // "la ministre des Affaires sociales et de la Santé": the lexicon's title and a second portfolio
        }
        if (j + 2 >= s.size() || !is(s, j, Grammar.FOR) || !kind.equals("DIPLOMAT") && !kind.equals("OFFICIAL")
                || !lexicon.is(s.tokens, j + 1, Grammar.ARTICLE)) {
            return j;
        }
        int k = skipArticle(s, j + 1);
        if (k < s.size() && s.token(k).capitalised() && lexicon.names().longest(s.tokens, k) != null) {
            return j;
        }
        return complement(s, j);
    }

    /**
     * The index after more portfolios joined to a minister's title whose own portfolio is capitalised, by {@code et} or by
     * commas closed by {@code et} ({@code des Affaires sociales et de la Santé}, {@code de l'Écologie, du Développement
     * durable et de l'Énergie}); or j.
     */
    private int morePortfolios(Sentence s, Mention m, int j) {
        boolean capitalised = false;
        for (int x = m.first + 1; x <= m.last && !capitalised; x++) {
            capitalised = s.token(x).capitalised();
        }
        int k = j;
        while (capitalised && k + 2 < s.size() && (is(s, k, Grammar.AND) || s.word(k).equals(",")) && is(s, k + 1, Grammar.DE_FORM)) {
            int end = portfolio(s, k + 1);
            if (end <= k + 1) {
                return j;
            }
            for (int x = k; x < end; x++) {
                if (is(s, x, Grammar.AND)) {
                    return end; // the series is closed by "et"
                }
            }
            k = end;
        }
        return j;
    }

    /**
     * The index after a portfolio opened by {@code à la}, {@code à l'}, {@code au} or {@code aux} at j and named by a
     * capitalised word the lexicons do not know, with its adjectives ({@code à la Politique scientifique}, {@code aux
     * Transports}); or j. A place or body after {@code à} ({@code au Kremlin}, {@code à Paris}) is no portfolio.
     */
    private int portfolioAfterTo(Sentence s, int j) {
        if (j + 2 >= s.size() || !is(s, j, Grammar.TO_PREPOSITION)) {
            return j;
        }
        int k = is(s, j, Grammar.TO_THE) ? j + 1 : lexicon.is(s.tokens, j + 1, Grammar.ARTICLE) ? skipArticle(s, j + 1) : j;
        if (k == j || k >= s.size() || !s.token(k).isWord() || !s.token(k).capitalised() || s.token(k).upper()
                || lexicon.names().longest(s.tokens, k) != null || lexicon.isFirstName(s.tokens, k) || lexicon.is(s.tokens, k, Grammar.LOCAL_PLACE)) {
            return j;
        }
        int end = lowerAdjectives(s, k + 1);
        return end < s.size() && s.token(end).isWord() && s.token(end).capitalised() ? j : end; // not "à la Maison Blanche"
    }

    /** The index after one or two lower-case adjectives at j, the first with an adjective's ending; or j. */
    private int lowerAdjectives(Sentence s, int j) {
        return lowerAdjectives(s, j, false);
    }

    /** As {@link #lowerAdjectives(Sentence, int)}; {@code institutional}: a body's own adjectives count ("Fédération nationale"). */
    private int lowerAdjectives(Sentence s, int j, boolean institutional) {
        int end = j;
        while (end < s.size() && end <= j + 1 && s.token(end).isWord() && !s.token(end).capitalised() && !s.token(end).numeric()
                && s.token(end).end() - s.token(end).start() > 3
                && (!lexicon.isGrammar(s.word(end)) || institutional && (is(s, end, Grammar.INSTITUTION_ADJECTIVE) || is(s, end, Grammar.BODY_NAME_ADJECTIVE)))
                && lexicon.verbs().longest(s.tokens, end) == null
                && suffix(s.word(end), Grammar.VERB_ENDING).isEmpty() && lexicon.groups().longest(s.tokens, end) == null
                // "Confédération générale des travailleurs": a title's word that a body's name takes as its adjective
                && (lexicon.titles().longest(s.tokens, end) == null || institutional && is(s, end, Grammar.BODY_NAME_ADJECTIVE))) {
            end++;
        }
        boolean adjective = end > j && (!suffix(s.word(j), Grammar.ADJECTIVE_ENDING).isEmpty() || lexicon.stateOfAdjective(s.word(j)).isPresent());
        return adjective ? end : j;
    }

    /**
     * Whether token j opens a verb's object: a definite or indefinite article or a possessive
     * ({@code la junte expulse l'ambassadeur}, {@code la junte rappelle son ambassadeur}); the word
     * before it is then a verb, not an adjective of the noun before.
     */
    private boolean opensObject(Sentence s, int j) {
        return lexicon.is(s.tokens, j, Grammar.OBJECT_OPENER);
    }

    /**
     * The index after a complement of a body's name at j: {@code de}/{@code des}/{@code pour} and a
     * lower-case noun with its adjectives ({@code de libération nationale}, {@code pour la démocratie})
     * or a capitalised name ({@code de Corée}); or j.
     */
    private int complement(Sentence s, int j) {
        if (j + 1 >= s.size()) {
            return j;
        }
        int k;
        if (is(s, j, Grammar.DE_FORM)) {
            k = afterOf(s, j);
        } else if (is(s, j, Grammar.FOR) && is(s, j + 1, Grammar.UNCONTRACTED_ARTICLE)) {
            k = is(s, j + 1, Grammar.INDEFINITE_ARTICLE) ? j + 2 : skipArticle(s, j + 1);
        } else {
            return j;
        }
        if (k >= s.size() || !s.token(k).isWord() || s.token(k).numeric() || s.inQuote(k) != s.inQuote(j)) {
            return j;
        }
        if (s.token(k).capitalised()) {
            PhraseIndex.Match<Named> of = lexicon.names().longest(s.tokens, k);
            if (of != null) {
                return of.value().kind() == Named.Kind.STATE ? of.last() + 1 : j;
            }
            if (s.token(k).upper() || lexicon.isFirstName(s.tokens, k) || lexicon.is(s.tokens, k, Grammar.SENTENCE_WORD)) {
                return j;
            }
            int end = nameRun(s, k, true);
            if (end > k + 2) {
                return j;
            }
            if (end < s.size() && !s.token(end).capitalised() && lexicon.stateOfAdjective(s.word(end)).isPresent()) {
                end++; // "de la Mutualité française": a state's adjective closes the capitalised complement
            }
            return end;
        }
        String noun = s.word(k);
        if (s.token(k).end() - s.token(k).start() < 4
                || lexicon.isGrammar(noun) && !lexicon.isAny(s.tokens, k, COMPLEMENT_NOUNS)
                || lexicon.verbs().longest(s.tokens, k) != null
                || !suffix(noun, Grammar.VERB_ENDING).isEmpty() || lexicon.titles().longest(s.tokens, k) != null
                || lexicon.stateOfAdjective(noun).isPresent()) {
            return j;
        }
        int end = hyphenated(s, k) + 1; // "des beaux-arts"
        while (end < s.size() && end <= k + 2 && s.token(end).isWord() && !s.token(end).capitalised()
                && (!suffix(s.word(end), Grammar.ADJECTIVE_ENDING).isEmpty() || lexicon.stateOfAdjective(s.word(end)).isPresent())
                && !lexicon.isGrammar(s.word(end)) && lexicon.verbs().longest(s.tokens, end) == null) {
            end++; // "de libération nationale"
        }
        // "des petits Etats insulaires": a capitalised noun of states after the adjective, closed by an adjective of its own
        if (end == k + 1 && end + 1 < s.size() && s.token(end).capitalised() && lexicon.is(s.tokens, end, Grammar.STATE_NOUN)
                && s.token(end + 1).isWord() && !s.token(end + 1).capitalised() && !suffix(s.word(end + 1), Grammar.ADJECTIVE_ENDING).isEmpty()
                && !lexicon.isGrammar(s.word(end + 1)) && lexicon.verbs().longest(s.tokens, end + 1) == null) {
            end += 2;
        }
        return end;
    }

    /**
     * The last token of a longer place name that a state's name opens, glued by a hyphen to words no
     * lexicon names ({@code Colombie-Britannique}); or the name's last token. A pair of names
     * ({@code Russie-Ukraine}, {@code UE-Chine}) is two names.
     */
    private int longerPlace(Sentence s, PhraseIndex.Match<Named> name) {
        int last = name.last();
        if (name.value().kind() != Named.Kind.STATE) {
            return last;
        }
        while (last + 2 < s.size() && s.token(last + 1).is("-") && s.token(last + 1).start() == s.token(last).end()
                && s.token(last + 2).start() == s.token(last + 1).end() && s.token(last + 2).isWord() && !s.token(last + 2).numeric()
                && !namesAnother(s, last + 2)) {
            last += 2;
        }
        return last == name.last() || !s.token(last).capitalised() ? name.last() : last;
    }

    /** Whether a name other than a people's opens at k ({@code Ukraine} in {@code Russie-Ukraine}; not {@code Britannique}). */
    private boolean namesAnother(Sentence s, int k) {
        PhraseIndex.Match<Named> other = lexicon.names().longest(s.tokens, k);
        return other != null && other.value().kind() != Named.Kind.DEMONYM;
    }

    /** The index of the last word of a lower-case compound glued by hyphens at k ({@code beaux-arts}), or k. */
    private static int hyphenated(Sentence s, int k) {
        int last = k;
        while (last + 2 < s.size() && s.token(last + 1).is("-") && s.token(last + 1).start() == s.token(last).end()
                && s.token(last + 2).start() == s.token(last + 1).end() && s.token(last + 2).isWord() && !s.token(last + 2).capitalised()
                && !s.token(last + 2).numeric()) {
            last += 2;
        }
        return last;
    }

    /**
     * Whether token i names a people the lexicon does not know as a state's: a capitalised
     * plural with an adjective's ending ({@code Tibétains}) after {@code les}, a number or a
     * counted {@code de} ({@code des centaines de}).
     */
    private boolean people(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.folded();
        if (!t.capitalised() && lexicon.is(s.tokens, i, Grammar.COUNTED_PEOPLE)) {
            return counted(s, i); // "des milliers de personnes": people with no role but their number
        }
        if (i == 0 || !t.capitalised() || t.upper() || !lexicon.endsWithAny(w, "PEOPLE_ENDING") || suffix(w, Grammar.ADJECTIVE_ENDING).isEmpty() || lexicon.isGrammar(w)
                || lexicon.isFirstName(s.tokens, i) || i + 1 < s.size() && s.token(i + 1).capitalised()
                || i + 1 < s.size() && s.token(i + 1).isWord() && !suffix(s.word(i + 1), Grammar.ADJECTIVE_ENDING).isEmpty()) {
            // not "des Affaires étrangères": a capitalised noun with its adjective names a portfolio or a body
            return false;
        }
        if (is(s, i - 1, Grammar.DEFINITE_PLURAL) || s.token(i - 1).numeric()) { // not "le sommet des Amériques"
            return true;
        }
        return counted(s, i);
    }

    /**
     * The index after {@code de} and the description of a collective at j ({@code de défense des droits des
     * femmes}, {@code d'ONG}, {@code de parlementaires}), or j: lower-case words and acronyms joined by
     * {@code de} and articles, up to a verb, a preposition, a name or punctuation.
     */
    private int description(Sentence s, int j) {
        if (j + 1 >= s.size() || !lexicon.is(s.tokens, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = s.word(j + 1).equals("'") ? j + 2 : j + 1;
        if (k < s.size() && !s.token(k).capitalised() && lexicon.endsWithAny(s.token(k).folded(), "INFINITIVE_ENDING") && !lexicon.isGrammar(s.token(k).folded())
                && is(s, j - 1, Grammar.DESCRIBED_COLLECTIVE)) {
            return j; // "ordonne à une plateforme de verser …": what the body is asked to do, no description of it
        }
        int end = j;
        for (int n = 0; k < s.size() && n < 10; n++, k++) {
            Token x = s.token(k);
            if (x.is("'") && k > 0 && is(s, k - 1, Grammar.ELIDED_DEFINITE_OR_OF)) {
                continue;
            }
            if (!x.isWord() || x.numeric() || x.capitalised() && !x.upper() || s.inQuote(k)) {
                break;
            }
            if (lexicon.is(s.tokens, k, Grammar.DE_FORM) || lexicon.is(s.tokens, k, Grammar.ARTICLE)) {
                continue; // "de défense des droits", "de l'homme": a joint, never the end
            }
            String w = x.folded();
            boolean noun = lexicon.is(s.tokens, k, Grammar.DESCRIBED_COLLECTIVE) || lexicon.is(s.tokens, k, Grammar.ORG_HEAD) || lexicon.is(s.tokens, k, Grammar.COUNTED_PEOPLE);
            if (lexicon.isGrammar(w) && !x.upper() && !noun || lexicon.verbs().longest(s.tokens, k) != null || lexicon.names().longest(s.tokens, k) != null
                    || !lexicon.endsWithAny(w, "ADVERB_ENDING") && !suffix(w, Grammar.VERB_ENDING).isEmpty()) {
                break; // not "un groupe de l'ONU": a body named after it is its complement
            }
            end = k + 1;
        }
        return end;
    }

    /** Whether token i follows a collective number and its {@code de}: "des milliers de", "plusieurs centaines d'". */
    private boolean counted(Sentence s, int i) {
        if (i >= 2 && is(s, i - 1, Grammar.OF_UNELIDED)) {
            return lexicon.is(s.tokens, i - 2, Grammar.COLLECTIVE_NUMBER);
        }
        return i >= 3 && s.word(i - 1).equals("'") && is(s, i - 2, Grammar.OF_ELIDED) && lexicon.is(s.tokens, i - 3, Grammar.COLLECTIVE_NUMBER);
    }

    /** "le nouveau gouvernement": a body after {@code le} and an adjective that stands before its noun. */
    private boolean afterArticleAndAdjective(Sentence s, int i) {
        return i > 1 && lexicon.is(s.tokens, i - 1, Grammar.PRENOMINAL_ADJECTIVE) && is(s, i - 2, Grammar.DEFINITE_MASCULINE);
    }

    /** Whether the "de" at {@code de} opens an infinitive ("de retirer", "d'accepter"), not a complement. */
    private boolean infinitiveAfterDe(Sentence s, int de) {
        int k = de + 1 < s.size() && s.word(de + 1).equals("'") ? de + 2 : de + 1;
        if (k + 1 < s.size() && !s.token(k).isWord() && !s.inQuote(k) && s.inQuote(k + 1)) {
            k++; // "de « tenir bon »": the infinitive asked for is quoted
        }
        if (k + 2 < s.size() && is(s, k, Grammar.NEGATION_CLITIC) && is(s, k + 1, Grammar.NEGATION)) {
            k += 2; // "au gouvernement de « ne pas sacrifier … »": a negated infinitive
        }
        return k < s.size() && s.token(k).isWord() && !s.token(k).capitalised() && !suffix(s.word(k), Grammar.INFINITIVE_ENDING).isEmpty();
    }

    /** The ending of a word listed in a class of endings ({@code etrangeres}: {@code -eres}), or "". */
    private String suffix(String w, GrammarClass endings) {
        for (int n = Math.min(5, w.length() - 2); n > 0; n--) {
            String end = "-" + w.substring(w.length() - n);
            if (lexicon.is(end, endings)) {
                return end;
            }
        }
        return "";
    }

    /** The index after a qualifier naming a branch of a state body ({@code de l'air}, {@code fédérale}) at j, or j. */
    private int qualified(Sentence s, int j) {
        if (j < s.size() && lexicon.is(s.tokens, j, Grammar.ORGAN_QUALIFIER)) {
            return j + 1;
        }
        if (j < s.size() && is(s, j, Grammar.OF_SINGULAR)) {
            int k = afterOf(s, j);
            if (k < s.size() && !s.token(k).capitalised() && lexicon.is(s.tokens, k, Grammar.ORGAN_QUALIFIER)) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * A national institution named by a capitalised head ({@code le Sénat}, {@code la Cour suprême},
     * {@code le Conseil constitutionnel}, {@code la Chambre des représentants}): an organisation of
     * the state named next to it or of the state the text is about. Returns the index after it, or i.
     */
    private int institution(Sentence s, int i) {
        int j = i + 1;
        String country = null;
        boolean qualified = false;
        int named = -1;
        while (j < s.size() && s.token(j).isWord() && !s.token(j).capitalised()) {
            String w = s.word(j);
            String state = lexicon.stateOfAdjective(w).orElse(null);
            if (state != null) {
                country = state;
            } else if (!lexicon.is(w, Grammar.INSTITUTION_ADJECTIVE)) {
                break;
            }
            qualified |= state == null;
            j++;
        }
        if (j < s.size() && is(s, j, Grammar.DE_FORM)) {
            int k = afterOf(s, j);
            if (k < s.size() && s.token(k).isWord() && (lexicon.is(s.tokens, k, Grammar.INSTITUTION_COMPLEMENT) && !s.token(k).capitalised()
                    || s.token(k).capitalised() && !lexicon.isFirstName(s.tokens, k))) {
                PhraseIndex.Match<Named> of = lexicon.names().longest(s.tokens, k);
                if (of == null || of.value().kind() == Named.Kind.STATE) {
                    country = of == null ? country : of.value().key();
                    named = of == null ? -1 : j;
                    qualified = true;
                    j = of == null ? k + 1 : of.last() + 1;
                }
                int town = of == null && !s.token(k).capitalised() ? townOfBody(s, j) : j;
                if (town > j) {
                    // "la Chambre de commerce du Canada", "la Cour d'appel de Paris": the place closes the name
                    PhraseIndex.Match<Named> place = lexicon.names().longest(s.tokens, afterOf(s, j));
                    if (place != null) {
                        boolean state = place.value().kind() == Named.Kind.STATE || place.value().kind() == Named.Kind.CAPITAL;
                        country = state ? place.value().key() : country; // a capital's key is its state's
                        named = j;
                    }
                    j = town;
                }
            }
        }
        String head = s.word(i);
        if (j == i + 1 && lowerAdjectives(s, j) > j) {
            int end = describedName(s, i);
            // "le Conseil mondial sikh du Canada": an adjective no state institution bears names another body
            add(s, i, end - 1, Mention.Kind.ORGANISATION);
            return end;
        }
        if (!qualified && !lexicon.is(head, Grammar.INSTITUTION_ALONE)) {
            return i;
        }
        Mention m = add(s, i, j - 1, Mention.Kind.STATE_ORGAN);
        StringBuilder key = new StringBuilder("institution");
        for (int x = i; x < (named < 0 ? j : named); x++) {
            if (s.token(x).isWord() && lexicon.stateOfAdjective(s.word(x)).isEmpty()) {
                key.append(' ').append(s.word(x));
            }
        }
        m.key = key.toString();
        m.country = country;
        return j;
    }

    /** The index after initials standing for given names ({@code V.}, {@code J.-M.}, {@code J-M}), or i. */
    private int initials(Sentence s, int i) {
        int n = s.size();
        if (!single(s.token(i))) {
            return i;
        }
        int j = i + 1;
        boolean dot = j < n && s.token(j).is(".");
        if (dot) {
            j++;
        }
        boolean compound = j + 1 < n && s.token(j).is("-") && single(s.token(j + 1));
        if (compound) {
            j += 2;
            if (j < n && s.token(j).is(".")) {
                j++;
            }
        }
        if (!dot && !compound || j >= n) {
            return i;
        }
        Token next = s.token(j);
        boolean grammar = lexicon.is(next.folded(), Grammar.SENTENCE_WORD) && !(j + 1 < n && s.token(j + 1).capitalised());
        return next.isWord() && next.capitalised() && next.end() - next.start() > 1 && !grammar ? j : i; // not "38 °C. Une alerte"
    }

    /** Whether the word at j ends where a space or a mark follows, not another part of the same word ("Eto'o"). */
    private static boolean closedAfter(Sentence s, int j) {
        return j + 1 >= s.size() || s.token(j + 1).start() > s.token(j).end() || !s.token(j + 1).isWord();
    }

    private static boolean single(Token t) {
        return t.isWord() && t.capitalised() && t.end() - t.start() == 1;
    }

    /** Whether a name holds a word that only organisations bear ({@code Institute}, {@code Fondation}). */
    boolean institutional(Sentence s, Mention m) {
        return holdsOrgWord(s, m.first, m.last + 1);
    }

    /**
     * The index past a lower-case noun inside a title's complement that the word test of the apposition walk would stop at
     * (-1 when none): a hyphenated noun ({@code outre-mer}), or a verb's form after an article, which makes it a noun
     * ({@code du prévenu}, {@code le délégué}).
     */
    private int nounInTitle(Sentence s, int x) {
        if (!s.token(x).isWord() || s.token(x).capitalised() || s.mentionAt(x) != null) {
            return -1;
        }
        int last = hyphenated(s, x);
        if (last > x) {
            return last + 1;
        }
        boolean verb = lexicon.verbs().longest(s.tokens, x) != null && !lexicon.is(s.tokens, x, Grammar.AUXILIARY);
        return verb && x > 0 && is(s, x - 1, Grammar.DEFINITE_SINGULAR_OR_CONTRACTED) ? x + 1 : -1;
    }

    /**
     * Past "à"/"en" and a capital or state inside a title, where the post is held (-1 when none):
     * "l'ambassadrice de France auprès des organisations internationales à Vienne, Claire Morvan".
     */
    private int seatOfPost(Sentence s, int x) {
        if (!is(s, x, Grammar.PLACE_PREPOSITION) || x + 1 >= s.size()) {
            return -1;
        }
        PhraseIndex.Match<Named> place = lexicon.names().longest(s.tokens, x + 1);
        return place != null && (place.value().kind() == Named.Kind.CAPITAL || place.value().kind() == Named.Kind.STATE) ? place.last() + 1 : -1;
    }

    /**
     * Whether a name no lexicon knows stands inside a title after a preposition (and its article), so names the body or
     * place of the post rather than its holder: "à l'ISRO", "pour l'Afrique de l'Ouest". Not a person's name.
     */
    private boolean governedName(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.PROPER && m.kind != Mention.Kind.ORG_ANAPHOR || personal(s, m)) {
            return false; // "de l'ONG pour l'Afrique de l'Ouest": a body's noun as well as a name
        }
        int k = m.first - 1;
        if (k > 0 && s.word(k).equals("'")) {
            if (is(s, k - 1, Grammar.DE_FORM)) {
                return true; // "d'Afrique"
            }
            k -= 2; // "l'"
        } else if (k > 0 && is(s, k, Grammar.DEFINITE)) {
            k--;
        }
        return k >= 0 && (is(s, k, Grammar.PREPOSITION) || is(s, k, Grammar.DE_FORM));
    }

    /** Whether token x opens a body's or state's name, even one spelled like a verb: "le président des Engagés, …". */
    private static boolean namedAt(Sentence s, int x) {
        Mention m = s.mentionAt(x);
        return m != null && m.first == x && named(m);
    }

    /** Whether a mention names a state, a state's body or an organisation, as inside a title: "le président du directoire de PSA, Philippe Varin". */
    private static boolean named(Mention m) {
        return m.kind == Mention.Kind.ORGANISATION || m.kind == Mention.Kind.STATE || m.kind == Mention.Kind.STATE_ORGAN;
    }

    /** A name that reads as a person's: opening with a given name, or already a person. */
    private boolean personal(Sentence s, Mention m) {
        return m.kind == Mention.Kind.PERSON || m.last > m.first && lexicon.isFirstName(s.tokens, m.first);
    }

    /** Whether token i is a word of a grammar class; false outside the sentence. */
    private boolean is(Sentence s, int i, GrammarClass grammarClass) {
        return lexicon.is(s.tokens, i, grammarClass);
    }

    /**
     * Whether the body at i is the one asked after "du" and a verb that asks of someone ({@code ASKS_OF}): "exiger du
     * gouvernement la suspension du projet" asks the government as "exiger le retrait au gouvernement" would.
     */
    private boolean askedOfThe(Sentence s, int i) {
        if (i < 2 || !is(s, i - 1, Grammar.OF_THE_SINGULAR)) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i - 1; k++) {
            PhraseIndex.Match<Lexicon.VerbForm> verb = lexicon.verbs().longest(s.tokens, k);
            if (verb != null && verb.last() == i - 2) {
                String lemma = Folding.fold(verb.value().lemma());
                int space = lemma.indexOf(' ');
                return lexicon.is(space < 0 ? lemma : lemma.substring(0, space), Grammar.ASKS_OF);
            }
        }
        return false;
    }

    private Mention add(Sentence s, int first, int last, Mention.Kind kind) {
        Mention m = new Mention(s, first, last, kind);
        s.mentions.add(m);
        return m;
    }

    /**
     * Whether the state or capital at {@code first}, after "à", is written to: a verb or noun of a
     * letter comes just before ("a adressé une note à Téhéran", "une lettre à Washington").
     */
    private boolean addressedInWriting(Sentence s, int first) {
        if (first < 2 || !lexicon.is(s.tokens, first - 1, Grammar.TO_PREPOSITION)) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 6) && s.token(k).isWord(); k--) {
            var verb = lexicon.verbs().longest(s.tokens, k);
            var noun = lexicon.nouns().longest(s.tokens, k);
            if (verb != null && verb.last() < first - 1 && verb.value().acts().contains(org.diplotext.lexicon.Entries.Act.LETTER)
                    || noun != null && noun.last() < first - 1 && noun.value().act() == org.diplotext.lexicon.Entries.Act.LETTER) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index after an NGO's national section: "Amnesty International Suisse", "Transparency International Géorgie"
     * name the section, not the NGO and a state beside it; after a body's local section ("Unia Genève"); {@code j} when no
     * state's name follows the NGO's at once nor a town any body's.
     */
    private int nationalSection(Sentence s, Named named, int j) {
        if (j >= s.size() || !s.token(j).capitalised() || s.token(j).start() - s.token(j - 1).end() != 1) {
            return j;
        }
        boolean association = lexicon.organisation(named.key()).map(o -> o.kind() == OrganisationKind.NGO || o.kind() == OrganisationKind.PARTY
                || o.kind() == OrganisationKind.OTHER || o.kind() == OrganisationKind.MOVEMENT).orElse(false); // not "l'AFP Genève", a newsroom
        if (association && s.token(j).isWord() && !s.token(j).upper() && lexicon.stateOfPlace(s.word(j)).isPresent()
                && !(j + 1 < s.size() && (s.token(j + 1).isWord() && s.token(j + 1).capitalised() || s.token(j + 1).is("-")))) {
            return j + 1; // "Unia Genève", "la CGT Marseille": a body's town after its name names the body's local section, not the town
        }
        if (lexicon.organisation(named.key()).map(o -> o.kind() != OrganisationKind.NGO).orElse(true)) {
            return j;
        }
        PhraseIndex.Match<Named> state = lexicon.names().longest(s.tokens, j);
        return state != null && state.value().kind() == Named.Kind.STATE ? state.last() + 1 : j;
    }

    /**
     * "a demandé à Pékin de cesser …", "réclame à Ottawa des compensations": after "à", a capital
     * asked to act, or asked for something right after a demand verb, is its state, not a place.
     */
    private boolean askedToAct(Sentence s, int first, int last) {
        if (first < 1 || !is(s, first - 1, Grammar.TO_BARE) && !is(s, first - 1, Grammar.TO_THE)) {
            return false; // "à Moscou de …", "au Luxembourg de réduire …": the one asked, not a place
        }
        for (int k = first - 2; k >= Math.max(1, first - 5) && s.token(k).isWord() && !s.token(k).capitalised(); k--) {
            if (is(s, k, Grammar.ACCOUNT_NOUN)) {
                return true; // "réclamer des explications à Moscou", "des garanties de sécurité à Kiev": owed by or to the state, not a place
            }
        }
        int n = last + 2 + (s.word(last + 2).equals("'") ? 1 : 0);
        if (is(s, last + 1, Grammar.OF_BARE) && is(s, n, Grammar.CLITIC) && !is(s, n, Grammar.ARTICLE)) {
            n += 1 + (s.word(n + 1).equals("'") ? 1 : 0); // "à Arianespace de lui remettre": past the clitic to the infinitive
        }
        String w = s.word(n);
        if (is(s, last + 1, Grammar.OF_BARE) && n < s.size() && s.token(n).isWord() && !s.token(n).capitalised()
                && w.length() > 3 && lexicon.endsWithAny(w, "INFINITIVE_ENDING")) {
            return true;
        }
        if (first >= 2 && lexicon.is(s.tokens, first - 2, Grammar.GRANT_VERB) && (lexicon.is(s.tokens, last + 1, Grammar.UNTIL)
                || lexicon.is(s.tokens, last + 1, Grammar.DETERMINER) && lexicon.is(s.tokens, last + 2, Grammar.TIME_LIMIT)
                || s.token(Math.min(last + 1, s.size() - 1)).numeric() && lexicon.is(s.tokens, last + 2, Grammar.TIME_LIMIT))) {
            return true; // "a donné à Budapest jusqu'à vendredi pour …", "a accordé à Moscou une semaine pour …": the one given a time limit
        }
        if (is(s, last + 1, Grammar.FOR) && s.token(Math.min(last + 2, s.size() - 1)).isWord() && !s.token(Math.min(last + 2, s.size() - 1)).capitalised()) {
            for (int k = first - 2; k >= Math.max(0, first - 10); k--) {
                if (lexicon.is(s.tokens, k, Grammar.TIME_LIMIT) || is(s, k, Grammar.UNTIL)) {
                    return true; // "a donné jusqu'à vendredi à Téhéran pour répondre": the one given a time limit
                }
            }
        }
        var noun = first >= 2 ? lexicon.nouns().longest(s.tokens, first - 2) : null;
        if (noun != null && noun.last() == first - 2 && lexicon.is(s.tokens, first - 2, Grammar.TIME_LIMIT)
                && noun.value().act() == org.diplotext.lexicon.Entries.Act.DEMAND) {
            return true; // "a lancé un ultimatum à Tbilissi": the one the ultimatum is addressed to, not a place
        }
        int v = first - 2;
        while (v > 0 && first - v <= 4 && is(s, v, Grammar.ADVERB)) {
            v--; // "réclame aussi à New Delhi la transmission …": an adverb between the verb and the one asked
        }
        var verb = v >= 0 ? lexicon.verbs().longest(s.tokens, v) : null;
        return verb != null && verb.last() == v && verb.value().acts().contains(org.diplotext.lexicon.Entries.Act.DEMAND)
                && last + 1 < s.size() && (lexicon.is(s.tokens, last + 1, Grammar.ARTICLE) || lexicon.is(s.tokens, last + 1, Grammar.DETERMINER));
    }

    /**
     * Whether the name at {@code first} is the complement of a noun of a local place or body
     * ({@code LOCAL_PLACE}: "le tribunal correctionnel de Paris", "l'aéroport de Bruxelles"), so names a town.
     */
    private boolean ofLocalPlace(Sentence s, int first) {
        return complementOf(s, first, Grammar.LOCAL_PLACE) || complementOf(s, first, Grammar.EVENT);
    }

    /**
     * Whether the name at {@code first} is the complement ("de X") of a noun of the grammar class,
     * past an adjective or two: "les Jeux olympiques de Paris", "le Tour de France" (EVENT).
     */
    private boolean complementOf(Sentence s, int first, GrammarClass nounClass) {
        int head = firstOfList(s, first);
        if (head < first) {
            return complementOf(s, head, nounClass); // "les villes de Milan, Barcelone et Londres": each town is the first's kind
        }
        if (first < 2 || !is(s, first - 1, Grammar.OF_BARE) || s.inQuote(first)) {
            return false;
        }
        if (is(s, first - 2, Grammar.AND) && first > 3 && s.token(first - 3).capitalised()) {
            int k = first - 3;
            while (k > 0 && (s.token(k - 1).capitalised() || s.token(k - 1).is("-"))) {
                k--;
            }
            return complementOf(s, k, nounClass); // "les rues de Casablanca et de Paris": the second town is the first's kind
        }
        Mention title = s.mentions.isEmpty() ? null : s.mentions.get(s.mentions.size() - 1);
        if (title != null && title.kind == Mention.Kind.TITLE && title.last == first - 2 && lexicon.is(s.tokens, title.first, nounClass)) {
            return true; // "le procureur de la République de Paris": the title's own words end before the town
        }
        for (int k = first - 2; k >= Math.max(0, first - 4); k--) {
            if (lexicon.is(s.tokens, k, nounClass)) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).capitalised() || lexicon.isGrammar(s.word(k))) {
                return false; // past an adjective or two ("correctionnel") only
            }
        }
        return false;
    }

    /**
     * The first of the names listed with commas and {@code et} before the name at i ({@code Milan} in
     * {@code de Milan, Giverny, Barcelone et Londres}), each name of capitalised words; i when no list
     * joins it to a name before. A repeated {@code de} ({@code de Milan et de Londres}) is left to the caller.
     */
    private int firstOfList(Sentence s, int i) {
        int j = i;
        for (int guard = 0; guard < 12; guard++) {
            int p = j - 1;
            if (p < 1 || !(s.token(p).is(",") || is(s, p, Grammar.AND)) || !s.token(p - 1).capitalised() || !s.token(p - 1).isWord()) {
                break;
            }
            int k = p - 1;
            while (k > 0 && (s.token(k - 1).capitalised() && s.token(k - 1).isWord() || s.token(k - 1).is("-"))) {
                k--;
            }
            j = k;
        }
        return j;
    }

    /** Whether a place at {@code first} names where an event was held: "le sommet de Bruxelles", "le processus d'Astana". */
    private boolean heldAt(Sentence s, int first) {
        int of = first >= 2 && s.word(first - 1).equals("'") ? first - 2 : first - 1;
        return of >= 1 && is(s, of, Grammar.OF_BARE) && is(s, of - 1, Grammar.PLACE_NAMED_EVENT);
    }

    /**
     * Whether the state at {@code first} is named as land, not as a power (session 25): as a part or the whole of its
     * territory ({@code le nord du Mali}, {@code l'ensemble de la Belgique}, {@code la province de Luxembourg}), joined
     * to a state before it that only locates ({@code sur la Belgique et le Luxembourg}), or as the subject of a passive
     * of what weather or war does to a place ({@code Le Luxembourg n'est pas épargné par la vague de chaleur}).
     */
    private boolean landOnly(Sentence s, int first, int last) {
        return partOfLand(s, first) || joinedToLocatedState(s, first) || struckPlace(s, last);
    }

    /** "le nord du Mali", "l'est de l'Ukraine", "l'ensemble de la Belgique", "la province de Luxembourg". */
    private boolean partOfLand(Sentence s, int first) {
        int j = first - 1;
        if (j >= 0 && s.word(j).equals("'")) {
            j--; // an elision written as its own token
        }
        if (j >= 0 && is(s, j, Grammar.DEFINITE_SINGULAR_OR_ELIDED)) {
            j--;
        }
        if (j < 2 || !is(s, j, Grammar.DE_FORM) || !is(s, j - 1, Grammar.LAND_PART)) {
            return false;
        }
        String before = s.word(j - 2);
        return is(s, j - 2, Grammar.ARTICLE) || before.equals("-") || before.equals("'"); // "le nord-est de la Syrie"
    }

    /** "sur la Belgique et le Luxembourg": a state joined to a state before it that only locates locates too. */
    private boolean joinedToLocatedState(Sentence s, int first) {
        Mention before = null;
        for (int k = s.mentions.size() - 1; k >= 0 && before == null; k--) {
            if (s.mentions.get(k).last < first) {
                before = s.mentions.get(k); // the state's own mention may already be added
            }
        }
        if (before == null || before.kind != Mention.Kind.STATE || !before.located) {
            return false;
        }
        int j = first - 1;
        if (j >= 0 && s.word(j).equals("'")) {
            j--;
        }
        if (j >= 0 && is(s, j, Grammar.DEFINITE_SINGULAR_OR_ELIDED)) {
            j--;
        }
        return j == before.last + 1 && is(s, j, Grammar.AND_OR);
    }

    /** "Le Luxembourg n'est pas épargné", "la Syrie a été frappée": a passive of what strikes a place. */
    private boolean struckPlace(Sentence s, int last) {
        boolean passive = false;
        for (int k = last + 1; k < Math.min(s.size(), last + 6); k++) {
            if (is(s, k, Grammar.STRUCK_PARTICIPLE)) {
                return passive;
            }
            if (is(s, k, Grammar.BE_AUXILIARY) || is(s, k, Grammar.BEEN)) {
                passive = true;
            } else if (!is(s, k, Grammar.NEGATION_CLITIC) && !is(s, k, Grammar.NEGATION) && !is(s, k, Grammar.AUXILIARY)
                    && !is(s, k, Grammar.ADVERB) && !s.word(k).equals("'")) {
                return false;
            }
        }
        return false;
    }

    private boolean located(Sentence s, int first) {
        if (heldAt(s, first)) {
            return true;
        }
        int j = first - 1;
        if (j >= 0 && (is(s, j, Grammar.DEFINITE_SINGULAR_OR_ELIDED) || s.word(j).equals("'"))) {
            // the article of a seat of power belongs to its name only when written in the lexicon
            j = s.word(j).equals("'") ? j - 2 : j - 1;
        }
        return j >= 0 && lexicon.is(s.tokens, j, Grammar.LOCATIVE) && !impersonallySpeaking(s, j);
    }

    /**
     * "« … », juge-t-on à Moscou", "a-t-on indiqué à Washington": after the impersonal "on" of an inverted verb, the
     * place after "à" is where the words come from, so a capital there stands for its state and does not only locate.
     */
    private boolean impersonallySpeaking(Sentence s, int locative) {
        int on = locative - 1;
        if (on >= 3 && !is(s, on, Grammar.PRONOUN_IMPERSONAL) && s.token(on).isWord()) {
            on--; // "a-t-on indiqué à Washington": the participle after the inverted auxiliary
        }
        return on >= 2 && is(s, on, Grammar.PRONOUN_IMPERSONAL) && s.word(on - 1).equals("-");
    }

    /** A group noun right after a common noun is an adjective: "les moyens militaires". */
    private boolean adjectival(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        Token prev = s.token(i - 1);
        String w = prev.folded();
        return prev.isWord() && !prev.capitalised() && !prev.numeric() && !lexicon.is(w, Grammar.DETERMINER) && !lexicon.is(w, Grammar.ARTICLE)
                && !lexicon.is(w, Grammar.PREPOSITION) && !lexicon.is(w, Grammar.QUANTIFIER) && !countedAfterArticle(s, i - 1) && !lexicon.is(w, Grammar.ADVERB) && !is(s, i - 1, Grammar.AND_OR)
                && !lexicon.is(w, Grammar.AUXILIARY) && !lexicon.is(w, Grammar.NOUN_PRECEDER) && lexicon.verbs().longest(s.tokens, i - 1) == null;
    }

    /**
     * Whether a lower-case title word qualifies the capitalised noun before it, an article before that noun
     * ({@code la secrétaire d'État à la Politique scientifique}, {@code de la Recherche scientifique}): an adjective of a
     * portfolio or a body's name, not a person's title, so the name in apposition after it goes to the title before.
     */
    private boolean qualifiesNamedNoun(Sentence s, int i) {
        if (i < 2 || s.token(i).capitalised()) {
            return false;
        }
        Token prev = s.token(i - 1);
        return prev.isWord() && prev.capitalised() && !prev.upper() && (is(s, i - 2, Grammar.ARTICLE) || s.word(i - 2).equals("'"))
                && lexicon.names().longest(s.tokens, i - 1) == null && !lexicon.isFirstName(s.tokens, i - 1);
    }

    /**
     * Whether token k is a number of three or more after an article ("les quatre syndicats", "des cinq ONG"): the
     * group counted, not an adjective before it; a pair ("les deux parties") stands for two sides named before, and a
     * number with no article ("dans huit États") mostly counts places or victims.
     */
    private boolean countedAfterArticle(Sentence s, int k) {
        return k > 0 && Syntax.countsGroup(lexicon, s, k) && (is(s, k - 1, Grammar.ARTICLE) || is(s, k - 1, Grammar.DETERMINER));
    }

    /**
     * Whether a one-word title is the verb of its clause: after a comma, with no article of its own, and followed by the
     * article of its object ("MSF, dont les équipes travaillent au Darfour, juge la trêve « trop courte »": "juger").
     * A title in apposition goes on with its body ("X, juge des enfants", "X, juge au tribunal") or ends there.
     */
    private boolean verbAfterComma(Sentence s, int i, PhraseIndex.Match<Entries.Title> title) {
        return title.length() == 1 && i > 0 && s.word(i - 1).equals(",") && i + 2 < s.size() && is(s, i + 1, Grammar.DEFINITE)
                && !is(s, i + 1, Grammar.OF_BARE) && s.token(i + 2).isWord() && !s.token(i + 2).capitalised()
                && lexicon.verbs().longest(s.tokens, i) != null
                || verbBeforeThat(s, i, title);
    }

    /**
     * Whether a one-word title without a determiner of its own is a verb of saying that opens its que-clause: "Le syndicat
     * juge que la sécurité n'est plus assurée", "X, président de l'association, juge que …". With its article it stays a
     * title followed by a relative ("le juge que l'avocat a rencontré").
     */
    private boolean verbBeforeThat(Sentence s, int i, PhraseIndex.Match<Entries.Title> title) {
        return title.length() == 1 && i > 0 && i + 1 < s.size() && is(s, i + 1, Grammar.SUBORDINATOR) && !hasDeterminer(s, i)
                && !is(s, i - 1, Grammar.PRENOMINAL_ADJECTIVE) && lexicon.verbs().longest(s.tokens, i) != null;
    }

    /** Whether a definite singular article stands before i: "le Sénat", "du Congrès", not "le centre des Congrès". */
    private boolean definite(Sentence s, int i) {
        return is(s, i - 1, Grammar.DEFINITE_SINGULAR_OR_CONTRACTED) || i > 1 && s.word(i - 1).equals("'") && is(s, i - 2, Grammar.DEFINITE_ELIDED);
    }

    /**
     * "Les ONG ont réclamé", "plusieurs ONG ont demandé": the invariable NGO noun after a plural determiner, which may be
     * a group of NGOs (groups.tsv) when it refers to none named before; "les ONG Amnesty et HRW" introduces the names after it.
     */
    private boolean ngoGroup(Sentence s, int i) {
        return is(s, i, Grammar.NGO_NOUN) && i > 0 && is(s, i - 1, Grammar.PLURAL_OPENER) && !(i + 1 < s.size() && s.token(i + 1).capitalised());
    }

    private boolean hasDeterminer(Sentence s, int i) {
        int j = i - 1;
        if (j >= 0 && s.word(j).equals("'")) {
            j--;
        }
        return j >= 0 && lexicon.is(s.tokens, j, Grammar.DETERMINER);
    }

    /**
     * The index after a surname opened by the particle "de", capitalised because it opens the sentence, before the
     * surname's verb ({@code De Guindos a déclaré}, {@code De Gucht estime}); i when the words are not read so (a place,
     * a known name, a grammar word after it, or no verb right after the name).
     */
    private int particledSurnameOpening(Sentence s, int i) {
        if (i + 2 >= s.size() || !sentenceInitial(s, i) || !lexicon.is(s.tokens, i, Grammar.PARTICLE) || !lexicon.is(s.tokens, i, Grammar.PREPOSITION)
                || !lexicon.is(s.tokens, i, Grammar.SENTENCE_WORD) || s.token(i + 1).start() - s.token(i).end() != 1) {
            return i;
        }
        Token next = s.token(i + 1);
        if (!next.isWord() || !next.capitalised() || next.upper() || lexicon.isGrammar(s.word(i + 1)) || lexicon.isFirstName(s.tokens, i + 1)
                || lexicon.names().longest(s.tokens, i + 1) != null || lexicon.titles().longest(s.tokens, i + 1) != null
                || lexicon.groups().longest(s.tokens, i + 1) != null) {
            return i;
        }
        int end = nameRun(s, i + 1, true);
        if (end == i + 1 || end >= s.size()) {
            return i;
        }
        // the auxiliary is folded like "à" ("De Tombouctou à Gao"): a participle must follow it, past one adverb at most
        boolean participle = lexicon.is(s.tokens, end, Grammar.AUXILIARY) && (end + 1 < s.size() && lexicon.verbs().longest(s.tokens, end + 1) != null
                || end + 2 < s.size() && lexicon.verbs().longest(s.tokens, end + 2) != null);
        return participle || lexicon.verbs().longest(s.tokens, end) != null ? end : i;
    }

    private boolean sentenceInitial(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && !s.token(j).isWord() && !s.word(j).equals(",")) {
            j--;
        }
        return j < 0;
    }

    private boolean isPlural(Sentence s, int i, String noun) {
        if (i > 0 && is(s, i - 1, Grammar.PLURAL_DETERMINER)) {
            return true;
        }
        int space = noun.indexOf(' ');
        String head = space > 0 ? noun.substring(0, space) : noun; // "ministre des Affaires étrangères" is one minister
        return lexicon.endsWithAny(head, "PLURAL_ENDING");
    }

    /**
     * Whether a group is named from token k on, after its number if any ("quatre syndicats", "12 ONG"); not a pair ("des
     * deux parties"), which stands for the two sides named before rather than for a group.
     */
    private boolean representsGroup(Sentence s, int k) {
        int j = k < s.size() && (s.token(k).numeric() || Syntax.countsGroup(lexicon, s, k)) ? k + 1 : k;
        return j < s.size() && lexicon.groups().longest(s.tokens, j) != null;
    }

    /** The index of the word after {@code de} at j and its article ({@code du Québec}, {@code de l'Ontario}, {@code des affaires}). */
    private int afterOf(Sentence s, int j) {
        return skipArticle(s, j + 1 < s.size() && s.word(j + 1).equals("'") ? j + 2 : j + 1);
    }

    int skipArticle(Sentence s, int j) {
        if (j < s.size() && is(s, j, Grammar.DEFINITE)) {
            return j + 1;
        }
        if (j + 1 < s.size() && is(s, j, Grammar.ELIDED_DEFINITE_OR_OF) && s.word(j + 1).equals("'")) {
            return j + 2;
        }
        return j;
    }

    private int skipArticleOrQuantifier(Sentence s, int j) {
        int k = j;
        for (int guard = 0; guard < 4 && k < s.size(); guard++) {
            int after = skipArticle(s, k);
            if (after > k) {
                k = after;
                continue;
            }
            if (lexicon.is(s.tokens, k, Grammar.ARTICLE) || lexicon.is(s.tokens, k, Grammar.POSSESSIVE)) {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    /**
     * Whether token i follows a naming participle after the noun of a thing, perhaps past its
     * adjectives ({@code trois étoiles proches appelé Alpha Centauri}, {@code le navire baptisé Sea Queen}):
     * the name is that thing's. After a noun of people ({@code un opposant surnommé Baba}) it stays a person's.
     */
    private boolean namedThingCalled(Sentence s, int i) {
        if (i < 2 || !lexicon.is(s.tokens, i - 1, Grammar.NAMING)) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 4); k--) {
            if (lexicon.is(s.tokens, k, Grammar.NAMED_THING)) {
                return true;
            }
            Token w = s.token(k);
            if (!w.isWord() || w.capitalised() || lexicon.isGrammar(s.word(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a one-word honorific that is also a given name ({@code Cheikh}) opens a person's name: written
     * with its capital and followed by a given name and another capitalised word ({@code Cheikh Tidiane Gadio},
     * {@code le Sénégalais Cheikh Mamadou Ndiaye}), unlike the form of address ({@code cheikh Hamad ben Jassem}).
     */
    private boolean honorificGivenName(Sentence s, int i, PhraseIndex.Match<Entries.Title> title) {
        return title.length() == 1 && "HONORIFIC".equals(title.value().kind()) && s.token(i).capitalised() && !s.token(i).upper()
                && lexicon.isFirstName(s.tokens, i) && i + 2 < s.size() && lexicon.isFirstName(s.tokens, i + 1)
                && s.token(i + 2).isWord() && s.token(i + 2).capitalised() && !lexicon.isFirstName(s.tokens, i + 2);
    }

    /**
     * Whether a state's or capital's name at {@code name} follows at once a lower-case noun of things that take a name
     * ({@code NAMED_THING}: {@code le marché Congo}, {@code l'avenue Tunisie}): it names that thing, not the state.
     */
    private boolean stateNamingThing(Sentence s, PhraseIndex.Match<Named> name) {
        Named.Kind kind = name.value().kind();
        int k = name.first() - 1;
        return (kind == Named.Kind.STATE || kind == Named.Kind.CAPITAL) && k > 0 && s.token(k).isWord() && !s.token(k).capitalised()
                && is(s, k, Grammar.NAMED_THING);
    }

    /**
     * The index after the name of a body that ends in a state's name, or i: capitalised words no lexicon knows right
     * before the state ({@code Dexia Banque Belgique}), or one capitalised word, up to two lower-case words and
     * {@code de} before it ({@code Réseau ferré de France}, {@code Électricité de France}). The body is the actor, the
     * state only part of its name; an event's noun ({@code la Coupe de France}), a place's ({@code le Stade de France})
     * or a title keeps its own reading.
     */
    private int bodyNamedAfterState(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord() || !t.capitalised() || i + 2 >= s.size()
                || i > 0 && (s.token(i - 1).isWord() && s.token(i - 1).capitalised() || lexicon.is(s.tokens, i - 1, Grammar.CIVILITY))) {
            return i; // most words are no capitalised name two words or more before a sentence's end: read no lexicon
        }
        PhraseIndex.Match<Named> company = lexicon.names().longest(s.tokens, i);
        boolean parent = company != null && company.value().kind() == Named.Kind.ORGANISATION && company.last() + 1 < s.size()
                && bodyWord(s, company.last() + 1); // "Dexia Banque Belgique": a company's branch in the state
        if (!parent && !bodyWord(s, i)) {
            return i;
        }
        int first = parent ? company.last() + 1 : i;
        int j = first + 1;
        while (j < s.size() && j < first + 3 && bodyWord(s, j)) {
            j++;
        }
        if (j == i + 1) {
            while (j < s.size() && j < i + 3 && s.token(j).isWord() && !s.token(j).capitalised() && !lexicon.isGrammar(s.word(j))
                    && lexicon.verbs().longest(s.tokens, j) == null && s.token(j).end() - s.token(j).start() > 3) {
                j++; // "Réseau ferré", "Voies navigables"
            }
            if (j >= s.size() || !is(s, j, Grammar.OF_BARE)) {
                return i;
            }
            j++;
        }
        PhraseIndex.Match<Named> state = j < s.size() ? lexicon.names().longest(s.tokens, j) : null;
        if (state == null || state.value().kind() != Named.Kind.STATE || !s.token(j).capitalised()
                || s.token(j).start() > s.token(j - 1).end() + 1) {
            return i;
        }
        int after = state.last() + 1;
        return after < s.size() && s.token(after).isWord() && s.token(after).capitalised() ? i : after;
    }

    /** Whether the word at j may open or go on with a body's name before a state: capitalised, unknown to the lexicons. */
    private boolean bodyWord(Sentence s, int j) {
        Token t = s.token(j);
        return t.isWord() && t.capitalised() && !t.upper() && !t.numeric() && !s.inQuote(j) && !lexicon.isFirstName(s.tokens, j)
                && !lexicon.is(s.tokens, j, Grammar.SENTENCE_WORD) && !lexicon.is(s.tokens, j, Grammar.EVENT)
                && !lexicon.is(s.tokens, j, Grammar.NAMED_THING) && !lexicon.is(s.tokens, j, Grammar.LOCAL_PLACE)
                && !lexicon.is(s.tokens, j, Grammar.STATE_ORGAN) && !lexicon.is(s.tokens, j, Grammar.INSTITUTION)
                && lexicon.names().longest(s.tokens, j) == null && lexicon.titles().longest(s.tokens, j) == null
                && lexicon.groups().longest(s.tokens, j) == null && lexicon.stateOfPlace(s.word(j)).isEmpty();
    }

    /** Whether a medium's noun takes {@code d'État} as its adjective ({@code la télévision d'État}): no body named État. */
    private boolean stateOwnedMedium(Sentence s, Mention medium, Mention next) {
        return next.first == next.last && is(s, medium.last, Grammar.MEDIA) && lexicon.is(s.tokens, next.first, Grammar.BARE_STATE_BODY);
    }

    /**
     * The title of the lexicon at i, or null: none when the honorific is the person's first given name ({@code le
     * Sénégalais Cheikh Mamadou Ndiaye}).
     */
    private PhraseIndex.Match<Entries.Title> titleAt(Sentence s, int i) {
        PhraseIndex.Match<Entries.Title> title = lexicon.titles().longest(s.tokens, i);
        return title != null && honorificGivenName(s, i, title) ? null : title;
    }

    /**
     * The end of the mention of the lexicon name at i, or -1 when it is no actor's there: after a state's name that names
     * a thing ({@code le marché Congo}, no mention made) or the name itself; -1 for a given name that is a place's too.
     */
    private int knownName(Sentence s, PhraseIndex.Match<Named> name) {
        if (stateNamingThing(s, name)) {
            return name.last() + 1; // "le marché Congo", "le stade Maroc": the state's name names a place, no actor
        }
        return givenNameOfPlace(s, name) ? -1 : named(s, name);
    }
}
