package org.diplotext.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.lexicon.Entries.Act;
import org.diplotext.lexicon.GrammarClass;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Span;
import org.diplotext.text.Quotation;
import org.diplotext.text.Token;

/**
 * Finds the acts of each sentence: quotations attributed to their speakers, reported
 * statements, letters, invitations, calls, meetings, and demands.
 */
final class Events {
    /** The value of an {@code ATTENDANCE} verb that means attending only after an object pronoun ("à nous rejoindre"). */
    private static final String ATTENDANCE_AFTER_CLITIC = "clitic";
    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Dates dates;
    private final Demands demands;
    private final String input;
    private final LocalDate reference;
    final List<Draft.Communication> communications = new ArrayList<>();
    /** The most words a quotation may have and still be an object between two coordinated verbs rather than a clause. */
    private static final int QUOTED_OBJECT = 6;
    /** How far, in tokens, a quotation's speaker is looked for. */
    private static final int WINDOW = 60;
    private Draft.Actor lastQuoteSpeaker;
    private int lastQuoteSentence = -10;
    /** A statement whose sentence ends on a colon ("X a déclaré :"): the quotation after it, if any, is its words. */
    private Draft.Communication announcing;

    Events(Lexicon lexicon, String input, LocalDate reference) {
        this.lexicon = lexicon;
        this.syntax = new Syntax(lexicon);
        this.dates = new Dates(lexicon, input);
        this.input = input;
        this.reference = reference;
        this.demands = new Demands(lexicon, syntax, dates, input, reference);
    }

    /** Gives the demands the resolver's look-up of the states named so far (whose people may be asked). */
    void statesFrom(java.util.function.Function<String, Draft.Actor> states) {
        demands.statesFrom(states);
    }

    /** Whether a caption ends by marking its picture as an old one: {@code (archives)}, {@code (photo d'archives)}. */
    private boolean archivePicture(Sentence s) {
        for (int k = Math.max(1, s.size() - 4); k < s.size(); k++) {
            if (syntax.is(s, k, Grammar.ARCHIVE_MARK)) {
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    if (s.word(j).equals("(")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    List<Draft.Demand> demands() {
        return demands.demands;
    }

    void cues(Sentence s) {
        if (s.kind == org.diplotext.model.SegmentKind.CAPTION && archivePicture(s)) {
            return; // "X a reçu Y à Berne (archives).": the caption of an old picture tells no act of the story
        }
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isWord()) {
                continue;
            }
            var adverb = lexicon.adverbs().longest(s.tokens, i);
            if (adverb != null && adverb.length() > 1) {
                i = adverb.last(); // "autrement dit", "quant à lui": a fixed phrase, no verb in it
                continue;
            }
            var verb = lexicon.verbs().longest(s.tokens, i);
            var noun = lexicon.nouns().longest(s.tokens, i);
            if (lexicon.verbs().opensAt(s.tokens, i)) {
                int k = syntax.skipAdverbs(s, i + 1);
                var across = k > i + 1 && (syntax.is(s, k, Grammar.PREPOSITION) || syntax.is(s, k, Grammar.TO_BARE))
                        ? lexicon.verbs().longestAcross(s.tokens, i, k) : null;
                if (across != null) {
                    // "plaide également pour", "plaide pour sa part pour": an adverb between a verb and its particle (a noun
                    // after the adverb is a cue of its own: "a lancé lundi un appel")
                    verb = across;
                }
                // not in a headline, whose body (the org) the lead tells again by its head, who would ask a second time
                boolean summary = s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER;
                int split = across == null && !summary ? objectBeforeIn(s, k) : -1;
                across = split > 0 ? lexicon.verbs().longestAcross(s.tokens, i, split) : null;
                if (across != null && syntax.is(s, across.last() + 1, Grammar.INFINITIVE_PREPOSITION)) {
                    verb = across; // "a mis la Pologne en demeure de", "a mis Moscou en garde": the one asked inside the phrase
                }
            }
            Lexicon.VerbForm unindexed = verb == null && noun == null ? unindexedDemand(s, i) : null;
            if (unindexed != null) {
                s.cues.add(new Sentence.Cue(i, i, unindexed, null)); // "une motion qui charge le gouvernement de …"
                continue;
            }
            if (verb == null && noun == null) {
                continue;
            }
            if (i > 0 && t.capitalised() && partOfName(s.mentionAt(i))) {
                continue; // "le musée Pointe-à-Callière", "dont La Presse Canadienne a obtenu copie": a word of a name is no verb nor noun of speech
            }
            boolean determined = i > 0 && syntax.is(s, i - 1, Grammar.DETERMINER) || i > 1 && s.word(i - 1).equals("'") && syntax.is(s, i - 2, Grammar.DEFINITE_ELIDED)
                    || noun != null && possessiveLeur(s, i - 1)
                    || i > 1 && syntax.is(s, i - 1, Grammar.PRENOMINAL_ADJECTIVE) && syntax.is(s, i - 2, Grammar.DETERMINER); // "une nouvelle tranche"
            boolean clitic = i > 0 && (syntax.is(s, i - 1, Grammar.DEFINITE) || s.word(i - 1).equals("'"));
            if (verb != null && verb.length() == 1 && (syntax.is(s, i, Grammar.AUXILIARY) || weak(s, i, verb.value()) || nominal(s, i, verb.value())
                    || naming(s, i, verb.value()) || composition(s, i))) {
                verb = null;
            }
            if (verb != null && noActAsked(s, i, verb.last(), verb.value())) {
                verb = null; // "compte sur le soutien de X": no one asked to act
            }
            if (verb != null && i > 1 && s.word(i - 1).equals("-") && s.token(i - 1).end() == t.start() && s.token(i - 2).end() == s.token(i - 1).start()
                    && s.cueAt(i - 2) == null && !syntax.is(s, i - 2, Grammar.AUXILIARY)) {
                verb = null; // "soi-disant", "non-dit": the second half of a compound word
            }
            if (clitic && (i < 2 || syntax.is(s, i - 2, Grammar.PREPOSITION) || s.word(i - 2).equals(","))) {
                clitic = false; // "la presse internationale": at the head of a clause "la" is an article
            }
            if (clitic && syntax.is(s, i - 2, Grammar.AND) && (Syntax.writtenParticiple(input.substring(t.start(), t.end()))
                    || lexicon.endsWithAny(s.word(i), Grammar.PAST_PARTICIPLE_ENDING.name()))) {
                clitic = false; // "le retrait des troupes et la reprise des négociations": no participle follows a clitic without its auxiliary
            }
            if (clitic && afterParticiple(s, i - 2) && !lexicon.endsWithAny(s.word(i), "INFINITIVE_ENDING")) {
                clitic = false; // "a rencontré le juge": no clitic follows a participle, so "le" is an article
            }
            if (verb != null && !(noun != null && determined) && !(determined && !clitic)) {
                s.cues.add(new Sentence.Cue(verb.first(), verb.last(), verb.value(), null));
                i = verb.last();
            } else if (noun != null) {
                s.cues.add(new Sentence.Cue(noun.first(), noun.last(), null, noun.value()));
                i = noun.last();
            }
        }
    }

    /**
     * The index of the "en" after an actor named from {@code k} on, past its article and a day ("la Pologne en", "mardi
     * Moscou en"), or -1: where a phrasal verb ("mettre en demeure") goes on after its object. Read so only when what
     * is asked follows ("de réformer"): "met la Hongrie en demeure sur sa loi" names the act, not what it asks. Not
     * read in a headline ("L'APN met Ottawa en demeure de …"): the lead tells it again, often by the body's head, and
     * the two would not be one demand.
     */
    private int objectBeforeIn(Sentence s, int k) {
        int j = k;
        while (j < s.size() && (syntax.is(s, j, Grammar.ARTICLE) || s.word(j).equals("'"))) {
            j++;
        }
        Mention m = j < s.size() ? s.mentionAt(j) : null;
        if (m == null || m.first != j || m.kind == Mention.Kind.PRONOUN || m.inQuote()) {
            return -1;
        }
        int after = syntax.skipAdverbs(s, m.last + 1);
        return syntax.is(s, after, Grammar.IN) ? after : -1;
    }

    /** The actor named inside a phrasal verb split by its object ("a mis la Pologne en demeure de"), or null. */
    private static Draft.Actor innerObject(Sentence s, Sentence.Cue c) {
        for (int k = c.first + 1; k < c.last; k++) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN) {
                return m.actor;
            }
        }
        return null;
    }

    /** Whether a mention is a name (of an organisation, person or group), whose capitalised words are no verbs. */
    private static boolean partOfName(Mention m) {
        return m != null && (m.kind == Mention.Kind.ORGANISATION || m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.GROUP
                || m.kind == Mention.Kind.PROPER || m.kind == Mention.Kind.STATE_ORGAN);
    }

    /** Whether token j ends the verb cue found last in the sentence, written as a past participle ({@code rencontré}). */
    private boolean afterParticiple(Sentence s, int j) {
        if (s.cues.isEmpty()) {
            return false;
        }
        Sentence.Cue last = s.cues.get(s.cues.size() - 1);
        return last.isVerb() && last.last == j && participle(s, last);
    }

    /**
     * Whether "leur" at {@code at} is the possessive, not the dative clitic: after a verb of support
     * or a participle ("a réitéré leur demande"), or a preposition ("par leur demande").
     */
    private boolean possessiveLeur(Sentence s, int at) {
        if (at < 1 || !syntax.is(s, at, Grammar.THEM_THEIR) || !syntax.is(s, at, Grammar.POSSESSIVE)) {
            return false;
        }
        String raw = input.substring(s.token(at - 1).start(), s.token(at - 1).end());
        return syntax.is(s, at - 1, Grammar.SUPPORT_VERB) || syntax.is(s, at - 1, Grammar.PREPOSITION) && !syntax.is(s, at - 1, Grammar.ARTICLE)
                || Syntax.writtenParticiple(raw);
    }

    /**
     * The subject found for the last verb before a purpose clause at {@code purpose} ("X a adressé une
     * lettre à Y pour demander …": X asks, not Y), or null when no verb of the sentence precedes it.
     */
    private Syntax.Subject mainVerbSubject(Sentence s, int purpose, java.util.Map<Sentence.Cue, Syntax.Subject> subjects, boolean acrossComma) {
        Sentence.Cue last = null;
        for (Sentence.Cue c : s.cues) {
            if (c.last >= purpose) {
                break;
            }
            if (c.isVerb() && !s.inQuote(c.first)) {
                last = c;
            }
        }
        Syntax.Subject subject = last == null ? null : subjects.get(last);
        if (subject == null || subject.actor() == null) {
            return null;
        }
        for (int k = last.last + 1; k < purpose; k++) {
            String w = s.word(k);
            int apposed = w.equals(",") ? apposition(s, k) : -1;
            if (apposed > k && apposed < purpose) {
                k = apposed; // "a écrit au président du Conseil, Charles Michel, pour l'inviter": a name in apposition
                continue;
            }
            if (w.equals(",") && !acrossComma || w.equals(";") || syntax.is(s, k, Grammar.SUBORDINATOR) || syntax.is(s, k, Grammar.WHO)
                    || syntax.is(s, k, Grammar.AUXILIARY) && input.charAt(s.token(k).start()) != '\u00e0') {
                return null; // another clause, whose verb the lexicon does not know, may own the purpose
            }
        }
        return subject;
    }

    /**
     * The actor a relative clause of asking refers to: "Marco Rubio, auquel il a demandé de …",
     * "le ministre, à qui elle a demandé …"; null when the verb opens no such clause.
     */
    private Draft.Actor dativeAntecedent(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k >= 0 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.PRONOUN_SINGULAR)
                || syntax.is(s, k, Grammar.PRONOUN_PLURAL))) {
            k--;
        }
        int relative = k >= 0 && syntax.is(s, k, Grammar.DATIVE_RELATIVE) ? k
                : k >= 1 && syntax.is(s, k, Grammar.RELATIVE_PRONOUN) && syntax.is(s, k - 1, Grammar.TO_BARE) ? k - 1 : -1;
        if (relative < 1 || s.inQuote(relative)) {
            return null;
        }
        int before = s.word(relative - 1).equals(",") ? relative - 2 : relative - 1;
        Mention m = before >= 0 ? s.mentionAt(before) : null;
        return m != null && m.last == before && m.kind != Mention.Kind.PRONOUN ? m.actor : null;
    }

    /** The one a sentence's opening "Selon lui," stands for, read before the sentence's own mentions; null for other sentences. */
    private Draft.Actor frontedPronoun;

    /**
     * A pronoun speaking after a quotation that would stand for a state or a body is rather the
     * person who spoke in the sentence before, when they agree in number: "L'Iran est prêt, a
     * déclaré un haut responsable. « … », a-t-il dit".
     */
    private Syntax.Subject orJustSpoke(Sentence s, Syntax.Subject speaker) {
        Draft.Actor justSpoke = speaker.pronoun() ? lastStatementSender(s.index - 1) : null;
        boolean personSpoke = justSpoke != null && justSpoke.type == org.diplotext.model.ActorType.PERSON;
        boolean pronounIsPerson = speaker.actor() != null && speaker.actor().type == org.diplotext.model.ActorType.PERSON;
        return personSpoke && !pronounIsPerson && justSpoke.plural == speaker.plural() ? new Syntax.Subject(justSpoke, justSpoke.plural, true) : speaker;
    }

    /** The sender of the last statement of sentence {@code sentence}, or null when it made none. */
    private Draft.Actor lastStatementSender(int sentence) {
        for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence >= sentence; k--) {
            Draft.Communication c = communications.get(k);
            if (c.sentence == sentence && c.type == CommunicationType.STATEMENT) {
                return c.sender;
            }
        }
        return null;
    }

    /** "selon les autorités", "selon des sources diplomatiques": officials as a body are a source worth a statement. */
    private boolean officials(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.GROUP) {
            return false;
        }
        var group = lexicon.groups().longest(s.tokens, m.first);
        return group != null && group.value().kind().equals("OFFICIALS");
    }

    /**
     * "selon plusieurs associations croates", "d'après les rebelles": a collective that speaks as a
     * body (any kind of groups.tsv but OTHER, which holds analysts, media and the like), or an
     * unnamed body described by what it is for.
     */
    private boolean speakingGroup(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.GROUP) {
            return false;
        }
        int head = m.first;
        while (head < m.last && (syntax.is(s, head, Grammar.QUANTIFIER) || syntax.is(s, head, Grammar.DETERMINER))) {
            head++;
        }
        if (syntax.is(s, head, Grammar.ORG_HEAD)) {
            return true; // "selon un collectif de défense des droits des femmes": a body known by what it is for
        }
        var group = lexicon.groups().longest(s.tokens, head);
        return group != null && !group.value().kind().equals("OTHER");
    }

    /**
     * The comma closing a document named after "selon" whose author the sentence names ("selon
     * un rapport publié mardi par Human Rights Watch,"), or -1.
     */
    private int documentAfter(Sentence s, int from) {
        if (lastDocumentSentence != s.index || lastDocumentAuthor == null) {
            return -1;
        }
        int k = from;
        while (k < s.size() && (syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.DETERMINER) || s.word(k).equals("'"))) {
            k++;
        }
        Sentence.Cue noun = s.cueAt(k);
        if (noun == null || noun.isVerb() || !(noun.has(Act.STATEMENT) || noun.has(Act.LETTER))) {
            return -1;
        }
        boolean authorSeen = false;
        for (int n = noun.last + 1; n < Math.min(s.size(), noun.last + 16); n++) {
            Sentence.Cue verb = s.cueAt(n);
            if (s.inQuote(n) || verb != null && verb.isVerb() && !participleWithoutAuxiliary(s, verb)) {
                return -1; // "publié mardi par X" qualifies the document; a finite verb opens the main clause
            }
            Mention m = s.mentionAt(n);
            authorSeen |= m != null && m.actor == lastDocumentAuthor;
            if (s.word(n).equals(",")) {
                return authorSeen ? n : -1;
            }
        }
        return -1;
    }

    /**
     * Whether an unnamed official is the one holder of a public office ("selon le procureur de la République", "selon le
     * ministre de l'Intérieur", "selon le préfet") or a body's spokesperson ("selon un porte-parole de la police"), whose
     * account is reported as an expert's or a witness's ("d'après le chercheur") is not.
     */
    private boolean publicOffice(Sentence s, Mention m) {
        if (m.kind != Mention.Kind.TITLE || m.title == null || m.plural || m.actor == null || m.actor.type != org.diplotext.model.ActorType.PERSON) {
            return false;
        }
        String kind = m.title.kind();
        if ("SPOKESPERSON".equals(kind)) {
            return m.complement != null || m.actor.speaksFor != null || syntax.is(s, m.last + 1, Grammar.DE_FORM);
        }
        boolean office = kind.endsWith("MINISTER") || kind.startsWith("HEAD_OF") || "JUDICIAL".equals(kind) || "OFFICIAL".equals(kind)
                || "MILITARY".equals(kind);
        return office && (syntax.is(s, m.first - 1, Grammar.DEFINITE_SINGULAR)
                || m.first > 1 && s.word(m.first - 1).equals("'") && syntax.is(s, m.first - 2, Grammar.DEFINITE_ELIDED));
    }

    /** An unnamed official of a state or organisation: "le ministre iranien des Affaires étrangères", "le président français". */
    private static boolean officialOfAState(Mention m) {
        return m.kind == Mention.Kind.TITLE && m.title != null && !m.plural && (m.country != null || m.organisation != null || statedComplement(m));
    }

    /**
     * "a rencontré le ministre de la Santé", "a reçu le président": one official named by an office, not a trade ("a reçu
     * un photographe"), met as a person even when no state or body is written with the title.
     */
    private static boolean unnamedOfficial(Mention m) {
        return m.kind == Mention.Kind.TITLE && m.title != null && !m.plural && m.actor != null && m.actor.type == org.diplotext.model.ActorType.PERSON
                && !ActorResolver.PROFESSION.equals(m.title.kind());
    }

    /**
     * Whether a verb of demand in a quotation is part of what another demand of the quotation asks, told in the third
     * person ("« Il fallait que le gouvernement sollicite nos voisins »"): asked of the government, not its own demand.
     * The speaker's own verbs ("« … et demandons à Kiev de … »") still ask.
     */
    private boolean askedInQuote(Sentence s, Sentence.Cue c) {
        return c.has(Act.DEMAND) && demands.askedIn(s).get(c.first) && !auxiliaryBefore(s, c)
                && !lexicon.endsWithAny(s.word(c.first), "FIRST_PLURAL_ENDING") && !syntax.is(s, c.first - 1, Grammar.FIRST_PERSON_SUBJECT);
    }

    /** Whether the auxiliary "a" stands right before a verb cue (folded, "à" is the same word: the text tells them apart). */
    private boolean auxiliaryBefore(Sentence s, Sentence.Cue c) {
        return demands.auxiliaryAt(s, c.first - 1);
    }

    /**
     * Whether a demand verb is the infinitive another demand asks for, right after its "de" or "à" ("a demandé au tribunal
     * d'ordonner une contre-expertise", "a appelé le préfet à réclamer des renforts"): asked of its target, not yet asked by it.
     */
    private boolean askedInfinitive(Sentence s, Sentence.Cue c) {
        int before = s.word(c.first - 1).equals("'") ? c.first - 2 : c.first - 1;
        return syntax.is(s, before, Grammar.OF_BARE) || syntax.is(s, before, Grammar.TO_PREPOSITION);
    }

    /** "l'ambassadeur de Russie", "le porte-parole du Kremlin": a title whose complement is a state or its seat. */
    private static boolean statedComplement(Mention m) {
        return m.complement != null && (m.complement.kind == Mention.Kind.STATE || m.complement.kind == Mention.Kind.CAPITAL);
    }

    /** Whether a verb follows "et" (its auxiliary and adverbs aside), sharing the subject of the verb before. */
    private boolean coordinatedVerb(Sentence s, Sentence.Cue c) {
        int j = c.first - 1;
        while (j >= 0 && (syntax.is(s, j, Grammar.AUXILIARY) || syntax.is(s, j, Grammar.ADVERB)) && !s.inQuote(j)) {
            j--;
        }
        return j > 0 && syntax.is(s, j, Grammar.COORDINATOR) && !s.inQuote(j);
    }

    /**
     * The subject of the verb before the coordinator that opens a coordinated verb, which shares it ("X alerte sur le sort
     * des réfugiés et demande « … »": X, not the refugees); NONE when no verb comes before.
     */
    private Syntax.Subject sharedSubject(Sentence s, Sentence.Cue c) {
        int j = c.first - 1;
        while (j >= 0 && (syntax.is(s, j, Grammar.AUXILIARY) || syntax.is(s, j, Grammar.ADVERB))) {
            j--;
        }
        for (int i = s.cues.indexOf(c) - 1; i >= 0; i--) {
            Sentence.Cue v = s.cues.get(i);
            if (v.isVerb() && v.last < j && !s.inQuote(v.first)) {
                return syntax.subject(s, v.first, v.last, null);
            }
        }
        return Syntax.Subject.NONE;
    }

    /** The comma closing a mention set off by the comma at {@code comma} ("…, Charles Michel, …"), or -1. */
    private static int apposition(Sentence s, int comma) {
        Mention m = s.mentionAt(comma + 1);
        return m != null && m.first == comma + 1 && m.last + 1 < s.size() && s.word(m.last + 1).equals(",") ? m.last + 1 : -1;
    }

    /**
     * The closest actor before a gerund that is neither governed by a preposition nor in brackets. A gerund set off by a
     * comma after a "que" clause belongs to the main clause: "X a déclaré que Téhéran était prêt, tout en rappelant …" is X.
     */
    private Syntax.Subject gerundSubject(Sentence s, int en) {
        int before = en > 0 && syntax.is(s, en - 1, Grammar.CLAUSE_BREAK) ? en - 2 : en - 1; // "tout en"
        boolean detached = before >= 0 && s.word(before).equals(",");
        if (detached) {
            Sentence.Cue governing = null;
            for (Sentence.Cue c : s.cues) {
                if (c.isVerb() && c.last < before && !s.inQuote(c.first) && !presentParticiple(s, c.first)) {
                    governing = c; // the last verb before the comma
                }
            }
            for (int k = governing == null ? before : governing.last + 1; k < before; k++) {
                if (s.inQuote(k)) {
                    governing = null; // past a quotation, the callers look for the speaker themselves
                    break;
                }
            }
            Syntax.Subject main = governing != null ? syntax.subject(s, governing.first, governing.last, null) : Syntax.Subject.NONE;
            if (main.actor() != null && !main.pronoun()) {
                return main; // "X a rencontré Y, en lui demandant …": the subject of the verb the gerund follows, not its object
            }
        }
        Syntax.Subject inClause = null;
        Draft.Actor nearest = null; // the latest actor seen, the first after a "que" reached
        for (int k = en - 1; k >= Math.max(0, en - WINDOW); k--) {
            if (s.inQuote(k) || s.word(k).equals(";")) {
                break;
            }
            if (inClause != null && nearest == inClause.actor() && syntax.is(s, k, Grammar.SUBORDINATOR)) {
                inClause = null; // the actor found was the subordinate clause's subject: look on for the main clause's
                detached = false;
                continue;
            }
            Mention m = s.mentionAt(k);
            if (m != null && m.first == k && m.actor != null) {
                nearest = m.actor;
            }
            if (m != null && m.first == k && m.actor != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m) && !s.word(k - 1).equals("(")) {
                Syntax.Subject found = new Syntax.Subject(m.actor, syntax.plural(m), false);
                if (!detached) {
                    return found;
                }
                inClause = inClause == null ? found : inClause;
            }
        }
        return inClause != null ? inClause : Syntax.Subject.NONE;
    }

    /**
     * The index of "pour" or "afin" opening a purpose clause whose verb is the infinitive cue
     * ("ont manifesté pour réclamer …", "afin de leur demander …"), or -1.
     */
    private int purposeStart(Sentence s, Sentence.Cue c) {
        if (!s.word(c.first).equals(c.lemmaHead)) {
            return -1;
        }
        int j = c.first - 1;
        while (j >= 0 && (syntax.is(s, j, Grammar.CLITIC) || s.word(j).equals("'") && j > 0 && syntax.is(s, j - 1, Grammar.CLITIC))) {
            j--; // "pour lui demander", "pour l'inviter"
        }
        if (j >= 0 && syntax.is(s, j, Grammar.FRAMING_PREPOSITION)) {
            return j;
        }
        // "afin de demander", and "avant d'inviter": an act the main clause's subject does next
        if (j >= 1 && syntax.is(s, j, Grammar.OF_BARE) && (syntax.is(s, j - 1, Grammar.FRAMING_PREPOSITION) || syntax.is(s, j - 1, Grammar.BEFORE))) {
            return j - 1;
        }
        if (j >= 2 && s.word(j).equals("'") && syntax.is(s, j - 1, Grammar.OF_ELIDED)
                && (syntax.is(s, j - 2, Grammar.FRAMING_PREPOSITION) || syntax.is(s, j - 2, Grammar.BEFORE))) {
            return j - 2;
        }
        return -1;
    }

    /**
     * Whether a verb that asks only someone named to act ({@code ASKS_ONLY_TO_ACT}: "charger X de …", "compter sur X pour
     * …") has no such act after it ("la prise en charge des frais", "compte sur le soutien de la Chine") or follows a
     * preposition ("en charge"): then it is no verb of demand, nor any cue.
     */
    private boolean noActAsked(Sentence s, int i, int last, Lexicon.VerbForm verb) {
        String head = Sentence.Cue.headOf(org.diplotext.text.Folding.fold(verb.lemma()));
        return lexicon.is(head, Grammar.ASKS_ONLY_TO_ACT) && !actFollows(s, i, last);
    }

    /**
     * A verb of demand the verb index leaves out ({@code UNINDEXED_DEMAND_FORM}, its lemma as value) at token i, read as
     * one when the act asked follows ("une motion qui charge le gouvernement de limiter …"), not after an article
     * ("la charge de"). Null otherwise.
     */
    private Lexicon.VerbForm unindexedDemand(Sentence s, int i) {
        java.util.Optional<String> lemma = lexicon.value(s.tokens, i, Grammar.UNINDEXED_DEMAND_FORM);
        if (lemma.isEmpty() || i > 0 && (syntax.is(s, i - 1, Grammar.DETERMINER) || syntax.is(s, i - 1, Grammar.ARTICLE)) || !actFollows(s, i, i)) {
            return null;
        }
        return new Lexicon.VerbForm(lemma.get(), java.util.Set.of(Act.DEMAND), false);
    }

    /**
     * Whether the act asked of someone named follows a verb from i to last: "de" or "pour" and an infinitive within the
     * clause ("les employeurs pour maintenir …"); never after a preposition ("en charge de") nor for a form written as a
     * participle ("chargé de surveiller", folded like "charge"): an office, not an ask.
     */
    private boolean actFollows(Sentence s, int i, int last) {
        if (i > 0 && syntax.is(s, i - 1, Grammar.PREPOSITION) || Syntax.writtenParticiple(input.substring(s.token(i).start(), s.token(i).end()))) {
            return false;
        }
        for (int k = last + 1; k + 1 < s.size() && k < last + 14; k++) {
            if (s.inQuote(k) != s.inQuote(i) || !s.token(k).isWord() && !s.word(k).equals("'")) {
                return false;
            }
            int n = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
            if ((syntax.is(s, k, Grammar.OF_BARE) || syntax.is(s, k, Grammar.FOR)) && n < s.size() && s.token(n).isWord()
                    && !s.token(n).capitalised() && lexicon.endsWithAny(s.word(n), "INFINITIVE_ENDING")) {
                return true;
            }
        }
        return false;
    }

    /** A finite form right after "de"/"du"/"des" is a noun: "communiqué de presse", never a verb. */
    private boolean nominal(Sentence s, int i, Lexicon.VerbForm verb) {
        if (i == 0 || !syntax.is(s, i - 1, Grammar.OF)) {
            return false;
        }
        String form = s.word(i);
        String lemma = org.diplotext.text.Folding.fold(verb.lemma());
        String head = lemma.substring(reflexivePrefix(lemma));
        return !form.equals(head.split(" ")[0]) && !lexicon.endsWithAny(form, "PRESENT_PARTICIPLE_ENDING");
    }

    /**
     * Whether a participle of a verb of calling right after a noun or its adjective gives the thing
     * its name ({@code un village proche appelé Jean Moulin}, {@code une maison appelée « … »}): no one is called.
     */
    private boolean naming(Sentence s, int i, Lexicon.VerbForm verb) {
        if (!verb.acts().contains(Act.CALL) || !syntax.is(s, i, Grammar.NAMING) || i == 0 || i + 1 >= s.size()) {
            return false;
        }
        Token noun = s.token(i - 1);
        Token name = s.token(i + 1);
        boolean named = name.capitalised() || s.word(i + 1).equals("\u00ab") || s.word(i + 1).equals("\u201c");
        boolean afterNoun = noun.isWord() && !noun.capitalised() && (!lexicon.isGrammar(s.word(i - 1)) || syntax.is(s, i - 1, Grammar.NAMED_THING))
                && syntax.adverbsBefore(s, i - 1) == i - 1; // "a de son côté appelé « … »": the noun ends an adverbial phrase
        return named && afterNoun;
    }

    /**
     * Whether verb c opens the relative clause of a letter's noun ("une lettre dans laquelle elles lui demandent …",
     * "une lettre ouverte au préfet, dans laquelle elle réclame …"), past its subject pronoun, clitics and auxiliary.
     */
    private boolean letterClause(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k > 1 && (syntax.skippable(s, k) || syntax.is(s, k, Grammar.PRONOUN_SINGULAR) || syntax.is(s, k, Grammar.PRONOUN_PLURAL))
                && !syntax.is(s, k, Grammar.RELATIVE_PRONOUN)) {
            k--;
        }
        if (!syntax.is(s, k, Grammar.RELATIVE_PRONOUN) || !syntax.is(s, k - 1, Grammar.DOCUMENT_INTRODUCER) || s.inQuote(k)) {
            return false;
        }
        for (int n = k - 2; n >= Math.max(0, k - 40); n--) { // a letter's noun and its recipient's title and name
            Sentence.Cue noun = s.cueAt(n);
            if (noun != null && !noun.isVerb() && noun.has(Act.LETTER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the document's noun that a present participle coordinated with the one at c governs ("une résolution
     * exigeant le retrait … et appelant les parties à …": the second participle is the resolution's too), or -1.
     */
    private int documentOfCoordinated(Sentence s, Sentence.Cue c) {
        if (!syntax.is(s, c.first - 1, Grammar.AND)) {
            return -1;
        }
        for (int k = c.first - 2; k > Math.max(0, c.first - 40); k--) { // the first participle's phrase
            Sentence.Cue other = s.cueAt(k);
            if (other == null || !other.isVerb()) {
                continue;
            }
            boolean governed = other.first == k && other.has(Act.DEMAND) && presentParticiple(s, k) && syntax.is(s, k - 1, Grammar.DOCUMENT_NOUN);
            return governed && !s.inQuote(k) ? k - 1 : -1; // the nearest verb before "et" only
        }
        return -1;
    }

    /** Whether token i ends like a present participle ({@code demandant}: PRESENT_PARTICIPLE_ENDING). */
    private boolean presentParticiple(Sentence s, int i) {
        return lexicon.endsWithAny(s.word(i), "PRESENT_PARTICIPLE_ENDING");
    }

    /**
     * The length of the reflexive pronoun that opens a folded lemma with its space or apostrophe
     * ({@code se concerter}, {@code s'entretenir}: REFLEXIVE), 0 for any other lemma.
     */
    private int reflexivePrefix(String lemma) {
        int end = Math.min(3, lemma.length());
        for (int k = 1; k < end; k++) {
            char ch = lemma.charAt(k);
            if (ch == ' ' || ch == '\'') {
                return lexicon.is(lemma.substring(0, k), Grammar.REFLEXIVE) ? k + 1 : 0;
            }
        }
        return 0;
    }

    /** A bare form of a verb that acts only in a phrase ("lancer un appel") or only reflexively ("s'engager"). */
    private boolean weak(Sentence s, int i, Lexicon.VerbForm verb) {
        String lemma = org.diplotext.text.Folding.fold(verb.lemma());
        int space = lemma.indexOf(' ');
        if (lexicon.is(space < 0 ? lemma : lemma.substring(0, space), Grammar.WEAK_VERB)) { // the first word, without split's array
            // "« … », avait-il lancé", "a lancé : « … »": next to a quotation it reports speech
            boolean inverted = (syntax.is(s, i - 1, Grammar.PRONOUN_SINGULAR) || syntax.is(s, i - 1, Grammar.PRONOUN_PLURAL)) && s.word(i - 2).equals("-");
            boolean introduces = s.word(i + 1).equals(":") || s.inQuote(i + 2) && !s.inQuote(i);
            int k = i - 1;
            while (k >= 0 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.CLITIC)) && !s.inQuote(k)) {
                k--;
            }
            if (s.word(k).equals(",")) {
                k--;
            }
            boolean follows = k >= 0 && !s.inQuote(i) && (s.inQuote(k) || closesQuotation(s, k));
            return !inverted && !introduces && !follows; // "« … », a lancé X" reports the words before it
        }
        if (reflexivePrefix(lemma) > 0) {
            for (int j = i - 1, seen = 0; j >= 0 && seen < 4; j--, seen++) {
                int phrase = syntax.adverbPhraseStart(s, j);
                if (phrase >= 0) {
                    j = phrase; // "s'est par ailleurs entretenu": an adverbial phrase counts as one word
                }
                if (syntax.is(s, j, Grammar.REFLEXIVE_ANY_PERSON)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a meeting verb tells what a body is made of ("le front commun syndical, qui réunit la CGSP et la CSC", "le
     * G20, qui réunit les grandes économies"): in the present, right after "qui" that follows a group or an organisation.
     * Its members were not convened by the body.
     */
    private boolean composition(Sentence s, int i) {
        if (i < 2 || !syntax.is(s, i, Grammar.COMPOSITION_VERB) || !syntax.is(s, i - 1, Grammar.WHO)) {
            return false;
        }
        int k = s.word(i - 2).equals(",") ? i - 3 : i - 2;
        Mention body = k >= 0 ? s.mentionAt(k) : null;
        return body != null && body.last == k && (body.kind == Mention.Kind.GROUP || body.kind == Mention.Kind.ORGANISATION);
    }

    /** Whether token k is the closing mark of one of the sentence's quotations, whatever the mark. */
    private static boolean closesQuotation(Sentence s, int k) {
        for (Sentence.Quote q : s.quotes) {
            if (q.quotation.close() == s.token(k).start() && !q.quotation.runsOn()) {
                return true;
            }
        }
        return false;
    }

    void process(Sentence s) {
        if (s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER) {
            headlineSentences.add(s.index);
            if (s.size() > 0) {
                headlineFirstClauses.put(s.index, firstClause(s));
            }
        }
        int saidFrom = communications.size();
        int askedFrom = demands.demands.size();
        Draft.Communication unattributed = quoteAlone;
        quoteAlone = null;
        cues(s);
        s.indexCues();
        demands.noteCourt(s);
        syntax.startSentence(s.index);
        Draft.Actor previous = null;
        java.util.Map<Sentence.Cue, Syntax.Subject> subjects = new java.util.IdentityHashMap<>();
        Syntax.Subject opening = syntax.sentenceSubject(s);
        noteDocuments(s);
        noteRelations(s);
        // read before the clause's subject becomes the last one seen: "Selon lui, l'Iran est « … »" speaks of the one before
        frontedPronoun = syntax.is(s, 0, Grammar.ACCORDING_TO) && syntax.is(s, 1, Grammar.STRESSED_SINGULAR) && s.word(2).equals(",")
                && !s.inQuote(0) ? syntax.stressed(s, 1).actor() : null;
        if (opening.actor() != null && !opening.pronoun()) {
            syntax.saw(opening.actor(), opening.plural());
        }
        noteAdoptedText(s, opening);
        quotes(s, opening);
        List<Draft.Communication> here = new ArrayList<>();
        letters(s, opening, here);
        for (Sentence.Cue c : s.cues) {
            if (!c.isVerb()) {
                continue;
            }
            boolean quoted = s.inQuote(c.first);
            if (!quoted && (!c.has(Act.DEMAND) || askedInfinitive(s, c)) && demands.askedIn(s).get(c.first) && !auxiliaryBefore(s, c)) {
                c.used = true; // "Moscou réclame que Kiev reconnaisse l'annexion": what is asked of Kiev, not done by it
                continue;
            }
            if (quoted && askedInQuote(s, c)) {
                c.used = true; // "« Il fallait que le gouvernement sollicite nos voisins »": what is asked of the government
                continue;
            }
            if (!quoted && wishReportedByOther(s, c)) {
                c.used = true; // "X a assuré que Tokyo souhaitait « … »": X's statement, no demand by Tokyo
                continue;
            }
            if (!quoted && ownIntention(s, c)) {
                c.used = true; // "X a dit vouloir « éviter un conflit »": what X means to do, asked of no one
                continue;
            }
            Syntax.Subject subject = quoted ? quotedSubject(s, c) : syntax.subject(s, c.first, c.last, previous);
            Draft.Actor attributed = subject.pronoun() ? speakerAttributedBy(s, c) : null;
            if (attributed != null) {
                subject = new Syntax.Subject(attributed, attributed.plural, false); // "« … », a-t-il déclaré": who said the words
            }
            if (lexicon.is(c.lemma, Grammar.IMPERSONAL_VERB)) {
                // "« Il faut que … »": the speaker asks; "X juge qu'il faut …", "Pour X, il faut …": X does
                Draft.Actor speaker = quoted ? s.quotes.get(s.quoteOf[c.first]).speaker : reporterOfClause(s, c.first - 1);
                if (speaker == null && !quoted && c.first == frontedSourceEnd(s) + 2) {
                    speaker = syntax.objectAt(s, 1, s.size()).actor;
                }
                if (speaker == null) {
                    continue; // "il faut" in the writer's words is no one's demand
                }
                subject = new Syntax.Subject(speaker, false, false);
            }
            if (!quoted && syntax.is(s, c.first - 1, Grammar.GERUND) && presentParticiple(s, c.first)) {
                Syntax.Subject main = gerundSubject(s, c.first - 1);
                Draft.Actor quoteSpeaker = openingQuoteSpeaker(s);
                if (main.actor() != null) {
                    subject = main; // "X est intervenu, en demandant à Y": the gerund shares the clause's subject
                } else if (opening.actor() != null && !opening.pronoun()) {
                    subject = opening;
                } else if (quoteSpeaker != null) {
                    // "« … », a-t-il affirmé, tout en invitant les clients à …": the inverted pronoun hides the subject
                    subject = new Syntax.Subject(quoteSpeaker, quoteSpeaker.plural, false);
                }
            }
            if ((subject.actor() == null || issuedTextRelative(s, c)) && !quoted && c.has(Act.DEMAND)) {
                Draft.Actor author = issuedTextAuthor(s, c, opening);
                if (author != null) {
                    subject = new Syntax.Subject(author, author.plural, false); // "X a adopté une résolution qui somme Y de …": X asks
                }
            }
            if (subject.actor() == null && !quoted && (c.has(Act.DEMAND) || c.has(Act.REPORTING))) {
                Draft.Actor author = adoptedTextSubject(s, c);
                if (author != null) {
                    subject = new Syntax.Subject(author, author.plural, false); // "X a adopté une résolution. Le texte exige …": X asks
                }
            }
            if (subject.actor() == null && !quoted && (c.has(Act.DEMAND) || c.has(Act.REPORTING))) {
                Draft.Actor author = documentSubject(s, c);
                if (author != null) {
                    subject = new Syntax.Subject(author, author.plural, false); // "La lettre … réclame aussi …": its sender asks
                }
            }
            if (subject.actor() == null && !quoted) {
                Draft.Actor holder = officeHolder(s, c);
                holder = holder != null || !c.has(Act.REPORTING) ? holder : invertedOffice(s, c);
                if (holder != null) {
                    subject = new Syntax.Subject(holder, holder.plural, false); // "Son bureau a précisé que …": the minister's office speaks for him
                }
            }
            Draft.Actor example = quoted || !c.has(Act.DEMAND) ? null : namedAmongQuantified(s, c);
            if (example != null) {
                subject = new Syntax.Subject(example, example.plural, false); // "Plusieurs Etats, dont la Hongrie, ont demandé …"
            }
            boolean appended = !quoted && appendedParticiple(s, c);
            if (appended) {
                Syntax.Subject main = mainVerbSubject(s, c.first, subjects, true);
                if (main == null && opening.actor() != null) {
                    main = opening;
                }
                Draft.Actor speaker = openingQuoteSpeaker(s);
                if (speaker != null) {
                    // "« … », a-t-il déclaré, appelant X à …": the main verb attributes the opening quotation, so its speaker asks
                    main = new Syntax.Subject(speaker, speaker.plural, false);
                }
                if (main != null) {
                    subject = main; // "X a condamné les frappes, exhortant Moscou à …": X exhorts
                }
            }
            int auxiliary = quoted ? -1 : auxiliaryBeforeIncise(s, c);
            if (auxiliary >= 0) {
                subject = syntax.subject(s, auxiliary, auxiliary, previous); // "FO a, pour sa part, exigé …", "X a, quant à lui, estimé …"
            }
            Sentence.Cue shared = quoted ? null : sharedAuxiliary(s, c);
            if (shared != null && subjects.containsKey(shared)) {
                subject = subjects.get(shared); // "X a appelé à … et exhorté Y à …": the second participle is X's too
            }
            Sentence.Cue coordinated = quoted || shared != null || !c.has(Act.DEMAND) ? null : verbBeforeAnd(s, c, subjects);
            if (coordinated != null) {
                subject = subjects.get(coordinated); // "Moscou invite X à … et attend du pouvoir syrien qu'il …": Moscou's verb too
            } else if (!quoted && shared == null && c.has(Act.DEMAND) && openingBeforeAnd(s, c, opening)) {
                subject = opening; // "La Ligue a suspendu la Syrie et pose comme condition …": the verb before asks nothing
            }
            Sentence.Cue saying = quoted || subject.actor() != null ? null : sayingBeforePastInfinitive(s, c);
            if (saying != null && subjects.containsKey(saying)) {
                subject = subjects.get(saying); // "X a reconnu sa défaite et indiqué avoir téléphoné à Y": X called
            }
            Draft.Actor agent = quoted ? null : controller(s, c);
            if (agent != null) {
                subject = new Syntax.Subject(agent, agent.plural, false); // "convaincre X de demander …": X asks
            }
            int document = quoted || !c.has(Act.DEMAND) || !presentParticiple(s, c.first) ? -1
                    : syntax.is(s, c.first - 1, Grammar.DOCUMENT_NOUN) ? c.first - 1 : documentOfCoordinated(s, c);
            boolean byDocument = document >= 0;
            if (byDocument) {
                subject = gerundSubject(s, document); // "X a lancé une pétition demandant …": the document asks for its author
            }
            Draft.Actor fronted = quoted || !c.has(Act.DEMAND) || c.first != 0 || !presentParticiple(s, c.first) ? null : frontedParticipleSubject(s, c);
            if (fronted != null) {
                subject = new Syntax.Subject(fronted, fronted.plural, false); // "Réclamant la libération de leur chef, des manifestants ont défilé"
            }
            int purpose = quoted || !c.has(Act.DEMAND) ? -1 : purposeStart(s, c);
            if (purpose >= 0) {
                Syntax.Subject main = mainVerbSubject(s, purpose, subjects, false);
                if (main == null) {
                    main = gerundSubject(s, purpose);
                }
                subject = main.actor() != null ? main : opening.actor() != null && !opening.pronoun() ? opening : subject;
                Draft.Actor quoteSpeaker = openingQuoteSpeaker(s);
                if (subject.actor() == null && quoteSpeaker != null) {
                    subject = new Syntax.Subject(quoteSpeaker, quoteSpeaker.plural, false); // "« … », a-t-elle assuré, avant d'inviter X à …"
                }
            }
            Draft.Actor after = quoted || c.used ? null : frontedPastInfinitiveSubject(s, c);
            if (after != null) {
                subject = new Syntax.Subject(after, after.plural, false); // "Après avoir reçu X, Y a …": Y received X
            }
            Draft.Actor patient = quoted || c.used ? null : frontedPassiveSubject(s, c);
            boolean frontedPassive = patient != null;
            if (frontedPassive) {
                subject = new Syntax.Subject(patient, patient.plural, false); // "Reçu par X, Y a …": the participle is said of Y
            }
            subjects.put(c, subject);
            if (subject.actor() != null && !quoted && !frontedPassive) {
                previous = subject.actor();
                syntax.saw(subject.actor(), subject.plural());
                if (c.has(Act.REPORTING) || c.has(Act.DEMAND)) {
                    lastQuoteSpeaker = subject.actor(); // a quotation standing alone next is theirs
                    lastQuoteSentence = s.index;
                }
            }
            if (!c.used && !quoted && syntax.negated(s, c)) {
                c.used = true; // "n'a pas rencontré", "n'a jamais demandé", "ne s'est pas entretenu": no act took place
                continue;
            }
            Sentence.Cue accusing = !c.used && !quoted && c.has(Act.DEMAND) ? accusedOf(s, c) : null;
            if (accusing != null) {
                if (subjects.containsKey(accusing)) {
                    subjects.put(c, subjects.get(accusing)); // its quoted words are the accuser's
                }
                c.used = true; // "a accusé le PQ de vouloir « … »": what X is accused of wanting, nobody's demand
                continue;
            }
            boolean copular = !c.used && !quoted && afterCopula(s, c);
            if (copular && c.has(Act.DEMAND) && demands.fromImpersonal(s, c)) {
                c.used = true; // "Il est demandé aux parties de soumettre …": an impersonal passive asks those after "à"
                continue;
            }
            if (copular && c.has(Act.DEMAND) && !(c.has(Act.INVITATION) && attendance(s, c)) && !passiveDemand(s, c)) {
                c.used = true; // "le Parlement est appelé à voter en mai": what is due, nobody's demand
                continue;
            }
            if (copular && c.has(Act.REPORTING) && !c.has(Act.DEMAND)) {
                c.used = true; // "le dirigeant est accusé de …": said of the subject, not by it
                continue;
            }
            if (!c.used && !quoted && c.has(Act.INVITATION) && subject.actor() != null && summonedTo(s, c, subject.actor())) {
                continue; // "X a été convoquée dimanche au ministère": X met the ministry
            }
            // "X a été invité par Y à retirer ses forces" asks an act, as the active "Y a invité X à retirer" does: a demand below
            // ("a été invité par la NASA à présenter ses résultats", "à s'exprimer devant la commission" still invite to a venue)
            boolean invitedToAct = c.has(Act.DEMAND) && infinitiveAfter(s, c) && !attendance(s, c) && !invitedToTalk(s, c);
            if (!c.used && !quoted && c.has(Act.INVITATION) && (passive(s, c) || frontedPassive) && !invitedToAct && passiveInvitation(s, c, subject.actor())) {
                c.used = true; // "X a été invité par Y à …": Y invited X
                continue;
            }
            if (!c.used && !quoted && c.has(Act.CALL) && passive(s, c) && passiveCall(s, c, subject.actor())) {
                c.used = true; // "X a été appelé mardi par Y", "a été joint au téléphone par Y": Y called X
                continue;
            }
            if (!c.used && !quoted && c.has(Act.DEMAND) && (passive(s, c) || copular || frontedPassive) && !(c.has(Act.INVITATION) && attendance(s, c))) {
                demands.fromPassive(s, c, subject.actor(), frontedPassive ? frontedEnd(s, c) - 1 : Integer.MAX_VALUE);
                c.used = true;
                continue;
            }
            if (!c.used && !quoted && c.has(Act.MEETING) && (passive(s, c) || frontedPassive)) {
                passiveMeeting(s, c, subject.actor());
                c.used = true;
                continue;
            }
            if (!c.used && !quoted && c.has(Act.DEMAND) && !c.has(Act.INVITATION) && syntax.is(s, c.last + 1, Grammar.BY) && participleWithoutAuxiliary(s, c)
                    && demands.fromParticiple(s, c)) {
                c.used = true; // "le retrait des troupes, exigé par l'Otan, …": the agent asks what the participle qualifies
                continue;
            }
            if (!c.used && !quoted && c.has(Act.REPORTING) && !c.has(Act.DEMAND) && passive(s, c) && announcedBy(s, c)) {
                c.used = true; // "La décision a été annoncée mardi par le ministère": the agent speaks
                continue;
            }
            if (c.used || passive(s, c) || frontedPassive || !quoted && lexicon.endsWithAny(s.word(c.first), "FIRST_PLURAL_ENDING")) {
                continue; // "ont été prévenues" is done to them; "rappelons que" is the writer speaking
            }
            if (!quoted && c.has(Act.CALL) && c.has(Act.DEMAND) && mediumAfter(s, c)) {
                meeting(s, c, subject.actor(), CommunicationType.CALL); // "a appelé au téléphone X": a call, nothing asked
                c.used = true;
                continue;
            }
            // "a adressé une lettre à X lui demandant de …": the letter asks its recipient for its sender
            boolean byLetter = !quoted && !here.isEmpty() && presentParticiple(s, c.first) && syntax.is(s, c.first - 1, Grammar.CLITIC)
                    && syntax.is(s, c.first - 1, Grammar.DATIVE_CLITIC);
            if (c.has(Act.DEMAND) && !(c.has(Act.INVITATION) && (!infinitiveAfter(s, c) || attendance(s, c)))
                    && (!presentParticiple(s, c.first) || syntax.is(s, c.first - 1, Grammar.GERUND) || byDocument || appended || byLetter
                            || fronted != null)
                    && !(participleWithoutAuxiliary(s, c) && !syntax.is(s, c.first - 1, Grammar.THEM_THEIR) && shared == null
                            // "X a gelé son aide et sommé Y de …": the auxiliary of a verb that asks nothing, for a verb whose object is asked
                            && !(syntax.sharesAuxiliary(s, c.first) && asksItsObject(c)))) {
                Draft.Actor source = subject.actor();
                Draft.Actor antecedent = relativeSubject(s, c);
                if (antecedent != null) {
                    source = antecedent; // "interpellé par les élus, qui lui demandent de …": the élus ask
                }
                boolean inLetter = !quoted && !here.isEmpty() && here.get(here.size() - 1).type == CommunicationType.LETTER && letterClause(s, c);
                if (inLetter) {
                    source = here.get(here.size() - 1).sender; // "une lettre dans laquelle elles lui demandent …": its sender asks
                }
                int clitic = c.first - 1;
                while (clitic > 1 && syntax.is(s, clitic, Grammar.ADVERB) && !s.inQuote(clitic)) {
                    clitic--; // "les a également exhortés"
                }
                clitic = syntax.is(s, clitic, Grammar.AUXILIARY) ? clitic - 1 : clitic; // "lui a demandé"
                if (clitic > 0 && s.word(clitic).equals("'")) {
                    clitic--; // "l'a invité à", "pour l'inviter à"
                }
                // invites *him* to; "l'a pressé de", "les a sommés de": the verbs that ask someone to act take their object as a clitic too
                boolean objectClitic = asksItsObject(c) && clitic >= 0
                        && syntax.is(s, clitic, Grammar.OBJECT_CLITIC);
                boolean stressed = clitic > 0 && syntax.is(s, clitic - 1, Grammar.AUXILIARY) && !s.inQuote(clitic - 1); // "a lui aussi réclamé": no clitic after the auxiliary
                if ((syntax.is(s, clitic, Grammar.DATIVE_CLITIC) || objectClitic) && !stressed) {
                    Draft.Communication letter = here.isEmpty() ? null : here.get(here.size() - 1);
                    boolean purposeOfLetter = letter != null && (syntax.is(s, c.first - 2, Grammar.FOR) || byLetter || inLetter);
                    if (purposeOfLetter) {
                        source = letter.sender;
                    }
                    Draft.Actor spokenTo = letter == null || letter.recipients.isEmpty() ? null : letter.recipients.get(0);
                    // "a écrit aux autres coureurs pour leur demander …": the clitic is the letter's addressees, no actor; not someone met before
                    boolean unnamedAddressees = purposeOfLetter && spokenTo == null && letter.type == CommunicationType.LETTER;
                    if (spokenTo == null && !unnamedAddressees && !opening.pronoun() && opening.actor() != source) {
                        spokenTo = opening.actor(); // "X a reçu Y, qui lui a demandé de …": the clitic is the clause's subject
                    }
                    if (spokenTo == null && !unnamedAddressees && cliticReferentBefore(s, clitic, source) == null) {
                        boolean pluralClitic = syntax.is(s, clitic, Grammar.THEM_THEIR) || syntax.is(s, clitic, Grammar.PLURAL_DETERMINER);
                        spokenTo = lastPartner(source); // "X s'est entretenu avec Y. Il l'a invité à …": the one just met
                        // "a reçu le représentant de l'OMS. … leur a demandé": not him; "s'est entretenue avec X et Y. Elle les a exhortés": both
                        spokenTo = pluralClitic && single(spokenTo) && lastPartnerAlone(source) ? null : spokenTo;
                        if (spokenTo == null) {
                            spokenTo = demands.recentTarget(s, source); // "X a appelé Y à … Il les a aussi exhortés à …"
                            spokenTo = pluralClitic && single(spokenTo) ? null : spokenTo;
                        }
                        if (spokenTo == null && !pluralClitic) {
                            spokenTo = lastHost(source); // "X a reçu Y. Y lui a demandé de …": the one who met them
                        }
                    }
                    if (spokenTo == null && !unnamedAddressees) {
                        spokenTo = cliticReferent(s, clitic, source); // "X a protesté auprès de Pékin et lui a demandé …"
                        boolean pluralClitic = syntax.is(s, clitic, Grammar.THEM_THEIR) || syntax.is(s, clitic, Grammar.PLURAL_DETERMINER);
                        spokenTo = pluralClitic && single(spokenTo) ? null : spokenTo;
                    }
                    int asked = demands.demands.size();
                    demands.fromVerb(s, c, source, spokenTo);
                    shareWithCoSubjects(s, c, asked, source);
                } else {
                    int asked = demands.demands.size();
                    Draft.Actor inside = innerObject(s, c);
                    demands.fromVerb(s, c, source, inside != null ? inside : dativeAntecedent(s, c));
                    shareWithCoSubjects(s, c, asked, source);
                    if (demands.demands.size() == asked && c.has(Act.CALL) && !quoted && (calledWithNothingAsked(s, c) || calledInRelative(s, c, source))) {
                        // "le ministre a appelé Sergueï Lavrov mardi", "a remercié l'émir, qu'il a appelé mardi matin": a call
                        meeting(s, c, source, CommunicationType.CALL);
                    }
                }
                c.used = true;
                continue;
            }
            if (quoted) {
                continue;
            }
            if (c.has(Act.INVITATION) && c.first == 0 && Syntax.writtenParticiple(input.substring(s.token(0).start(), s.token(0).end()))) {
                continue; // "Invité au sommet, X s'est entretenu avec Y": X was invited, by no one named; X invited no one
            }
            if (c.has(Act.INVITATION) && summonsEnvoy(s, c)) {
                summons(s, c, subject.actor());
            } else if (c.has(Act.INVITATION)) {
                invitation(s, c, subject.actor());
            } else if ((c.has(Act.MEETING) || c.has(Act.CALL)) && subject.actor() != null && receivedDocument(s, c, subject.actor(), here)) {
                continue; // "X a reçu une invitation de Y": Y invited X; nobody met
            } else if (c.has(Act.MEETING) || c.has(Act.CALL)) {
                boolean call = c.has(Act.CALL) && (!c.has(Act.MEETING) || byPhone(s, c)) || callNounAfter(s, c);
                CommunicationType type = call ? CommunicationType.CALL : CommunicationType.MEETING;
                if ((subject.actor() == null || countedBefore(s, c)) && pairMet(s, c, type)) {
                    continue; // "Les deux hommes se sont parlé": the two of the last exchange
                }
                meeting(s, c, subject.actor(), type);
            } else if (c.has(Act.REPORTING)) {
                Draft.Actor sender = subject.actor() != null ? subject.actor() : consulted(s, c);
                reported(s, c, sender);
            }
        }
        Draft.Actor attributed = accordingTo(s);
        obligations(s, attributed);
        ultimatums(s, attributed);
        seizures(s);
        imperatives(s);
        askingQuotes(s);
        for (Sentence.Cue c : s.cues) {
            if (!c.isVerb() && !c.used && c.has(Act.DEMAND) && !s.inQuote(c.first)) {
                demands.fromNoun(s, c);
                c.used = true;
            }
        }
        meetingNouns(s);
        openedMeetings(s);
        proposedMeetings(s);
        hadOnThePhone(s);
        learntFrom(s);
        invitedBy(s);
        pressEvents(s);
        statementNouns(s);
        askedInCommunication(s);
        sharedTitleSpeech(s, opening, saidFrom, askedFrom);
        speakerNamedAfter(s, opening, unattributed, saidFrom);
        dates.read(s, reference, demands.askedIn(s));
        if (s.kind == org.diplotext.model.SegmentKind.LEAD && leadDay == null) {
            leadDay = leadDay(saidFrom);
        }
        if (opening.actor() != null && !opening.pronoun() && s.quotes.isEmpty()) {
            for (Sentence.Cue c : s.cues) {
                if (!c.isVerb() && c.has(Act.STATEMENT) && !s.inQuote(c.first)) {
                    lastQuoteSpeaker = opening.actor(); // "X a tenu une conférence de presse. « … »"
                    lastQuoteSentence = s.index;
                    break;
                }
            }
        }
        for (Mention m : s.mentions) {
            if (m.actor != null && m.kind != Mention.Kind.PRONOUN && !m.inQuote()) {
                syntax.lastMentioned = m.actor;
            }
            if (m.actor != null && m.actor.type == org.diplotext.model.ActorType.PERSON && !m.inQuote()
                    && !(syntax.prepositional(m) && syntax.is(s, m.first - 1, Grammar.OF_UNELIDED))) {
                // "le départ de Bachar el-Assad": a person named as a complement is not who "il" speaks of next
                syntax.lastPerson = m.actor;
                syntax.lastPersonSentence = s.index;
                if (m.actor.gender == 'F') {
                    syntax.lastWoman = m.actor;
                    syntax.lastWomanSentence = s.index;
                } else if (m.actor.gender == 'M') {
                    syntax.lastMan = m.actor;
                    syntax.lastManSentence = s.index;
                }
            }
        }
        namedTogether(s);
        if (opening.actor() != null && !opening.pronoun()) {
            syntax.saw(opening.actor(), opening.plural());
            Mention head = s.mentions.isEmpty() ? null : firstMention(s, opening.actor());
            if (head != null && head.actor == opening.actor() && head.first >= 1 && head.first <= 2 && syntax.is(s, head.first - 1, Grammar.POSSESSIVE)) {
                syntax.possessedSentence = s.index;
            }
        } else if (opening.actor() == null && s.size() > 2 && syntax.is(s, 0, Grammar.DETERMINER) && s.mentionAt(1) == null
                && s.mentionAt(2) == null && !syntax.is(s, 0, Grammar.DEFINITE_ELIDED) && !syntax.is(s, 0, Grammar.POSSESSIVE)) {
            // "Le crash serait dû ... Il": the next pronoun speaks of a thing; after "Son franc-parler lui a valu …"
            // the owner is still the topic
            if (syntax.is(s, 0, Grammar.PLURAL_DETERMINER)) {
                syntax.lastPlural = null;
            } else {
                syntax.lastSingular = null;
            }
        }
    }

    // --- quotations ---------------------------------------------------------------------------

    private void quotes(Sentence s, Syntax.Subject opening) {
        for (int q = 0; q < s.quotes.size(); q++) {
            Sentence.Quote quote = s.quotes.get(q);
            if (!quote.statement) {
                continue;
            }
            Quotation qt = quote.quotation;
            int after = s.tokenAt(qt.close() + 1);
            int before = s.tokenAt(qt.open()) - 1;
            Syntax.Subject speaker = Syntax.Subject.NONE;
            int anchor = before + 1;
            // «…», a déclaré X / «…», insistent-ils
            int j = after;
            if (s.word(j).equals(",")) {
                j++;
            }
            int chain = -1;
            for (int guard = 0; guard < 4; guard++) {
                j = syntax.skipAdverbs(s, j);
                int k = j;
                while (k < s.size() && (syntax.is(s, k, Grammar.CLITIC) || s.word(k).equals("'")) && !s.inQuote(k)) {
                    k++;
                }
                if (k > j && (syntax.is(s, k, Grammar.AUXILIARY) || s.cueAt(k) != null && s.cueAt(k).isVerb())) {
                    j = k; // "« … », lui avait dit X": the clitic is the one spoken to
                }
                while (j < s.size() && syntax.is(s, j, Grammar.AUXILIARY) && !s.inQuote(j)) {
                    j++;
                }
                if (syntax.is(s, j, Grammar.VERB_CHAIN) && !s.inQuote(j)) {
                    chain = j;
                    j++; // "« … », n'a pas manqué de rappeler X": the reporting verb comes after the chain
                    if (syntax.is(s, j, Grammar.INFINITIVE_PREPOSITION)) {
                        j += s.word(j + 1).equals("'") ? 2 : 1;
                    }
                }
            }
            Sentence.Cue cue = s.cueAt(j);
            if (cue != null && cue.isVerb() && speech(s, cue)) {
                speaker = syntax.subject(s, chain >= 0 ? chain : cue.first, cue.last, null);
                speaker = orJustSpoke(s, speaker);
                Draft.Actor named = apposedPerson(s, cue.last + 1, speaker.actor());
                if (named != null) {
                    speaker = new Syntax.Subject(named, false, false);
                }
                Draft.Actor related = speaker.actor() == null ? relationAt(s, syntax.skipAdverbs(s, cue.last + 1)) : null;
                if (related != null) {
                    speaker = new Syntax.Subject(related, false, false); // "« … », répondit alors son complice"
                }
                if (speaker.actor() == null) {
                    Draft.Actor told = impersonalSource(s, after, cue);
                    speaker = told != null ? new Syntax.Subject(told, told.plural, false) : speaker;
                }
                cue.used = true;
                anchor = cue.first;
            }
            if (speaker.actor() == null) {
                Sentence.Cue inner = inciseWithin(s, before + 1, after - 1);
                if (inner != null) {
                    speaker = inciseSpeaker(s, inner); // "« Nous ne voterons pas, a dit X, ce texte en l'état »"
                    inner.used = true;
                    anchor = inner.first;
                }
            }
            if (speaker.actor() == null) {
                Draft.Actor source = frontedSource(s, before);
                if (source != null) {
                    speaker = new Syntax.Subject(source, source.plural, false); // "Selon X, les observateurs n'ont « … »": X's words
                }
            }
            if (speaker.actor() == null) {
                speaker = introducer(s, before);
            }
            boolean quotedClause = false; // the quotation stands in the clause of the subject before it
            if (speaker.actor() == null) {
                speaker = subjectOfQuotedVerb(s, before);
                quotedClause = speaker.actor() != null;
            }
            if (speaker.actor() == null && namingVerbBefore(s, before) >= 0) {
                anchor = namingVerbBefore(s, before);
                speaker = syntax.subject(s, anchor, anchor, null); // "le pape l'a nommée « patronne de … »": who names says it
            }
            if (speaker.actor() == null && (syntax.is(s, after, Grammar.ACCORDING_TO) || s.word(after).equals(",") && syntax.is(s, after + 1, Grammar.ACCORDING_TO))
                    && !objectOfSpeech(s, before) && !spokenBefore(s, before)) {
                int k = syntax.is(s, after, Grammar.ACCORDING_TO) ? after : after + 1; // "« … » selon M. Dupont"
                Mention m = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 4));
                int n = k + 1;
                while (m == null && n < k + 3 && (syntax.is(s, n, Grammar.ARTICLE) || syntax.is(s, n, Grammar.DETERMINER) || s.word(n).equals("'"))) {
                    n++;
                }
                Sentence.Cue document = m == null ? s.cueAt(n) : null;
                if (document != null && !document.isVerb() && (document.has(Act.STATEMENT) || document.has(Act.LETTER))) {
                    int of = document.last + 1; // "« … », selon un communiqué du ministère": the document's author speaks
                    if (syntax.is(s, of, Grammar.DE_FORM)) {
                        m = syntax.objectAt(s, of + 1 + (s.word(of + 1).equals("'") ? 1 : 0), Math.min(s.size(), of + 6));
                    }
                }
                if (m != null && m.kind != Mention.Kind.PRONOUN) {
                    speaker = new Syntax.Subject(m.actor, syntax.plural(m), false);
                } else {
                    speaker = syntax.stressed(s, k + 1);
                }
            }
            if (speaker.actor() == null) {
                Sentence.Cue told = narrativeInfinitive(s, before);
                if (told != null) {
                    speaker = narrator(s, told);
                    told.used = true;
                    anchor = told.first;
                }
            }
            if (speaker.actor() == null) {
                for (int k = before; k >= Math.max(0, before - WINDOW); k--) {
                    if (s.word(k).equals(";")) {
                        break;
                    }
                    if (s.inQuote(k)) {
                        // "X a estimé que « A » du fait que « B »": B is X's too
                        Draft.Actor earlier = s.quotes.get(s.quoteOf[k]).speaker;
                        if (earlier != null) {
                            speaker = new Syntax.Subject(earlier, earlier.plural, false);
                        }
                        break;
                    }
                    Sentence.Cue c = s.cueAt(k);
                    if (c != null && c.isVerb() && c.has(Act.DEMAND) && !c.has(Act.REPORTING) && c.last + 2 >= before && reportedByOther(s, c)) {
                        continue; // "X a déclaré que les salariés ne voulaient « … »": X's words on what they want
                    }
                    // "convaincre X de demander …: « … »": X's words; not "demander à X d'informer les voyageurs « … »",
                    // where the quotation, after the verb's object, qualifies the act asked
                    Draft.Actor agent = c != null && c.isVerb() && speech(s, c) && (c.last + 2 >= before || s.word(before).equals(":"))
                            && !(c.has(Act.DEMAND) && accusedOf(s, c) != null) ? controller(s, c) : null; // not "accusé X de vouloir « … »"
                    if (agent != null && c.last == before && controllerAskedOf(s, c)) {
                        agent = null; // "a exhorté la Suisse à conclure « d'ici décembre » …": the words of the one who asks
                    }
                    if (agent != null) {
                        speaker = new Syntax.Subject(agent, agent.plural, false); // "convaincre X de demander : « … »"
                        anchor = c.first;
                        break;
                    }
                    Draft.Actor labeller = c != null && c.isVerb() && speech(s, c) && c.last + 2 >= before
                            && (passive(s, c) || participleWithoutAuxiliary(s, c)) ? agentAfter(s, after) : null;
                    if (labeller != null) {
                        speaker = new Syntax.Subject(labeller, labeller.plural, false); // "une rencontre qualifiée de « stérile » par le STTP"
                        anchor = c.first;
                        break;
                    }
                    if (c != null && c.isVerb() && wishReportedByOther(s, c)) {
                        continue; // "X a assuré que Tokyo souhaitait « … »": the words X reports are X's
                    }
                    if (c != null && c.isVerb() && speech(s, c) && !infinitive(s, c) && (passive(s, c) || afterCopula(s, c))) {
                        // "le décret serait publié « dans les délais prévus »": a passive; who speaks is further back
                        Draft.Actor by = passiveAgent(s, c);
                        if (by == null) {
                            continue; // "X a été reconnue … lorsque Y l'a nommée « … »": the subject is spoken of
                        }
                        speaker = new Syntax.Subject(by, by.plural, false); // "X a été accusé par Y d'être « … »": Y's words
                        anchor = c.first;
                        break;
                    }
                    if (c != null && c.isVerb() && speech(s, c) && !infinitive(s, c)) {
                        speaker = orJustSpoke(s, syntax.subject(s, c.first, c.last, null)); // "Il a ajouté : « … »" after a person spoke
                        if (speaker.actor() != null && opening.actor() != null && !opening.pronoun() && speaker.actor() != opening.actor()
                                && coordinatedVerb(s, c) && firstVerbCue(s) >= 0 && s.cues.get(firstVerbCue(s)) != c) {
                            speaker = opening; // "X a rencontré Y et a déclaré : « … »": no subject after "et", the first verb's is shared
                        }
                        if (coordinatedVerb(s, c)) {
                            Syntax.Subject shared = sharedSubject(s, c);
                            speaker = shared.actor() != null ? shared : speaker; // "Dans une lettre …, X alerte sur … et demande « … »"
                        }
                        if (appendedParticiple(s, c) && opening.actor() != null) {
                            speaker = opening; // "X a réclamé des mesures, estimant que la Suisse « … »": X's words
                        } else if (appendedParticiple(s, c) && openingQuoteSpeaker(s) != null && s.quoteOf[1] != s.quoteOf[before]) {
                            Draft.Actor first = openingQuoteSpeaker(s); // "« … », a-t-il dit, appelant X à « … »": the first speaker's words too
                            speaker = new Syntax.Subject(first, first.plural, false);
                        }
                        if (speaker.actor() == null && opening.actor() != null && !opening.pronoun() && !presentParticiple(s, c.first)
                                && (s.cues.indexOf(c) == firstVerbCue(s) || coordinatedVerb(s, c))) {
                            // "Barroso, le président de la Commission se dit « rassuré »": the main clause's subject;
                            // "X a promis … et a appelé Moscou à « … »": a verb after "et" shares it
                            speaker = opening;
                        }
                        if (speaker.actor() == null && presentParticiple(s, c.first) && c.first == 0) {
                            Draft.Actor main = frontedParticipleSubject(s, c);
                            if (main != null) {
                                speaker = new Syntax.Subject(main, main.plural, false); // "Estimant que « … », il vota contre": his words
                            }
                        }
                        if (speaker.actor() == null && presentParticiple(s, c.first) && !syntax.is(s, c.first - 1, Grammar.GERUND)) {
                            continue; // "…, ajoutant : « … »" without a subject of its own: the clause's verb tells
                        }
                        if (speaker.actor() == null && subordinateNounSubject(s, c)) {
                            continue; // "affirmant que l'affaire relevait « … »": the verb of a thing said; who says "que" speaks
                        }
                        if (syntax.is(s, c.first - 1, Grammar.GERUND) && presentParticiple(s, c.first)) {
                            Syntax.Subject main = gerundSubject(s, c.first - 1);
                            boolean clauseSubject = main.actor() == null && speaker.actor() == null && opening.actor() != null && !opening.pronoun();
                            if (clauseSubject) {
                                main = opening; // "X annonce mardi que « … », en évoquant une « … »": past a quotation, the clause's subject
                            }
                            speaker = main.actor() != null ? main : speaker; // "X est intervenu en demandant …, afin de « … »"
                            if (clauseSubject && firstVerbCue(s) >= 0) {
                                anchor = s.cues.get(firstVerbCue(s)).first; // said when the main verb says
                                break;
                            }
                        }
                        if (c.has(Act.REPORTING) && !c.has(Act.DEMAND) && !reportsBeforeQuotation(s, c) && !writesToSomeone(s, c)) {
                            c.used = true; // unless it reports words of its own too: then it is a statement itself
                        }
                        anchor = c.first;
                        break;
                    }
                }
            }
            if (speaker.actor() == null) {
                for (int k = after; k < Math.min(s.size(), after + WINDOW); k++) {
                    if (s.word(k).equals(";")) {
                        break;
                    }
                    if (s.inQuote(k)) {
                        continue;
                    }
                    Sentence.Cue c = s.cueAt(k);
                    if (c != null && c.isVerb() && c.has(Act.REPORTING) && !infinitive(s, c)) {
                        // "« … », a-t-on indiqué à l'ONU", "juge-t-on à Moscou": the place where the impersonal "on" speaks
                        // comes first, or the last speaker would take the words for his own
                        Draft.Actor told = impersonalSource(s, after, c);
                        speaker = told != null ? new Syntax.Subject(told, told.plural, false) : orJustSpoke(s, syntax.subject(s, c.first, c.last, null));
                        c.used = true;
                        anchor = c.first;
                        break;
                    }
                }
            }
            if (speaker.actor() == null && before >= 0 && opening.actor() != null && !opening.pronoun() && quotedPredicate(s, before)) {
                speaker = opening; // "La Cédéao « condamne fermement » cette mesure": the subject's own words
                quotedClause = true;
            }
            Sentence.Cue told = quotedClause ? inciseAfterClause(s, after) : null;
            Syntax.Subject teller = told == null ? Syntax.Subject.NONE : syntax.subject(s, told.first, told.last, null);
            Draft.Actor apposed = teller.actor() == null ? null : apposedPerson(s, told.last + 1, teller.actor());
            teller = apposed != null ? new Syntax.Subject(apposed, false, false) : teller;
            if (teller.actor() != null && !teller.pronoun()) {
                // "Washington « regrette profondément » ce vote, a réagi le porte-parole …": one act of speech, with the
                // quotation, the one the incise names
                speaker = teller;
                anchor = told.first;
            }
            if (speaker.actor() == null && before >= 0 && s.word(before).equals(":") && opening.actor() != null) {
                speaker = opening; // "Denis Dupont a défendu sa décision : « ... »"
            }
            if (speaker.actor() == null && before >= 1 && s.word(before).equals(":")) {
                Mention m = s.mentionAt(before - 1);
                if (m != null && m.actor != null && m.actor.type == org.diplotext.model.ActorType.PERSON && !syntax.prepositional(m)) {
                    speaker = new Syntax.Subject(m.actor, false, false); // "Barack Obama : « … »"
                }
            }
            if (before < 0 && runningOn != null && runningOn.sentence == s.index - 1) {
                // "« A. ¶ « B », a dit X": the paragraphs of one quotation have one speaker, named in either
                if (speaker.actor() == null && runningOn.sender != null) {
                    speaker = new Syntax.Subject(runningOn.sender, runningOn.sender.plural, false);
                } else if (runningOn.sender == null && speaker.actor() != null) {
                    runningOn.sender = speaker.actor();
                }
            }
            if (speaker.actor() == null && before < 0 && lastDocumentSentence == s.index && documentAuthor(s).actor() != null) {
                speaker = documentAuthor(s); // "« … », peut-on lire dans le communiqué du Hamas": the document's author, not the last speaker
            }
            if (speaker.actor() == null && before < 0 && lastQuoteSentence >= s.index - 2 && lastQuoteSpeaker != null) {
                speaker = new Syntax.Subject(lastQuoteSpeaker, lastQuoteSpeaker.plural, true);
            }
            if (speaker.pronoun() && speaker.actor() != null && speaker.actor().type != org.diplotext.model.ActorType.PERSON
                    && syntax.lastPerson != null && syntax.lastPerson.confirmed && singularFirstPerson(s, qt)) {
                // "il déclara : « je ne pensais pas … »": who says "je" is a person, not the party "il" might stand for
                speaker = new Syntax.Subject(syntax.lastPerson, false, true);
            }
            boolean byDocument = false;
            if (speaker.actor() == null) {
                speaker = documentAuthor(s);
                byDocument = speaker.actor() != null;
            } else {
                byDocument = speaker.actor() == documentAuthor(s).actor(); // "le documentaire d'Al Jazeera précise : « … »"
            }
            quote.speaker = speaker.actor();
            quote.attribution = anchor;
            int named = speaker.actor() == null ? headlineName(s, before) : -1;
            if (quote.brief && speaker.actor() == null && named < 0) {
                continue;
            }
            if (speaker.actor() != null) {
                syntax.saw(speaker.actor(), speaker.plural());
                lastQuoteSpeaker = speaker.actor();
                lastQuoteSentence = s.index;
            }
            Draft.Communication c = new Draft.Communication(CommunicationType.STATEMENT, speaker.actor());
            c.quote = input.substring(qt.contentStart(), qt.contentEnd());
            c.evidence.add(Span.of(input, qt.open(), qt.close() + 1));
            c.date = dates.of(s, Math.max(0, Math.min(anchor, s.size() - 1)), reference, false); // "« … demain … »" dates what is said, not the saying
            if (byDocument && lastDocumentDate != null && reference != null && reference.equals(c.date)) {
                c.date = lastDocumentDate; // the words of a report date from its publication
            }
            c.sentence = s.index;
            Sentence.Cue saying = anchor >= 0 && anchor < s.size() ? s.cueAt(anchor) : null;
            if (saying != null && saying.isVerb() && saying.has(Act.REPORTING) && speaker.actor() != null) {
                Draft.Actor to = addressee(s, saying, speaker.actor());
                if (to != null) {
                    c.recipient(to); // "X a mis en garde les Etats-Unis contre toute « ingérence »"
                }
            }
            if (saying != null && saying.isVerb() && saying.has(Act.DEMAND) && !saying.has(Act.REPORTING) && speaker.actor() != null) {
                int open = s.tokenAt(qt.open());
                Mention asked = syntax.objectAt(s, syntax.skipAdverbs(s, saying.last + 1), open);
                if (asked != null && asked.kind != Mention.Kind.PRONOUN && asked.actor != speaker.actor() && asked.last == open - 1) {
                    c.recipient(asked.actor); // "a appelé les organisations syndicales « à la responsabilité »": said to the ones asked
                }
            }
            if (before < 0 && speaker.actor() != null) {
                announced(s, c);
            }
            quote.date = c.date;
            communications.add(c);
            if ((speaker.actor() == null || speaker.pronoun()) && onlyQuoted(s)) {
                quoteAlone = c; // "« … » Samir Khalil, porte-parole du CNS, a ainsi dénoncé …": the speaker may come next
                quoteAloneEnd = s.end;
            }
            runningOn = qt.runsOn() ? c : null;
            if (named >= 0) {
                Span word = Span.of(input, s.token(named).start(), s.token(named).end());
                headlineQuotes.add(new HeadlineQuote(c, word.text(), word, quote.brief));
            }
        }
    }

    /** The statement of a sentence made of a quotation alone, given to no speaker or only to the last one, and where it ends. */
    private Draft.Communication quoteAlone;
    private int quoteAloneEnd;

    /** Whether sentence {@code s} holds no word outside its quotations. */
    private static boolean onlyQuoted(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).isWord() && !s.inQuote(k)) {
                return false;
            }
        }
        return !s.quotes.isEmpty();
    }

    /**
     * "« Chaque jour de retard coûte des vies. » Samir Khalil, porte-parole du CNS, a ainsi dénoncé …": a quotation
     * standing alone, which no words of its own give to anyone, is the words of the person named right after in the
     * same paragraph when that sentence opens on his name and has him speak, not of the last speaker.
     */
    private void speakerNamedAfter(Sentence s, Syntax.Subject opening, Draft.Communication quote, int saidFrom) {
        Draft.Actor named = opening.actor();
        if (quote == null || quote.sentence != s.index - 1 || named == null || opening.pronoun() || named == quote.sender
                || named.type != org.diplotext.model.ActorType.PERSON || input.substring(quoteAloneEnd, s.start).indexOf('\n') >= 0
                || s.mentions.isEmpty() || s.mentions.get(0).actor != named || !namingKind(s.mentions.get(0).kind)) {
            return;
        }
        for (int k = saidFrom; k < communications.size(); k++) {
            Draft.Communication c = communications.get(k);
            if (c.sentence == s.index && c.type == CommunicationType.STATEMENT && c.sender == named && c != quote) {
                quote.sender = named;
                lastQuoteSpeaker = named;
                lastQuoteSentence = s.index;
                return;
            }
        }
    }

    /**
     * Whether a sentence may open on a person by a mention of this kind: his name, a name no lexicon knows yet ("Osamu
     * Fujita a rappelé"), or his title before the name in apposition ("Le porte-parole de M. Lindqvist, Marco Ferri, a").
     */
    private static boolean namingKind(Mention.Kind kind) {
        return kind == Mention.Kind.PERSON || kind == Mention.Kind.PROPER || kind == Mention.Kind.TITLE;
    }

    /** A headline's quotation after a word no lexicon knows and a colon ("Maillard : « … »"), which may be a surname. */
    private record HeadlineQuote(Draft.Communication statement, String word, Span span, boolean brief) {
    }

    private final List<HeadlineQuote> headlineQuotes = new ArrayList<>();

    /**
     * The index of the one capitalised word that opens a headline or kicker before the colon right
     * before a quotation and names nothing yet ("Maillard : « … »", "Cassis: « … »"), or -1: agency
     * headlines call a speaker by the surname the lead gives in full.
     */
    private int headlineName(Sentence s, int before) {
        boolean headline = s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER;
        return headline && before == 1 && s.word(1).equals(":") && s.token(0).isWord() && s.token(0).capitalised()
                && (s.mentionAt(0) == null || s.mentionAt(0).actor == null || s.mentionAt(0).actor.key.startsWith("X:"))
                && !syntax.is(s, 0, Grammar.SENTENCE_WORD) ? 0 : -1;
    }

    /**
     * Gives the quotations of {@link #headlineName} to the person named in full in the dispatch whose
     * surname the word is ({@code surnamed} finds them, or null); one of a few words whose speaker
     * stays unknown is dropped, as a few quoted words are when no one is found to say them.
     */
    void headlineSpeakers(java.util.function.Function<String, Draft.Actor> surnamed) {
        for (HeadlineQuote h : headlineQuotes) {
            Draft.Actor person = h.statement().sender == null ? surnamed.apply(h.word()) : null;
            if (person != null) {
                h.statement().sender = person;
                person.mention(h.word(), h.span());
                person.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            } else if (h.statement().sender == null && h.brief()) {
                communications.remove(h.statement());
            }
        }
    }

    /**
     * The verb of a narrative infinitive that introduces the quotation after token {@code before}
     * ("Et d'ajouter : « … »", "Et le ministre de conclure : « … »"), or null: the sentence opens
     * with a coordinator, then maybe its subject, then "de" and the verb in the infinitive.
     */
    private Sentence.Cue narrativeInfinitive(Sentence s, int before) {
        int end = before >= 0 && s.word(before).equals(":") ? before - 1 : before;
        Sentence.Cue c = end > 1 && !s.inQuote(end) ? s.cueAt(end) : null;
        if (c == null || !c.isVerb() || c.last != end || !speech(s, c) || !infinitive(s, c) || !syntax.is(s, 0, Grammar.CLAUSE_COORDINATOR)) {
            return null;
        }
        int de = s.word(c.first - 1).equals("'") ? c.first - 2 : c.first - 1;
        if (!syntax.is(s, de, Grammar.DE_FORM)) {
            return null;
        }
        Mention subject = de > 1 ? s.mentionAt(de - 1) : null;
        return de == 1 || subject != null && subject.first == 1 && subject.last == de - 1 ? c : null;
    }

    /** Who speaks by a narrative infinitive: its subject when named, else whoever spoke in the sentence before. */
    private Syntax.Subject narrator(Sentence s, Sentence.Cue told) {
        Mention subject = s.mentionAt(1);
        if (subject != null && subject.actor != null && subject.last < told.first && subject.kind != Mention.Kind.PRONOUN) {
            return new Syntax.Subject(subject.actor, syntax.plural(subject), false);
        }
        Draft.Actor before = lastStatementSender(s.index - 1);
        if (before == null && lastQuoteSentence >= s.index - 2) {
            before = lastQuoteSpeaker;
        }
        return before == null ? Syntax.Subject.NONE : new Syntax.Subject(before, before.plural, true);
    }

    /**
     * The body or state where the impersonal "on" of an inverted verb speaks ("« … », a-t-on indiqué
     * au Kremlin", "indique-t-on à l'Elysée", "a-t-on expliqué au ministère"), or null: the words are
     * that institution's. The verb is the one after the quotation, whose words end at {@code after}.
     */
    private Draft.Actor impersonalSource(Sentence s, int after, Sentence.Cue verb) {
        boolean on = false;
        for (int k = after; k <= verb.last + 4 && k < s.size() && !on; k++) {
            on = syntax.is(s, k, Grammar.PRONOUN_IMPERSONAL) && s.word(k - 1).equals("-");
        }
        if (!on) {
            return null;
        }
        int k = verb.last + 1;
        while (k < s.size() && k <= verb.last + 4 && (s.word(k).equals("-") || syntax.is(s, k, Grammar.EUPHONIC) || syntax.is(s, k, Grammar.PRONOUN_IMPERSONAL))) {
            k++;
        }
        k = syntax.skipAdverbs(s, k);
        if (!syntax.is(s, k, Grammar.TO_PREPOSITION) && !syntax.is(s, k, Grammar.TO_BARE)) {
            return null;
        }
        Mention m = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 4));
        return m != null && m.kind != Mention.Kind.PRONOUN && m.actor.type != org.diplotext.model.ActorType.PERSON ? m.actor : null;
    }

    /** The statement of a quotation that runs on into the next paragraph, which may name its speaker. */
    private Draft.Communication runningOn;

    /**
     * The index of a naming participle after its auxiliary right before a quotation ({@code l'a nommée
     * « … »}, {@code a baptisé « … »}, {@code l'a qualifié de « … »}), or -1: the name is its subject's words.
     */
    private int namingVerbBefore(Sentence s, int before) {
        int k = syntax.is(s, before, Grammar.OF) ? before - 1 : before;
        if (k < 1 || s.inQuote(k) || !syntax.is(s, k, Grammar.NAMING) || s.cueAt(k) != null && !s.cueAt(k).isVerb()) {
            return -1;
        }
        int aux = k - 1;
        while (aux > 0 && syntax.is(s, aux, Grammar.ADVERB) && !s.inQuote(aux)) {
            aux--;
        }
        return syntax.is(s, aux, Grammar.AUXILIARY) ? k : -1;
    }

    /**
     * Whether the quotation after token {@code before} is the object of a reporting verb right
     * before it ("Varsovie a dénoncé une « attaque hybride », selon le vice-ministre"): the verb's
     * subject speaks, and a source named after "selon" only vouches for it.
     */
    private boolean objectOfSpeech(Sentence s, int before) {
        int k = before;
        while (k > 0 && before - k < 3 && (syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.DETERMINER) || s.word(k).equals("'"))) {
            k--;
        }
        Sentence.Cue c = k < 0 || s.inQuote(k) ? null : s.cueAt(k);
        return c != null && c.isVerb() && c.last == k && c.has(Act.REPORTING) && !infinitive(s, c) && !presentParticiple(s, c.first);
    }

    /**
     * The verb of speech of an incise closing the clause that goes on after a quotation at {@code after} ({@code « … » ce
     * vote, a réagi X.}): the first verb after a comma, reporting words, with no other verb before it; or null.
     */
    private Sentence.Cue inciseAfterClause(Sentence s, int after) {
        boolean comma = false;
        for (int k = after; k < s.size(); k++) {
            if (s.inQuote(k) || s.word(k).equals(";") || s.word(k).equals(":")) {
                return null;
            }
            comma |= s.word(k).equals(",");
            Sentence.Cue c = s.cueAt(k);
            if (c != null && c.isVerb()) {
                return comma && c.has(Act.REPORTING) && !c.has(Act.DEMAND) && incise(s, c) && !infinitive(s, c) ? c : null;
            }
        }
        return null;
    }

    /**
     * Whether the quotation after token {@code before} opens with the verb of the sentence's subject
     * named right before it ("Paris « prend acte » du départ"), not with a noun that labels it.
     */
    private boolean quotedPredicate(Sentence s, int before) {
        Mention m = s.mentionAt(before);
        int first = before + 2;
        if (m == null || m.last != before || m.actor == null || m.kind == Mention.Kind.PRONOUN || syntax.prepositional(m)
                || first >= s.size() || !s.inQuote(first) || s.inQuote(before)) {
            return false;
        }
        for (int k = m.first - 1; k >= 0; k--) {
            if (s.mentionAt(k) != null || s.cueAt(k) != null || syntax.is(s, k, Grammar.AUXILIARY)) {
                return false; // the mention opens the clause, or it is no subject
            }
        }
        int k = first;
        while (k < s.size() && (s.inQuote(k) || !s.token(k).isWord() && !s.word(k).equals(","))) {
            k++;
        }
        for (; k < s.size() && !s.word(k).equals(",") && !s.word(k).equals(";"); k++) {
            if (!s.inQuote(k) && (syntax.is(s, k, Grammar.AUXILIARY) && input.charAt(s.token(k).start()) != '\u00e0' || s.cueAt(k) != null && s.cueAt(k).isVerb())) {
                return false; // "Le régime « criminel » de Damas a bombardé": the quoted word qualifies, the verb comes after
            }
        }
        return s.token(first).isWord() && !s.token(first).capitalised() && !syntax.is(s, first, Grammar.ARTICLE) && !syntax.is(s, first, Grammar.DETERMINER)
                && !syntax.is(s, first, Grammar.PREPOSITION) && !syntax.is(s, first, Grammar.QUANTIFIER);
    }

    /**
     * "a déclaré le porte-parole du gouvernement, le colonel Abdoulaye Maïga": the person named in
     * apposition right after an inverted speaker that is only a title, or null.
     */
    private Draft.Actor apposedPerson(Sentence s, int from, Draft.Actor speaker) {
        if (speaker == null || speaker.type != org.diplotext.model.ActorType.PERSON) {
            return null;
        }
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            Mention m = s.mentionAt(k);
            if (m == null || m.actor != speaker) {
                continue;
            }
            int end = m.last + 1;
            if (syntax.is(s, end, Grammar.PREPOSITION)) {
                for (int n = end + 1; n <= end + 3 && n < s.size(); n++) {
                    Mention place = s.mentionAt(n);
                    if (place != null) {
                        end = place.actor != speaker ? place.last + 1 : end; // "l'ambassadeur israélien à l'ONU, Gilad Erdan"
                        break;
                    }
                }
            }
            if (speaker.name == null || speaker.name.isEmpty() || Character.isUpperCase(speaker.name.charAt(0)) || !s.word(end).equals(",")) {
                return null; // the speaker has a name of its own
            }
            for (int n = end + 1; n < Math.min(s.size(), end + 6); n++) {
                Mention named = s.mentionAt(n);
                if (named != null && named.actor != speaker) {
                    Draft.Actor a = named.actor;
                    return a != null && a.type == org.diplotext.model.ActorType.PERSON && a.name != null && !a.name.isEmpty()
                            && Character.isUpperCase(a.name.charAt(0)) ? a : null;
                }
                if (!s.token(n).isWord() || s.inQuote(n)) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    private static int firstVerbCue(Sentence s) {
        for (int i = 0; i < s.cues.size(); i++) {
            if (s.cues.get(i).isVerb()) {
                return i;
            }
        }
        return -1;
    }

    private boolean singularFirstPerson(Sentence s, Quotation qt) {
        for (int k = s.tokenAt(qt.open()); k < s.size() && s.token(k).start() < qt.close(); k++) {
            if (syntax.is(s, k, Grammar.FIRST_PERSON_SINGULAR)) {
                return true;
            }
        }
        return false;
    }

    private Draft.Actor lastDocumentAuthor;
    private int lastDocumentSentence = -10;
    private Draft.Actor adoptedTextAuthor;
    private int adoptedTextSentence = -10;

    /**
     * Notes who issued a text the sentence introduces after its subject ("Le Conseil de sécurité a adopté une résolution",
     * "Les députés ont voté un texte"), for a later sentence the text opens ("Le texte exige …").
     */
    private void noteAdoptedText(Sentence s, Syntax.Subject opening) {
        if (opening.actor() == null || opening.pronoun() || !syntax.occurs(s, Grammar.ISSUED_TEXT)) {
            return;
        }
        for (int k = 1; k < s.size(); k++) {
            if (syntax.is(s, k, Grammar.ISSUED_TEXT) && syntax.is(s, k - 1, Grammar.INDEFINITE_DETERMINER) && !s.inQuote(k)) {
                adoptedTextAuthor = opening.actor();
                adoptedTextSentence = s.index;
                return;
            }
        }
    }

    /**
     * The issuer of a text adopted in one of the two sentences before, when the sentence opens on the text ("Le texte,
     * proposé par les États-Unis, exige aussi …", "La résolution demande …"), with only an incise or adverbs before the
     * verb; else null.
     */
    private Draft.Actor adoptedTextSubject(Sentence s, Sentence.Cue c) {
        if (adoptedTextSentence < s.index - 2 || adoptedTextSentence == s.index || s.size() < 2
                || !syntax.is(s, 0, Grammar.DEFINITE) || !syntax.is(s, 1, Grammar.ISSUED_TEXT)) {
            return null;
        }
        return inciseOrAdverbsOnly(s, 2, c.first) ? adoptedTextAuthor : null;
    }

    /**
     * Whether tokens [from, to) between a subject noun and its verb hold only adverbs, auxiliaries and closed incises
     * between commas ("La lettre, dont Belga a obtenu copie, réclame", "Le texte, proposé par X, exige aussi").
     */
    private boolean inciseOrAdverbsOnly(Sentence s, int from, int to) {
        boolean incise = false;
        for (int i = from; i < to; i++) {
            if (s.word(i).equals(",")) {
                incise = !incise;
            } else if (!incise && !syntax.is(s, i, Grammar.ADVERB) && !syntax.is(s, i, Grammar.AUXILIARY)) {
                return false;
            }
        }
        return !incise;
    }
    private LocalDate lastDocumentDate;

    /**
     * The author of a document that speaks in the sentence: "Un rapport de la Ligue arabe conclut :
     * « … »", "le documentaire d'Al Jazeera précise", then "« … », ajoute le documentaire".
     */
    private Syntax.Subject documentAuthor(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (!c.isVerb() && c.has(Act.STATEMENT) && !s.inQuote(c.first) && lastDocumentAuthor != null
                    && (lastDocumentSentence == s.index || syntax.is(s, c.first - 1, Grammar.DETERMINER) && lastDocumentSentence >= s.index - 3)) {
                return new Syntax.Subject(lastDocumentAuthor, lastDocumentAuthor.plural, false);
            }
        }
        return Syntax.Subject.NONE;
    }

    /**
     * The subject of the verb whose object is the document noun {@code noun} ("Le DFAE a publié un
     * communiqué", "X a diffusé mardi une déclaration"), named in the sentence, or null.
     */
    private Draft.Actor issuer(Sentence s, Sentence.Cue noun) {
        int k = noun.first - 1;
        while (k > 0 && k > noun.first - 4 && (syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.INDEFINITE_ARTICLE)
                || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.WEEKDAY) || syntax.is(s, k, Grammar.RELATIVE_DAY) || s.word(k).equals("'"))) {
            k--;
        }
        Sentence.Cue verb = s.inQuote(k) ? null : s.cueAt(k);
        if (verb == null || !verb.isVerb() || verb.last != k || !verb.has(Act.REPORTING) || infinitive(s, verb) || passive(s, verb)) {
            return null;
        }
        Syntax.Subject subject = syntax.subject(s, verb.first, verb.last, null);
        return subject.pronoun() ? null : subject.actor();
    }

    /** Records the author and date of a document named in the sentence, for the quotations it speaks. */
    private void noteDocuments(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || !c.has(Act.STATEMENT) || s.inQuote(c.first)) {
                continue;
            }
            int d = c.last + 1;
            Mention m = null;
            if (syntax.is(s, d, Grammar.DE_FORM)) {
                m = syntax.objectAt(s, d + 1, Math.min(s.size(), d + 5));
            }
            for (int k = d; m == null && k < Math.min(s.size(), d + 10) && !s.inQuote(k) && !s.word(k).equals(","); k++) {
                if (syntax.is(s, k, Grammar.BY)) {
                    for (int n = k + 1; n < Math.min(s.size(), k + 6) && m == null && s.token(n).isWord(); n++) {
                        m = s.mentionAt(n); // "un reportage diffusé mardi par la chaîne quatarie Al Jazeera"
                        if (m != null && m.actor == null) {
                            m = null; // "la chaîne" alone names no one yet: its name follows
                        }
                    }
                    break;
                }
            }
            Draft.Actor issuer = m == null ? issuer(s, c) : null;
            if (issuer != null) {
                m = s.mentions.stream().filter(x -> x.actor == issuer && x.kind != Mention.Kind.PRONOUN).findFirst().orElse(null);
            }
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN) {
                LocalDate date = dates.of(s, c.first, reference);
                if (m.actor != lastDocumentAuthor || lastDocumentDate == null || date != null && !date.equals(reference)) {
                    lastDocumentDate = date;
                }
                lastDocumentAuthor = m.actor;
                lastDocumentSentence = s.index;
                return;
            }
        }
    }

    /**
     * A statement of the agent of a verb of announcing in the passive ("La décision a été annoncée mardi par le ministère",
     * "a été communiquée aux cantons par la cheffe du département", "confirmée par le porte-parole, X,"): the one after
     * "par", or the name set off after its title. Returns whether it was added.
     */
    private boolean announcedBy(Sentence s, Sentence.Cue c) {
        if (!lexicon.is(c.lemmaHead, Grammar.ANNOUNCED_BY)) {
            return false;
        }
        int by = -1;
        for (int j = c.last + 1; j < Math.min(s.size(), c.last + 10) && by < 0; j++) {
            Sentence.Cue other = s.cueAt(j);
            if (s.inQuote(j) || other != null && other.isVerb() || syntax.is(s, j, Grammar.SUBORDINATOR) || s.word(j).equals(".")) {
                return false;
            }
            by = syntax.is(s, j, Grammar.BY) ? j : -1;
        }
        Mention m = by < 0 ? null : syntax.objectAt(s, by + 1, Math.min(s.size(), by + 5));
        if (m == null || m.actor == null) {
            return false;
        }
        Draft.Actor agent = m.actor;
        int end = m.complement != null && m.complement.first > m.last ? m.complement.last + 1 : m.last + 1;
        Mention apposed = m.kind == Mention.Kind.TITLE && end < s.size() && s.word(end).equals(",") ? s.mentionAt(end + 1) : null;
        if (apposed != null && apposed.first == end + 1 && apposed.kind == Mention.Kind.PERSON && apposed.actor != null) {
            agent = apposed.actor; // "par le médiateur de l'organisation, Paul Ndiaye,"
        }
        for (Draft.Communication other : communications) {
            if (other.sentence == s.index && other.sender == agent && other.type == CommunicationType.STATEMENT) {
                return true;
            }
        }
        Draft.Communication st = new Draft.Communication(CommunicationType.STATEMENT, agent);
        st.evidence.add(Span.of(input, s.start, s.end));
        st.date = dates.of(s, c.first, reference);
        st.sentence = s.index;
        communications.add(st);
        syntax.saw(agent, agent.plural);
        return true;
    }

    /** Whether the verb is a passive participle: "a été adressé", "ont été prévenues", "doit être reçu". */
    private boolean passive(Sentence s, Sentence.Cue c) {
        for (int j = c.first - 1; j >= Math.max(0, c.first - 3); j--) {
            if (syntax.is(s, j, Grammar.BEEN)
                    || syntax.is(s, j, Grammar.BE_INFINITIVE) && syntax.is(s, syntax.adverbsBefore(s, j - 1), Grammar.SCHEDULED)) {
                return true;
            }
            if (!syntax.skippable(s, j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb is a participle after a simple form of "être": "l'Iran est invité à …",
     * "les talibans sont sommés de …", "le dirigeant est accusé de …". Not "s'est engagé"
     * (reflexive), nor "on est prié" (impersonal).
     */
    private boolean afterCopula(Sentence s, Sentence.Cue c) {
        if (!participle(s, c)) {
            return false;
        }
        int j = c.first - 1;
        while (j >= 0 && syntax.is(s, j, Grammar.ADVERB) && !syntax.is(s, j, Grammar.COPULA)) {
            j--;
        }
        if (j >= 0 && !syntax.is(s, j, Grammar.COPULA)) {
            j = syntax.adverbsBefore(s, j); // "est par ailleurs appelé": an adverb of several words
        }
        return j >= 0 && syntax.is(s, j, Grammar.COPULA) && !(j >= 1 && (syntax.is(s, j - 1, Grammar.CLITIC) || s.word(j - 1).equals("'")
                || syntax.is(s, j - 1, Grammar.PRONOUN_IMPERSONAL)));
    }

    /**
     * Whether a demand verb after "être" asks someone, named after "par", for an infinitive: "est
     * appelé par l'ONU à cesser …". Without its asker ("est appelé à voter en mai", "les habitants
     * sont priés de rester chez eux") it says what is due or a notice, no actor's demand.
     */
    private boolean passiveDemand(Sentence s, Sentence.Cue c) {
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (syntax.is(s, j, Grammar.INFINITIVE_PREPOSITION) && !s.inQuote(c.first) && demands.invertedReporter(s, c) != null) {
            return true; // "les habitants sont appelés à réduire …, a rappelé la préfecture": the body that reports asks
        }
        Mention asker = syntax.is(s, j, Grammar.BY) ? syntax.objectAt(s, j + 1, Math.min(s.size(), j + 8)) : null;
        if (asker == null || asker.actor == null || asker.kind == Mention.Kind.PRONOUN) {
            return false;
        }
        for (int k = c.last + 1; k < Math.min(s.size() - 1, c.last + 10); k++) {
            String w = s.word(k);
            if (w.equals(",") || w.equals(".") || w.equals(";") || s.inQuote(k)) {
                return false;
            }
            if (syntax.is(s, k, Grammar.INFINITIVE_PREPOSITION)) {
                int n = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                if (syntax.is(s, n, Grammar.CLITIC) && !syntax.is(s, n, Grammar.ARTICLE)) {
                    n += s.word(n + 1).equals("'") ? 2 : 1;
                }
                String v = s.word(n);
                return s.token(n).isWord() && !s.token(n).capitalised() && s.mentionAt(n) == null
                        && lexicon.endsWithAny(v, "INFINITIVE_ENDING");
            }
        }
        return false;
    }

    /**
     * The verb of accusing whose object an infinitive says is doing something ({@code a accusé le PQ de vouloir},
     * {@code soupçonne Moscou de demander}): told by the accuser, no act of the one accused; null for any other infinitive.
     */
    private Sentence.Cue accusedOf(Sentence s, Sentence.Cue c) {
        if (!infinitive(s, c) || s.inQuote(c.first)) {
            return null;
        }
        int k = s.word(c.first - 1).equals("'") ? c.first - 2 : c.first - 1;
        if (!syntax.is(s, k, Grammar.INFINITIVE_PREPOSITION)) {
            return null;
        }
        Mention m = s.mentionAt(k - 1);
        if (m == null || m.last != k - 1) {
            return null;
        }
        for (int j = m.first - 1; j >= Math.max(0, m.first - 4); j--) {
            Sentence.Cue verb = s.cueAt(j);
            if (verb != null && verb.isVerb()) {
                return lexicon.is(verb.lemmaHead, Grammar.ACCUSING_VERB) ? verb : null;
            }
        }
        return null;
    }

    /**
     * The actor named right before the "de" or "à" that governs an infinitive cue: the one who
     * does what the infinitive says ("convaincre la veuve, Souha Arafat, de demander …",
     * "appeler les rebelles à dénoncer …"), or null.
     */
    private Draft.Actor controller(Sentence s, Sentence.Cue c) {
        if (!infinitive(s, c) || s.inQuote(c.first)) {
            return null;
        }
        int k = c.first - 1;
        if (s.word(k).equals("'")) {
            k--;
        }
        if (!syntax.is(s, k, Grammar.INFINITIVE_PREPOSITION)) {
            return null;
        }
        k--;
        if (s.word(k).equals(",")) {
            k--;
        }
        Mention m = s.mentionAt(k);
        if (m == null || m.last != k || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.inQuote()) {
            return null;
        }
        return m.actor;
    }

    /**
     * Whether verb {@code c} opens with a subject noun that names no actor right after "que"
     * ("affirmant que l'affaire relevait", "a dit que la décision constituait"): a clause of what is said.
     */
    private boolean subordinateNounSubject(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k >= 0 && syntax.skippable(s, k)) {
            k--;
        }
        if (k < 1 || !s.token(k).isWord() || s.mentionAt(k) != null || syntax.is(s, k, Grammar.SUBORDINATOR)) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (syntax.is(s, j, Grammar.SUBORDINATOR)) {
                return true;
            }
            if (!s.token(j).isWord() && !s.word(j).equals("'") || s.mentionAt(j) != null || s.cueAt(j) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the controller of infinitive {@code c} ("la Suisse" of "a exhorté jeudi la Suisse à conclure") is the
     * object of a verb of demand: what follows is the act asked, and a quotation right after the infinitive the
     * asker's words (a quotation after the infinitive's object is left to the rules that read it).
     */
    private boolean controllerAskedOf(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        if (s.word(k).equals("'")) {
            k--;
        }
        Mention m = k > 0 ? s.mentionAt(k - 1) : null;
        if (m == null) {
            return false;
        }
        int v = m.first - 1;
        while (v >= 0 && (syntax.skippable(s, v) || syntax.is(s, v, Grammar.ARTICLE) || syntax.is(s, v, Grammar.DETERMINER))) {
            v--;
        }
        Sentence.Cue governing = v >= 0 ? s.cueAt(v) : null;
        return governing != null && governing.isVerb() && governing.has(Act.DEMAND) && !s.inQuote(v);
    }

    /**
     * The actor a dative clitic ("lui", "leur") at {@code at} stands for: the last one named before
     * it in the sentence other than the one asking, or else the one named last before the sentence.
     */
    private Draft.Actor cliticReferent(Sentence s, int at, Draft.Actor source) {
        Draft.Actor before = cliticReferentBefore(s, at, source);
        if (before != null) {
            return before;
        }
        return syntax.lastMentioned != source ? syntax.lastMentioned : null;
    }

    /**
     * The closest actor other than {@code source} named before the clitic at {@code at} of the sentence, or null; a
     * singular clitic skips plural names ("a réclamé de la Syrie la libération des prisonniers et l'a exhortée à …").
     */
    private Draft.Actor cliticReferentBefore(Sentence s, int at, Draft.Actor source) {
        boolean singular = (syntax.is(s, at, Grammar.OBJECT_CLITIC) || syntax.is(s, at, Grammar.DATIVE_CLITIC))
                && !syntax.is(s, at, Grammar.DEFINITE_PLURAL) && !syntax.is(s, at, Grammar.THEM_THEIR);
        for (int k = at - 1; k >= 0; k--) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !m.inQuote() && m.actor != source
                    && !(singular && syntax.plural(m) && m.actor.type == org.diplotext.model.ActorType.GROUP)) {
                return m.actor;
            }
        }
        return null;
    }

    /** The one {@code sender} last spoke with, wrote to or met, among the last few acts, or null. */
    private Draft.Actor lastPartner(Draft.Actor sender) {
        for (int k = communications.size() - 1, seen = 0; k >= 0 && seen < 3 && sender != null; k--, seen++) {
            Draft.Communication c = communications.get(k);
            if (c.sender == sender && !c.recipients.isEmpty()) {
                return c.recipients.get(0);
            }
        }
        return null;
    }

    /** Whether {@code sender}'s last act with a partner had that one partner only: "leur" after it is someone else. */
    private boolean lastPartnerAlone(Draft.Actor sender) {
        for (int k = communications.size() - 1, seen = 0; k >= 0 && seen < 3 && sender != null; k--, seen++) {
            Draft.Communication c = communications.get(k);
            if (c.sender == sender && !c.recipients.isEmpty()) {
                return c.recipients.size() == 1;
            }
        }
        return false;
    }

    /** Whether an actor is one person or one body, which a plural clitic ("leur", "les") cannot stand for. */
    private static boolean single(Draft.Actor a) {
        return a != null && !a.plural && (a.type == org.diplotext.model.ActorType.PERSON || a.type == org.diplotext.model.ActorType.ORGANISATION);
    }

    /** The one who last spoke with, wrote to or met {@code recipient}, among the last few acts, or null. */
    private Draft.Actor lastHost(Draft.Actor recipient) {
        for (int k = communications.size() - 1, seen = 0; k >= 0 && seen < 3 && recipient != null; k--, seen++) {
            Draft.Communication c = communications.get(k);
            if (c.recipients.contains(recipient) && c.sender != null && c.sender != recipient) {
                return c.sender;
            }
        }
        return null;
    }

    /** "a-t-on appris auprès du ministère": with no subject of its own, the one consulted speaks. */
    private Draft.Actor consulted(Sentence s, Sentence.Cue c) {
        int j = c.last + 1;
        while (j < s.size() && (s.word(j).equals("-") || syntax.is(s, j, Grammar.EUPHONIC) || syntax.is(s, j, Grammar.PRONOUN_IMPERSONAL))) {
            j++; // "indique-t-on auprès de …"
        }
        j = syntax.skipAdverbs(s, j);
        if (!syntax.is(s, j, Grammar.FRAMING_PREPOSITION) || !syntax.is(s, j, Grammar.PREPOSITION)) {
            return null;
        }
        Mention m = syntax.objectAt(s, j + 1, Math.min(s.size(), j + 5));
        return m != null && m.kind != Mention.Kind.PRONOUN && !m.inQuote() ? m.actor : null;
    }

    /** Whether the verb is written in the infinitive ("pour leur demander"). */
    private boolean infinitive(Sentence s, Sentence.Cue c) {
        String lemma = c.lemma.substring(reflexivePrefix(c.lemma));
        return lemma.split(" ")[0].equals(s.word(c.first)) && !perfectMisspelt(s, c.first);
    }

    /**
     * Whether an infinitive in {@code -er} stands for the past participle after a finite form of {@code avoir}, a
     * common slip of amateur prose (session 25): {@code Jean Dupont a déclarer que}, {@code ont annoncer},
     * {@code avait demander}. A bare {@code a} may be {@code à} written without its accent ({@code prête a discuter}),
     * so it counts only after a name, a subject pronoun or {@code qui}.
     */
    private boolean perfectMisspelt(Sentence s, int verb) {
        int aux = verb - 1;
        if (aux < 1 || !syntax.is(s, aux, Grammar.PERFECT_HAVE) || !lexicon.endsWithAny(s.word(verb), "FIRST_GROUP_ENDING")) {
            return false;
        }
        if (!s.word(aux).equals("a")) {
            return true;
        }
        Token before = s.token(aux - 1);
        return before.isWord() && before.capitalised() && !syntax.is(s, aux - 1, Grammar.SENTENCE_WORD)
                || syntax.is(s, aux - 1, Grammar.PRONOUN_SINGULAR) || syntax.is(s, aux - 1, Grammar.WHO);
    }

    private boolean speech(Sentence s, Sentence.Cue c) {
        // "il se veut une distribution « grand public »": used reflexively, a demand verb introduces no words
        return (c.has(Act.REPORTING) || c.has(Act.DEMAND)) && !(c.has(Act.DEMAND) && !c.has(Act.REPORTING) && syntax.reflexive(s, c));
    }

    /** "Pour X, «…»", "Selon X", "D'après X". */
    private Syntax.Subject introducer(Sentence s, int before) {
        for (int k = Math.max(0, before - WINDOW); k <= before && k < s.size(); k++) {
            String w = s.word(k);
            boolean opensClause = k == 0 || s.word(k - 1).equals(":") || s.word(k - 1).equals(";")
                    || k == 1 && (syntax.is(s, 0, Grammar.COORDINATOR) || syntax.is(s, 0, Grammar.ADVERB)); // "Mais pour X, « … »"
            boolean intro = syntax.introducesSource(s, k) && (opensClause || !syntax.is(s, k, Grammar.FOR));
            if (intro && !s.inQuote(k) && !breakBetween(s, k, before)) {
                Mention found = null;
                for (int m = k + 1; m <= before && m < k + 30; m++) {
                    Mention mention = s.mentionAt(m);
                    if (mention != null && mention.actor != null && mention.kind != Mention.Kind.PRONOUN
                            && (found == null || !syntax.prepositional(mention)) && mention.first == m
                            && !(found != null && found.actor.type == org.diplotext.model.ActorType.PERSON && inApposition(s, found, mention))) {
                        // "Pour l'économiste X, de l'institut Ifo, « … »": the body in the apposition is X's, not the speaker
                        found = mention; // the closest to the quotation: "Selon la fédération des banques, Febelfin, «"
                    }
                }
                if (found != null) {
                    return new Syntax.Subject(found.actor, syntax.plural(found), false);
                }
                Draft.Actor related = k + 1 <= before ? relationAt(s, k + 1) : null;
                if (related != null) {
                    return new Syntax.Subject(related, false, false); // "Selon son complice, « … »"
                }
                if (k + 1 <= before) {
                    Syntax.Subject stressed = syntax.stressed(s, k + 1); // "Selon lui, « … »"
                    if (stressed.actor() != null) {
                        return stressed;
                    }
                }
            }
        }
        return Syntax.Subject.NONE;
    }

    /**
     * Whether {@code later} stands in an apposition that a comma opens after {@code person} with a word that is no name
     * ({@code X, de l'institut Ifo}, {@code X, devenu consultant pour la chaîne Y}): it describes the person.
     */
    private boolean inApposition(Sentence s, Mention person, Mention later) {
        for (int k = person.last + 1; k < later.first; k++) {
            if (s.word(k).equals(",")) {
                // "de l'institut …", "devenu consultant …": not a clause of its own, "l'Arménie préfère …"
                return s.mentionAt(k + 1) == null && !s.token(k + 1).capitalised() && (syntax.is(s, k + 1, Grammar.DE_FORM)
                        || !syntax.is(s, k + 1, Grammar.ARTICLE) && !syntax.is(s, k + 1, Grammar.DETERMINER));
            }
        }
        return false;
    }

    /** Persons first named in apposition to a possessive noun ({@code son complice de toujours, X}), by that noun. */
    private final java.util.Map<String, Draft.Actor> introducedAs = new java.util.HashMap<>();

    /**
     * Records the persons a sentence names in apposition to a possessive noun ({@code avec son complice
     * de toujours, Jean-Michel Larqué}, {@code son épouse, Marie}): the noun names them later.
     */
    private void noteRelations(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.actor == null || m.actor.type != org.diplotext.model.ActorType.PERSON || m.kind == Mention.Kind.PRONOUN || m.first < 3
                    || !s.word(m.first - 1).equals(",") || m.inQuote()) {
                continue;
            }
            int k = relationBefore(s, m);
            if (k >= 0) {
                introducedAs.put(s.word(k + 1), m.actor);
            }
        }
    }

    /**
     * The index of the possessive of a noun the person mention {@code m} stands in apposition to
     * ({@code son complice de toujours, Paul Lenoir}), or -1.
     */
    private int relationBefore(Sentence s, Mention m) {
        if (m.first < 3 || !s.word(m.first - 1).equals(",")) {
            return -1;
        }
        for (int k = m.first - 3; k >= Math.max(0, m.first - 6); k--) {
            if (!s.token(k).isWord() || s.inQuote(k) || s.mentionAt(k) != null) {
                return -1;
            }
            if (syntax.is(s, k, Grammar.POSSESSIVE) && !s.token(k + 1).capitalised() && !lexicon.isGrammar(s.word(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** The person a possessive noun at token i names after {@link #noteRelations} met it ({@code son complice}), or null. */
    private Draft.Actor relationAt(Sentence s, int i) {
        return i + 1 < s.size() && syntax.is(s, i, Grammar.POSSESSIVE) && s.mentionAt(i + 1) == null ? introducedAs.get(s.word(i + 1)) : null;
    }

    /** Whether a semicolon outside quotations parts two tokens: "D'après X, « … » ; Y a ajouté : « … »". */
    private static boolean breakBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.word(k).equals(";") && !s.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** Inside a quotation, "nous"/"je" before a verb is the speaker. */
    private Syntax.Subject quotedSubject(Sentence s, Sentence.Cue c) {
        int j = c.first - 1;
        while (j >= 0 && syntax.skippable(s, j) && !syntax.is(s, j, Grammar.FIRST_PERSON_SUBJECT)) {
            j--;
        }
        Sentence.Quote q = s.quotes.get(s.quoteOf[c.first]);
        if (syntax.is(s, j, Grammar.FIRST_PERSON_SUBJECT)) {
            return new Syntax.Subject(q.speaker, true, true);
        }
        Mention m = s.mentionAt(j);
        if (m != null && m.actor != null && !syntax.prepositional(m)) {
            return new Syntax.Subject(m.actor, syntax.plural(m), false);
        }
        return Syntax.Subject.NONE;
    }

    // --- reported statements ------------------------------------------------------------------

    /** The verb of saying right before the past infinitive at c ({@code indiqué avoir téléphoné}), or null. */
    private Sentence.Cue sayingBeforePastInfinitive(Sentence s, Sentence.Cue c) {
        if (c.first < 2 || !syntax.is(s, c.first - 1, Grammar.INFINITIVE_AUXILIARY)) {
            return null;
        }
        Sentence.Cue before = s.cueAt(c.first - 2);
        return before != null && before.isVerb() && before.has(Act.REPORTING) ? before : null;
    }

    private void reported(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int before = s.word(c.first - 1).equals("'") ? c.first - 2 : c.first - 1;
        boolean chained = syntax.is(s, before, Grammar.INFINITIVE_PREPOSITION) && syntax.is(s, before - 1, Grammar.VERB_CHAIN); // "a tenu à rappeler que", "n'a pas manqué de souligner", "vient d'annoncer"
        if (sender == null || !chained && c.verb.lemma().endsWith(s.word(c.last)) && syntax.is(s, c.first - 1, Grammar.OF_UNELIDED)) {
            return;
        }
        String form = s.word(c.last);
        boolean bareInfinitive = lexicon.endsWithAny(form, "FIRST_GROUP_ENDING") && !syntax.is(s, c.first - 1, Grammar.TO_BARE)
                && !perfectMisspelt(s, c.first); // "avait déclarer que", "aurait affirmer que": a misspelt participle
        if (!chained && (bareInfinitive || infinitive(s, c))) {
            return; // an infinitive: "il est bon de rappeler", "inviter l'Iran à reprendre"
        }
        if (participleWithoutAuxiliary(s, c) && sharedAuxiliary(s, c) == null || lexicon.endsWithAny(form, "PRESENT_PARTICIPLE_ENDING")) {
            return; // "les pays considérés comme", "ACTA rejeté par"; not "a appelé au calme et rappelé que", whose auxiliary is shared
        }
        if (syntax.is(s, c.first - 1, Grammar.INFINITIVE_AUXILIARY)) {
            return; // "exclu pour avoir défendu": a past infinitive tells why, it reports nothing said
        }
        if (renewsInvitation(s, c)) {
            return; // "a réitéré son invitation à X": the invitation is the act
        }
        if (lexicon.is(c.lemma.substring(c.lemma.lastIndexOf(' ') + 1), Grammar.ATTITUDE_REPORTING) && toldByFrontedSource(s, c, sender)) {
            return; // "Selon Unia, le directeur s'est montré ouvert à …": an attitude the source tells of, no words of the director
        }
        if (declaresCondition(s, c)) {
            return; // "a déclaré l'état d'urgence", "a déclaré la guerre à X": a decision put in force, no words reported
        }
        if (!chained && syntax.negated(s, c) && s.quotes.isEmpty()) {
            return; // "n'a pas répondu", "ne commente jamais": saying nothing is no statement
        }
        String head = c.lemmaHead;
        if (lexicon.is(head, Grammar.CLAUSAL_REPORTING) && !c.has(Act.DEMAND)) {
            int j = pastIndirectObject(s, syntax.skipAdverbs(s, c.last + 1));
            String w = s.word(j);
            boolean incise = incise(s, c) || s.word(c.first + 1).equals("-") // ", poursuit-il,"
                    || s.word(c.first - 2).equals("-") && (syntax.is(s, c.first - 1, Grammar.PRONOUN_SINGULAR) || syntax.is(s, c.first - 1, Grammar.PRONOUN_PLURAL)); // ", a-t-il assuré"
            if (!(incise || syntax.is(s, j, Grammar.SUBORDINATOR) || w.equals(":") || s.inQuote(j + 1) || s.inQuote(j))) {
                return; // "a concédé la victoire", "a publié un rapport": an act, no words reported
            }
            boolean negated = syntax.is(s, c.first - 1, Grammar.NEGATION_CLITIC) || syntax.is(s, c.first - 2, Grammar.NEGATION_CLITIC);
            if (negated && syntax.is(s, j, Grammar.SUBORDINATOR)) {
                return; // "ne rapporteront que 3 milliards": "ne … que" restricts, it opens no clause
            }
        }
        if (lexicon.is(head, Grammar.ACTOR_OBJECT_REPORTING)) {
            int j = syntax.skipAdverbs(s, c.last + 1);
            if (syntax.is(s, j, Grammar.DETERMINER) && syntax.objectAt(s, j, s.size()) == null) {
                return; // "HP accuse une baisse de 3 %": a thing as object, nobody is accused
            }
        }
        if (lexicon.is(head, Grammar.PERSON_OBJECT_ACT)) {
            int j = syntax.skipAdverbs(s, c.last + 1);
            boolean determined = (syntax.is(s, j, Grammar.DETERMINER) || syntax.is(s, j, Grammar.ARTICLE)) && !syntax.is(s, j, Grammar.TO_THE); // not "a rappelé aux diplomates que"
            if (determined && (lexicon.titles().longest(s.tokens, j + 1) != null || lexicon.groups().longest(s.tokens, j + 1) != null)) {
                return; // "a rappelé son ambassadeur": someone called back, no words reported
            }
        }
        if (lexicon.is(head, Grammar.FEELING_REPORTING) && !feelingAfter(s, c)) {
            return; // "ont manifesté dans les rues", "affiche un bénéfice": only "a manifesté son inquiétude" says something
        }
        boolean ownWords = reportsBeforeQuotation(s, c) || afterQuotedDemand(s, c);
        for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence == s.index; k--) {
            Draft.Communication other = communications.get(k);
            if (other.sender == sender && other.type == CommunicationType.STATEMENT && !(ownWords && other.quote != null)
                    && !(other.quote != null && clauseApart(s, c, other))) {
                return;
            }
            if (other.type == CommunicationType.STATEMENT && other.quote == null && other.sender != null && incise(s, c)
                    && (sender.affiliationActor == other.sender || sender.speaksFor == other.sender || other.sender.key.equals(sender.affiliation))) {
                // "Moscou juge ces sanctions inacceptables, a déclaré le porte-parole du Kremlin": one act, the spokesman's
                other.sender = sender;
                other.date = dates.of(s, c.first, reference);
                return;
            }
        }
        Draft.Communication st = new Draft.Communication(CommunicationType.STATEMENT, sender);
        Draft.Actor addressee = addressee(s, c, sender);
        if (addressee != null) {
            st.recipient(addressee);
        }
        st.evidence.add(Span.of(input, s.start, s.end));
        st.date = dates.of(s, c.first, reference);
        st.sentence = s.index;
        communications.add(st);
        if (endsOnColon(s, c.last + 1)) {
            announcing = st;
        }
    }

    /**
     * The subordinator after the one told at {@code j} ("a assuré à son invité que", "a garanti aux
     * syndicats que"), or {@code j} when no "à" or "au" opens there or no "que" follows it closely.
     */
    private int pastIndirectObject(Sentence s, int j) {
        boolean to = syntax.is(s, j, Grammar.TO_THE) || syntax.is(s, j, Grammar.TO_BARE) && j < s.size() && input.charAt(s.token(j).start()) == '\u00e0';
        if (!to) {
            return j;
        }
        for (int k = j + 1; k < Math.min(s.size(), j + 7) && !s.inQuote(k); k++) {
            if (syntax.is(s, k, Grammar.SUBORDINATOR)) {
                return k;
            }
            if (!s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-") || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                break;
            }
        }
        return j;
    }

    /** Whether the reporting verb stands in an incise after a comma: "…, a déclaré X", "…, indique X". */
    private boolean incise(Sentence s, Sentence.Cue c) {
        int aux = syntax.is(s, c.first - 1, Grammar.AUXILIARY) ? c.first - 2 : c.first - 1;
        return s.word(c.first - 1).equals(",") || s.word(aux).equals(",");
    }

    /**
     * "a appelé les deux parties à « reprendre … » et annoncé la nomination d'un médiateur": a participle sharing the
     * auxiliary of a verb of asking reports an act of its own, apart from the quoted words asked before it.
     */
    private boolean afterQuotedDemand(Sentence s, Sentence.Cue c) {
        if (s.quotes.isEmpty()) {
            return false;
        }
        Sentence.Cue shared = sharedAuxiliary(s, c);
        return shared != null && shared.has(Act.DEMAND) && !shared.has(Act.REPORTING);
    }

    /**
     * Whether a semicolon parts the reporting verb from the quotation of {@code quoted}: "X faisait
     * part de son étonnement ; le parti pense qu'il s'agit de « … »" reports two acts, not one.
     */
    private boolean clauseApart(Sentence s, Sentence.Cue c, Draft.Communication quoted) {
        int at = quoted.evidence.isEmpty() ? -1 : s.tokenAt(quoted.evidence.get(0).start());
        if (at < 0 || at >= s.size()) {
            return false;
        }
        return at > c.last ? breakBetween(s, c.last, at) : breakBetween(s, at, c.first);
    }

    /** Whether a noun of feeling is the object of the verb: "a manifesté dimanche sa vive inquiétude", "affiche sa satisfaction". */
    private boolean feelingAfter(Sentence s, Sentence.Cue c) {
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (!(syntax.is(s, j, Grammar.POSSESSIVE) || syntax.is(s, j, Grammar.ARTICLE))) {
            return false;
        }
        return syntax.is(s, j + 1, Grammar.FEELING_NOUN) || s.token(Math.min(j + 1, s.size() - 1)).isWord() && syntax.is(s, j + 2, Grammar.FEELING_NOUN);
    }

    /** Whether only adverbs, or an addressee after "à", stand between token {@code from} and a colon closing the sentence. */
    private boolean endsOnColon(Sentence s, int from) {
        int last = s.size() - 1;
        while (last > from && !s.token(last).isWord() && !s.word(last).equals(":")) {
            last--; // a closing bracket or stray mark after the colon
        }
        if (last < from || !s.word(last).equals(":") || s.inQuote(last)) {
            return false;
        }
        for (int k = from; k < last; k++) {
            if (s.inQuote(k) || s.cueAt(k) != null && s.cueAt(k).isVerb() || syntax.is(s, k, Grammar.SUBORDINATOR) || s.word(k).equals(",")) {
                return false;
            }
        }
        return last - from <= 8;
    }

    /**
     * "X a déclaré :" closing a paragraph, then the quotation standing alone in the next one: one
     * statement, the quoted words with both sentences as evidence and the saying's date.
     */
    private void announced(Sentence s, Draft.Communication quoted) {
        Draft.Communication intro = announcing;
        if (intro == null || intro.sentence != s.index - 1 || intro.sender != quoted.sender || intro.quote != null
                || !communications.contains(intro)) {
            return;
        }
        announcing = null;
        communications.remove(intro);
        quoted.evidence.add(intro.evidence.get(0));
        quoted.date = intro.date;
    }

    /**
     * Whether the clause a reporting verb opens with "que" reports words of the writer's own before
     * any quotation ("Le Figaro annonce que le journaliste aurait été tué par « … »"): the report
     * is a statement, and the quoted words another one.
     */
    private boolean reportsBeforeQuotation(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + 8); k++) {
            if (s.inQuote(k) || s.word(k).equals(":") || s.word(k).equals(",") || s.word(k).equals(".")) {
                return false;
            }
            if (syntax.is(s, k, Grammar.SUBORDINATOR)) {
                int from = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                for (int n = from; n < Math.min(s.size(), from + 6); n++) {
                    if (s.inQuote(n) || !s.token(n).isWord() && !s.word(n).equals("'")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The one a reporting verb addresses, named right after it: a person after "à" ("a fait part à
     * son homologue russe Sergueï Lavrov de …"; "a déclaré à Moscou" locates, "a dit à l'AFP" names
     * the medium), any actor after "auprès de" ("a protesté auprès de Pékin") or as the object of a
     * verb that warns or informs ({@code OBJECT_ADDRESSEE}: "a mis en garde la Grèce"); or null.
     */
    private Draft.Actor addressee(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (s.inQuote(j)) {
            return null;
        }
        String head = c.lemmaHead;
        boolean near = syntax.is(s, j, Grammar.ADDRESSING_PREPOSITION) && syntax.is(s, j + 1, Grammar.DE_FORM);
        Mention m;
        if (near) {
            m = syntax.objectAt(s, j + 2 + (s.word(j + 2).equals("'") ? 1 : 0), s.size()); // "a protesté auprès de Pékin"
        } else if (lexicon.is(head, Grammar.OBJECT_ADDRESSEE) && !c.has(Act.DEMAND)) {
            m = syntax.objectAt(s, j, s.size()); // "a mis en garde la Grèce contre …", "a averti Moscou que …"
            if (m != null && syntax.prepositional(m)) {
                m = null;
            }
        } else if (syntax.is(s, j, Grammar.TO_BARE) && input.charAt(s.token(j).start()) == '\u00e0' || syntax.is(s, j, Grammar.TO_THE)) {
            m = syntax.objectAt(s, j + 1, s.size());
            if (m != null && m.actor.type != org.diplotext.model.ActorType.PERSON) {
                m = null; // "a déclaré à Moscou" locates, "a dit à l'AFP" names the medium
            }
        } else {
            return null;
        }
        return m != null && m.actor != sender && m.kind != Mention.Kind.PRONOUN && m.actor.confirmed ? m.actor : null;
    }

    /**
     * The one whose office speaks after an incise verb of saying that ends the sentence ("…, a précisé son cabinet.", "…, a
     * indiqué le bureau du Premier ministre."): the person named last for a possessive, or the one after "de"; else null.
     */
    private Draft.Actor invertedOffice(Sentence s, Sentence.Cue c) {
        if (!incise(s, c)) {
            return null;
        }
        int j = syntax.skipAdverbs(s, c.last + 1);
        boolean possessive = syntax.is(s, j, Grammar.POSSESSIVE);
        int office = possessive || syntax.is(s, j, Grammar.DEFINITE_SINGULAR) ? j + 1
                : syntax.is(s, j, Grammar.DEFINITE_ELIDED) && s.word(j + 1).equals("'") ? j + 2 : -1;
        if (office < 0 || office >= s.size() || !syntax.is(s, office, Grammar.OFFICE_NOUN)) {
            return null;
        }
        Draft.Actor holder = possessive ? syntax.prior(syntax.is(s, j, Grammar.THEM_THEIR)) : null;
        int end = office + 1;
        if (!possessive && syntax.is(s, end, Grammar.DE_FORM)) {
            Mention of = syntax.objectAt(s, end + 1, Math.min(s.size(), end + 4));
            if (of == null || of.actor == null || of.kind == Mention.Kind.PRONOUN) {
                return null;
            }
            holder = of.actor;
            end = of.last + 1;
        }
        return end >= s.size() || s.word(end).equals(".") || s.word(end).equals(",") ? holder : null;
    }

    /**
     * The one whose office or staff opens the sentence as the subject of the verb ({@code OFFICE_NOUN}):
     * after a possessive, who a pronoun stands for ({@code Son bureau a précisé}, {@code Son entourage
     * a fait savoir}); after {@code de}, the actor named ({@code le cabinet du ministre a indiqué}); or null.
     */
    private Draft.Actor officeHolder(Sentence s, Sentence.Cue c) {
        if (s.size() < 3 || !syntax.is(s, 1, Grammar.OFFICE_NOUN) || s.inQuote(0) || c.first < 2) {
            return null;
        }
        boolean possessive = syntax.is(s, 0, Grammar.POSSESSIVE);
        if (!possessive && !syntax.is(s, 0, Grammar.DEFINITE_SINGULAR)) {
            return null;
        }
        int k = 2;
        Draft.Actor holder;
        if (possessive) {
            holder = syntax.prior(syntax.is(s, 0, Grammar.THEM_THEIR));
        } else {
            Mention of = syntax.is(s, k, Grammar.DE_FORM) ? syntax.objectAt(s, k + 1, Math.min(s.size(), k + 4)) : null;
            if (of == null || of.kind == Mention.Kind.PRONOUN || of.kind == Mention.Kind.TITLE && of.link == null) {
                return null; // "le bureau du premier ministre": a bare title may stand for either of two holders named before
            }
            holder = of.actor;
            k = of.last + 1;
            while (k < s.size() && s.mentionAt(k) != null && s.mentionAt(k).actor == holder) {
                k = s.mentionAt(k).last + 1; // "le bureau du premier ministre Mark Carney"
            }
        }
        for (int i = k; i < c.first; i++) {
            if (!syntax.skippable(s, i) || s.mentionAt(i) != null) {
                return null; // the verb must follow the office's noun phrase
            }
        }
        return holder;
    }

    /**
     * The author of a letter or statement that opens the sentence as the subject of {@code c}
     * ("La lettre, dont Belga a obtenu copie, réclame …"): the sender of the latest letter, or the
     * author of the latest document; null otherwise.
     */
    private Draft.Actor documentSubject(Sentence s, Sentence.Cue c) {
        int k = 0;
        if (syntax.is(s, k, Grammar.DEFINITE_ELIDED) && s.word(k + 1).equals("'")) {
            k += 2;
        } else if (syntax.is(s, k, Grammar.DETERMINER) && !syntax.is(s, k, Grammar.INDEFINITE_DETERMINER)) {
            k++;
        } else {
            return null;
        }
        Sentence.Cue noun = s.cueAt(k);
        if (noun == null || noun.isVerb() || noun.last >= c.first || !(noun.has(Act.LETTER) || noun.has(Act.STATEMENT))) {
            return null;
        }
        if (!inciseOrAdverbsOnly(s, noun.last + 1, c.first)) {
            return null;
        }
        if (noun.has(Act.STATEMENT)) {
            return lastDocumentSentence >= s.index - 3 ? lastDocumentAuthor : null;
        }
        for (int i = communications.size() - 1; i >= Math.max(0, communications.size() - 30); i--) {
            Draft.Communication letter = communications.get(i);
            if (letter.type == CommunicationType.LETTER && letter.sentence >= s.index - 3) {
                return letter.sender;
            }
        }
        return null;
    }

    /** Whether the verb opens the relative clause of a text issued ("une motion qui enjoint …", "une résolution qui invite …"). */
    private boolean issuedTextRelative(Sentence s, Sentence.Cue c) {
        return c.first >= 2 && syntax.is(s, c.first - 1, Grammar.WHO) && syntax.is(s, c.first - 2, Grammar.ISSUED_TEXT);
    }

    /**
     * For a verb right after "et" (past an auxiliary, adverbs and clitics) with no subject of its own: the verb before the
     * "et" whose subject it shares ("Moscou invite l'opposition à … et attend du pouvoir qu'il …", "X a reçu Y et lui a
     * demandé …"); the actor between them is the first verb's object, no subject. Null when none.
     */
    private Sentence.Cue verbBeforeAnd(Sentence s, Sentence.Cue c, java.util.Map<Sentence.Cue, Syntax.Subject> subjects) {
        int k = andBefore(s, c);
        if (k <= 0) {
            return null;
        }
        Sentence.Cue before = null;
        for (Sentence.Cue p : s.cues) {
            if (p.isVerb() && p.last < k && !s.inQuote(p.first) && subjects.containsKey(p)) {
                before = p;
            }
        }
        for (int i = before == null ? k : before.last + 1; i < k; i++) {
            if (s.word(i).equals(",") || s.word(i).equals(";") || syntax.is(s, i, Grammar.WHO) || syntax.is(s, i, Grammar.SUBORDINATOR)) {
                return null; // "X a dit que Y partirait et …", "…, et …": another clause may have its own subject
            }
        }
        return before == null || subjects.get(before).actor() == null ? null : before;
    }

    /** The "et" right before a verb (past an auxiliary, adverbs and clitics), outside quotations, or -1. */
    private int andBefore(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k > 0 && !s.inQuote(k) && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.CLITIC)
                || s.word(k).equals("'"))) {
            k--;
        }
        return k <= 0 || s.inQuote(k) || !syntax.is(s, k, Grammar.AND) ? -1 : k;
    }

    /**
     * Whether a verb after "et" shares the subject that opens the sentence when no verb of speech or demand comes before
     * ("La Ligue arabe a suspendu la Syrie et pose comme condition …"): the sentence opens on a named actor, and no verb
     * cue, comma, relative or subordinate clause stands between it and the "et".
     */
    private boolean openingBeforeAnd(Sentence s, Sentence.Cue c, Syntax.Subject opening) {
        int k = andBefore(s, c);
        if (k <= 0 || opening.actor() == null || opening.pronoun()) {
            return false;
        }
        Mention head = s.mentions.stream().filter(m -> m.actor == opening.actor()).findFirst().orElse(null);
        if (head == null || head.first > 2 || head.last >= k) {
            return false;
        }
        for (int i = head.last + 1; i < k; i++) {
            if (s.cueAt(i) != null && s.cueAt(i).isVerb() || !s.token(i).isWord() && !s.word(i).equals("'") && !s.word(i).equals("-")
                    || syntax.is(s, i, Grammar.WHO) || syntax.is(s, i, Grammar.SUBORDINATOR)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The author of a text that asks ({@code ISSUED_TEXT}: résolution, motion, texte, rapport…): the sentence's
     * subject when the verb follows "qui" after the text ("Le Conseil a adopté une résolution qui somme l'Iran de …"),
     * or the agent after "par" when the text opens the sentence ("La motion adoptée la semaine dernière par
     * l'Assemblée nationale exhortait le fédéral à …"); else null.
     */
    private Draft.Actor issuedTextAuthor(Sentence s, Sentence.Cue c, Syntax.Subject opening) {
        if (c.first >= 2 && syntax.is(s, c.first - 1, Grammar.WHO) && syntax.is(s, c.first - 2, Grammar.ISSUED_TEXT)) {
            Mention head = opening.actor() == null || opening.pronoun() ? null : s.mentions.stream()
                    .filter(m -> m.actor == opening.actor()).findFirst().orElse(null);
            return head != null && head.last < c.first - 2 ? opening.actor() : null;
        }
        int k = syntax.is(s, 0, Grammar.DEFINITE_ELIDED) && s.word(1).equals("'") ? 2 : syntax.is(s, 0, Grammar.DETERMINER) ? 1 : -1;
        if (k < 0 || !syntax.is(s, k, Grammar.ISSUED_TEXT)) {
            return null;
        }
        for (int i = k + 1; i + 1 < c.first; i++) {
            if (s.cueAt(i) != null && s.cueAt(i).isVerb() || s.word(i).equals(",") || syntax.is(s, i, Grammar.WHO)) {
                return null;
            }
            if (syntax.is(s, i, Grammar.BY)) {
                Mention agent = syntax.objectAt(s, i + 1, c.first);
                return agent == null || agent.kind == Mention.Kind.PRONOUN ? null : agent.actor;
            }
        }
        return null;
    }

    /**
     * For a verb whose subject is a quantified collective with named members in a "dont" incise
     * ("Plusieurs ONG, dont le Comité Helsinki hongrois et Transparency International, réclament …"):
     * the first member named, who speaks for the unnamed rest; or null.
     */
    private Draft.Actor namedAmongQuantified(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k > 0 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.CLITIC))) {
            k--;
        }
        if (k < 4 || !s.word(k).equals(",")) {
            return null;
        }
        int dont = k - 1;
        while (dont > 1 && !syntax.is(s, dont, Grammar.WHOSE) && !s.word(dont).equals(",") && k - dont < 14) {
            dont--;
        }
        if (!syntax.is(s, dont, Grammar.WHOSE) || !s.word(dont - 1).equals(",")) {
            return null;
        }
        int start = dont - 2;
        while (start > 0 && s.token(start - 1).isWord() && !syntax.is(s, start - 1, Grammar.CLAUSE_BREAK)) {
            start--;
        }
        if (start != 0 || !syntax.is(s, start, Grammar.QUANTIFIER) || dont - 1 - start > 4) {
            return null; // only a collective counted at the head of the sentence: "Plusieurs Etats, dont …"
        }
        Mention m = syntax.objectAt(s, dont + 1, k);
        return m == null || m.kind == Mention.Kind.PRONOUN ? null : m.actor;
    }

    /** The speaker of the quotation that the verb of {@code c} attributes, or null. */
    private static Draft.Actor speakerAttributedBy(Sentence s, Sentence.Cue c) {
        for (Sentence.Quote q : s.quotes) {
            if (q.attribution == c.first && q.speaker != null) {
                return q.speaker;
            }
        }
        return null;
    }

    /** The speaker of a quotation that opens the sentence ("« … », a-t-il dit, appelant …"), or null. */
    private static Draft.Actor openingQuoteSpeaker(Sentence s) {
        return s.size() > 1 && !s.inQuote(0) && s.inQuote(1) && !s.quotes.isEmpty() ? s.quotes.get(s.quoteOf[1]).speaker : null;
    }

    /** A present participle appended to a clause after a comma: "X a condamné l'attaque, appelant les parties à …". */
    private boolean appendedParticiple(Sentence s, Sentence.Cue c) {
        return c.first > 1 && s.word(c.first - 1).equals(",") && presentParticiple(s, c.first) && (c.has(Act.DEMAND) || c.has(Act.REPORTING));
    }

    /**
     * For a participle right after "et" ("a appelé à durcir les sanctions et exhorté l'Otan à …"):
     * the earlier verb of the sentence whose auxiliary it shares, or null.
     */
    private Sentence.Cue sharedAuxiliary(Sentence s, Sentence.Cue c) {
        int j = c.first - 1;
        while (j >= 0 && syntax.is(s, j, Grammar.ADVERB)) {
            j--;
        }
        if (j < 1 || !syntax.is(s, j, Grammar.COORDINATOR) || !participleWithoutAuxiliary(s, c)) {
            return null;
        }
        if (syntax.is(s, c.last + 1, Grammar.BY)) {
            return null; // "un territoire administré par le Guyana et revendiqué par Caracas": a passive participle of its own
        }
        for (int k = s.cues.indexOf(c) - 1; k >= 0; k--) {
            Sentence.Cue before = s.cues.get(k);
            if (before.isVerb() && before.last < j && !s.inQuote(before.first)) {
                boolean joined = true;
                for (int i = before.last + 1; i < j; i++) {
                    if (s.inQuote(i)) {
                        int end = i;
                        while (end < j && s.inQuote(end)) {
                            end++;
                        }
                        if (end - i > QUOTED_OBJECT) {
                            joined = false; // quoted words of a clause of their own
                            break;
                        }
                        i = end - 1; // a quoted object: "a dénoncé une « ingérence » et exhorté X à"
                        continue;
                    }
                    if (s.word(i).equals(";") || syntax.is(s, i, Grammar.HARD_BREAK) || syntax.is(s, i, Grammar.RELATIVE_PRONOUN) || syntax.is(s, i, Grammar.SUBORDINATOR)) {
                        joined = false;
                        break;
                    }
                }
                return joined && !participleWithoutAuxiliary(s, before) && participle(s, before) ? before : null;
            }
        }
        return null;
    }

    private boolean participle(Sentence s, Sentence.Cue c) {
        String raw = input.substring(s.token(c.first).start(), s.token(c.first).end());
        return Syntax.writtenParticiple(raw)
                || lexicon.endsWithAny(raw, "PARTICIPLE_T_ENDING") && syntax.is(s, c.first - 1, Grammar.AUXILIARY);
    }

    private boolean participleWithoutAuxiliary(Sentence s, Sentence.Cue c) {
        String raw = input.substring(s.token(c.first).start(), s.token(c.first).end());
        boolean participle = Syntax.writtenParticiple(raw);
        if (!participle || auxiliaryBeforeIncise(s, c) >= 0) {
            return false;
        }
        int j = c.first - 1;
        while (j >= 0 && (syntax.is(s, j, Grammar.ADVERB) || syntax.is(s, j, Grammar.WEEKDAY) || syntax.adverbPhraseStart(s, j) >= 0)) {
            int phrase = syntax.adverbPhraseStart(s, j);
            j = phrase >= 0 ? phrase - 1 : j - 1; // "a pour sa part indiqué"
        }
        if (j >= 1 && s.word(j - 1).equals("-") && (syntax.is(s, j, Grammar.PRONOUN_SINGULAR) || syntax.is(s, j, Grammar.PRONOUN_PLURAL)
                || syntax.is(s, j, Grammar.PRONOUN_IMPERSONAL))) {
            return false; // "a-t-il ajouté": the auxiliary comes before its inverted subject
        }
        return j < 0 || !syntax.is(s, j, Grammar.AUXILIARY) && !s.word(j).equals("-") && !syntax.is(s, j, Grammar.EUPHONIC);
    }

    /**
     * The antecedent of a "qui" subject of a demand verb ("les élus écologistes, qui lui demandent
     * de …"), named right before it even after a preposition; null when the verb has no such subject.
     */
    private Draft.Actor relativeSubject(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k > 1 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.CLITIC) || s.word(k).equals("'"))) {
            k--;
        }
        if (s.inQuote(k) || !syntax.is(s, k, Grammar.WHO) || !syntax.is(s, k, Grammar.RELATIVE_PRONOUN)) {
            return null;
        }
        int before = s.word(k - 1).equals(",") ? k - 2 : k - 1;
        if (before >= 3 && s.word(before).equals(")") && s.word(before - 2).equals("(") && s.mentionAt(before - 3) != null) {
            before -= 3; // "des Jeunes agriculteurs (JA), qui exigent …": the body named before its acronym
        }
        for (int n = before; n > 0 && n >= before - 2; n--) {
            if (syntax.is(s, n, Grammar.ISSUED_TEXT)) {
                return null; // "a déposé aux Communes une motion qui enjoint …": the text asks for its author, not the body before it
            }
            Mention m = s.mentionAt(n);
            if (m != null) {
                return m.actor != null && m.kind != Mention.Kind.PRONOUN ? m.actor : null;
            }
            if (!s.token(n).isWord() || s.token(n).capitalised()) {
                return null; // past an adjective or two ("les élus écologistes, qui …"), no further
            }
        }
        return null;
    }

    /**
     * The auxiliary before a short incise between commas that separates it from the participle
     * ("a, pour sa part, exigé", "a, mardi, demandé"), or -1.
     */
    private int auxiliaryBeforeIncise(Sentence s, Sentence.Cue c) {
        int close = c.first - 1;
        if (!s.word(close).equals(",") || s.inQuote(close)) {
            return -1;
        }
        for (int k = close - 1; k > 0 && k >= close - 7; k--) {
            if (s.word(k).equals(",")) {
                return k < close - 1 && syntax.is(s, k - 1, Grammar.AUXILIARY) && input.charAt(s.token(k - 1).start()) != '\u00e0' ? k - 1 : -1;
            }
            if (!s.token(k).isWord() && !s.word(k).equals("'") || s.cueAt(k) != null && s.cueAt(k).isVerb() || s.inQuote(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A demand of this sentence that names no one asked is asked of the one its source addresses in
     * the same sentence: "X a protesté auprès de Pékin et exigé le retrait …", "Dans une lettre
     * adressée à Y, X réclame …". Only when that communication has a single recipient.
     */
    private void askedInCommunication(Sentence s) {
        List<Draft.Demand> all = demands.demands;
        for (int d = all.size() - 1; d >= 0 && all.get(d).sentence == s.index; d--) {
            Draft.Demand demand = all.get(d);
            if (demand.target != null || demand.direct || demand.source == null) {
                continue;
            }
            Draft.Actor addressed = null;
            for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence == s.index; k--) {
                Draft.Communication c = communications.get(k);
                if (c.sender == demand.source && c.recipients.size() == 1) {
                    addressed = addressed == null || addressed == c.recipients.get(0) ? c.recipients.get(0) : demand.source;
                }
            }
            if (addressed != null && addressed != demand.source) {
                demand.target = addressed;
            }
        }
    }

    // --- invitations, meetings, calls ---------------------------------------------------------

    private boolean infinitiveAfter(Sentence s, Sentence.Cue c) {
        int reach = c.last + 12;
        for (int k = c.last + 1; k < Math.min(s.size(), reach); k++) {
            String w = s.word(k);
            if (lexicon.is(w, Grammar.TO_PREPOSITION)) {
                if (!s.inQuote(k) && s.inQuote(k + 2) && !s.token(k + 1).isWord()) {
                    k++; // "a invité X à « défendre la démocratie »"
                }
                int n = k + 1;
                while (n < s.size() && (s.word(n).equals("'") || syntax.is(s, n, Grammar.NEGATION)
                        || syntax.is(s, n, Grammar.CLITIC) && !syntax.is(s, n, Grammar.ARTICLE) && !syntax.is(s, n, Grammar.DETERMINER))) {
                    n++; // "à s'abstenir", "à ne pas envenimer", "à y renoncer": the infinitive after its clitics
                }
                return !(syntax.is(s, n, Grammar.ARTICLE) || syntax.is(s, n, Grammar.DETERMINER) || w.length() > 1)
                        && lexicon.endsWithAny(s.word(n), "INFINITIVE_ENDING");
            }
            int apposed = w.equals(",") ? syntax.namesInApposition(s, k) : -1;
            if (apposed > k) {
                reach += apposed - k; // "a invité les anciens chefs du parti, Pauline Marois et Jean-François Lisée, à se joindre …"
                k = apposed;
                continue;
            }
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb asks its object to act: "invite X à", "somme X de", and so as a clitic, "l'a pressé de". */
    private boolean asksItsObject(Sentence.Cue c) {
        return syntax.asksWithA(c) || lexicon.is(c.lemmaHead, Grammar.ASKS_SOMEONE);
    }

    /** Whether the infinitive after an invitation's "à" is a talk given at a venue ({@code INVITED_TALK}: présenter, s'exprimer …). */
    private boolean invitedToTalk(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < Math.min(s.size() - 1, c.last + 16); k++) {
            if (syntax.is(s, k, Grammar.TO_BARE) && !s.inQuote(k)) {
                int n = k + 1;
                n += syntax.is(s, n, Grammar.REFLEXIVE) ? (s.word(n + 1).equals("'") ? 2 : 1) : 0;
                return syntax.is(s, n, Grammar.INVITED_TALK);
            }
            if (s.word(k).equals(",") || s.word(k).equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an invitation verb asks someone to attend: "a invité X à participer à des pourparlers",
     * "à se rendre à Genève" is an invitation, as "a invité X à des pourparlers" is, not a demand.
     */
    private boolean attendance(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + 12); k++) {
            String w = s.word(k);
            if (syntax.is(s, k, Grammar.TO_BARE)) {
                int n = k + 1;
                boolean reflexive = syntax.is(s, n, Grammar.REFLEXIVE); // "à se rendre", "à s'y rendre"
                n += !reflexive ? 0 : s.word(n + 1).equals("'") ? 2 : 1;
                boolean clitic = !reflexive && syntax.is(s, n, Grammar.CLITIC) && !syntax.is(s, n, Grammar.NEGATION_CLITIC); // "à nous rejoindre"
                n += !clitic ? 0 : s.word(n + 1).equals("'") ? 2 : 1;
                String only = lexicon.value(s.word(n), Grammar.ATTENDANCE).orElse("");
                return lexicon.is(s.tokens, n, Grammar.ATTENDANCE)
                        && (only.isEmpty() || reflexive || clitic && only.equals(ATTENDANCE_AFTER_CLITIC));
            }
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb summons ({@code SUMMONS_VERB}) a diplomat: "X a convoqué l'ambassadeur de
     * France" tells of the envoy received at the ministry, a meeting that took place, not an
     * invitation to come to something ("X a convoqué les deux dirigeants à une réunion").
     */
    private boolean summonsEnvoy(Sentence s, Sentence.Cue c) {
        if (!lexicon.is(c.lemma, Grammar.SUMMONS_VERB)) {
            return false;
        }
        Mention object = syntax.objectAt(s, syntax.skipAdverbs(s, c.last + 1), s.size());
        return object != null && (object.title != null && "DIPLOMAT".equals(object.title.kind())
                || object.kind == Mention.Kind.GROUP && (syntax.is(s, object.first, Grammar.ENVOYS) || syntax.is(s, object.first + 1, Grammar.ENVOYS)));
    }

    /**
     * "X a été convoqué(e) mardi au ministère", "X a été convoqué par le ministre": a summons in the passive tells of the one
     * summoned received by the body after "au" or the agent after "par", a meeting that took place (as with an envoy). Returns
     * whether such a meeting was read; not when the summons names an event to come ("convoqué à une réunion").
     */
    private boolean summonedTo(Sentence s, Sentence.Cue c, Draft.Actor summoned) {
        if (!lexicon.is(c.lemma, Grammar.SUMMONS_VERB) || !passive(s, c)) {
            return false;
        }
        Draft.Actor host = passiveAgent(s, c);
        if (host == null) {
            int k = syntax.skipAdverbs(s, c.last + 1);
            for (int guard = 0; guard < 3 && k < s.size() && syntax.skippable(s, k) && !syntax.is(s, k, Grammar.TO_THE); guard++) {
                k++; // "convoquée dimanche matin au ministère": the day before the place
            }
            Mention place = syntax.is(s, k, Grammar.TO_THE) ? syntax.objectAt(s, k + 1, Math.min(s.size(), k + 3)) : null;
            host = place != null && place.actor != null && place.actor.type != org.diplotext.model.ActorType.PERSON ? place.actor : null;
        }
        if (host == null || host == summoned) {
            return false;
        }
        Draft.Communication meeting = new Draft.Communication(CommunicationType.MEETING, host);
        meeting.recipient(summoned);
        held(s, c, meeting);
        c.used = true;
        return true;
    }

    /** The meetings of summoned envoys: a dispatch that tells of the envoy received afterwards tells of the same meeting. */
    private final List<Draft.Communication> summonses = new ArrayList<>();

    /** "X a convoqué l'ambassadeur de France": X met the envoy. */
    private void summons(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int before = communications.size();
        meeting(s, c, sender, CommunicationType.MEETING);
        if (communications.size() > before) {
            summonses.add(communications.get(communications.size() - 1));
        }
    }

    /**
     * Reads an invitation sent with a verb of sending ("X a adressé une invitation à Y", "a transmis
     * une invitation à Y"): the verb's subject invites the one after "à", and the verb sends no letter
     * of its own. Marks the noun and the verb used and returns true when it found both.
     */
    private boolean sentInvitation(Sentence s, Sentence.Cue noun) {
        if (!syntax.is(s, noun.first - 1, Grammar.INDEFINITE_ARTICLE) && !syntax.is(s, noun.first - 1, Grammar.POSSESSIVE)) {
            return false;
        }
        int v = syntax.adverbsBefore(s, noun.first - 2);
        Sentence.Cue verb = s.cueAt(v);
        boolean renewed = syntax.is(s, v, Grammar.SUPPORT_VERB) && !s.inQuote(v) && (verb == null || verb.isVerb() && !syntax.negated(s, verb));
        if (!renewed && (verb == null || !verb.isVerb() || !verb.has(Act.LETTER) || s.inQuote(verb.first) || syntax.negated(s, verb))) {
            return false; // "a réitéré son invitation à X": a verb of support renews the invitation, it says nothing else
        }
        Draft.Actor sender = syntax.subject(s, verb != null ? verb.first : v, verb != null ? verb.last : v, null).actor();
        Mention to = recipientAfter(s, noun.last + 1);
        if (sender == null || to == null || to.actor == null || to.actor == sender || to.kind == Mention.Kind.PRONOUN) {
            return false;
        }
        Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, sender);
        inv.recipient(to.actor);
        held(s, noun, inv);
        noun.used = true;
        if (verb != null) {
            verb.used = true; // the letter verb sent the invitation, not a letter of its own
        }
        return true;
    }

    /** Whether a verb of declaring puts a state of affairs in force ("a déclaré l'état d'urgence", "la guerre", "forfait"). */
    private boolean declaresCondition(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (syntax.is(s, k, Grammar.ARTICLE)) {
            k += s.word(k + 1).equals("'") ? 2 : 1;
        }
        return lexicon.is(c.lemmaHead, Grammar.DECLARING_VERB) && syntax.is(s, k, Grammar.DECLARED_CONDITION) && !s.token(k).capitalised()
                && !s.inQuote(k);
    }

    /** Whether the verb's object is an invitation it sends or renews ("a réitéré son invitation", "une invitation"). */
    private boolean renewsInvitation(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        Sentence.Cue noun = s.cueAt(k + 1);
        return (syntax.is(s, k, Grammar.POSSESSIVE) || syntax.is(s, k, Grammar.INDEFINITE_ARTICLE)) && noun != null && !noun.isVerb()
                && noun.first == k + 1 && noun.has(Act.INVITATION);
    }

    private void invitation(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        if (sender == null) {
            return;
        }
        int at = syntax.skipAdverbs(s, c.last + 1);
        if (c.last > c.first && lexicon.is(s.tokens, at, Grammar.TO_PREPOSITION)) {
            at++; // "a lancé une invitation à X": the phrase holds its object, X is after "à"
        }
        Mention object = syntax.objectAt(s, at, s.size());
        Draft.Actor recipient = object == null ? null : object.actor;
        List<Draft.Actor> written = recipient == null ? invitedByClitic(s, c, sender) : List.of();
        if (recipient == null && written.isEmpty()) {
            written = relativeObjectAntecedents(s, c, sender); // "les dirigeants de la FGTB et de la CSC, qu'il a invités"
        }
        Mention counted = recipient == null && written.isEmpty() ? countedAt(s, syntax.skipAdverbs(s, c.last + 1)) : null;
        if (counted != null) {
            written = syntax.counted(counted).stream().filter(a -> a != sender).toList(); // "a invité les deux présidents à un sommet"
        }
        if (!written.isEmpty()) {
            recipient = written.get(0);
        }
        for (int k = communications.size() - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
            Draft.Communication other = communications.get(k);
            if (other.type == CommunicationType.INVITATION && other.sender == sender
                    && (recipient == null || other.recipients.isEmpty() || other.recipients.contains(recipient))) {
                other.evidence.add(Span.of(input, s.start, s.end));
                other.recipient(recipient);
                return;
            }
        }
        Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, sender);
        inv.recipient(recipient);
        written.forEach(inv::recipient);
        inv.evidence.add(Span.of(input, s.start, s.end));
        inv.date = dates.of(s, c.first, reference);
        inv.sentence = s.index;
        communications.add(inv);
    }

    /**
     * "a reçu les dirigeants de la FGTB, de la CSC et de la CGSLB, qu'il a invités pour …", "les délégués syndicaux,
     * qu'il avait invités": the actors a relative "que" whose clause verb {@code c} ends stands for, named right before
     * it (those coordinated with the last one too); empty when the verb opens no such clause or its subject is no
     * pronoun nor name.
     */
    private List<Draft.Actor> relativeObjectAntecedents(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int k = c.first - 1;
        while (k > 0 && (syntax.is(s, k, Grammar.ADVERB) || syntax.is(s, k, Grammar.AUXILIARY)) && !s.inQuote(k)) {
            k--;
        }
        Mention subject = s.mentionAt(k);
        if (syntax.is(s, k, Grammar.PRONOUN_SINGULAR) || syntax.is(s, k, Grammar.PRONOUN_PLURAL)) {
            k--;
        } else if (subject != null && subject.last == k && subject.kind != Mention.Kind.PRONOUN) {
            k = subject.first - 1;
            k = syntax.is(s, k, Grammar.ARTICLE) ? k - 1 : k;
        } else {
            return List.of();
        }
        k = s.word(k).equals("'") ? k - 1 : k;
        if (k < 2 || !syntax.is(s, k, Grammar.SUBORDINATOR) || s.inQuote(k)) {
            return List.of();
        }
        int j = s.word(k - 1).equals(",") ? k - 2 : k - 1;
        Mention m = s.mentionAt(j);
        if (m == null || m.last != j || m.actor == null || m.actor == sender || m.kind == Mention.Kind.PRONOUN || m.inQuote()) {
            return List.of();
        }
        List<Draft.Actor> antecedents = new ArrayList<>(List.of(m.actor));
        for (int n = m.first - 1; n > 0; n--) {
            Mention before = s.mentionAt(n);
            if (before == null) {
                continue;
            }
            if (before.actor == null || before.kind == Mention.Kind.PRONOUN || joint(s, before.last + 1, m.first) == 0) {
                break;
            }
            if (before.actor != sender && !antecedents.contains(before.actor)) {
                antecedents.add(0, before.actor); // "de la FGTB, de la CSC et de la CGSLB": each of the chain
            }
            m = before;
            n = before.first;
        }
        return antecedents;
    }

    /**
     * "X a envoyé une lettre à Y pour l'inviter à …", "pour les inviter": the object clitic of an
     * invitation stands for those the sender has just written to or met (in this sentence, else the
     * last partner); empty when no clitic precedes the verb.
     */
    private List<Draft.Actor> invitedByClitic(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int k = c.first - 1;
        while (k > 0 && syntax.is(s, k, Grammar.ADVERB)) {
            k--;
        }
        if (syntax.is(s, k, Grammar.AUXILIARY)) {
            k--; // "il l'a invité"
        }
        if (k > 0 && s.word(k).equals("'")) {
            k--;
        }
        if (!syntax.is(s, k, Grammar.OBJECT_CLITIC) || s.inQuote(k)) {
            return List.of();
        }
        for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
            Draft.Communication other = communications.get(n);
            if (other.sender == sender && other.type != CommunicationType.STATEMENT && !other.recipients.isEmpty()) {
                return List.copyOf(other.recipients);
            }
            if (other.recipients.contains(sender) && other.sender != null && other.type != CommunicationType.STATEMENT) {
                return List.of(other.sender); // "X s'est entretenu avec Y, qui l'a invité à …": Y invited X
            }
        }
        if (syntax.is(s, k - 1, Grammar.WHO) && s.word(k - 2).equals(",")) {
            for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
                Draft.Communication other = communications.get(n);
                if (other.sender != null && other.sender != sender) {
                    return List.of(other.sender); // "Elle a dit vouloir remercier Y, qui l'a invitée à …": the one who spoke of Y
                }
            }
        }
        for (int n = demands.demands.size() - 1; n >= 0 && demands.demands.get(n).sentence == s.index; n--) {
            Draft.Demand asked = demands.demands.get(n);
            if (asked.source == sender && asked.target != null && asked.target != sender) {
                return List.of(asked.target); // "X a appelé les syndicats à … et les a invités à une réunion": the ones just asked
            }
        }
        Draft.Actor partner = lastPartner(sender);
        return partner == null ? List.of() : List.of(partner);
    }

    private void meeting(Sentence s, Sentence.Cue c, Draft.Actor sender, CommunicationType type) {
        if (sender == null || c.isVerb() && tradesThings(s, c)) {
            return;
        }
        Draft.Communication meeting = new Draft.Communication(type, sender);
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (c.isVerb() && mediumAfter(s, c)) {
            j = syntax.skipAdverbs(s, j + 2); // "a appelé au téléphone X", "a joint par téléphone X": the one called after the medium
        }
        Mention object = syntax.objectAt(s, j, s.size());
        if (object != null && c.isVerb() && lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION) && object.actor.type != org.diplotext.model.ActorType.PERSON
                && !c.has(Act.CALL)) {
            object = null; // "a reçu au département d'Etat le ministre saoudien": a place, the guest comes later
        }
        if (object == null && c.isVerb() && lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION)) {
            object = syntax.objectAt(s, j + 1, s.size()); // "a téléphoné à X"
            if (object != null && object.actor.type != org.diplotext.model.ActorType.PERSON && !c.has(Act.CALL)) {
                object = null; // "a reçu à l'Élysée": a place
            }
        }
        if (object == null && c.isVerb()) {
            object = laterObject(s, j); // "a reçu lundi à l'Élysée son homologue russe X"
        }
        if (object == null && c.isVerb()) {
            object = relativeObject(s, c, sender); // "Lula, qu'il a appelé dans la soirée"
        }
        // "qui réunit 35 Etats membres": a count tells what a body is made of, not whom it meets
        boolean counted = object != null && object.first > 0 && s.token(object.first - 1).numeric();
        if (object != null && (object.actor.confirmed || officialOfAState(object) || unnamedOfficial(object) || officials(s, object)
                || c.isVerb() && !counted && deliberating(s, object))) {
            meeting.recipient(object.actor); // "a rencontré ses homologues européens": officials met as a body; "a reçu les syndicats"
        }
        if (object == null && c.isVerb()) {
            countedRecipients(s, j, meeting); // "a reçu mercredi les deux délégations", "a téléphoné mardi aux deux ministres"
        }
        withPartners(s, c.last + 1, meeting);
        if (meeting.recipients.isEmpty() && c.isVerb()) {
            Mention partner = withWhom(s, c);
            if (partner != null && partner.actor != sender) {
                meeting.recipient(partner.actor); // "le sultan, avec qui il s'est entretenu par téléphone": the one named before
            }
        }
        if (meeting.recipients.isEmpty() && !c.isVerb() && c.first >= 1 && syntax.is(s, c.first - 1, Grammar.DETERMINER)) {
            Draft.Actor partner = coordinatedSubject(s, c.first - 1, sender, false); // "X et Y ont eu un entretien téléphonique"
            if (partner != null) {
                Mention p = firstMention(s, partner);
                Mention own = firstMention(s, sender);
                if (p != null && own != null && p.actor == partner && own.actor == sender && p.first < own.first) {
                    meeting = new Draft.Communication(type, partner); // the first named speaks with the second
                    partner = sender;
                }
                meeting.recipient(partner);
            }
        }
        if (meeting.recipients.isEmpty() && c.isVerb()) {
            Draft.Actor partner = coordinatedSubject(s, c.first, sender, true); // "X et Y se sont entretenus"
            if (partner != null) {
                Mention p = firstMention(s, partner);
                Mention own = firstMention(s, sender);
                if (p != null && own != null && p.actor == partner && own.actor == sender && p.first < own.first) {
                    meeting = new Draft.Communication(type, partner); // the first named speaks with the second
                    partner = sender;
                }
                meeting.recipient(partner);
            }
        }
        if (meeting.recipients.isEmpty() && c.isVerb() && (sender.type == org.diplotext.model.ActorType.ORGANISATION || deliberates(s, c, sender))
                && convenes(s, c)) {
            held(s, c, meeting); // "le Conseil de sécurité s'est réuni en urgence": a body meets as a body, with no one else
            return;
        }
        if (meeting.recipients.isEmpty()) {
            return;
        }
        held(s, c, meeting);
    }

    /**
     * Whether {@code group}, the subject of meeting verb {@code c} right before it, is officials or a political
     * collective (groups.tsv kinds {@code OFFICIALS}, {@code POLITICAL}) named by more than a bare noun ("les ministres
     * des Finances de la zone euro se réunissent", "les Occidentaux se sont réunis"), who convene to confer; a crowd that
     * gathers ({@code CROWD}: "les manifestants se sont réunis devant le Parlement") holds no meeting.
     */
    private boolean deliberates(Sentence s, Sentence.Cue c, Draft.Actor group) {
        if (group.type != org.diplotext.model.ActorType.GROUP) {
            return false;
        }
        for (Mention m : s.mentions) {
            if (m.first >= c.first) {
                break;
            }
            // a bare noun ("les ministres se sont réunis") tells too little of who met to make them an actor
            boolean named = m.last > m.first || s.token(m.first).capitalised();
            if (m.actor == group && named && nextTo(s, m.last + 1, c.first) && deliberating(s, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether group mention {@code m} names officials or a political collective (groups.tsv kinds {@code OFFICIALS},
     * {@code POLITICAL}) other than a crowd ({@code CROWD}): people who meet to confer ("a reçu les syndicats").
     */
    private boolean deliberating(Sentence s, Mention m) {
        var head = m.kind == Mention.Kind.GROUP ? lexicon.groups().longest(s.tokens, m.first) : null;
        return head != null && !syntax.is(s, m.first, Grammar.CROWD)
                && ("OFFICIALS".equals(head.value().kind()) || "POLITICAL".equals(head.value().kind()));
    }

    /** Whether only auxiliaries, adverbs, clitics or a verb of schedule stand between tokens {@code from} and {@code to} ("se sont", "doivent se"). */
    private boolean nextTo(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!syntax.skippable(s, k) && !syntax.is(s, k, Grammar.SCHEDULED) && !syntax.is(s, k, Grammar.REFLEXIVE)) {
                return false; // "le Conseil, qui réunit 35 Etats membres, doit se réunir": the members are not who convene
            }
        }
        return true;
    }

    /** Whether a verb of meeting is reflexive and says a body convenes ({@code CONVENE_VERB}: "s'est réuni", "se réunira"). */
    private boolean convenes(Sentence s, Sentence.Cue c) {
        return lexicon.is(c.lemma.substring(c.lemma.lastIndexOf(' ') + 1), Grammar.CONVENE_VERB) && reflexiveBefore(s, c);
    }

    /** Records a communication of the sentence (a meeting, a call, an invitation), dated by the day its cue names. */
    private void held(Sentence s, Sentence.Cue c, Draft.Communication communication) {
        held(s, c.first, communication);
    }

    /** {@link #held(Sentence, Sentence.Cue, Draft.Communication)} for an act told by the words at {@code at}, with no cue of its own. */
    private void held(Sentence s, int at, Draft.Communication communication) {
        for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence == s.index; k--) {
            Draft.Communication same = communications.get(k);
            if (same.type == communication.type && same.type != CommunicationType.STATEMENT && same.sender == communication.sender
                    && same.recipients.equals(communication.recipients)) {
                return; // "a effectué une visite en Chine, où il s'est entretenu avec Xi Jinping": one meeting, told twice
            }
            if (same.type == communication.type && same.type == CommunicationType.MEETING && same.recipients.equals(List.of(communication.sender))
                    && communication.recipients.equals(List.of(same.sender))) {
                return; // "Il a été reçu par la ministre, avec qui il s'est entretenu de …": the two met once
            }
        }
        communication.evidence.add(Span.of(input, s.start, s.end));
        communication.date = dates.of(s, at, reference);
        communication.sentence = s.index;
        communications.add(communication);
    }

    /**
     * "…, a-t-on appris mardi auprès du ministère", "On a appris auprès de la police que …": the one the news was learnt
     * from told it. The verb of learning is no verb of speech ("le ministre a appris la nouvelle"), so only with the
     * impersonal "on" and the one consulted after "auprès de".
     */
    private void learntFrom(Sentence s) {
        if (!syntax.occurs(s, Grammar.LEARNT)) {
            return;
        }
        for (int k = 1; k < s.size(); k++) {
            if (!syntax.is(s, k, Grammar.LEARNT) || s.inQuote(k) || !impersonalNear(s, k)) {
                continue;
            }
            int j = syntax.skipAdverbs(s, k + 1);
            while (j < s.size() && (s.word(j).equals("-") || syntax.is(s, j, Grammar.PRONOUN_IMPERSONAL))) {
                j = syntax.skipAdverbs(s, j + 1); // "apprend-on mardi auprès de …"
            }
            if (!syntax.is(s, j, Grammar.FRAMING_PREPOSITION) || !syntax.is(s, j, Grammar.PREPOSITION)) {
                continue;
            }
            Mention from = syntax.objectAt(s, j + 1, Math.min(s.size(), j + 5));
            if (from == null || from.actor == null || from.kind == Mention.Kind.PRONOUN || from.inQuote()) {
                continue;
            }
            held(s, k, new Draft.Communication(CommunicationType.STATEMENT, from.actor));
            return;
        }
    }

    /** Whether the impersonal "on" stands within a few tokens before the verb at k ("on a appris", "a-t-on appris") or right after it. */
    private boolean impersonalNear(Sentence s, int k) {
        for (int i = Math.max(0, k - 4); i <= Math.min(s.size() - 1, k + 2); i++) {
            if (i != k && syntax.is(s, i, Grammar.PRONOUN_IMPERSONAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X a eu Y au téléphone", "X a eu mardi Y au téléphone": the one X had on the line is called by X. The phrase has
     * no verb of calling, only "eu" (an auxiliary of the past anterior elsewhere), its object and the medium.
     */
    private void hadOnThePhone(Sentence s) {
        if (!syntax.occurs(s, Grammar.CALL_MEDIUM)) {
            return;
        }
        for (int k = 3; k < s.size(); k++) {
            if (!syntax.is(s, k, Grammar.CALL_MEDIUM) || !syntax.is(s, k - 1, Grammar.TO_SINGULAR) || s.inQuote(k)) {
                continue;
            }
            Mention called = s.mentionAt(k - 2);
            if (called == null || called.actor == null || called.kind == Mention.Kind.PRONOUN || called.last != k - 2) {
                continue;
            }
            int had = called.first - 1;
            while (had > 0 && s.mentionAt(had) != null && s.mentionAt(had).actor == called.actor) {
                had = s.mentionAt(had).first - 1; // "a eu son homologue russe Sergueï Lavrov au téléphone"
            }
            while (had > 0 && (syntax.is(s, had, Grammar.ARTICLE) || syntax.is(s, had, Grammar.POSSESSIVE) || syntax.is(s, had, Grammar.COUNTERPART))) {
                had--;
            }
            had = syntax.adverbsBefore(s, had);
            while (had > 0 && syntax.is(s, had, Grammar.WEEKDAY)) {
                had--; // "a eu mardi X au téléphone"
            }
            if (had < 1 || !syntax.is(s, had, Grammar.HAD) || !syntax.is(s, had - 1, Grammar.AUXILIARY)) {
                continue;
            }
            Syntax.Subject caller = syntax.subject(s, had - 1, had - 1, null);
            if (caller.actor() == null || caller.actor() == called.actor) {
                continue;
            }
            Draft.Communication call = new Draft.Communication(CommunicationType.CALL, caller.actor());
            call.recipient(called.actor);
            held(s, k, call);
        }
    }

    private final java.util.Set<Integer> headlineSentences = new java.util.HashSet<>();
    /** The day the lead's first sentence tells of, once read: the day a headline in the present sums up. */
    private LocalDate leadDay;
    /** The characters of each headline's first clause, by sentence: what the lead tells first. */
    private final java.util.Map<Integer, int[]> headlineFirstClauses = new java.util.HashMap<>();

    /**
     * Merges into the headline's meeting, call or invitation the first one of the body that tells it again,
     * once actors are resolved: same kind, the same sender (or the one it acts for: "L'UE convoque X" over
     * "Kaja Kallas a convoqué X") and one recipient in common. The body's sender and date, more precise, win.
     */
    void mergeRetold() {
        demands.addresseesFromQuotes();
        demands.mergeRetold();
        datedByLead();
        for (int k = 0; k < communications.size(); k++) {
            Draft.Communication h = communications.get(k);
            if (!headlineSentences.contains(h.sentence) || h.type == CommunicationType.STATEMENT || h.type == CommunicationType.LETTER) {
                continue; // statements and letters have their own merging of what the headline sums up
            }
            for (int n = k + 1; n < communications.size(); n++) {
                Draft.Communication c = communications.get(n);
                boolean sender = h.sender == c.sender || c.sender != null && h.sender != null
                        && (c.sender.affiliationActor == h.sender || h.sender.key.equals(c.sender.affiliation));
                // "Kofi Annan rencontre Bachar el-Assad" over "Kofi Annan a été reçu samedi par le président syrien": the two
                // who meet or speak, either way round
                boolean swapped = (h.type == CommunicationType.MEETING || h.type == CommunicationType.CALL) && c.sender != null
                        && h.recipients.contains(c.sender) && c.recipients.contains(h.sender);
                if (c.type == h.type && !headlineSentences.contains(c.sentence) && (swapped || sender && c.recipients.stream().anyMatch(h.recipients::contains))) {
                    if (swapped) {
                        h.recipients.clear();
                        h.recipients.addAll(c.recipients);
                    }
                    h.sender = c.sender;
                    h.evidence.addAll(c.evidence);
                    h.date = c.date != null ? c.date : h.date;
                    communications.remove(n);
                    break;
                }
            }
        }
    }

    /**
     * Gives the headline's acts that name no day of their own the day of the lead's first sentence: a headline tells
     * in the present ({@code Michelin annonce la fermeture …}) what the lead dates ({@code a annoncé mardi}), not
     * what was done on the day the dispatch went out.
     */
    private void datedByLead() {
        if (leadDay == null || !leadDay.isBefore(reference)) {
            return;
        }
        for (Draft.Communication h : communications) {
            int[] clause = headlineFirstClauses.get(h.sentence);
            if (clause != null && reference.equals(h.date) && h.sender != null && namedOnlyIn(h.sender, clause)) {
                h.date = leadDay;
            }
        }
    }

    /**
     * The day the lead's first sentence tells of: its first act's ({@code a convié mercredi …, au lendemain d'un sommet
     * consacré au coup d'Etat du 22 mars}), else the story's day it names, else the dispatch's.
     */
    private LocalDate leadDay(int saidFrom) {
        for (int k = saidFrom; k < communications.size(); k++) {
            if (communications.get(k).date != null) {
                return communications.get(k).date;
            }
        }
        return dates.storyDay() != null ? dates.storyDay() : reference;
    }

    /**
     * Whether an actor is named in a headline ({@link #firstClause}), and only in its first clause: {@code Michelin
     * annonce …, les syndicats dénoncent …}, unlike {@code sanctions contre l'Iran, Téhéran convoque …}.
     */
    private static boolean namedOnlyIn(Draft.Actor actor, int[] clause) {
        boolean inClause = false;
        for (Span m : actor.mentions) {
            if (m.start() >= clause[0] && m.end() <= clause[2]) {
                if (m.end() > clause[1]) {
                    return false;
                }
                inClause = true;
            }
        }
        return inClause;
    }

    /**
     * Where a headline starts, where its first clause ends (at its first comma outside quotations) and where it ends, in
     * characters: the acts after the comma ({@code Nouvelles sanctions contre l'Iran, Téhéran convoque les ambassadeurs})
     * sum up what the dispatch tells later.
     */
    private int[] firstClause(Sentence s) {
        int end = s.size();
        for (int k = 0; k < s.size(); k++) {
            if (s.word(k).equals(",") && !s.inQuote(k)) {
                end = k;
                break;
            }
        }
        int start = s.token(0).start();
        return new int[] {start, end == 0 ? start : s.token(end - 1).end(), s.token(s.size() - 1).end()};
    }

    /** "X a été reçu lundi par Y": Y met X. */
    private void passiveMeeting(Sentence s, Sentence.Cue c, Draft.Actor guest) {
        if (guest == null) {
            return;
        }
        // "a été accueilli lundi avec les honneurs militaires au château de Bellevue par X": the agent after the place and manner
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + 12); k++) {
            if (!s.token(k).isWord() && !s.word(k).equals("'") || s.inQuote(k)) {
                return; // "a été reçu lundi à l'Élysée par X": past the place
            }
            if (syntax.is(s, k, Grammar.BY)) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m == null || m.kind == Mention.Kind.PRONOUN || m.actor == guest || !(m.actor.confirmed || officialOfAState(m) || unnamedOfficial(m))) {
                    return; // (an official named by office is a host: "a été reçu mardi par le roi du Maroc")
                }
                for (Draft.Communication summons : summonses) {
                    if (summons.recipients.contains(guest)) {
                        summons.evidence.add(Span.of(input, s.start, s.end)); // "l'ambassadeur a été reçu par X": the summons itself
                        return;
                    }
                }
                Draft.Communication meeting = new Draft.Communication(CommunicationType.MEETING, m.actor);
                meeting.recipient(guest);
                held(s, c, meeting);
                return;
            }
        }
    }

    /**
     * "X a été invité par Y (à …)": Y invited X. Only with a named agent; without one the passive
     * is left to the demands ("X est invité à voter").
     */
    private boolean passiveInvitation(Sentence s, Sentence.Cue c, Draft.Actor guest) {
        if (guest == null) {
            return false;
        }
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (!syntax.is(s, k, Grammar.BY)) {
            return false;
        }
        Mention host = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 8));
        if (host == null || host.kind == Mention.Kind.PRONOUN || host.actor == guest || host.inQuote()) {
            return false;
        }
        Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, host.actor);
        inv.recipient(guest);
        held(s, c, inv);
        return true;
    }

    /** The agent after "par" of a passive verb ({@code a été accusé par le chef de l'opposition}), or null. */
    private Draft.Actor passiveAgent(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (!syntax.is(s, k, Grammar.BY)) {
            return null;
        }
        Mention agent = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 8));
        return agent == null || agent.kind == Mention.Kind.PRONOUN || agent.inQuote() ? null : agent.actor;
    }

    /**
     * "X a été appelé mardi par Y", "X a été joint au téléphone par Y", "a été appelé par téléphone par Y": Y called X.
     * Only with a named agent right after the verb (past adverbs and the medium): "a été appelé à témoigner" asks
     * something, "a été appelé Z" names. Returns whether the call was recorded.
     */
    private boolean passiveCall(Sentence s, Sentence.Cue c, Draft.Actor called) {
        if (called == null) {
            return false;
        }
        int k = syntax.skipAdverbs(s, c.last + 1);
        if ((syntax.is(s, k, Grammar.TO_SINGULAR) || syntax.is(s, k, Grammar.BY)) && syntax.is(s, k + 1, Grammar.CALL_MEDIUM)) {
            k = syntax.skipAdverbs(s, k + 2); // "au téléphone", "par téléphone"
        }
        if (!syntax.is(s, k, Grammar.BY)) {
            return false;
        }
        Mention agent = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 8));
        if (agent == null || agent.kind == Mention.Kind.PRONOUN || agent.inQuote() || agent.actor == called
                || syntax.is(s, syntax.skipAdverbs(s, agent.last + 1), Grammar.INFINITIVE_PREPOSITION)) {
            return false; // "a été appelé par Y à démissionner": asked, a demand
        }
        Draft.Communication call = new Draft.Communication(CommunicationType.CALL, agent.actor);
        call.recipient(called);
        held(s, c, call);
        return true;
    }

    /** The actor named after "par" right after a quotation ("« stérile » par le STTP"), or null. */
    private Draft.Actor agentAfter(Sentence s, int after) {
        if (!syntax.is(s, after, Grammar.BY)) {
            return null;
        }
        Mention agent = syntax.objectAt(s, after + 1, Math.min(s.size(), after + 8));
        return agent == null || agent.kind == Mention.Kind.PRONOUN || agent.inQuote() ? null : agent.actor;
    }

    /**
     * "X a reçu une invitation de Y", "X a reçu un appel du président Y", "X a reçu une lettre de Y":
     * what is received is an act of Y's towards X, of the kind its noun names. Returns whether the
     * verb's object is such a noun (then no meeting took place). A letter of no named sender received where the receiver
     * was summoned is the host's, and joins {@code here}, the sentence's letters, for the demand it carries.
     */
    private boolean receivedDocument(Sentence s, Sentence.Cue c, Draft.Actor receiver, List<Draft.Communication> here) {
        if (!syntax.is(s, c.first, Grammar.RECEIVE_VERB)) {
            return false;
        }
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (!syntax.is(s, k, Grammar.INDEFINITE_ARTICLE) && !syntax.is(s, k, Grammar.DETERMINER)) {
            return false;
        }
        Sentence.Cue noun = s.cueAt(k + 1);
        if (noun == null || noun.isVerb() || noun.first != k + 1) {
            return false;
        }
        CommunicationType type = noun.has(Act.INVITATION) ? CommunicationType.INVITATION
                : noun.has(Act.LETTER) ? CommunicationType.LETTER
                : noun.has(Act.CALL) ? CommunicationType.CALL : null;
        if (type == null && syntax.is(s, noun.first, Grammar.RECEIVED_CALL_NOUN) && syntax.is(s, syntax.skipAdverbs(s, noun.last + 1), Grammar.DE_FORM)) {
            type = CommunicationType.CALL; // "a reçu un appel de son homologue": a call received, no appeal
        }
        if (type == null) {
            return false;
        }
        noun.used = true;
        int of = syntax.skipAdverbs(s, noun.last + 1);
        int after = of + 1 < s.size() && s.word(of + 1).equals("'") ? of + 2 : of + 1;
        Mention from = syntax.is(s, of, Grammar.DE_FORM) ? syntax.objectAt(s, after, Math.min(s.size(), of + 8)) : null;
        if (from == null && type == CommunicationType.LETTER) {
            Draft.Actor host = hostOf(s, receiver);
            if (host != null) {
                here.add(addAct(s, c, type, host, receiver)); // "X a été convoqué au ministère, où il a reçu une note": the host's note
            }
            return true;
        }
        if (from == null || from.kind == Mention.Kind.PRONOUN || from.actor == receiver || from.inQuote()) {
            return true;
        }
        for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
            Draft.Communication known = communications.get(n);
            if (known.type == type && known.sender == from.actor) {
                known.recipient(receiver); // "une lettre de X" already read as X's letter: now addressed
                return true;
            }
        }
        addAct(s, c, type, from.actor, receiver);
        return true;
    }

    /** Adds and returns the act of {@code sender} towards {@code receiver} that the verb c of sentence s tells, dated by its clause. */
    private Draft.Communication addAct(Sentence s, Sentence.Cue c, CommunicationType type, Draft.Actor sender, Draft.Actor receiver) {
        Draft.Communication act = new Draft.Communication(type, sender);
        act.recipient(receiver);
        act.evidence.add(Span.of(input, s.start, s.end));
        act.date = dates.of(s, c.first, reference);
        act.sentence = s.index;
        communications.add(act);
        return act;
    }

    /**
     * The one who received {@code guest} in a meeting sentence s already told ("X a été convoqué mardi au ministère, …"),
     * or null: a document the guest receives there without a sender named is the host's.
     */
    private Draft.Actor hostOf(Sentence s, Draft.Actor guest) {
        for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
            Draft.Communication known = communications.get(n);
            if (known.type == CommunicationType.MEETING && known.sender != guest && known.recipients.contains(guest)) {
                return known.sender;
            }
        }
        return null;
    }

    /** The counted phrase ({@code les deux présidents}) at i, after its article, or null. */
    private static Mention countedAt(Sentence s, int i) {
        Mention m = s.mentionAt(i) != null ? s.mentionAt(i) : s.mentionAt(i + 1);
        return m != null && m.kind == Mention.Kind.COUNTED ? m : null;
    }

    /** Whether the subject right before a verb is a counted phrase: "Les deux dirigeants se sont entretenus". */
    private boolean countedBefore(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k >= 0 && s.mentionAt(k) == null && syntax.skippable(s, k)) {
            k--;
        }
        return k >= 0 && s.mentionAt(k) != null && s.mentionAt(k).kind == Mention.Kind.COUNTED;
    }

    /**
     * Records for counted phrases ({@code les deux présidents}) the actors sentence s names together:
     * coordinated ({@code X et Y}, {@code du X, de la Y et de la Z}, {@code X et son homologue Y}; a
     * group of representatives counts as the body they represent), and the two sides of each
     * exchange it reports with one partner.
     */
    private void namedTogether(Sentence s) {
        List<Draft.Actor> chain = new ArrayList<>();
        List<Draft.Actor> joined = new ArrayList<>();
        Mention prev = null;
        boolean and = false;
        for (Mention m : s.mentions) {
            if (m.actor == null || m.kind == Mention.Kind.PRONOUN || m.inQuote()) {
                continue;
            }
            if (prev != null && m.first <= prev.last) {
                if (prev.kind == Mention.Kind.GROUP && !chain.isEmpty() && chain.get(chain.size() - 1) == prev.actor) {
                    chain.set(chain.size() - 1, m.actor); // "les représentants du Boerenbond": the body they speak for
                }
                continue;
            }
            if (prev != null && m.actor == prev.actor) {
                prev = m;
                continue; // a title and its name
            }
            int joint = prev == null ? 0 : joint(s, prev.last + 1, m.first);
            if (joint > 0 && !chain.contains(m.actor)) {
                chain.add(m.actor);
                and |= joint == 2;
                if (joint == 2 && m.actor.type == org.diplotext.model.ActorType.GROUP) {
                    joined.add(m.actor); // not a group in apposition: "Paris, Londres et Berlin, signataires de l'accord, …"
                }
            } else {
                if (and) {
                    syntax.namedTogether(chain, s.index);
                    actTogether(s, chain, joined);
                }
                chain = new ArrayList<>(List.of(m.actor));
                joined.clear();
                and = false;
            }
            prev = m;
        }
        if (and) {
            syntax.namedTogether(chain, s.index);
            actTogether(s, chain, joined);
        }
        sharedTitleActs(s);
        int from = communications.size();
        while (from > 0 && communications.get(from - 1).sentence >= s.index) {
            from--; // communications are added sentence by sentence: a long dispatch's are not all read again for each sentence
        }
        for (int k = from; k < communications.size(); k++) {
            Draft.Communication c = communications.get(k);
            if (c.sentence == s.index && c.type != CommunicationType.STATEMENT && c.sender != null && c.recipients.size() == 1) {
                syntax.namedTogether(List.of(c.sender, c.recipients.get(0)), s.index);
            }
        }
    }

    /**
     * "Washington et ses alliés ont exigé …", "L'Ukraine et ses partenaires ont demandé à …": a group coordinated with an
     * actor that takes part in an act of the sentence takes part in it too, and is reported, though the act names the
     * first of them only. {@code joined} holds the groups of the chain that "et" joins to it.
     */
    private void actTogether(Sentence s, List<Draft.Actor> chain, List<Draft.Actor> joined) {
        if (!joined.isEmpty() && actIn(s, chain)) {
            joined.forEach(a -> a.used = true);
        }
    }

    /**
     * "Les ministres français et allemand des Affaires étrangères ont appelé à …": the holders of a plural title shared
     * by two states take part together in the act that names the first of them.
     */
    private void sharedTitleActs(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.shared == null || m.actor == null || m.inQuote()) {
                continue;
            }
            List<Draft.Actor> holders = new ArrayList<>();
            for (Mention other : s.mentions) {
                if (other.shared != null && other.actor != null && other.shared.titleFirst() == m.shared.titleFirst()) {
                    holders.add(other.actor);
                }
            }
            if (holders.size() > 1 && actIn(s, holders)) {
                holders.forEach(a -> a.used = true);
            }
        }
    }

    /** The holders of the last plural title shared by two states that spoke or asked, and the sentence that named them. */
    private List<Draft.Actor> speakingHolders = List.of();
    private int speakingHoldersSentence = -10;

    /**
     * "Les ministres français et allemand ont déclaré que « … »", and "Ils ont appelé la Russie à …" right after: the
     * holders of a plural title shared by two states each speak and ask in their own name, though the verb's subject is
     * read as one of them alone. The statements and demands of sentence {@code s} (from indexes {@code saidFrom} and
     * {@code askedFrom}) made by one holder are made by the others too.
     */
    private void sharedTitleSpeech(Sentence s, Syntax.Subject opening, int saidFrom, int askedFrom) {
        List<Draft.Actor> holders = titleHolders(s);
        if (holders.size() < 2 && opening.pronoun() && opening.plural() && speakingHoldersSentence == s.index - 1
                && speakingHolders.contains(opening.actor())) {
            holders = speakingHolders; // "Ils": the two holders named just before
        }
        if (holders.size() < 2 || s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER) {
            return;
        }
        boolean shared = false;
        int said = communications.size();
        for (int k = saidFrom; k < said; k++) {
            Draft.Communication c = communications.get(k);
            if (c.sentence != s.index || c.type != CommunicationType.STATEMENT || !holders.contains(c.sender)) {
                continue;
            }
            for (Draft.Actor other : holders) {
                if (other != c.sender && !saidAlready(saidFrom, s.index, other, c.quote)) {
                    Draft.Communication copy = new Draft.Communication(CommunicationType.STATEMENT, other);
                    c.recipients.forEach(copy::recipient);
                    copy.quote = c.quote;
                    copy.date = c.date;
                    copy.evidence.addAll(c.evidence);
                    copy.sentence = c.sentence;
                    communications.add(copy);
                }
            }
            shared = true;
        }
        for (Draft.Actor holder : holders) {
            int before = demands.demands.size();
            List<Draft.Actor> others = holders.stream().filter(a -> a != holder).toList();
            demands.sharedBy(s, askedFrom, holder, others);
            shared |= demands.demands.size() > before || demands.demands.subList(askedFrom, before).stream().anyMatch(d -> d.source == holder);
        }
        if (shared) {
            speakingHolders = holders;
            speakingHoldersSentence = s.index;
        }
    }

    /** Whether {@code sender} already made, from index {@code from} in sentence {@code sentence}, a statement of that quote. */
    private boolean saidAlready(int from, int sentence, Draft.Actor sender, String quote) {
        for (int k = from; k < communications.size(); k++) {
            Draft.Communication c = communications.get(k);
            if (c.sentence == sentence && c.sender == sender && c.type == CommunicationType.STATEMENT && java.util.Objects.equals(c.quote, quote)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The holders of the first plural title shared by two states that heads a clause in {@code s} ("les présidents
     * sud-coréen et américain"), in the order named; empty when none does (a title after a preposition is no subject).
     */
    private List<Draft.Actor> titleHolders(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.shared == null || m.actor == null || m.inQuote() || syntax.prepositional(m)) {
                continue;
            }
            List<Draft.Actor> holders = new ArrayList<>();
            for (Mention other : s.mentions) {
                if (other.shared != null && other.actor != null && other.shared.titleFirst() == m.shared.titleFirst() && !holders.contains(other.actor)) {
                    holders.add(other.actor);
                }
            }
            return holders;
        }
        return List.of();
    }

    /** Whether one of {@code actors} sends, receives, asks or is asked in an act of sentence {@code s}. */
    private boolean actIn(Sentence s, List<Draft.Actor> actors) {
        for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence == s.index; k--) {
            Draft.Communication c = communications.get(k);
            if (actors.contains(c.sender) || c.recipients.stream().anyMatch(actors::contains)) {
                return true;
            }
        }
        List<Draft.Demand> asked = demands.demands;
        for (int k = asked.size() - 1; k >= 0 && asked.get(k).sentence == s.index; k--) {
            if (actors.contains(asked.get(k).source) || actors.contains(asked.get(k).target)) {
                return true;
            }
        }
        return false;
    }

    /** What joins two mentions between tokens from and to: 2 for "et", 1 for a comma alone, 0 for anything else. */
    private int joint(Sentence s, int from, int to) {
        int joint = 0;
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (syntax.is(s, k, Grammar.AND)) {
                joint = 2;
            } else if (w.equals(",")) {
                joint = Math.max(joint, 1);
            } else if (!(syntax.is(s, k, Grammar.DE_FORM) || syntax.is(s, k, Grammar.ARTICLE) || w.equals("'") || w.equals("(") || w.equals(")")
                    || syntax.is(s, k, Grammar.POSSESSIVE) || syntax.is(s, k, Grammar.COUNTERPART) || lexicon.stateOfAdjective(w).isPresent())) {
                return 0;
            }
        }
        return joint;
    }

    /**
     * "Les deux hommes se sont entretenus", "les deux dirigeants doivent se rencontrer": a reciprocal
     * meeting or call of the pair of the last exchange between two actors (a meeting, call, letter or
     * invitation of the last three sentences). A pair that has just done the same kind of act is only
     * being described further ("Les deux dirigeants se sont entretenus de …" after their call).
     */
    private boolean pairMet(Sentence s, Sentence.Cue c, CommunicationType type) {
        int k = c.first - 1;
        boolean reciprocal = false;
        while (k >= 0 && s.mentionAt(k) == null && syntax.skippable(s, k)) {
            reciprocal |= syntax.is(s, k, Grammar.REFLEXIVE);
            k--;
        }
        while (k >= 0 && syntax.is(s, k, Grammar.SCHEDULED)) {
            k--; // "les deux hommes doivent se rencontrer"
        }
        while (k >= 0 && s.mentionAt(k) == null && syntax.skippable(s, k)) {
            reciprocal |= syntax.is(s, k, Grammar.REFLEXIVE);
            k--;
        }
        if (k >= 3 && s.token(k).isWord() && !s.token(k).capitalised() && !lexicon.isGrammar(s.word(k)) && !syntax.is(s, k - 1, Grammar.PAIR)) {
            k--; // "les deux dirigeants européens"
        }
        Mention named = k >= 0 ? s.mentionAt(k) : null;
        if (!reciprocal || k < 2 || named != null && named.actor != null || !lexicon.endsWithAny(s.word(k), "PLURAL_ENDING")
                || !syntax.is(s, k - 1, Grammar.PAIR) || !syntax.is(s, k - 2, Grammar.DEFINITE)) {
            return false; // "les deux hommes", "les deux pays", "les deux dirigeants" (a group no actor stands for)
        }
        return pairAct(s, c, type);
    }

    /**
     * The meeting or call told by {@code c} of the pair of the last exchange between two actors (of the last three
     * sentences), or with a third named after "avec"; whether such a pair was found.
     */
    private boolean pairAct(Sentence s, Sentence.Cue c, CommunicationType type) {
        Mention third = null;
        for (int w = c.last + 1; w < Math.min(s.size(), c.last + 6) && s.token(w).isWord() && third == null; w++) {
            third = syntax.is(s, w, Grammar.WITH) ? syntax.objectAt(s, w + 1, s.size()) : null; // "par téléphone avec X"
        }
        for (int n = communications.size() - 1; n >= 0; n--) {
            Draft.Communication last = communications.get(n);
            if (last.sentence < s.index - 3) {
                break;
            }
            if (last.type == CommunicationType.STATEMENT || last.sender == null || last.recipients.size() != 1) {
                continue;
            }
            if (third != null && third.actor != null && third.actor != last.sender && third.actor != last.recipients.get(0)) {
                Draft.Communication withThird = new Draft.Communication(type, last.sender);
                withThird.recipient(third.actor); // "Les deux dirigeants se sont ensuite entretenus avec X": the pair, then X
                held(s, c, withThird);
                return true;
            }
            if (last.type == type || last.type == CommunicationType.CALL && c.has(Act.CALL)) {
                return true; // "Les deux dirigeants se sont entretenus de …" after their call: that call
            }
            Draft.Communication met = new Draft.Communication(type, last.sender);
            met.recipient(last.recipients.get(0));
            held(s, c, met);
            return true;
        }
        return false;
    }

    /**
     * "X est arrivé à Berlin à l'invitation de Y", "À l'invitation de Y, X s'est rendu …", "sur
     * invitation de Y", "X a accepté (décliné) l'invitation de Y": Y invited the clause's subject.
     */
    private void invitedBy(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || c.used || !c.has(Act.INVITATION) || s.inQuote(c.first)) {
                continue;
            }
            if (sentInvitation(s, c)) {
                continue;
            }
            int prep = s.word(c.first - 1).equals("'") && syntax.is(s, c.first - 2, Grammar.DEFINITE_ELIDED) ? c.first - 3
                    : syntax.is(s, c.first - 1, Grammar.DEFINITE) || syntax.is(s, c.first - 1, Grammar.INDEFINITE_ARTICLE) ? c.first - 2 : c.first - 1;
            boolean accepted = syntax.is(s, prep, Grammar.ACCEPT_VERB) && prep < c.first - 1; // "X a accepté l'invitation (une invitation) de Y"
            if (!(syntax.is(s, prep, Grammar.CIRCUMSTANCE_PREPOSITION) || accepted) || !syntax.is(s, c.last + 1, Grammar.DE_FORM)) {
                continue;
            }
            int after = s.word(c.last + 2).equals("'") ? c.last + 3 : c.last + 2;
            Mention host = syntax.objectAt(s, after, Math.min(s.size(), after + 8));
            if (host == null || host.kind == Mention.Kind.PRONOUN || !(host.actor.confirmed || officialOfAState(host))) {
                continue;
            }
            Draft.Actor guest = accepted ? syntax.subject(s, prep, prep, null).actor() : syntax.sentenceSubject(s).actor();
            if (!accepted && (guest == null || guest == host.actor)) {
                guest = mainSubjectAfter(s, host.last + 1); // "À l'invitation de Y, X s'est rendu …"
            }
            if (guest == null || guest == host.actor) {
                continue;
            }
            Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, host.actor);
            inv.recipient(guest);
            held(s, c, inv);
            c.used = true;
        }
    }

    /** The object of a meeting verb past a place or time: "a reçu lundi à l'Élysée son homologue". */
    private Mention laterObject(Sentence s, int from) {
        int steps = 0;
        for (int k = from; k < s.size() && steps < 8; k++, steps++) { // a named place counts as one step: "en marge de l'Assemblée générale de l'ONU"
            String w = s.word(k);
            if (w.equals("'")) {
                steps--;
            }
            if (s.inQuote(k) || w.equals(",") || w.equals(";") || w.equals(".") || syntax.is(s, k, Grammar.SUBORDINATOR) || syntax.is(s, k, Grammar.CLAUSE_BREAK)
                    || syntax.is(s, k, Grammar.COORDINATOR)
                    || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return null;
            }
            Mention m = s.mentionAt(k);
            if (m != null && m.first == k && m.actor != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m)
                    && !syntax.is(s, k - 1, Grammar.LOCATIVE)) {
                return m;
            }
            if (m == null && (syntax.is(s, k, Grammar.COUNTERPART) || syntax.is(s, k, Grammar.REPRESENTATIVE))) {
                return syntax.objectAt(s, k, s.size()); // "a reçu à Doha une délégation du Hamas": the body it speaks for
            }
            if (m != null) {
                k = m.last;
            }
        }
        return null;
    }

    /** The demands made by verb {@code c} from index {@code asked} on, made too by the states coordinated with its subject. */
    private void shareWithCoSubjects(Sentence s, Sentence.Cue c, int asked, Draft.Actor source) {
        if (demands.demands.size() > asked) { // the chain is read only when the verb asked something
            demands.sharedBy(s, asked, source, coSubjects(s, c.first, source));
        }
    }

    /**
     * The states coordinated with the state {@code subject} right before the verb at {@code verb} ("Les États-Unis et la
     * France ont appelé à …", "le Royaume-Uni, la France et l'Allemagne ont appelé …"): each of them asks too, though the
     * verb's subject is read as the first alone. Empty when the subject stands alone or the chain holds anything but
     * states; a chain is commas, then one "et".
     */
    private List<Draft.Actor> coSubjects(Sentence s, int verb, Draft.Actor subject) {
        int k = verb - 1;
        while (k >= 0 && s.mentionAt(k) == null && syntax.skippable(s, k)) {
            k--;
        }
        List<Draft.Actor> chain = new ArrayList<>();
        boolean and = false;
        while (k >= 0) {
            Mention m = s.mentionAt(k);
            if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.COUNTED || m.inQuote()
                    || syntax.prepositional(m)) {
                return List.of();
            }
            int first = m.first;
            while (first > 0 && s.mentionAt(first - 1) != null && s.mentionAt(first - 1).actor == m.actor) {
                first = s.mentionAt(first - 1).first; // "le Premier ministre britannique Keir Starmer": a title before the name
            }
            if (!chain.contains(m.actor)) {
                chain.add(m.actor);
            }
            int j = first - 1;
            while (j >= 0 && (syntax.is(s, j, Grammar.ARTICLE) || s.word(j).equals("'"))) {
                j--;
            }
            boolean lastLink = j > 0 && !and && syntax.is(s, j, Grammar.AND);
            // "le Royaume-Uni, la France et …": an earlier link is a comma; not "Dans une déclaration commune, X et Y"
            boolean earlierLink = j > 0 && and && s.word(j).equals(",") && !s.inQuote(j) && s.mentionAt(j - 1) != null;
            if (!lastLink && !earlierLink) {
                break;
            }
            and = true;
            k = j - 1;
        }
        // states each ask in their own name; bodies named together (unions, NGOs, cantons) make one joint demand
        if (!and || chain.size() < 2 || !chain.contains(subject) || chain.stream().anyMatch(a -> a.type != org.diplotext.model.ActorType.STATE)) {
            return List.of();
        }
        java.util.Collections.reverse(chain); // in the order the sentence names them
        return chain.stream().filter(a -> a != subject).toList();
    }

    /**
     * The second of two coordinated subjects before a reciprocal verb ("X et Y se sont parlé") or,
     * when {@code reciprocalOnly} is false, before the auxiliaries that hold a meeting noun
     * ("X et Y ont eu un entretien": {@code verb} is then the noun's determiner).
     */
    private Draft.Actor coordinatedSubject(Sentence s, int verb, Draft.Actor subject, boolean reciprocalOnly) {
        int k = verb - 1;
        Sentence.Cue cue = s.cueAt(verb);
        // "X et Y ont échangé au téléphone", "ont discuté mardi": verbs that are reciprocal without "se"
        boolean reciprocal = cue != null && cue.isVerb() && cue.first == verb && lexicon.is(cue.lemmaHead, Grammar.RECIPROCAL_VERB);
        while (k >= 0 && s.mentionAt(k) == null && (syntax.skippable(s, k) || !reciprocalOnly && syntax.is(s, k, Grammar.HOLD_VERB))) {
            reciprocal |= syntax.is(s, k, Grammar.REFLEXIVE); // "X et Y ont tenu une réunion"
            k--;
        }
        if (!reciprocal && (reciprocalOnly || k == verb - 1)) {
            return null; // "X et Y reçoivent …" act together, not with each other
        }
        Mention last = s.mentionAt(k);
        if (last == null || last.actor == null || syntax.prepositional(last)) {
            return null;
        }
        int et = last.first - 1;
        while (et >= 0 && s.mentionAt(et) != null && s.mentionAt(et).actor == last.actor) {
            et = s.mentionAt(et).first - 1; // "X et le Premier ministre israélien Benjamin Netanyahu": a title before the name
        }
        while (et >= 0 && (syntax.is(s, et, Grammar.ARTICLE) || s.word(et).equals("'") || syntax.is(s, et, Grammar.POSSESSIVE) || syntax.is(s, et, Grammar.COUNTERPART)
                || lexicon.stateOfAdjective(s.word(et)).isPresent() && syntax.is(s, et - 1, Grammar.COUNTERPART))) {
            et--; // "X et son homologue ukrainien Y se sont rencontrés"
        }
        if (!syntax.is(s, et, Grammar.AND)) {
            et = titleComplementStart(s, et);
            if (et < 0) {
                return null;
            }
        }
        Mention other = s.mentionAt(et - 1);
        if (other == null || other.actor == null || other.kind == Mention.Kind.PRONOUN) {
            return null;
        }
        return other.actor == subject ? last.actor : last.actor == subject ? other.actor : null;
    }

    /**
     * The "et" before a title's complement that ends at {@code end} ("X et le commissaire européen
     * au Commerce Y": the words between the title and Y), or -1 when a comma, a verb or anything but
     * words comes first.
     */
    private int titleComplementStart(Sentence s, int end) {
        for (int k = end; k >= Math.max(1, end - 6); k--) {
            if (syntax.is(s, k, Grammar.AND)) {
                return k;
            }
            Sentence.Cue cue = s.cueAt(k);
            if (!s.token(k).isWord() && !s.word(k).equals("'") || s.inQuote(k) || cue != null && cue.isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "ont échangé des tirs", "a échangé des prisonniers avec Y": a verb of talking whose object is a thing traded
     * ({@code TRADED_OBJECT}) tells of no talks.
     */
    private boolean tradesThings(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (k < s.size() && (syntax.is(s, k, Grammar.DETERMINER) || syntax.is(s, k, Grammar.POSSESSIVE) || s.token(k).numeric())) {
            k++;
        }
        if (k < s.size() && s.token(k).numeric()) {
            k++; // "ont échangé leurs 200 prisonniers"
        }
        return syntax.is(s, k, Grammar.TRADED_OBJECT);
    }

    /** Whether "au téléphone" or "par téléphone" follows verb {@code c}, past adverbs ("a appelé mardi au téléphone X"). */
    private boolean mediumAfter(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        if ((syntax.is(s, k, Grammar.TO_SINGULAR) || syntax.is(s, k, Grammar.BY)) && syntax.is(s, k + 1, Grammar.CALL_MEDIUM)) {
            return true;
        }
        Mention called = syntax.objectAt(s, k, s.size());
        if (called == null || called.actor == null || called.kind == Mention.Kind.PRONOUN || syntax.prepositional(called)) {
            return false;
        }
        // "a appelé mercredi M. Vučić au téléphone": the medium right after the one called
        int after = syntax.skipAdverbs(s, skipSameActor(s, called));
        return (syntax.is(s, after, Grammar.TO_SINGULAR) || syntax.is(s, after, Grammar.BY)) && syntax.is(s, after + 1, Grammar.CALL_MEDIUM);
    }

    /** "s'est entretenu par téléphone avec": a medium right after the verb makes talks a call. */
    private boolean byPhone(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1, limit = c.last + 5; k < Math.min(s.size(), limit); k++) {
            if (syntax.is(s, k, Grammar.CALL_MEDIUM)) {
                return true;
            }
            if (syntax.is(s, k, Grammar.WEEKDAY) || syntax.is(s, k, Grammar.DAY_PART) || syntax.is(s, k, Grammar.AFTER) || s.word(k).equals("-")) {
                limit++; // "s'est entretenu mardi après-midi au téléphone": the time told does not push the medium out of reach
                continue;
            }
            if (s.mentionAt(k) != null) {
                // "s'est entretenu mardi avec X par téléphone": the medium right after the partner
                int after = syntax.skipAdverbs(s, s.mentionAt(k).last + 1);
                return (syntax.is(s, after, Grammar.BY) || syntax.is(s, after, Grammar.TO_SINGULAR)) && syntax.is(s, after + 1, Grammar.CALL_MEDIUM);
            }
            if (s.word(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a discuté avec X lors d'un entretien téléphonique", "s'est entretenu avec X au cours d'une
     * visioconférence": a call noun framing the same clause makes the talks a call; the noun is then
     * spent, so that it does not make a second call.
     */
    private boolean callNounAfter(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < s.size(); k++) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(";") || w.equals(".") || syntax.is(s, k, Grammar.SUBORDINATOR) || syntax.is(s, k, Grammar.WHO)) {
                return false;
            }
            Sentence.Cue other = s.cueAt(k);
            if (other == null || other.first != k) {
                continue;
            }
            if (other.isVerb()) {
                return false;
            }
            if (other.has(Act.CALL) && !other.used) {
                int det = k - 1;
                int frame = s.word(det - 1).equals("'") ? det - 3 : det - 2;
                if (syntax.is(s, det, Grammar.BY) || frame >= 0 && (syntax.is(s, frame, Grammar.FRAMING_PREPOSITION) || syntax.is(s, frame + 1, Grammar.BY))) {
                    // "par visioconférence", "lors d'un appel téléphonique", "par un coup de fil"
                    other.used = true;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one named right before a comma and "avec qui" (or "avec lequel") that opens the clause of verb {@code c}, within
     * a few words before it ({@code le sultan d'Oman, X, avec qui il s'est entretenu}); null when there is none.
     */
    private Mention withWhom(Sentence s, Sentence.Cue c) {
        for (int k = c.first - 1; k >= 2 && k >= c.first - 6; k--) {
            if (s.word(k).equals(",") || s.inQuote(k)) {
                return null;
            }
            if (syntax.is(s, k, Grammar.WITH) && syntax.is(s, k + 1, Grammar.RELATIVE_PRONOUN) && s.word(k - 1).equals(",")) {
                Mention m = s.mentionAt(k - 2);
                return m != null && m.last == k - 2 && m.actor != null ? m : null;
            }
        }
        return null;
    }

    private void withPartners(Sentence s, int from, Draft.Communication c) {
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (w.equals(";") || w.equals(".") || s.inQuote(k)) {
                break;
            }
            if (syntax.is(s, k, Grammar.WITH) || syntax.is(s, k, Grammar.AND) && !c.recipients.isEmpty()) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null) {
                    c.recipient(m.actor);
                } else if (syntax.is(s, k, Grammar.WITH) && c.recipients.isEmpty()) {
                    countedRecipients(s, k + 1, c); // "s'est entretenu lundi avec les deux délégations"
                }
            }
        }
    }

    /**
     * Adds as recipients of {@code c} the actors a counted phrase at {@code j} stands for ("les deux délégations",
     * "aux deux ministres": the ones last named together), but the sender; nothing when there is none.
     */
    private void countedRecipients(Sentence s, int j, Draft.Communication c) {
        Mention counted = j < s.size() ? countedAt(s, j) : null;
        if (counted != null && counted.first <= j + 1) {
            syntax.counted(counted).stream().filter(a -> a != c.sender).forEach(c::recipient);
        }
    }

    /** The index of the word before "de"/"d'" ending at {@code determiner - 1} ("lors" of "lors d'un"), else {@code determiner - 1}. */
    private int frameBefore(Sentence s, int determiner) {
        int k = determiner - 1;
        if (s.word(k).equals("'") && syntax.is(s, k - 1, Grammar.OF_ELIDED)) {
            return k - 2;
        }
        return syntax.is(s, k, Grammar.OF_UNELIDED) ? k - 1 : k;
    }

    /** "Une rencontre entre X et Y": X met Y. */
    private void meetingBetween(Sentence s, Sentence.Cue c) {
        Mention first = syntax.objectAt(s, c.last + 2, s.size());
        if (first == null || !syntax.is(s, first.last + 1, Grammar.AND)) {
            return;
        }
        Mention second = syntax.objectAt(s, first.last + 2, s.size());
        if (second == null || second.actor == first.actor || !(first.actor.confirmed || officialOfAState(first))
                || !(second.actor.confirmed || officialOfAState(second))) {
            return;
        }
        Draft.Communication meeting = new Draft.Communication(c.has(Act.CALL) ? CommunicationType.CALL : CommunicationType.MEETING, first.actor);
        meeting.recipient(second.actor);
        held(s, c, meeting);
    }

    /**
     * "Le sommet de l'UA s'ouvre lundi à Addis-Abeba", "Le tout premier Forum mondial de la langue française s'est ouvert
     * hier", "la conférence s'est tenue à Genève": a meeting that opens its clause as the subject and opens or is held
     * ({@code OPENED_VERB} after the reflexive pronoun; not in the future, which is news of a plan) is one MEETING,
     * convened by the body or state named with it ("de l'UA") and known as an actor anyway, else by nobody named (a forum
     * named only there is no actor). A headline's is the body's again.
     */
    private void openedMeetings(Sentence s) {
        if (s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER
                || !syntax.occurs(s, Grammar.OPENED_VERB)) {
            return;
        }
        for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
            if (communications.get(n).type == CommunicationType.MEETING) {
                return; // "Le sommet entre X et Y s'est tenu …": the meeting is theirs, read already
            }
        }
        for (int k = 2; k < s.size(); k++) {
            if (!syntax.is(s, k, Grammar.OPENED_VERB) || s.inQuote(k)) {
                continue;
            }
            int reflexive = syntax.is(s, k - 1, Grammar.AUXILIARY) ? k - 2 : k - 1;
            reflexive = s.word(reflexive).equals("'") ? reflexive - 1 : reflexive;
            int noun = reflexive > 0 && syntax.is(s, reflexive, Grammar.REFLEXIVE) ? meetingEventBefore(s, reflexive) : -1;
            if (noun < 0) {
                continue;
            }
            Draft.Actor convener = null;
            for (int w = noun; w < reflexive && convener == null; w++) {
                Mention m = s.mentionAt(w);
                if (m != null && m.last < reflexive && m.actor != null && m.actor.confirmed
                        && (m.actor.type == org.diplotext.model.ActorType.ORGANISATION || m.actor.type == org.diplotext.model.ActorType.STATE)) {
                    convener = m.actor;
                }
            }
            held(s, k, new Draft.Communication(CommunicationType.MEETING, convener));
            return; // one per sentence
        }
    }

    /**
     * The index of the meeting's noun (nouns.tsv, act MEETING) that opens, after its determiner and up to two words
     * ("Le tout premier Forum"), the clause ending before {@code end}, or -1.
     */
    private int meetingEventBefore(Sentence s, int end) {
        int start = end;
        while (start > 0 && end - start < 12 && s.token(start - 1).isWord() && !s.inQuote(start - 1) || start > 0 && s.word(start - 1).equals("'")) {
            start--;
        }
        if (!syntax.is(s, start, Grammar.DETERMINER) && !syntax.is(s, start, Grammar.DEFINITE_ELIDED)) {
            return -1;
        }
        for (int k = s.word(start + 1).equals("'") ? start + 2 : start + 1; k < Math.min(end, start + 5); k++) {
            var noun = lexicon.nouns().longest(s.tokens, k);
            if (noun != null && noun.value().act() == Act.MEETING) {
                return k;
            }
            if (syntax.is(s, k, Grammar.DE_FORM) || syntax.is(s, k, Grammar.DETERMINER) || s.mentionAt(k) != null && s.mentionAt(k).first == k) {
                return -1; // "Le président de la conférence", "Le ministre X"
            }
        }
        return -1;
    }

    /**
     * "a adressé mercredi une lettre aux deux gouvernements pour leur proposer une nouvelle rencontre", "a écrit lundi à
     * son homologue pour lui proposer une réunion": a letter or call of the sentence whose purpose is to propose a
     * meeting carries an invitation, from its sender to its recipients, on its day.
     */
    private void proposedMeetings(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (!c.isVerb() || s.inQuote(c.first) || c.first < 2 || !lexicon.is(c.lemmaHead, Grammar.PROPOSING_VERB)
                    || !syntax.is(s, c.first - 1, Grammar.DATIVE_CLITIC) || !syntax.is(s, c.first - 2, Grammar.FOR)) {
                continue;
            }
            boolean meeting = false;
            for (int k = c.last + 1; k < Math.min(s.size(), c.last + 5) && !meeting; k++) {
                // the noun itself, not its cue: "une nouvelle rencontre" is read as news ("une nouvelle") first
                org.diplotext.lexicon.PhraseIndex.Match<org.diplotext.lexicon.Entries.Noun> noun = lexicon.nouns().longest(s.tokens, k);
                meeting = noun != null && noun.value().act() == Act.MEETING;
            }
            Draft.Communication carrier = null;
            for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index && carrier == null; n--) {
                Draft.Communication other = communications.get(n);
                if ((other.type == CommunicationType.LETTER || other.type == CommunicationType.CALL) && other.sender != null) {
                    carrier = other;
                }
            }
            if (!meeting || carrier == null) {
                continue;
            }
            Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, carrier.sender);
            carrier.recipients.forEach(inv::recipient);
            inv.evidence.add(Span.of(input, s.start, s.end));
            inv.date = carrier.date;
            inv.sentence = s.index;
            communications.add(inv);
            c.used = true;
        }
    }

    private void meetingNouns(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || c.used || !(c.has(Act.MEETING) || c.has(Act.CALL)) || s.inQuote(c.first)) {
                continue;
            }
            boolean opening = c.first == 1 || c.first == 2 && s.word(1).equals("'") && syntax.is(s, 0, Grammar.DEFINITE_ELIDED);
            if (opening && (syntax.is(s, 0, Grammar.INDEFINITE_DETERMINER) || syntax.is(s, 0, Grammar.DEFINITE) || c.first == 2)
                    && syntax.is(s, c.last + 1, Grammar.BETWEEN)) {
                meetingBetween(s, c); // "Une rencontre entre X et Y a eu lieu mardi", "Le sommet entre X et Y s'est tenu à …"
                continue;
            }
            int frame = frameBefore(s, c.first - 1);
            // "Après sa rencontre avec X, Y a …", "avant son entretien avec X": framed by the time it bounds, as by "lors de"
            boolean bounding = frame >= 0 && frame == c.first - 2 && (syntax.is(s, frame, Grammar.AFTER) || syntax.is(s, frame, Grammar.BEFORE));
            boolean framed = frame >= 0 && (syntax.is(s, frame, Grammar.FRAMING_PREPOSITION) || bounding) && (frame <= 3 || s.word(frame - 1).equals(",")
                    || syntax.is(s, c.last + 1, Grammar.WITH)); // "X avait évoqué Y lors d'un entretien téléphonique avec Z": X's call with Z
            if (!syntax.is(s, c.first - 1, Grammar.INDEFINITE_DETERMINER)
                    && !(framed && (syntax.is(s, c.first - 1, Grammar.POSSESSIVE) || syntax.is(s, c.first - 1, Grammar.DEFINITE_SINGULAR)))) {
                continue; // "lors de sa rencontre avec X", "lors de la rencontre avec X" only in a framing phrase
            }
            int v = c.first - 2;
            while (v >= 0 && syntax.is(s, v, Grammar.ADVERB)) {
                v--;
            }
            Sentence.Cue governing = s.cueAt(v);
            if (governing != null && governing.isVerb() && (governing.has(Act.DEMAND) || governing.has(Act.INVITATION) || governing.has(Act.REPORTING))) {
                continue; // "a demandé une réunion", "a annoncé une rencontre": asked for or announced, not held
            }
            if (framed) {
                // "Lors d'un entretien avec X, Y a …": the meeting is the main clause's subject's
                int before = communications.size();
                Draft.Actor host = mainSubjectAfter(s, c.last + 1);
                if (host == null && frame > 3) {
                    Syntax.Subject main = syntax.sentenceSubject(s); // "X a exhorté Y à …, lors d'un entretien téléphonique avec Y"
                    host = main.actor();
                }
                CommunicationType type = c.has(Act.CALL) ? CommunicationType.CALL : CommunicationType.MEETING;
                meeting(s, c, host, type);
                Mention told = communications.size() == before && frame > 3 && host != null ? toldBefore(s, frame, host) : null;
                Draft.Actor addressed = told != null ? told.actor
                        : communications.size() == before && frame <= 3 && host != null ? addressedBy(s, host, before) : null;
                if (addressed == null && communications.size() == before && frame <= 3 && host != null) {
                    addressed = coSubject(s, c.last + 1, host); // "Lors d'un appel téléphonique, X et Y ont évoqué …": X called Y
                }
                if (addressed != null) {
                    // "X a fait part de sa demande au ministre Y, lors d'un entretien téléphonique": the exchange was with Y;
                    // "Lors d'un entretien téléphonique, X a exhorté Y à …": with the one the main clause asks or tells
                    Draft.Communication exchange = new Draft.Communication(type, host);
                    exchange.recipient(addressed);
                    held(s, c, exchange);
                }
                if (communications.size() > before) {
                    askedInExchange(s, communications.get(communications.size() - 1));
                }
                continue;
            }
            if (c.first >= 2 && syntax.is(s, c.first - 2, Grammar.TO_BARE_OR_PLURAL)) {
                continue; // invité à des pourparlers: the invitation's object
            }
            if (c.first - 1 == 0) {
                continue; // the meeting is the subject: nobody convenes it
            }
            Syntax.Subject subject = syntax.subject(s, c.first - 1, c.first - 1, null);
            if (pairHolds(s, c.first - 2)) {
                // "Les deux ministres ont eu des entretiens": the pair of the last exchange met
                pairAct(s, c, c.has(Act.CALL) ? CommunicationType.CALL : CommunicationType.MEETING);
                continue;
            }
            if (subject.actor() == null || syntax.prepositional(s.mentions.isEmpty() ? null : firstMention(s, subject.actor()))) {
                continue;
            }
            meeting(s, c, subject.actor(), c.has(Act.CALL) ? CommunicationType.CALL : CommunicationType.MEETING);
        }
    }

    /**
     * Whether the verb of holding that ends at {@code v} ("ont eu", "ont ensuite eu") has for subject a pair that opens
     * the sentence and names no actor ("Les deux ministres", "Les deux hommes").
     */
    private boolean pairHolds(Sentence s, int v) {
        if (v < 3 || !(syntax.is(s, v, Grammar.HOLD_VERB) || syntax.is(s, v, Grammar.HAD)) || s.inQuote(v)) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB))) {
            k--;
        }
        return k == 2 && (s.mentionAt(k) == null || s.mentionAt(k).kind == Mention.Kind.COUNTED) && lexicon.endsWithAny(s.word(k), "PLURAL_ENDING") && syntax.is(s, 1, Grammar.PAIR)
                && syntax.is(s, 0, Grammar.DEFINITE);
    }

    /**
     * The actor joined by "et" to the first mention of {@code subject} after token {@code from} ("X et Y ont
     * évoqué …": Y), or null.
     */
    private Draft.Actor coSubject(Sentence s, int from, Draft.Actor subject) {
        for (Mention m : s.mentions) {
            if (m.first < from || m.actor != subject || m.inQuote()) {
                continue;
            }
            int end = m.last;
            while (s.mentionAt(end + 1) != null && s.mentionAt(end + 1).actor == subject) {
                end = s.mentionAt(end + 1).last; // a title and its name
            }
            if (!syntax.is(s, end + 1, Grammar.AND)) {
                return null;
            }
            Mention other = syntax.objectAt(s, end + 2, Math.min(s.size(), end + 8));
            return other == null || other.kind == Mention.Kind.PRONOUN || other.actor == subject ? null : other.actor;
        }
        return null;
    }

    /**
     * The person whom {@code host} asks something of or tells something to in this sentence (a demand's
     * target, a statement's single recipient, made before the communication at {@code made}), or null.
     */
    private Draft.Actor addressedBy(Sentence s, Draft.Actor host, int made) {
        for (int k = demands.demands.size() - 1; k >= 0 && demands.demands.get(k).sentence == s.index; k--) {
            Draft.Demand d = demands.demands.get(k);
            if (d.source == host && !d.direct && d.target != null && d.target.type == org.diplotext.model.ActorType.PERSON) {
                return d.target;
            }
        }
        for (int k = made - 1; k >= 0 && communications.get(k).sentence == s.index; k--) {
            Draft.Communication said = communications.get(k);
            if (said.type == CommunicationType.STATEMENT && said.sender == host && said.recipients.size() == 1
                    && said.recipients.get(0).type == org.diplotext.model.ActorType.PERSON) {
                return said.recipients.get(0);
            }
        }
        return null;
    }

    /**
     * The person told something by the main clause before a framing phrase at {@code frame}: the
     * object after {@code à} ({@code a fait part de sa demande au ministre Y, lors d'un entretien}),
     * not the subject and not in a quotation; null when there is none.
     */
    private Mention toldBefore(Sentence s, int frame, Draft.Actor subject) {
        for (int k = 1; k < frame; k++) {
            if (!lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION) || s.inQuote(k)) {
                continue;
            }
            Mention m = syntax.objectAt(s, k + 1, frame);
            if (m != null && m.actor != subject && m.actor.type == org.diplotext.model.ActorType.PERSON && m.kind != Mention.Kind.PRONOUN) {
                return m;
            }
        }
        return null;
    }

    /**
     * A press event framing a clause ({@code Les dirigeants présentaient en conférence de presse leur bilan},
     * {@code Lors d'un point de presse, X a …}: PRESS_EVENT after {@code en} or a framing preposition) is a
     * statement of the clause's subject, whatever its verb; a statement of theirs in the sentence already says it.
     */
    private void pressEvents(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || c.used || !c.has(Act.STATEMENT) || s.inQuote(c.first) || !syntax.is(s, c.first, Grammar.PRESS_EVENT)) {
                continue;
            }
            boolean bare = syntax.is(s, c.first - 1, Grammar.IN);
            int frame = bare ? c.first - 1 : frameBefore(s, c.first - 1);
            boolean determined = syntax.is(s, c.first - 1, Grammar.ARTICLE) || syntax.is(s, c.first - 1, Grammar.POSSESSIVE);
            if (!bare && !(determined && frame >= 0 && syntax.is(s, frame, Grammar.FRAMING_PREPOSITION))) {
                continue;
            }
            Draft.Actor sender = frame <= 3 ? mainSubjectAfter(s, c.last + 1) : null;
            if (sender == null) {
                sender = syntax.sentenceSubject(s).actor();
            }
            if (sender == null) {
                continue;
            }
            c.used = true;
            boolean known = false;
            for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
                known |= communications.get(n).sender == sender && communications.get(n).type == CommunicationType.STATEMENT;
            }
            if (known) {
                continue;
            }
            Draft.Communication st = new Draft.Communication(CommunicationType.STATEMENT, sender);
            st.evidence.add(Span.of(input, s.start, s.end));
            st.date = dates.of(s, c.first, reference);
            st.sentence = s.index;
            communications.add(st);
        }
    }

    /**
     * "X a prononcé un discours", "X a publié un communiqué", "X a tenu une conférence de presse":
     * a statement named by a noun after a verb that delivers it is its subject's statement.
     */
    private void statementNouns(Sentence s) {
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || c.used || !c.has(Act.STATEMENT) || s.inQuote(c.first)) {
                continue;
            }
            int det = c.first - 1;
            boolean partitive = syntax.is(s, det, Grammar.PARTITIVE_ARTICLE); // "a fait des déclarations": checked against the verb below
            if (!(syntax.is(s, det, Grammar.ARTICLE) && !syntax.is(s, det, Grammar.PREPOSITION) || syntax.is(s, det, Grammar.POSSESSIVE) || partitive)) {
                continue;
            }
            int v = det - 1;
            while (v > 0 && (syntax.is(s, v, Grammar.ADVERB) || syntax.is(s, v, Grammar.WEEKDAY) || syntax.is(s, v, Grammar.RELATIVE_DAY))) {
                v--;
            }
            boolean within = syntax.is(s, det - 1, Grammar.WITHIN) && !partitive;
            if (!syntax.is(s, v, Grammar.STATEMENT_SUPPORT) && !within) {
                continue;
            }
            // "Dans un communiqué, X a pris acte de …", "X a pris acte … dans un communiqué": X's statement, whatever the verb,
            // a demand verb included ("X a, dans une déclaration, appelé Y à …"): the document is an act of its own
            Draft.Actor sender = within ? withinDocument(s, c) : syntax.subject(s, v, v, null).actor();
            if (sender == null) {
                continue;
            }
            boolean known = false;
            for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
                known |= communications.get(n).sender == sender && communications.get(n).type == CommunicationType.STATEMENT;
            }
            if (known) {
                continue;
            }
            Draft.Communication st = new Draft.Communication(CommunicationType.STATEMENT, sender);
            st.evidence.add(Span.of(input, s.start, s.end));
            st.date = dates.of(s, v, reference);
            st.sentence = s.index;
            Draft.Actor addressee = within ? null : addressee(s, v, c);
            if (addressee != null && addressee != sender) {
                st.recipients.add(addressee);
            }
            communications.add(st);
            c.used = true;
        }
    }

    /** The one a statement noun is addressed to: "a adressé un avertissement à la Chine", "lancé une mise en garde aux rebelles". */
    private Draft.Actor addressee(Sentence s, int verb, Sentence.Cue noun) {
        if (!syntax.is(s, verb, Grammar.ADDRESSING_VERB)) {
            return null;
        }
        int k = noun.last + 1;
        if (demands.adjectiveLike(s, k) && lexicon.is(s.tokens, k + 1, Grammar.TO_PREPOSITION)) {
            k++; // "un avertissement sévère à la Chine"
        }
        if (k >= s.size() || !lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION)) {
            return null;
        }
        Mention m = syntax.objectAt(s, k + 1, s.size());
        return m == null || m.kind == Mention.Kind.PRONOUN ? null : m.actor;
    }

    /**
     * The one who speaks in a statement document named after {@code dans} ({@code dans un
     * communiqué}): the subject of the main clause after it when it is fronted, else the subject of
     * the clause it ends; null when the document has an author of its own ({@code dans un
     * communiqué du ministère}: read by {@link #noteDocuments}).
     */
    private Draft.Actor withinDocument(Sentence s, Sentence.Cue noun) {
        if (syntax.is(s, noun.last + 1, Grammar.DE_FORM) || s.inQuote(noun.first)) {
            return null;
        }
        Draft.Actor fronted = fronted(s, noun);
        if (fronted != null) {
            return fronted;
        }
        if (noun.first <= 3) {
            // fronted, with a verb no lexicon lists: the subject of the first auxiliary after the comma
            for (int k = noun.last + 1; k < Math.min(s.size(), noun.last + 20) && !s.inQuote(k); k++) {
                if (s.word(k).equals(",")) {
                    for (int a = k + 1; a < Math.min(s.size(), k + 15) && !s.inQuote(a); a++) {
                        if (syntax.is(s, a, Grammar.AUXILIARY)) {
                            return syntax.subject(s, a, a, null).actor();
                        }
                    }
                    return null;
                }
            }
            return null;
        }
        for (int k = noun.first - 1; k >= 0; k--) {
            Sentence.Cue cue = s.cueAt(k);
            if (cue != null && cue.isVerb() && !s.inQuote(k)) {
                return syntax.subject(s, cue.first, cue.last, null).actor();
            }
        }
        for (int k = noun.first - 3; k >= 1; k--) {
            if (syntax.is(s, k, Grammar.AUXILIARY) && !s.inQuote(k)) {
                return syntax.subject(s, k, k, null).actor(); // "X a pris acte de la décision dans un communiqué"
            }
        }
        return null;
    }

    /**
     * A demand with no one asked, made in the main clause after a fronted call or meeting of its
     * source with one counterpart ("Lors d'un entretien avec X, Y a demandé …"), asks that counterpart.
     */
    private void askedInExchange(Sentence s, Draft.Communication exchange) {
        for (Draft.Demand d : demands.demands) {
            if (d.sentence == s.index && d.target == null && d.source == exchange.sender && !d.direct && exchange.recipients.size() == 1) {
                d.target = exchange.recipients.get(0);
            }
        }
    }

    /** "« La Russie doit retirer ses troupes », a dit X": a named actor's obligation in X's words is X's demand. */
    private void obligations(Sentence s, Draft.Actor attributed) {
        if (!syntax.occurs(s, Grammar.OBLIGATION) && !syntax.occurs(s, Grammar.REPORTED_OBLIGATION)) {
            return;
        }
        for (int i = 1; i < s.size(); i++) {
            boolean reported = syntax.is(s, i, Grammar.REPORTED_OBLIGATION); // "X a estimé que les FSR devaient …"
            if (!syntax.is(s, i, Grammar.OBLIGATION) && !reported) {
                continue;
            }
            // "X estime que le gouvernement « doit cesser … »": the quotation opens on the obligation itself
            boolean quoteOpens = i > 1 && s.inQuote(i) && !s.inQuote(i - 1) && !s.token(i - 1).isWord();
            Mention m = s.mentionAt(quoteOpens ? i - 2 : i - 1);
            boolean inside = s.inQuote(i) && !quoteOpens;
            if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || syntax.prepositional(m) || s.inQuote(m.first) != inside) {
                continue;
            }
            Draft.Actor source = reported ? null : inside ? s.quotes.get(s.quoteOf[i]).speaker : attributed;
            if (source == null && !inside && (reported || syntax.is(s, i, Grammar.PRESENT_OBLIGATION))) {
                source = reporterOfClause(s, m.first); // "X estime que la Russie doit …" ("devrait" there mostly foretells)
            }
            if (source != null) {
                // "« La Russie doit … »" in X's words, "Selon X, la Russie doit …", "X juge que la Russie doit …": X asks it
                demands.fromObligation(s, i, source, m.actor);
            }
        }
    }

    /** Whether the verb {@code c} follows a fronted source ("Selon Unia, …") other than {@code sender}. */
    private boolean toldByFrontedSource(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int end = frontedSourceEnd(s);
        Mention source = end >= 0 && end < c.first ? syntax.objectAt(s, 1, Math.min(s.size(), 5)) : null;
        return source != null && source.actor != sender;
    }

    /**
     * The index of the comma closing a fronted source ("Pour Berlin, …", "Selon lui, …" aside: a
     * named actor only), or -2 when the sentence opens otherwise.
     */
    private int frontedSourceEnd(Sentence s) {
        if (s.size() < 4 || !syntax.introducesSource(s, 0) || s.inQuote(0)) {
            return -2;
        }
        Mention m = syntax.objectAt(s, 1, Math.min(s.size(), 5));
        if (m == null || m.kind == Mention.Kind.PRONOUN) {
            return -2;
        }
        int end = skipSameActor(s, m);
        return s.word(end).equals(",") ? end : -2;
    }

    private static int skipSameActor(Sentence s, Mention m) {
        int end = m.last + 1;
        while (end < s.size() && s.mentionAt(end) != null && s.mentionAt(end).actor == m.actor) {
            end = s.mentionAt(end).last + 1; // "pour le ministre, Jean Dupont,"
        }
        return end;
    }

    /**
     * Whether a demand verb in the infinitive right after a verb of saying is followed by another infinitive, in a
     * quotation or not ({@code a dit vouloir « éviter … »}, {@code affirme vouloir rester}): the speaker's own intention.
     */
    private boolean ownIntention(Sentence s, Sentence.Cue c) {
        if (!c.has(Act.DEMAND) || !c.isVerb() || !infinitive(s, c) || c.first < 1) {
            return false;
        }
        Sentence.Cue saying = s.cueAt(c.first - 1);
        if (saying == null || !saying.isVerb() || saying.last != c.first - 1 || !saying.has(Act.REPORTING) || saying.has(Act.DEMAND)) {
            return false;
        }
        int k = c.last + 1;
        if (k < s.size() && !s.token(k).isWord() && (s.inQuote(k) || k + 1 < s.size() && s.inQuote(k + 1))) {
            k++; // the opening guillemet
        }
        return k < s.size() && s.token(k).isWord() && lexicon.endsWithAny(s.word(k), "INFINITIVE_ENDING");
    }

    /**
     * Whether a wish ({@code souhaiter}, WISH_VERB) is told in a clause another speaker reports: {@code X a assuré que
     * Tokyo souhaitait « … »} is X's statement and no demand of Tokyo's. Only the subject named right before the verb counts.
     */
    private boolean wishReportedByOther(Sentence s, Sentence.Cue c) {
        return lexicon.is(c.lemma, Grammar.WISH_VERB) && reportedByOther(s, c);
    }

    /**
     * Whether verb {@code c} has for subject an actor named right after the "que" of a verb of saying whose own subject
     * is another actor ("X a déclaré que les ouvriers ne voulaient « … »"): the clause is what X reports.
     */
    private boolean reportedByOther(Sentence s, Sentence.Cue c) {
        if (s.inQuote(c.first)) {
            return false;
        }
        int k = syntax.adverbsBefore(s, c.first - 1);
        if (k > 1 && s.word(k).equals("'") && syntax.is(s, k - 1, Grammar.NEGATION_CLITIC)) {
            k -= 2; // "que Paris n'attendait « … »"
        } else if (k > 0 && syntax.is(s, k, Grammar.NEGATION_CLITIC)) {
            k--; // "que les ouvriers ne voulaient « … »"
        }
        Mention m = k > 0 ? s.mentionAt(k) : null;
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN) {
            return false;
        }
        int that = m.first - 1;
        while (that > 0 && (syntax.is(s, that, Grammar.ARTICLE) || s.word(that).equals("'")) && !syntax.is(s, that, Grammar.SUBORDINATOR)) {
            that--; // "que les familles", "qu'Ottawa"
        }
        if (!syntax.is(s, that, Grammar.SUBORDINATOR) || s.inQuote(that)) {
            return false;
        }
        Sentence.Cue cue = null;
        for (int j = that - 1; j >= Math.max(0, that - 4) && cue == null; j--) { // "a assuré mardi que": past a day or an adverb
            if (!s.token(j).isWord()) {
                return false;
            }
            cue = s.cueAt(j);
        }
        if (cue == null || !cue.isVerb() || !cue.has(Act.REPORTING) || cue.has(Act.DEMAND) || syntax.negated(s, cue)) {
            return false;
        }
        Draft.Actor reporter = syntax.subject(s, cue.first, cue.last, null).actor();
        return reporter != null && reporter != m.actor;
    }

    /**
     * The subject of the reporting verb whose "que" opens the clause at {@code at} ("X estime que
     * la Russie doit …", "X a jugé qu'il faut …"), or null when no reporting verb governs it.
     */
    private Draft.Actor reporterOfClause(Sentence s, int at) {
        int k = at - 1;
        while (k > 0 && (syntax.is(s, k, Grammar.ARTICLE) || s.word(k).equals("'"))) {
            k--;
        }
        if (!syntax.is(s, k, Grammar.SUBORDINATOR) || s.inQuote(k)) {
            return null;
        }
        k = syntax.adverbsBefore(s, k - 1);
        Sentence.Cue cue = s.cueAt(k);
        if (cue == null || !cue.isVerb() || !cue.has(Act.REPORTING) || cue.has(Act.DEMAND) || syntax.negated(s, cue)) {
            return null;
        }
        return syntax.subject(s, cue.first, cue.last, null).actor();
    }

    /** "ont donné une semaine à X pour …", "X a jusqu'à vendredi pour …": a time limit set to act is a demand. */
    private void ultimatums(Sentence s, Draft.Actor attributed) {
        if (!syntax.occurs(s, Grammar.GRANT_VERB) && !syntax.occurs(s, Grammar.UNTIL)) {
            return;
        }
        for (int i = 1; i < s.size() - 1; i++) {
            if (s.inQuote(i)) {
                continue;
            }
            if (syntax.is(s, i, Grammar.GRANT_VERB)) {
                Draft.Actor giver = syntax.subject(s, i, i, null).actor();
                if (giver == null && presentParticiple(s, i) && (s.word(i - 1).equals(",") || i > 1 && s.word(i - 2).equals(",") && syntax.is(s, i - 1, Grammar.CLITIC))) {
                    giver = syntax.sentenceSubject(s).actor(); // "X a lancé un ultimatum au gouvernement, lui donnant jusqu'au …": X gives the time
                }
                demands.fromGrant(s, i, giver);
            } else if (syntax.is(s, i + 1, Grammar.UNTIL) && syntax.is(s, i, Grammar.AUXILIARY) && input.charAt(s.token(i).start()) != '\u00e0') {
                demands.fromDeadline(s, i, attributed != null ? attributed : demands.recentAsker(s));
            }
        }
    }

    /**
     * "X a saisi le Conseil d'État pour obtenir la suspension de …": seizing a court or an authority to
     * obtain something asks it of that court, the subject of "saisir" being the one who asks.
     */
    private void seizures(Sentence s) {
        if (!syntax.occurs(s, Grammar.SEIZE_VERB) || !syntax.occurs(s, Grammar.OBTAIN_VERB)) {
            return;
        }
        for (int i = 1; i < s.size() - 2; i++) {
            if (syntax.is(s, i, Grammar.SEIZE_VERB) && !s.inQuote(i)) {
                demands.fromSeizure(s, i, syntax.subject(s, i, i, null).actor());
            }
        }
    }

    /**
     * "« Retirez vos troupes », a lancé X": a quotation that opens with an imperative ("-ez", the
     * form addressed to others) asks, on its speaker's behalf, what it says. The one asked is a
     * person named after "à" in the attribution, or no one named. Not a question ("Pouvez-vous").
     */
    private void imperatives(Sentence s) {
        for (Sentence.Quote quote : s.quotes) {
            if (!quote.statement || quote.speaker == null) {
                continue;
            }
            int first = s.tokenAt(quote.quotation.contentStart());
            while (first < s.size() && !s.token(first).isWord() && s.inQuote(first)) {
                first++;
            }
            String w = s.word(first);
            if (first < s.size() && s.inQuote(first) && s.token(first).capitalised() && syntax.is(s, first, Grammar.SUBORDINATOR)) {
                // "« Que Belgrade reconnaisse d'abord notre indépendance, et nous reviendrons à la table »": a wish laid on the actor named
                int subject = first + 1 + (s.word(first + 1).equals("'") ? 1 : 0);
                Mention wished = syntax.objectAt(s, subject, s.size());
                if (wished != null && wished.actor != null && wished.kind != Mention.Kind.PRONOUN && s.inQuote(wished.first)) {
                    demands.fromSubjunctive(s, subject, quote.speaker, wished.actor);
                }
                continue;
            }
            if (first >= s.size() || !s.inQuote(first) || w.length() < 5 || !lexicon.endsWithAny(w, "SECOND_PLURAL_ENDING") || lexicon.isGrammar(w)
                    || s.mentionAt(first) != null || s.word(first + 1).equals("-")) {
                continue;
            }
            if (!s.token(first + 1).isWord() || s.token(first + 1).capitalised() || syntax.is(s, first + 1, Grammar.AUXILIARY)
                    || s.cueAt(first + 1) != null && s.cueAt(first + 1).isVerb()) {
                continue; // "« Gonzalez a raison »": a name that ends like a verb, followed by its own verb
            }
            demands.fromImperative(s, first, quote.speaker, spokenToAfter(s, quote));
        }
    }

    /** The person a quotation is said to after its attribution ("« … », a lancé X à Y"), or null. */
    private Draft.Actor spokenToAfter(Sentence s, Sentence.Quote quote) {
        for (int k = s.tokenAt(quote.quotation.close() + 1); k < s.size() && k >= 0; k++) {
            String v = s.word(k);
            if (v.equals(".") || v.equals(";") || s.inQuote(k)) {
                break;
            }
            if (syntax.is(s, k, Grammar.TO_BARE) && input.charAt(s.token(k).start()) == '\u00e0' || syntax.is(s, k, Grammar.TO_THE)) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null && m.actor != quote.speaker && m.kind != Mention.Kind.PRONOUN && m.actor.type == org.diplotext.model.ActorType.PERSON) {
                    return m.actor;
                }
                break;
            }
        }
        return null;
    }

    /**
     * A quotation attributed after it by a verb that asks ("« L'Europe doit investir dans sa défense »,
     * a exhorté X", "« …», a exigé X") is what its speaker asks: one demand of the quotation's first
     * sentence, of the actor that opens it before an obligation ({@code doit}) or of the one the words
     * are said to. Not for a question ("« Pourquoi ? », a demandé X") nor when the words already ask.
     */
    private void askingQuotes(Sentence s) {
        for (Sentence.Quote quote : s.quotes) {
            if (!quote.statement || quote.speaker == null || quote.attribution < 0) {
                continue;
            }
            Sentence.Cue verb = s.cueAt(quote.attribution);
            int open = s.tokenAt(quote.quotation.contentStart());
            int close = s.tokenAt(quote.quotation.close());
            if (verb == null || !verb.isVerb() || verb.first < close || !verb.has(Act.DEMAND) || verb.has(Act.REPORTING) && !lexicon.is(verb.lemmaHead, Grammar.ASKS_OF)
                    || lexicon.is(verb.lemmaHead, Grammar.ASKS_ONLY_OF) || syntax.reflexive(s, verb) || s.word(close - 1).equals("?")) {
                continue;
            }
            boolean asked = false;
            for (int k = demands.demands.size() - 1; k >= 0 && demands.demands.get(k).sentence == s.index && !asked; k--) {
                asked = demands.demands.get(k).source == quote.speaker && demands.demands.get(k).direct;
            }
            while (open < close && !s.token(open).isWord()) {
                open++;
            }
            if (asked || open >= close) {
                continue;
            }
            Mention opening = syntax.objectAt(s, open, close);
            boolean obliged = opening != null && opening.actor != null && opening.actor != quote.speaker && opening.kind != Mention.Kind.PRONOUN
                    && syntax.is(s, skipSameActor(s, opening), Grammar.OBLIGATION);
            // "« L'Europe doit investir … »": Europe is asked to invest
            demands.fromImperative(s, obliged ? skipSameActor(s, opening) + 1 : open, quote.speaker, obliged ? opening.actor : spokenToAfter(s, quote));
        }
    }

    /**
     * "Selon X, la crise est finie", "La crise est finie, d'après X": words reported without
     * quotation marks or a verb are X's statement. Returns X, or null when the sentence reports no
     * one's words this way (or already has a quotation, whose speaker is found elsewhere).
     */
    private Draft.Actor accordingTo(Sentence s) {
        if (s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER) {
            return null; // a headline sums up what the dispatch reports again
        }
        for (Sentence.Quote q : s.quotes) {
            if (q.statement) {
                return null;
            }
        }
        if (!syntax.occurs(s, Grammar.SOURCE_INTRODUCER) && !syntax.occurs(s, Grammar.AFTER) && !syntax.occurs(s, Grammar.SOURCE_NOUN)) {
            return null;
        }
        for (int k = 0; k < s.size(); k++) {
            if (s.inQuote(k) || !syntax.introducesSource(s, k) || syntax.is(s, k, Grammar.FOR)) {
                continue;
            }
            int from = sourceOfFigures(s, k + 1);
            Mention m = syntax.objectAt(s, from, Math.min(s.size(), from + 4));
            Syntax.Subject who;
            int end;
            if (m != null && m.kind != Mention.Kind.PRONOUN) {
                who = new Syntax.Subject(m.actor, syntax.plural(m), false);
                end = m.last + 1;
                while (end < s.size() && s.mentionAt(end) != null && s.mentionAt(end).actor == m.actor) {
                    end = s.mentionAt(end).last + 1; // "selon le ministre, Jean Dupont,"
                }
                if (m.kind == Mention.Kind.TITLE && m.link != null && m.link.actor == m.actor && m.link.first == end + 1 && s.mentionAt(end) != null) {
                    end = m.link.last + 1; // "Selon le sénateur LR Marc Dufresne, …": the party between the title and the name
                }
                if (end + 2 < s.size() && s.word(end).equals("(") && s.word(end + 2).equals(")") && s.mentionAt(end + 1) != null
                        && s.mentionAt(end + 1).actor == m.actor) {
                    end += 3; // "Selon le Bureau de la coordination des affaires humanitaires (OCHA), …": the acronym in brackets
                }
                Mention complement = m.complement;
                int named = complement != null && complement.first >= end && complement.first <= end + 2 ? complement.last + 1 : end;
                if (m.kind == Mention.Kind.TITLE && !s.word(named).equals(",")) {
                    named = pastTitleComplement(s, named); // "selon le directeur de l'hôpital, Jean Martin, …"
                }
                Mention apposed = m.kind == Mention.Kind.TITLE && s.word(named).equals(",") ? s.mentionAt(named + 1) : null;
                if (apposed != null && apposed.first == named + 1 && apposed.kind == Mention.Kind.PERSON && apposed.actor != null) {
                    // "selon le porte-parole du Kremlin, Dmitri Peskov, …": the name set off after the title's complement
                    who = new Syntax.Subject(apposed.actor, false, false);
                    end = apposed.last + 1;
                } else if (!m.actor.confirmed && !officialOfAState(m) && !publicOffice(s, m) && !officials(s, m) && !speakingGroup(s, m) && m.kind != Mention.Kind.STATE_ORGAN
                        && !(m.kind == Mention.Kind.ORGANISATION && s.token(m.first).capitalised())) {
                    // "d'après le chercheur": an unnamed someone's words are not worth a statement (a state's official's are,
                    // and a body's called by its name: "selon l'Institut Pasteur", "d'après l'Université de Bristol")
                    continue;
                } else if (m.kind == Mention.Kind.TITLE && named > end && s.word(named).equals(",")) {
                    end = named; // "Selon un porte-parole de la police locale, …": the unnamed official's complement names no actor
                }
            } else if (documentAfter(s, from) >= 0) {
                // "Selon le classement établi par Reporters sans frontières, …": the document's author speaks
                who = new Syntax.Subject(lastDocumentAuthor, lastDocumentAuthor.plural, false);
                end = documentAfter(s, from);
            } else {
                who = syntax.stressed(s, from); // "Selon lui, la Chine doit …": "lui" is not the clause's subject
                if (who.actor() != null && who.actor() == syntax.sentenceSubject(s).actor()) {
                    Draft.Actor prior = syntax.prior(who.plural());
                    who = new Syntax.Subject(prior, who.plural(), true);
                }
                end = from + 1;
            }
            String next = s.word(end);
            if (who.actor() == null || !(next.equals(",") || end >= s.size() - 1 && (next.equals(".") || end >= s.size()))) {
                continue;
            }
            for (int n = communications.size() - 1; n >= 0 && communications.get(n).sentence == s.index; n--) {
                Draft.Communication c = communications.get(n);
                if (c.sender == who.actor() && c.type == CommunicationType.STATEMENT) {
                    return who.actor();
                }
                if (c.type == CommunicationType.STATEMENT && c.quote == null && speaksForSource(c.sender, who.actor())) {
                    return who.actor(); // "Vladimir Poutine a exprimé sa préoccupation, selon le Kremlin": his statement, told by his own side
                }
            }
            Draft.Communication st = new Draft.Communication(CommunicationType.STATEMENT, who.actor());
            st.evidence.add(Span.of(input, s.start, s.end));
            st.date = dates.of(s, k, reference);
            st.sentence = s.index;
            communications.add(st);
            syntax.saw(who.actor(), who.plural());
            sawClauseSubjectLast(s, k, who.actor());
            return who.actor();
        }
        return null;
    }

    /**
     * After a source fronted at token {@code k} ({@code D'après l'agence Kyodo, le ministre … s'est entretenu …}), the
     * clause's own subject stays the one a pronoun of the next sentence stands for ("Il lui a demandé …"): the source only
     * tells what the subject did.
     */
    private void sawClauseSubjectLast(Sentence s, int k, Draft.Actor source) {
        if (k != 0) {
            return;
        }
        Syntax.Subject clause = syntax.sentenceSubject(s);
        if (clause.actor() != null && clause.actor() != source && !clause.pronoun()) {
            syntax.saw(clause.actor(), clause.plural());
        }
    }

    /**
     * The comma closing the complement of a title that names no actor ("de l'hôpital", "de
     * l'expérience CMS"), when a few words of a noun phrase lead to it, or {@code at} unchanged.
     */
    private int pastTitleComplement(Sentence s, int at) {
        if (!syntax.is(s, at, Grammar.DE_FORM)) {
            return at;
        }
        for (int k = at + 1; k < Math.min(s.size(), at + 7); k++) {
            if (s.word(k).equals(",")) {
                return k;
            }
            if (s.inQuote(k) || s.cueAt(k) != null || !s.token(k).isWord() && !s.word(k).equals("'")) {
                return at;
            }
        }
        return at;
    }

    /**
     * Whether a verb of speech with a named subject comes before the quotation ending at {@code before} in its clause
     * ({@code X a dénoncé une politique « … », selon l'agence IRNA}): the source after the quotation only reports what
     * the subject said, so the words stay the subject's.
     */
    private boolean spokenBefore(Sentence s, int before) {
        for (int k = before; k >= 0; k--) {
            if (s.word(k).equals(";") || s.inQuote(k)) {
                return false;
            }
            Sentence.Cue c = s.cueAt(k);
            if (c != null && c.isVerb() && c.last == k && speech(s, c) && !infinitive(s, c)) {
                Syntax.Subject who = syntax.subject(s, c.first, c.last, null);
                return who.actor() != null && !who.pronoun();
            }
        }
        return false;
    }

    /** Whether {@code speaker} acts for {@code source}: its body or spokesperson's body, or an official of the state it is. */
    private static boolean speaksForSource(Draft.Actor speaker, Draft.Actor source) {
        if (speaker == null || source == null || speaker == source) {
            return false;
        }
        return speaker.affiliationActor == source || speaker.speaksFor == source || source.key.equals(speaker.affiliation)
                || source.type == org.diplotext.model.ActorType.STATE && speaker.titleKind != null && source.country != null
                        && source.country.equals(speaker.country);
    }

    /** Whether the quotation holding token {@code k} was given to {@code told}, the source a sentence opens on. */
    private static boolean frontedQuoteBy(Sentence s, int k, Draft.Actor told) {
        return s.quotes.get(s.quoteOf[k]).speaker == told;
    }

    /**
     * Whether verb {@code c} follows a coordinator after a quotation given to the fronted source, with no verb of speech
     * ({@code Selon lui, l'Iran est « … » mais n'acceptera « … »}): the same report goes on.
     */
    private boolean coordinatedAfterQuote(Sentence s, Sentence.Cue c, int from) {
        boolean quoted = false;
        for (int k = from; k < c.first; k++) {
            quoted |= s.inQuote(k);
        }
        int j = c.first - 1;
        while (j > from && (syntax.is(s, j, Grammar.NEGATION_CLITIC) || syntax.is(s, j, Grammar.AUXILIARY) || syntax.is(s, j, Grammar.CLITIC)
                || s.word(j).equals("'"))) {
            j--;
        }
        return quoted && syntax.is(s, j, Grammar.CLAUSE_COORDINATOR);
    }

    /**
     * The source named by a sentence that opens on "selon X," when the quotation ending at {@code before} comes after it
     * with no verb of speech in between ({@code Selon le chef de la mission, X, les observateurs n'ont « pas pu … »}): the
     * quoted words are the source's, not those of the clause's subject; null otherwise.
     */
    private Draft.Actor frontedSource(Sentence s, int before) {
        if (!syntax.is(s, 0, Grammar.ACCORDING_TO) || s.inQuote(0)) {
            return null;
        }
        Mention m = syntax.objectAt(s, 1, Math.min(s.size(), 5));
        Draft.Actor told = m == null || m.kind == Mention.Kind.PRONOUN ? null : m.actor;
        int from = m == null ? 2 : m.last + 1;
        if (s.word(2).equals(",") && syntax.is(s, 1, Grammar.STRESSED_SINGULAR)) {
            told = frontedPronoun; // "Selon lui, les otages seraient « en bonne santé »": the one "lui" stands for
            from = 2;
        }
        if (told == null || from > before || told.type != org.diplotext.model.ActorType.PERSON) {
            return null; // a person who tells; not "selon des diplomates", "selon le ministère"
        }
        for (int k = from; k <= before; k++) {
            Sentence.Cue c = s.cueAt(k);
            if (s.inQuote(k) && frontedQuoteBy(s, k, told)) {
                continue; // "Selon lui, l'Iran est « prêt » mais n'acceptera « aucune condition »": the first is his words too
            }
            if (s.inQuote(k) || s.word(k).equals(";") || c != null && c.isVerb() && (speech(s, c) || !passive(s, c) && !coordinatedAfterQuote(s, c, from))) {
                // (a passive is no one's act of speech: "Selon lui, des preuves ont été reçues et les otages seraient « … »")
                return null; // "Selon X, Y a déclaré « … »", "Selon X, Y a qualifié Z de « … »": the verb's rules say who speaks
            }
        }
        return told;
    }

    /**
     * The subject right before a quotation that opens with its verb: "Dans un communiqué, l'OMS
     * « salue la rapidité de la réaction »" quotes the OMS. NONE when no actor ends at {@code before}.
     */
    private Syntax.Subject subjectOfQuotedVerb(Sentence s, int before) {
        Sentence.Cue verb = s.cueAt(before + 2);
        int end = before;
        if (s.word(before).equals(",")) {
            for (int k = before - 1; k >= Math.max(1, before - 8) && !s.inQuote(k); k--) {
                if (s.word(k).equals(",")) {
                    end = k - 1; // "L'OMS, dans un communiqué, « salue … »": past the incise
                    break;
                }
            }
        }
        int adverbs = syntax.adverbsBefore(s, end);
        if (end == before && demands.auxiliaryAt(s, adverbs)) {
            end = adverbs - 1; // "Antonio Guterres a « condamné avec force … »": the verb's participle opens the quotation
        }
        Mention m = s.mentionAt(end);
        if (m == null || m.last != end || m.actor == null || m.kind == Mention.Kind.PRONOUN || syntax.prepositional(m)
                || verb == null || !verb.isVerb() || verb.first != before + 2 || !s.inQuote(before + 2)) {
            return Syntax.Subject.NONE;
        }
        return new Syntax.Subject(m.actor, syntax.plural(m), false);
    }

    /**
     * The one a past participle opening the sentence with its agent is said of, the main clause's
     * subject: "Reçu mardi par X, Y a …" (X met Y), "Invité par X, Y se rendra …", "Sommée par
     * Bruxelles de réformer sa justice, la Pologne …"; null for any other verb or form.
     */
    private Draft.Actor frontedPassiveSubject(Sentence s, Sentence.Cue c) {
        if (c.first != 0 || !(c.has(Act.MEETING) || c.has(Act.INVITATION) || c.has(Act.DEMAND)) || s.inQuote(0)) {
            return null;
        }
        String raw = input.substring(s.token(0).start(), s.token(0).end());
        if (!Syntax.writtenParticiple(raw) && !lexicon.endsWithAny(s.word(0), "PAST_PARTICIPLE_ENDING")) {
            return null; // "Reçu", "Accueillie" as "Invité", "Sommée"
        }
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + 8); k++) {
            if (syntax.is(s, k, Grammar.BY)) {
                return frontedParticipleSubject(s, c);
            }
            if (!s.token(k).isWord() && !s.word(k).equals("'") || s.inQuote(k)) {
                return null; // "Reçu lundi à l'Élysée par X", not past a comma
            }
        }
        return null;
    }

    /** The comma closing a phrase fronted by the cue, or the sentence's size when there is none. */
    private int frontedEnd(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + WINDOW); k++) {
            if (s.word(k).equals(",") && !s.inQuote(k)) {
                return k;
            }
        }
        return s.size();
    }

    /**
     * The verb of speech of an incise set off by a comma inside a quotation, with its subject inverted
     * after it ("« Nous ne voterons pas, a dit X, ce texte »", "« C'est historique, a déclaré X. Nous … »",
     * "« …, a-t-il ajouté, … »"), between the tokens {@code from} and {@code to}; null when there is none.
     */
    private Sentence.Cue inciseWithin(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (!s.word(k).equals(",")) {
                continue;
            }
            int j = k + 1;
            while (j < to && syntax.is(s, j, Grammar.AUXILIARY)) {
                j++;
            }
            if (s.word(j).equals("-")) {
                j += syntax.is(s, j + 1, Grammar.EUPHONIC) ? 4 : 2; // "a-t-il dit": past the inverted pronoun
            }
            Sentence.Cue cue = s.cueAt(j);
            if (cue != null && cue.isVerb() && cue.first == j && cue.has(Act.REPORTING) && !cue.used && inciseSpeaker(s, cue).actor() != null) {
                return cue;
            }
        }
        return null;
    }

    /** The inverted subject after an incise's verb of speech, closed by a comma or a period; NONE otherwise. */
    private Syntax.Subject inciseSpeaker(Sentence s, Sentence.Cue cue) {
        int a = cue.last + 1;
        boolean before = cue.first > 1 && s.word(cue.first - 2).equals("-")
                && (syntax.is(s, cue.first - 1, Grammar.PRONOUN_SINGULAR) || syntax.is(s, cue.first - 1, Grammar.PRONOUN_PLURAL));
        if (s.word(a).equals("-") || before) {
            // "ajoute-t-il", "a-t-il ajouté": the pronoun inverted after the verb or its auxiliary
            Syntax.Subject inverted = syntax.subject(s, cue.first, cue.last, null);
            int close = s.word(a).equals("-") ? a + (syntax.is(s, a + 1, Grammar.EUPHONIC) ? 4 : 2) : a;
            return s.word(close).equals(",") || s.word(close).equals(".") ? inverted : Syntax.Subject.NONE;
        }
        Mention m = s.mentionAt(syntax.skipAdverbs(s, a));
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN) {
            return Syntax.Subject.NONE;
        }
        int close = skipSameActor(s, m);
        return s.word(close).equals(",") || s.word(close).equals(".") ? new Syntax.Subject(m.actor, syntax.plural(m), false) : Syntax.Subject.NONE;
    }

    /** The subject of the main clause after a participle opening the sentence, past any quotation in its phrase. */
    private Draft.Actor frontedParticipleSubject(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k < Math.min(s.size(), c.last + WINDOW); k++) {
            if (s.word(k).equals(";") || s.word(k).equals(".")) {
                return null;
            }
            if (s.word(k).equals(",") && !s.inQuote(k)) {
                Mention m = s.mentionAt(k + 1);
                if (m != null && m.kind == Mention.Kind.PRONOUN) {
                    return syntax.pronoun(s.word(m.first));
                }
                if (m == null) {
                    m = syntax.objectAt(s, k + 1, Math.min(s.size(), k + 6)); // ", des milliers de manifestants ont défilé"
                }
                return m != null && m.actor != null && !syntax.prepositional(m) ? m.actor : null;
            }
        }
        return null;
    }

    /**
     * The main clause's subject when a meeting, call or invitation verb is a past infinitive opening
     * the sentence after "après" ("Après avoir reçu X au fort de Brégançon, Y a …"), or null.
     */
    private Draft.Actor frontedPastInfinitiveSubject(Sentence s, Sentence.Cue c) {
        if (c.first != 2 || !syntax.is(s, 0, Grammar.AFTER) || !syntax.is(s, 1, Grammar.INFINITIVE_AUXILIARY)
                || !(c.has(Act.MEETING) || c.has(Act.CALL) || c.has(Act.INVITATION))) {
            return null;
        }
        int start = syntax.skipAdverbs(s, c.last + 1);
        int place = start;
        if (syntax.is(s, place, Grammar.LOCATIVE) && !c.has(Act.CALL)) {
            while (place + 1 < s.size() && s.token(place + 1).capitalised()) {
                place++; // "Après avoir reçu lundi à Lyon X": the place the meeting was held is no object
            }
            start = place > start ? syntax.skipAdverbs(s, place + 1) : start;
        }
        Mention object = syntax.objectAt(s, start, s.size());
        return object == null ? null : mainSubjectAfter(s, object.last + 1);
    }

    /** The subject of the main clause after a fronted phrase ending at the first comma from {@code from}, or null. */
    private Draft.Actor mainSubjectAfter(Sentence s, int from) {
        int comma = -1;
        for (int k = from; k < Math.min(s.size(), from + 20); k++) {
            if (s.inQuote(k) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return null;
            }
            if (s.word(k).equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        for (int k = comma + 1; k < Math.min(s.size(), comma + 8); k++) {
            Mention m = s.mentionAt(k);
            if (m != null && m.kind == Mention.Kind.PRONOUN) {
                return syntax.prior(m.plural); // "Après avoir reçu Y, il a …": he who was spoken of before, never Y
            }
            if (m != null && m.actor != null && !syntax.prepositional(m)) {
                return m.actor;
            }
            if (m != null) {
                k = m.last;
            } else if (s.cueAt(k) != null && s.cueAt(k).isVerb() || s.word(k).equals(",")) {
                return null;
            }
        }
        return null;
    }

    private Mention firstMention(Sentence s, Draft.Actor a) {
        for (Mention m : s.mentions) {
            if (m.actor == a) {
                return m;
            }
        }
        return s.mentions.get(0);
    }

    // --- letters ------------------------------------------------------------------------------

    private void letters(Sentence s, Syntax.Subject opening, List<Draft.Communication> here) {
        boolean nounFound = false;
        for (Sentence.Cue c : s.cues) {
            if (c.isVerb() || !c.has(Act.LETTER) || s.inQuote(c.first)) {
                continue;
            }
            String det = s.word(c.first - 1);
            boolean elided = det.equals("'");
            boolean definite = syntax.is(s, c.first - 1, Grammar.SINGULAR_DEFINITE_OR_DEMONSTRATIVE) || elided && syntax.is(s, c.first - 2, Grammar.DEFINITE_ELIDED);
            boolean indefinite = syntax.is(s, c.first - 1, Grammar.INDEFINITE_DETERMINER) || syntax.is(s, c.first - 1, Grammar.OF_ELIDED)
                    || elided && syntax.is(s, c.first - 2, Grammar.OF_ELIDED);
            if (!definite && !indefinite) {
                continue;
            }
            nounFound = true;
            if (syntax.is(s, c.first - 1, Grammar.DEMONSTRATIVE) && communications.stream().anyMatch(x -> x.type == CommunicationType.LETTER)) {
                continue; // "Dans ce courrier, il plaide …": the letter already reported
            }
            letter(s, c, c.last + 1, definite, opening, here);
        }
        if (!nounFound) {
            for (Sentence.Cue c : s.cues) {
                if (c.isVerb() && c.has(Act.LETTER) && !s.inQuote(c.first) && !c.used && addressedSpeech(s, c)) {
                    continue; // "X s'est adressé à Y": X spoke to Y, no letter
                }
                if (c.isVerb() && c.has(Act.LETTER) && !s.inQuote(c.first) && !c.used && !sendsOtherThanLetter(s, c) && !handedOver(s, c)) {
                    Syntax.Subject subject = syntax.subject(s, c.first, c.last, null);
                    if (subject.actor() != null && (recipientAfter(s, c.last + 1) != null || writtenToUnnamed(s, c))) {
                        letterFrom(s, c, subject.actor(), c.last + 1, here);
                        c.used = c.used || !saysAfter(s, c); // "X écrit à Y" is a letter; "X a écrit à Y que …" also says something
                    }
                }
            }
        }
        for (Sentence.Cue c : nounFound ? s.cues : List.<Sentence.Cue>of()) {
            if (c.isVerb() && c.has(Act.LETTER) && c.has(Act.REPORTING) && !s.inQuote(c.first) && !c.used
                    && recipientAfter(s, syntax.skipAdverbs(s, c.last + 1)) != null && !saysBeforeNextVerb(s, c)) {
                c.used = true; // "Selon une lettre dont X a obtenu copie, Y a écrit à Z": the letter named, no words of its own
            }
        }
    }

    /**
     * Whether the sentence quotes words, or "que" or a colon follows the verb before the next verb ("pour lui demander de
     * …" asks, and its own "tant que" says nothing of the letter): the verb says something besides writing.
     */
    private boolean saysBeforeNextVerb(Sentence s, Sentence.Cue c) {
        if (!s.quotes.isEmpty()) {
            return true;
        }
        for (int k = c.last + 1; k < s.size(); k++) {
            Sentence.Cue next = s.cueAt(k);
            if (next != null && next != c && next.isVerb()) {
                return false;
            }
            if (syntax.is(s, k, Grammar.SUBORDINATOR) || s.word(k).equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence quotes words, or the verb is followed by "que" or a colon: it says something besides writing. */
    private boolean saysAfter(Sentence s, Sentence.Cue c) {
        boolean says = !s.quotes.isEmpty();
        for (int k = c.last + 1; k < s.size() && !says; k++) {
            says = syntax.is(s, k, Grammar.SUBORDINATOR) || s.word(k).equals(":");
        }
        return says;
    }

    /**
     * Whether verb {@code c} writes (écrire) to someone named or described after it ("a écrit aux députés pour leur
     * demander de « … »"): the quotation further on is the letter's words, and the verb is still the letter's.
     */
    private boolean writesToSomeone(Sentence s, Sentence.Cue c) {
        return c.has(Act.LETTER) && !s.inQuote(c.first) && (recipientAfter(s, c.last + 1) != null || writtenToUnnamed(s, c));
    }

    /**
     * "a écrit aux deux généraux pour leur proposer …", "a écrit à ses coureurs": a verb that both writes and says
     * (écrire), followed by "à" and a noun phrase, writes to those named even when they are no actor; a letter
     * without recipient, where before it was a statement. Not "a écrit au sujet de", "à propos de", "au nom de"
     * (a preposition of two words), nor "à 20 heures"; a plural "aux X de Y" is people written to.
     */
    private boolean writtenToUnnamed(Sentence s, Sentence.Cue c) {
        if (!c.has(Act.REPORTING) || !c.has(Act.LETTER)) {
            return false;
        }
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (k + 2 >= s.size() || !syntax.is(s, k, Grammar.TO_PREPOSITION) || s.inQuote(k) || s.inQuote(k + 1)
                || s.token(k + 1).numeric() || syntax.is(s, k + 2, Grammar.OF) && !syntax.is(s, k, Grammar.PLURAL_DEFINITE)) {
            return false; // "au sujet de", "au nom de"; but "aux écoles de la région" are written to
        }
        return syntax.is(s, k, Grammar.TO_THE) || syntax.is(s, k + 1, Grammar.DETERMINER) || syntax.is(s, k + 1, Grammar.POSSESSIVE)
                || syntax.is(s, k + 1, Grammar.ARTICLE) && !syntax.is(s, k + 1, Grammar.OF);
    }

    /**
     * "X s'est adressé à Y", "X s'adressera mardi à la nation": a verb of sending used reflexively and followed by
     * "à" is speech to an audience, a statement of its subject to the one addressed (none when the audience is no
     * actor: "aux Français"), not a letter. Returns whether the cue was read so.
     */
    private boolean addressedSpeech(Sentence s, Sentence.Cue c) {
        int k = syntax.skipAdverbs(s, c.last + 1);
        if (k >= s.size() || !syntax.is(s, k, Grammar.TO_PREPOSITION) || !reflexiveBefore(s, c)) {
            return false;
        }
        Syntax.Subject subject = syntax.subject(s, c.first, c.last, null);
        if (subject.actor() == null) {
            return false;
        }
        Draft.Communication speech = new Draft.Communication(CommunicationType.STATEMENT, subject.actor());
        Mention audience = syntax.objectAt(s, k + 1, s.size());
        if (audience != null && audience.actor != subject.actor() && audience.kind != Mention.Kind.PRONOUN) {
            speech.recipient(audience.actor);
        }
        held(s, c, speech);
        c.used = true;
        return true;
    }

    /** Whether a reflexive pronoun stands before verb {@code c}, past its auxiliaries and adverbs ("s'est adressé", "se sont mardi réunis"). */
    private boolean reflexiveBefore(Sentence s, Sentence.Cue c) {
        for (int k = c.first - 1; k >= Math.max(0, c.first - 4); k--) {
            if (syntax.is(s, k, Grammar.REFLEXIVE) && !s.inQuote(k)) {
                return true;
            }
            if (!syntax.skippable(s, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb of sending has a direct object that is no letter ("a envoyé des soldats au Mali",
     * "a adressé un appel aux belligérants"): what is sent is the act, and no letter is written.
     */
    private boolean sendsOtherThanLetter(Sentence s, Sentence.Cue verb) {
        int k = syntax.skipAdverbs(s, verb.last + 1);
        Mention place = k < s.size() && lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION) ? syntax.objectAt(s, k + 1, Math.min(s.size(), k + 6)) : null;
        if (place != null && place.first <= k + 2) {
            k = syntax.skipAdverbs(s, place.last + 1); // "ont signé à Djeddah un accord": what is sent or signed after the one after "à"
            if (place.kind == Mention.Kind.TITLE && k + 1 < s.size() && syntax.is(s, k, Grammar.OF_SINGULAR)) {
                // "a écrit à la directrice du festival pour …": the title's complement in lower case, no object sent
                int noun = k + 1;
                while (noun < s.size() && (syntax.is(s, noun, Grammar.DEFINITE) || s.word(noun).equals("'") || noun + 1 < s.size() && s.word(noun + 1).equals("'"))) {
                    noun++;
                }
                Mention body = noun < s.size() ? s.mentionAt(noun) : null;
                if (noun < s.size() && s.token(noun).isWord() && !s.token(noun).capitalised() && body == null) {
                    k = syntax.skipAdverbs(s, noun + 1);
                } else if (body != null && body.first == noun && body.kind != Mention.Kind.PERSON && body.kind != Mention.Kind.PRONOUN) {
                    k = syntax.skipAdverbs(s, body.last + 1); // "a écrit au directeur du groupe Renault": the title's body, no object sent
                }
            }
        }
        boolean object = k < s.size() && (syntax.is(s, k, Grammar.DETERMINER) || syntax.is(s, k, Grammar.POSSESSIVE) || s.token(k).numeric());
        if (!object) {
            return false; // "a écrit à l'Iran", "a adressé à Pékin une note": no object, or the letter comes later
        }
        for (int n = k + 1; n < Math.min(s.size(), k + 4); n++) {
            Sentence.Cue noun = s.cueAt(n);
            if (noun != null && !noun.isVerb()) {
                return !noun.has(Act.LETTER); // "a envoyé une longue lettre à X" still writes
            }
        }
        return true;
    }

    /**
     * "X a été libérée lundi et remise aux autorités qatariennes": a verb of sending in the passive, or sharing the
     * passive auxiliary of the participle before "et", hands its subject over; it sends no letter.
     */
    private boolean handedOver(Sentence s, Sentence.Cue c) {
        if (passive(s, c)) {
            return true;
        }
        int k = syntax.adverbsBefore(s, c.first - 1);
        if (!syntax.is(s, k, Grammar.AND)) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            if (syntax.is(s, j, Grammar.BEEN)) {
                return true;
            }
        }
        return false;
    }

    private Mention recipientAfter(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (w.equals(";") || w.equals(".") || s.inQuote(k) || syntax.is(s, k, Grammar.FOR) || syntax.is(s, k, Grammar.WHO) || syntax.is(s, k, Grammar.WHOSE)) {
                return null;
            }
            if (lexicon.is(w, Grammar.TO_PREPOSITION) && !syntax.is(s, k - 1, Grammar.AUXILIARY)) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private void letter(Sentence s, Sentence.Cue noun, int from, boolean definite, Syntax.Subject opening, List<Draft.Communication> here) {
        if (writtenInRelative(s, noun, from, opening, here)) {
            return;
        }
        Draft.Actor sender = null;
        Draft.Actor recipient = null;
        Draft.Actor intermediary = null;
        boolean handedOver = false;
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (w.equals(";") || s.inQuote(k) || syntax.is(s, k, Grammar.FOR) && k > from + 1) {
                break;
            }
            if (syntax.is(s, k, Grammar.BY) && sender == null && !syntax.is(s, k - 1, Grammar.READING_PARTICIPLE) // not "consultée par Belga"
                    && !syntax.is(s, syntax.is(s, k + 1, Grammar.ARTICLE) ? k + 2 : k + 1, Grammar.MEDIA)) { // nor "publiée par le quotidien X"
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null) {
                    sender = m.actor;
                }
            }
            Sentence.Cue cue = s.cueAt(k);
            if (cue != null && cue.isVerb() && lexicon.is(cue.lemmaHead, Grammar.HANDING_OVER)) {
                handedOver = true;
            }
            if (lexicon.is(w, Grammar.TO_PREPOSITION) && !syntax.is(s, k - 1, Grammar.AUXILIARY) && !s.word(k - 1).equals("-")) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null && m.actor != sender) {
                    if (handedOver && definite) {
                        intermediary = m.actor;
                    } else if (recipient == null) {
                        recipient = m.actor;
                    }
                }
            }
        }
        if (recipient == null) {
            recipient = recipientBefore(s, noun); // "a adressé dimanche au Premier ministre une lettre"
            recipient = recipient == sender ? null : recipient;
        }
        if (recipient == null && !handedOver && lexicon.is(s.tokens, noun.first, Grammar.ADDRESSED_DOCUMENT) && !sentBefore(s, noun)) {
            return; // "a abaissé la note de la Grèce": a note is a letter only when sent or addressed
        }
        if (sender == null && syntax.is(s, from, Grammar.OF)) {
            Mention m = syntax.objectAt(s, from + 1, s.size());
            if (m != null && m.actor.confirmed) {
                sender = m.actor;
            }
        }
        if (definite) {
            Draft.Communication existing = null;
            for (int k = communications.size() - 1; k >= 0 && existing == null; k--) {
                Draft.Communication c = communications.get(k);
                if (c.type == CommunicationType.LETTER && (sender == null || c.sender == sender)) {
                    existing = c;
                } else if (c.type == CommunicationType.LETTER && handedOver && c.sentence >= s.index - 2) {
                    existing = c; // "Le courrier a été remis par X": X carried the letter just named
                    intermediary = sender;
                }
            }
            if (existing != null) {
                existing.evidence.add(Span.of(input, s.start, s.end));
                if (intermediary != null && !existing.intermediaries.contains(intermediary) && !existing.recipients.contains(intermediary)) {
                    existing.intermediaries.add(intermediary);
                }
                existing.recipient(recipient);
                return;
            }
        }
        if (sender == null) {
            for (int k = noun.first - 1; k >= 0; k--) {
                Sentence.Cue cue = s.cueAt(k);
                if (cue != null && cue.isVerb() && (cue.has(Act.LETTER) || cue.has(Act.DEMAND) || cue.has(Act.INVITATION))) {
                    sender = syntax.subject(s, cue.first, cue.last, opening.actor()).actor();
                    break;
                }
            }
        }
        if (sender == null && recipient != null) {
            sender = speakerInDocument(s, noun, opening); // "X a fait savoir dans une lettre adressée au Conseil que …"
        }
        if (sender == null) {
            sender = fronted(s, noun); // "Dans une lettre adressée à X, Y dénonce …"
        }
        if (sender == null) {
            Sentence.Cue answered = answeredBy(s, noun);
            if (answered != null) {
                sender = syntax.subject(s, answered.first, answered.last, opening.actor()).actor();
                if (recipient == null && sender != null && syntax.is(s, answered.last, Grammar.REPLY_VERB)) {
                    recipient = lastHost(sender); // "Bamako a répondu par une lettre": to the one who wrote to it
                }
            }
        }
        if (sender == null) {
            return;
        }
        if (recipient == null && cliticBeforeVerb(s, noun, Grammar.DATIVE_CLITIC)) {
            recipient = lastPartner(sender); // "X a invité Y à … Il lui a adressé un courrier": to the one just addressed
        }
        Draft.Communication letter = letterFor(sender, recipient);
        if (letter == null) {
            letter = new Draft.Communication(CommunicationType.LETTER, sender);
            letter.date = dates.of(s, noun.first, reference);
            letter.sentence = s.index;
            communications.add(letter);
        }
        letter.recipient(recipient);
        if (intermediary != null && !letter.intermediaries.contains(intermediary)) {
            letter.intermediaries.add(intermediary);
        }
        letter.evidence.add(Span.of(input, s.start, s.end));
        here.add(letter);
    }

    /**
     * "X avait été invité à se rendre à Dakar dans une lettre que Y lui avait adressée jeudi": a letter whose writer is
     * the subject of a relative clause of sending right after the noun, written to the one its dative clitic stands
     * for, the subject of the main clause; the invitation the main clause tells in the passive is the writer's too.
     * Dated by the relative clause. Returns whether the letter was read so.
     */
    private boolean writtenInRelative(Sentence s, Sentence.Cue noun, int from, Syntax.Subject opening, List<Draft.Communication> here) {
        int k = from;
        if (!syntax.is(s, k, Grammar.SUBORDINATOR) || s.inQuote(k)) {
            return false;
        }
        k += s.word(k + 1).equals("'") ? 2 : 1;
        Mention writer = syntax.objectAt(s, k, Math.min(s.size(), k + 3));
        if (writer == null || writer.actor == null || writer.kind == Mention.Kind.PRONOUN || writer.inQuote()) {
            return false;
        }
        k = writer.last + 1;
        while (k < s.size() && s.mentionAt(k) != null && s.mentionAt(k).first == k && s.mentionAt(k).actor == writer.actor) {
            k = s.mentionAt(k).last + 1; // "le négociateur iranien Mehdi Sadeghi"
        }
        if (writer.complement != null && writer.complement.first >= k && writer.complement.first <= k + 2) {
            k = writer.complement.last + 1; // "le président de la Commission de la Cédéao"
        }
        Mention apposed = s.word(k).equals(",") ? s.mentionAt(k + 1) : null;
        if (apposed != null && apposed.first == k + 1 && apposed.actor == writer.actor && s.word(apposed.last + 1).equals(",")) {
            k = apposed.last + 2; // "…, Kwame Adjei, lui avait adressée"
        }
        boolean dative = syntax.is(s, k, Grammar.DATIVE_CLITIC);
        k = dative ? k + 1 : k;
        while (k < s.size() && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB))) {
            k++;
        }
        Sentence.Cue sent = s.cueAt(k);
        if (sent == null || !sent.isVerb() || sent.first != k || !sent.has(Act.LETTER)) {
            return false;
        }
        sent.used = true;
        Draft.Actor addressee = dative && opening.actor() != writer.actor && !opening.pronoun() ? opening.actor() : null;
        Draft.Communication letter = letterFor(writer.actor, addressee);
        if (letter == null) {
            letter = new Draft.Communication(CommunicationType.LETTER, writer.actor);
            letter.date = dates.of(s, sent.last, reference);
            letter.sentence = s.index;
            communications.add(letter);
        }
        letter.recipient(addressee);
        letter.evidence.add(Span.of(input, s.start, s.end));
        here.add(letter);
        for (Sentence.Cue c : s.cues) {
            if (addressee != null && c.first < noun.first && c.isVerb() && c.has(Act.INVITATION) && !c.used && !s.inQuote(c.first) && passive(s, c)) {
                Draft.Communication inv = new Draft.Communication(CommunicationType.INVITATION, writer.actor);
                inv.recipient(addressee);
                held(s, c, inv); // "avait été invité … dans une lettre que Y lui avait adressée": Y invited
                c.used = true;
            }
        }
        return true;
    }

    /**
     * The subject of a verb of saying whose words are given in the letter that follows it ("X a fait savoir dans une lettre
     * adressée au Conseil de sécurité que …", "a dénoncé dimanche dans une lettre adressée à Y les « agressions »"): the
     * nearest verb before "dans une lettre" must be that verb, so that a letter told in a later clause keeps its own writer.
     */
    private Draft.Actor speakerInDocument(Sentence s, Sentence.Cue noun, Syntax.Subject opening) {
        if (!syntax.is(s, noun.first - 2, Grammar.DOCUMENT_INTRODUCER)) {
            return null;
        }
        for (int k = noun.first - 3; k >= 0; k--) {
            Sentence.Cue cue = s.cueAt(k);
            if (cue != null && cue.isVerb()) {
                return cue.has(Act.REPORTING) && !s.inQuote(k) ? syntax.subject(s, cue.first, cue.last, opening.actor()).actor() : null;
            }
        }
        return null;
    }

    /**
     * The one named after "à" between a verb of sending and the letter noun that is its object ("a adressé dimanche au
     * Premier ministre une lettre", "ont envoyé à la ministre un courrier"); null when no such verb and actor come first.
     */
    private Draft.Actor recipientBefore(Sentence s, Sentence.Cue noun) {
        int det = noun.first - 1;
        for (int k = det - 1; k >= Math.max(1, det - 10); k--) {
            Sentence.Cue cue = s.cueAt(k);
            if (cue == null || !cue.isVerb()) {
                continue;
            }
            if (!cue.has(Act.LETTER) || s.inQuote(k)) {
                return null;
            }
            int to = syntax.skipAdverbs(s, cue.last + 1);
            Mention m = syntax.is(s, to, Grammar.TO_PREPOSITION) ? syntax.objectAt(s, to + 1, det) : null;
            return m != null && m.kind != Mention.Kind.PRONOUN ? m.actor : null;
        }
        return null;
    }

    /**
     * The actor named right before the relative {@code que} that opens the clause the verb at c ends, its object
     * ({@code Lula, qu'il a appelé mardi}, {@code le ministre, que Macron a reçu}); null when the verb ends no such
     * clause, or the one named there is its subject.
     */
    private Mention relativeObject(Sentence s, Sentence.Cue c, Draft.Actor sender) {
        int k = syntax.adverbsBefore(s, c.first - 1);
        if (!syntax.is(s, k, Grammar.AUXILIARY)) {
            return null; // a compound tense: "qu'il a appelé", not "qu'il appelle à"
        }
        k--;
        Mention subject = k >= 0 ? s.mentionAt(k) : null;
        if (subject != null && subject.last == k && subject.actor != null) {
            k = subject.first - 1;
        } else if (syntax.is(s, k, Grammar.PRONOUN_SINGULAR) || syntax.is(s, k, Grammar.PRONOUN_PLURAL)) {
            k--;
        } else {
            return null;
        }
        if (k > 0 && s.word(k).equals("'")) {
            k--; // "qu'il"
        }
        if (k < 2 || !syntax.is(s, k, Grammar.SUBORDINATOR) || !s.word(k - 1).equals(",")) {
            return null;
        }
        Mention antecedent = s.mentionAt(k - 2);
        return antecedent != null && antecedent.last == k - 2 && antecedent.actor != null && antecedent.actor != sender
                && antecedent.kind != Mention.Kind.PRONOUN && !s.inQuote(k - 2) ? antecedent : null;
    }

    /**
     * Whether a verb that asks or calls ({@code appeler}) has an actor for object and nothing after
     * it but the end of the clause or a day: "a appelé X mardi" phones X; "a appelé X « un traître »"
     * names X, "a appelé X à …" asks.
     */
    private boolean calledWithNothingAsked(Sentence s, Sentence.Cue c) {
        Mention object = syntax.objectAt(s, syntax.skipAdverbs(s, c.last + 1), s.size());
        if (object == null || object.actor == null || object.kind == Mention.Kind.PRONOUN || syntax.prepositional(object)) {
            return false;
        }
        // "a appelé son homologue chinois Wang Yi": the name apposed to the title is the same object
        int after = syntax.skipAdverbs(s, skipSameActor(s, object));
        if (object.kind == Mention.Kind.TITLE) {
            after = pastCalledTitleComplement(s, after); // "a appelé mercredi soir le directeur du festival pour lui proposer …"
        }
        String w = s.word(after);
        return after >= s.size() || w.equals(".") || w.equals(",") || w.equals(";") || syntax.is(s, after, Grammar.WEEKDAY)
                || syntax.is(s, after, Grammar.RELATIVE_DAY) || syntax.is(s, after, Grammar.FOR);
    }

    /**
     * The index after a short complement of a title called ({@code du festival}, {@code de l'équipe}): up to four words
     * after {@code de}, with no verb among them, ending before {@code pour}, a day or punctuation; j when none follows.
     */
    private int pastCalledTitleComplement(Sentence s, int j) {
        if (j >= s.size() || !syntax.is(s, j, Grammar.DE_FORM)) {
            return j;
        }
        int k = j + 1;
        for (int guard = 0; guard < 4 && k < s.size(); guard++, k++) {
            if (!s.token(k).isWord() && !s.word(k).equals("'") || syntax.is(s, k, Grammar.FOR) || syntax.is(s, k, Grammar.WEEKDAY)
                    || syntax.is(s, k, Grammar.RELATIVE_DAY)) {
                break;
            }
            if (s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return j;
            }
        }
        return k;
    }

    /** Whether the call at c is told in a relative clause about the one called, nothing asked after it ({@code Lula, qu'il a appelé mardi}). */
    private boolean calledInRelative(Sentence s, Sentence.Cue c, Draft.Actor caller) {
        return relativeObject(s, c, caller) != null && !syntax.is(s, syntax.skipAdverbs(s, c.last + 1), Grammar.TO_PREPOSITION);
    }

    /** The verb that a letter is the means of: "a répondu par une lettre", "a réagi dans un courrier"; else null. */
    private Sentence.Cue answeredBy(Sentence s, Sentence.Cue noun) {
        int det = noun.first - 1;
        if (!syntax.is(s, det, Grammar.INDEFINITE_ARTICLE) || !syntax.is(s, det - 1, Grammar.BY)) {
            return null;
        }
        int v = det - 2;
        while (v >= 0 && (syntax.is(s, v, Grammar.ADVERB) || syntax.is(s, v, Grammar.WEEKDAY) || syntax.is(s, v, Grammar.RELATIVE_DAY)
                || syntax.is(s, v, Grammar.PREPOSITION) && (syntax.is(s, v + 1, Grammar.WEEKDAY) || syntax.is(s, v + 1, Grammar.RELATIVE_DAY)))) {
            v--; // "a répondu dès dimanche par une lettre"
        }
        Sentence.Cue cue = s.cueAt(v);
        return cue != null && cue.isVerb() && cue.has(Act.REPORTING) && !s.inQuote(v) ? cue : null;
    }

    /**
     * Whether the verb of sending right before a letter noun has a clitic of the class before it
     * ("lui a adressé un courrier", "leur a envoyé une lettre").
     */
    private boolean cliticBeforeVerb(Sentence s, Sentence.Cue noun, GrammarClass clitic) {
        int v = noun.first - 2;
        Sentence.Cue verb = s.cueAt(v);
        if (verb == null || !verb.isVerb() || !verb.has(Act.LETTER)) {
            return false;
        }
        int k = verb.first - 1;
        while (k > 0 && syntax.is(s, k, Grammar.ADVERB)) {
            k--;
        }
        if (syntax.is(s, k, Grammar.AUXILIARY)) {
            k--;
        }
        return syntax.is(s, k, clitic);
    }

    /**
     * Where the source named after figures or information starts ({@code selon les chiffres du
     * ministère}, {@code selon un bilan de l'ONU}, {@code selon les informations des autorités}):
     * after the noun ({@code REPORTED_FIGURES}) and its {@code de}; else {@code from} itself.
     */
    private int sourceOfFigures(Sentence s, int from) {
        int j = from;
        while (j < s.size() && j < from + 3 && (syntax.is(s, j, Grammar.DETERMINER) || syntax.is(s, j, Grammar.ARTICLE) || s.word(j).equals("'"))
                && !syntax.is(s, j, Grammar.DE_FORM)) {
            j++;
        }
        if (!syntax.is(s, j, Grammar.REPORTED_FIGURES) || !syntax.is(s, j + 1, Grammar.DE_FORM)) {
            return from;
        }
        return j + 2;
    }

    /** Whether a verb of sending a letter comes before the noun in its sentence ("a adressé une note"). */
    private static boolean sentBefore(Sentence s, Sentence.Cue noun) {
        for (int k = noun.first - 1; k >= 0; k--) {
            Sentence.Cue cue = s.cueAt(k);
            if (cue != null && cue.isVerb() && cue.has(Act.LETTER)) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the main clause after a fronted "dans une lettre …," phrase, or null. */
    private Draft.Actor fronted(Sentence s, Sentence.Cue noun) {
        int det = noun.first - 1;
        if (s.word(det).equals("'")) {
            det--;
        }
        if (!syntax.is(s, det - 1, Grammar.DOCUMENT_INTRODUCER)) {
            return null;
        }
        if (det >= 3 && s.word(det - 2).equals(",") && syntax.is(s, det - 3, Grammar.AUXILIARY) && !s.inQuote(det - 3)) {
            // "La Belgique et les Pays-Bas ont, dans une déclaration commune, appelé …": an incise after the auxiliary,
            // not a fronted phrase, so the auxiliary's subject speaks, not the object after the comma
            return syntax.subject(s, det - 3, det - 3, null).actor();
        }
        for (int k = noun.last + 1; k < s.size(); k++) {
            if (s.inQuote(k) || s.word(k).equals(";")) {
                return null;
            }
            if (s.word(k).equals(",") && (syntax.is(s, k + 1, Grammar.RELATIVE_PRONOUN) || participleIncise(s, k + 1))) {
                while (k + 1 < s.size() && !s.word(k + 1).equals(",")) {
                    k++; // "Dans une lettre à X, dont l'AFP a obtenu copie, Y demande": Y writes, not the AFP
                }
                continue;
            }
            if (s.word(k).equals(",")) {
                // the subject may be a long title with its body and the name in apposition: "Dans une lettre adressée mardi
                // au secrétaire général, le représentant permanent de l'Azerbaïdjan auprès de l'ONU, Tofig Alasgarov, accuse"
                for (int v = k + 1; v < Math.min(s.size(), k + 25) && !s.word(v).equals(";"); v++) {
                    Sentence.Cue cue = s.cueAt(v);
                    if (cue != null && cue.isVerb() && !s.inQuote(v)) {
                        return syntax.subject(s, cue.first, cue.last, null).actor();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether a past participle opens an incise closed by a comma: "Dans une lettre à X, publiée sur son site, Y …". */
    private boolean participleIncise(Sentence s, int k) {
        if (k >= s.size() || !s.token(k).isWord() || s.token(k).capitalised()) {
            return false;
        }
        String raw = input.substring(s.token(k).start(), s.token(k).end());
        if (!Syntax.writtenParticiple(raw)) {
            return false;
        }
        for (int n = k + 1; n < Math.min(s.size(), k + 8); n++) {
            if (s.word(n).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private void letterFrom(Sentence s, Sentence.Cue verb, Draft.Actor sender, int from, List<Draft.Communication> here) {
        Mention m = recipientAfter(s, from);
        Draft.Communication letter = letterFor(sender, m == null ? null : m.actor);
        if (letter == null) {
            letter = new Draft.Communication(CommunicationType.LETTER, sender);
            letter.date = dates.of(s, verb.first, reference);
            letter.sentence = s.index;
            communications.add(letter);
        }
        if (m != null) {
            letter.recipient(m.actor);
        }
        letter.evidence.add(Span.of(input, s.start, s.end));
        here.add(letter);
    }

    private Draft.Communication letterFor(Draft.Actor sender, Draft.Actor recipient) {
        for (int k = communications.size() - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
            Draft.Communication c = communications.get(k);
            if (c.type == CommunicationType.LETTER && c.sender == sender
                    && (recipient == null || c.recipients.isEmpty() || c.recipients.contains(recipient))) {
                return c;
            }
        }
        return null;
    }
}
