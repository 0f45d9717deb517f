package org.diplotext.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplotext.lexicon.Entries;
import org.diplotext.lexicon.GrammarClass;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.lexicon.PhraseIndex;
import org.diplotext.model.ActorType;
import org.diplotext.model.OrganisationKind;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.text.Folding;

/**
 * Resolves mentions to actors, one per entity: a state by its name, capital or government; an
 * organisation by its names or an anaphor ({@code l'ONG}); a person by full name, surname,
 * {@code M.}/{@code Mme}, or a title matching their role and country; a group by its noun.
 */
final class ActorResolver {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2}");
    /** What separates the words of a body's name, {@code &} being one of them ({@code Procter & Gamble}). */
    private static final java.util.regex.Pattern BODY_WORD_SEPARATOR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}&]+");
    /** The kind of titles that are trades ({@code graphiste}, {@code navigateur}): a role for a name, never an actor alone. */
    static final String PROFESSION = "PROFESSION";
    private static final String FOREIGN_MINISTER = "FOREIGN_MINISTER";
    /** The kind of titles.tsv for leaders' words ({@code chef}, {@code dirigeant}, {@code patron}). */
    private static final String LEADER = "LEADER";
    /** The kind of titles.tsv for offices of a body ({@code président de la Commission européenne}), no head of state. */
    private static final String OFFICIAL = "OFFICIAL";
    /** Kinds of titles many people of one text may bear (deputies, activists, journalists): never one person's without a name. */
    private static final java.util.Set<String> SHARED_ROLES = java.util.Set.of("OTHER", "LEADER", "LEGISLATOR");
    private final Lexicon lexicon;
    /** The words that mark a union's name (the values of {@code UNION_NOUN}), read when first needed. */
    private Set<String> unionMarks;
    private final String input;
    final Map<String, Draft.Actor> actors = new LinkedHashMap<>();
    private final Map<String, Draft.Actor> bySurname = new HashMap<>();
    private final List<Draft.Actor> persons = new ArrayList<>();
    private Draft.Actor lastOrganisation;
    /** The person who opened a sentence last ("Le ministre X, Y, a rencontré …"), and where: whom "Selon son cabinet" speaks of. */
    private Draft.Actor lastPersonTopic;
    private int lastPersonTopicSentence = -10;
    /** The organisation that opened a sentence last ("L'Union patronale a rejeté …"), for "Son directeur", and where. */
    private Draft.Actor lastBodyTopic;
    private int lastBodyTopicSentence = -10;
    /** The organisation that last spoke, wrote, met or asked something, and in which sentence: the body the text is about. */
    private Draft.Actor lastActingBody;
    private int lastActingBodySentence = -10;
    /** The actor named last, in this sentence or before, and the sentence it was named in: what "son porte-parole" speaks for. */
    private Draft.Actor lastActor;
    private int lastActorSentence = -10;
    private final Map<String, Draft.Actor> organisationsByName = new HashMap<>();
    private final List<Draft.Actor> organisationList = new ArrayList<>();
    /** Lexicon organisations named in brackets after another name, which they are. */
    private final Map<String, Draft.Actor> redirected = new HashMap<>();
    /**
     * Lexicon parties and institutions whose generic name is used in a dispatch from another
     * state, with the state they belong to there ("" for none known).
     */
    private final Map<String, String> relocated = new HashMap<>();
    /** Persons whose role so far is the lexicon's, not one the text gives them. */
    private final java.util.Set<Draft.Actor> lexiconRoles = new java.util.HashSet<>();
    /**
     * The actors known by a title ({@code T:} keys), in the order of {@link #actors}: a title is
     * compared with these only, so a long dispatch's titles do not each walk all its actors.
     */
    private final List<Draft.Actor> titled = new ArrayList<>();
    /** By {@code G:stem|}, the group of that noun with a qualifier made last ({@code les forces afghanes}). */
    private final Map<String, Draft.Actor> lastQualifiedGroup = new HashMap<>();

    /** The state of the dispatch's dateline place, or null. */
    private final String datelineState;

    /** The dispatch's own state: its dateline's, else its agency's ({@code Belga}: BE), or null. */
    private final String homeState;

    ActorResolver(Lexicon lexicon, String input) {
        this(lexicon, input, null, null);
    }

    /**
     * @param datelineState the state of the dispatch's dateline place ({@code MADRID (AFP)}: ES), or
     *                      null: what {@code le gouvernement} stands for before any state is named
     */
    ActorResolver(Lexicon lexicon, String input, String datelineState) {
        this(lexicon, input, datelineState, datelineState);
    }

    /** As above; {@code homeState} is the dispatch's own state, what {@code le gouvernement fédéral} stands for. */
    ActorResolver(Lexicon lexicon, String input, String datelineState, String homeState) {
        this.lexicon = lexicon;
        this.input = input;
        this.datelineState = datelineState;
        this.homeState = homeState;
    }

    void resolve(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.actor == null && m.kind != Mention.Kind.PRONOUN) {
                m.actor = resolve(m);
            }
            if (m.actor != null) {
                m.actor.lastSentence = s.index;
                lastActor = m.actor;
                lastActorSentence = s.index;
                if (m.kind == Mention.Kind.ORGANISATION && m.actor.type == ActorType.ORGANISATION) {
                    lastOrganisation = m.actor;
                }
                if (m.actor.type == ActorType.ORGANISATION && opensSentence(m)) {
                    lastBodyTopic = m.actor;
                    lastBodyTopicSentence = s.index;
                }
                if ((m.actor.type == ActorType.ORGANISATION || m.actor.type == ActorType.GROUP) && !organisationList.contains(m.actor)
                        && (m.actor.key.startsWith("O:"))) {
                    organisationList.add(m.actor);
                    organisationsByName.putIfAbsent(fold(m.actor.name), m.actor);
                }
            }
        }
        // a title linked to a name is the same actor; an org anaphor before a name too
        for (Mention m : s.mentions) {
            if (m.kind == Mention.Kind.ORG_ANAPHOR && m.link != null && m.link.actor != null && m.link.actor.noun == null
                    && m.link.actor.type == ActorType.ORGANISATION) {
                m.link.actor.noun = m.key; // "le fabricant Thermaline": later "le fabricant" (or "l'entreprise") is this company
            }
            if (m.link != null && m.actor != null && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.ORGANISATION)) {
                Mention other = m.link;
                if (other.kind == Mention.Kind.ORG_ANAPHOR && m.actor.noun == null) {
                    m.actor.noun = other.key; // "le quotidien Le Figaro": later "le quotidien" is this paper
                }
                if (other.actor != m.actor) {
                    other.actor = m.actor;
                    m.actor.name(text(other), 0);
                    m.actor.mention(span(other));
                }
            }
        }
        for (Mention m : s.mentions) {
            if (m.kind == Mention.Kind.TITLE && m.actor == null && m.link != null && m.link.link != m && m.link.actor != null
                    && m.link.actor.type == ActorType.PERSON) {
                m.actor = m.link.actor; // a title in apposition before another title and the name: "le ministre X, le prince Y"
                m.actor.name(text(m), 0);
                m.actor.mention(span(m));
                applyTitle(m.actor, m, true);
            }
        }
        for (Mention m : s.mentions) {
            if (m.actor != null && m.actor.type == ActorType.PERSON && m.kind != Mention.Kind.TITLE) {
                counterpart(s, m);
            } else if (m.actor != null && m.actor.type == ActorType.PERSON && lexicon.is(s.tokens, m.first, Grammar.COUNTERPART) && counterpartRole(m.actor)) {
                takePeersRole(s, m, m.first); // "son homologue allemand": a counterpart named by that word alone
            }
        }
        for (Mention m : s.mentions) {
            // "le directeur de la fondation Heinrich Böll Jean Martin": the body's noun stands for the name after it
            Mention of = m.complement != null && m.complement.actor == null && m.complement.kind == Mention.Kind.ORG_ANAPHOR
                    && m.complement.link != null ? m.complement.link : m.complement;
            if (m.kind == Mention.Kind.TITLE && m.actor != null && of != null && of.actor != null
                    && m.actor.affiliationActor == null && of.actor != m.actor) {
                m.actor.affiliationActor = of.actor;
                if (m.actor.type == ActorType.PERSON && of.actor.type == ActorType.ORGANISATION && !of.actor.confirmed && namedBody(of)) {
                    // "Joseph Lhota, le président du Metropolitan Transportation Authority": the body a named person leads is an actor
                    of.actor.confirmed = true;
                }
                if ((of.actor.type == ActorType.STATE || m.actor.type == ActorType.PERSON) && m.actor.country == null) {
                    m.actor.country = of.actor.country; // "le porte-parole du ministère iranien des Affaires étrangères"
                }
            }
        }
        notePersonTopic(s);
    }

    /** Keeps the person who opens the sentence, a title in apposition included ("Le ministre X, Y, a rencontré …"), as the topic. */
    private void notePersonTopic(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.actor != null && m.actor.type == ActorType.PERSON && m.kind != Mention.Kind.PRONOUN && opensSentence(m)) {
                lastPersonTopic = m.actor;
                lastPersonTopicSentence = s.index;
                return;
            }
        }
    }

    /**
     * The person who opened the sentence before, when m is a bare title right after a fronted source of that person's own
     * office ("X a rencontré le ministre Y. Selon son cabinet, le ministre a proposé …": X, whose cabinet speaks); else null.
     */
    private Draft.Actor topicOfOwnOffice(Mention m, String role) {
        Sentence s = m.sentence;
        int comma = m.first - 2;
        if (lastPersonTopic == null || lastPersonTopicSentence != s.index - 1 || m.complement != null || m.country != null || comma < 3
                || !s.word(comma).equals(",") || !lexicon.is(s.tokens, m.first - 1, Grammar.DEFINITE_SINGULAR)
                || !lexicon.is(s.tokens, comma - 1, Grammar.OFFICE_NOUN) || !lexicon.is(s.tokens, comma - 2, Grammar.POSSESSIVE)
                || !Syntax.introducesSource(lexicon, s, comma - 3)) {
            return null;
        }
        return compatible(lastPersonTopic, m, role) ? lastPersonTopic : null;
    }

    /**
     * A name after {@code son homologue israélien}: a person with the role of the one whose
     * counterpart he is (the person named before in the sentence, else the one just named) and
     * the country of the adjective.
     */
    private void counterpart(Sentence s, Mention m) {
        int k = m.first - 1;
        String country = null;
        if (k > 0 && s.token(k).isWord() && !s.token(k).capitalised()) {
            country = lexicon.stateOfAdjective(s.word(k)).orElse(null);
            if (country != null) {
                k--;
            } else if (k > 2 && s.word(k - 1).equals("-")) {
                country = lexicon.stateOfAdjective(s.word(k - 2) + "-" + s.word(k)).orElse(null); // "son homologue sud-coréen"
                k = country != null ? k - 3 : k;
            }
        }
        if (k < 0 || !lexicon.is(s.tokens, k, Grammar.COUNTERPART)) {
            return;
        }
        Draft.Actor p = m.actor;
        if (country != null && p.country == null) {
            p.country = country;
            if (p.affiliation == null) {
                p.affiliation = "S:" + country;
            }
        }
        if (p.role != null && !counterpartRole(p)) {
            return;
        }
        takePeersRole(s, m, k);
    }

    /** Whether a person's role is only that of a counterpart ("homologue"), to be replaced by the peer's. */
    private boolean counterpartRole(Draft.Actor p) {
        return p.role != null && lexicon.is(fold(p.role), Grammar.COUNTERPART);
    }

    /**
     * Gives the counterpart {@code m}, whose counterpart word is at {@code k}, the role of the one whose
     * counterpart he is: the person named before in the sentence, else the one just named.
     */
    private void takePeersRole(Sentence s, Mention m, int k) {
        Draft.Actor p = m.actor;
        Draft.Actor peer = null;
        for (Mention o : s.mentions) {
            if (o.first >= k) {
                break;
            }
            if (o.actor != null && o.actor != p && o.actor.type == ActorType.PERSON && o.actor.role != null) {
                peer = o.actor;
            }
        }
        for (int i = persons.size() - 1; i >= 0 && peer == null; i--) {
            Draft.Actor q = persons.get(i);
            if (q != p && q.role != null && q.lastSentence >= s.index - 1 && q.mentions.get(0).start() < m.start()) {
                peer = q; // not one first named after the counterpart: "Son homologue X a rencontré Y"
            }
        }
        if (peer != null) {
            p.role = peer.role;
            p.titleKind = peer.titleKind;
        }
    }

    /**
     * Notes the organisation that acts in sentence {@code sentence}, the sender of its last communication or the source
     * of its last demand: "l'organisation" next is that body rather than another merely named whose name says the word.
     */
    void acted(List<Draft.Communication> communications, List<Draft.Demand> demands, int sentence) {
        for (int k = communications.size() - 1; k >= 0 && communications.get(k).sentence == sentence; k--) {
            noteActing(communications.get(k).sender, sentence);
        }
        for (int k = demands.size() - 1; k >= 0 && demands.get(k).sentence == sentence; k--) {
            noteActing(demands.get(k).source, sentence);
        }
    }

    private void noteActing(Draft.Actor a, int sentence) {
        if (a != null && a.type == ActorType.ORGANISATION && a.key.startsWith("O:") && lastActingBodySentence < sentence) {
            lastActingBody = a;
            lastActingBodySentence = sentence;
        }
    }

    /** The state of ISO code {@code code} when the dispatch has named it so far, else null (none is made here). */
    Draft.Actor knownState(String code) {
        return actors.get("S:" + code);
    }

    private Draft.Actor resolve(Mention m) {
        return switch (m.kind) {
            case STATE, CAPITAL, STATE_BODY -> state(m);
            case STATE_ORGAN -> organ(m);
            case ORGANISATION -> organisation(m);
            case ORG_ANAPHOR -> anaphorOrNgos(m);
            case PERSON -> person(m);
            case TITLE -> title(m);
            case GROUP -> group(m);
            case PROPER -> proper(m);
            default -> null;
        };
    }

    private Draft.Actor state(Mention m) {
        Draft.Actor surnamed = surnameOfState(m);
        if (surnamed != null) {
            surnamed.mention(text(m), span(m));
            return surnamed;
        }
        if (m.key == null) {
            m.key = (m.federal || homeStateInView()) && homeState != null ? homeState : focusState();
            if (m.key == null) {
                return null;
            }
        }
        Entries.State entry = lexicon.state(m.key).orElse(null);
        String name = entry == null ? m.key : entry.name();
        Draft.Actor a = actors.computeIfAbsent("S:" + m.key, k -> new Draft.Actor(k, ActorType.STATE, name));
        a.country = m.key;
        a.nameRank = Math.max(a.nameRank, 5);
        a.confirmed |= !m.located; // "sa route vers le Canada": a state that only locates is no actor unless named otherwise
        a.mention(text(m), span(m));
        if (m.complement != null && m.complement.kind == Mention.Kind.PERSON && m.complement.actor == null) {
            m.complement.actor = person(m.complement); // "le gouvernement de Viktor Orban": its head is named too
        }
        return a;
    }

    private Draft.Actor organ(Mention m) {
        // the same noun of the same state is one body however it is written again
        String text = text(m);
        String country = m.country != null ? m.country : focusState();
        String key = "B:" + m.key + ":" + country;
        if (!actors.containsKey(key) && m.country == null) {
            for (Draft.Actor other : actors.values()) {
                if (other.key.startsWith("B:" + m.key + " ") || other.key.startsWith("B:" + m.key + ":")) {
                    key = other.key; // "la Cour" after "la Cour suprême"
                    country = other.country;
                }
            }
        }
        String actorCountry = country;
        Draft.Actor a = actors.computeIfAbsent(key, k -> new Draft.Actor(k, ActorType.ORGANISATION, text));
        a.confirmed = true;
        a.country = actorCountry;
        a.affiliation = actorCountry == null ? null : "S:" + actorCountry;
        a.mention(text, span(m));
        if (m.complement != null) {
            String written = text(m.complement);
            Draft.Actor state = state(m.complement);
            if (Character.isLowerCase(written.charAt(0))) {
                state.aliases.remove(written); // an adjective is a trace of the state, not one of its names
            }
            a.affiliationActor = state;
        }
        return a;
    }

    /**
     * Whether the dispatch's own state has been named as an actor already, so that a bare
     * {@code le gouvernement} of a national wire (Belga, ATS, La Presse Canadienne) or of a
     * dateline's state is that state's, however often foreign states were named.
     */
    private boolean homeStateInView() {
        Draft.Actor home = homeState == null ? null : actors.get("S:" + homeState);
        return home != null && home.confirmed;
    }

    /**
     * The state the text is about so far: the one named most, counting the mentions of its
     * bodies and people with its own ({@code BERNE (ATS) - Le DFAE a convoqué l'ambassadeur
     * d'Iran ... Le Parlement}: Switzerland); on a tie the dateline's, else the first named.
     */
    private String focusState() {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (Draft.Actor a : actors.values()) {
            if (a.country != null) {
                weight.merge(a.country, a.mentions.size(), Integer::sum);
            }
        }
        String focus = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : weight.entrySet()) {
            int w = e.getValue();
            if (w > best || w == best && e.getKey().equals(datelineState)) {
                focus = e.getKey();
                best = w;
            }
        }
        return focus == null ? datelineState : focus;
    }

    /**
     * The state whose town a one-word seat of an organisation also is ({@code Bruxelles}: the
     * Commission, or Belgium), when the text so far is about that state and has named no body
     * of the organisation's family; else null.
     */
    private String homeTown(Mention m) {
        if (m.first != m.last) {
            return null;
        }
        String place = lexicon.stateOfPlace(m.sentence.word(m.first)).orElse(null);
        if (place == null) {
            return null;
        }
        String family = lexicon.organisation(m.key).flatMap(Entries.Organisation::parent).orElse(m.key);
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (Draft.Actor a : actors.values()) {
            if (a.organisation != null && (a.organisation.id().equals(family) || a.organisation.parent().map(family::equals).orElse(false))) {
                return null; // "l'UE ... Bruxelles": the organisation is in the text already
            }
            if (a.country != null) {
                weight.merge(a.country, a.mentions.size(), Integer::sum);
            }
        }
        int own = weight.getOrDefault(place, 0);
        return own > 0 && weight.values().stream().allMatch(w -> w <= own) ? place : null;
    }

    /**
     * The organisation an acronym in brackets right after it names ("l'entreprise Hewlett-Packard
     * (HP)", "le Parti socialiste (PASOK)"), with the acronym added to its names; or null.
     */
    private Draft.Actor bracketed(Mention m) {
        Sentence s = m.sentence;
        if (m.first < 2 || !s.word(m.first - 1).equals("(") || m.last + 1 >= s.size() || !s.word(m.last + 1).equals(")")) {
            return null;
        }
        Mention previous = s.mentionAt(m.first - 2);
        if (!s.token(m.first).upper() && !sharesInitial(m, previous)) {
            return null;
        }
        Draft.Actor before = previous == null ? null : previous.actor;
        if (before == null || before.type == ActorType.PERSON || before.type == ActorType.STATE) {
            return null;
        }
        String text = text(m);
        before.mention(text, span(m));
        organisationsByName.putIfAbsent(fold(text), before);
        return before;
    }

    /**
     * Whether a single capitalised word in brackets reads as the acronym of the name just before it,
     * written in lower case after its capital ("la Ligue ivoirienne des droits de l'homme (Lidho)",
     * "(Minusma)"): it opens with that name's initial.
     */
    private static boolean sharesInitial(Mention m, Mention previous) {
        Sentence s = m.sentence;
        return m.first == m.last && previous != null && previous.last == m.first - 2 && s.token(m.first).capitalised()
                && s.word(m.first).charAt(0) == s.word(previous.first).charAt(0);
    }

    private Draft.Actor organisation(Mention m) {
        if (m.key == null) {
            // a name introduced by an organisation noun: l'ONG Human Rights Watch
            String text = text(m);
            Sentence s = m.sentence;
            if (m.nameFrom > m.first) {
                Draft.Actor named = actors.get("O:" + fold(input.substring(s.token(m.nameFrom).start(), m.end())));
                if (named != null && named.type == ActorType.ORGANISATION) {
                    named.mention(text, span(m)); // "le musée du Louvre" after "le musée Louvre" or "le Louvre"
                    return named;
                }
            }
            PhraseIndex.Match<Entries.Group> head = lexicon.groups().longest(s.tokens, m.first);
            // "les Forces de soutien rapide", "les Brigades al-Qassam": a body named by an armed group's noun is a group
            ActorType type = head != null && head.value().kind().equals("ARMED") && s.token(m.first).capitalised() ? ActorType.GROUP : ActorType.ORGANISATION;
            Draft.Actor a = actors.computeIfAbsent("O:" + fold(text), k -> new Draft.Actor(k, type, text));
            boolean body = m.link == null && lexicon.is(s.tokens, m.first, Grammar.ORG_HEAD) && !lexicon.is(s.tokens, m.first, Grammar.PARTY_HEAD);
            // a foundation, an institute or an agency named in passing is no actor; one that acts is
            int after = afterAcronym(s, m.last + 1);
            a.confirmed |= !body || subject(s, after) || after > m.last + 1 && openingSubject(s, m.first, after) || teamOf(s, m.first);
            a.mention(span(m));
            if (m.nameFrom > m.first) {
                // "la Fondation Wikimedia", later "Wikimedia"
                String proper = input.substring(m.sentence.token(m.nameFrom).start(), m.end());
                organisationsByName.putIfAbsent(fold(proper), a);
            }
            if (m.link != null) {
                a.aliases.add(text(m.link));
                if (m.link.key != null && lexicon.is(m.link.key, Grammar.NGO_NOUN)) {
                    a.titleKind = OrganisationKind.NGO.name();
                }
            }
            return a;
        }
        String town = homeTown(m);
        if (town != null) {
            m.kind = Mention.Kind.CAPITAL; // "Bruxelles a demandé aux Régions" in a dispatch on Belgian politics: the state
            m.key = town;
            return state(m);
        }
        m.key = localParty(m.key);
        Draft.Actor before = redirected.get(m.key);
        if (before == null && !actors.containsKey("O:" + m.key)) {
            before = bracketed(m);
            if (before != null) {
                redirected.put(m.key, before); // later "du PASOK" is the same party
                return before;
            }
        }
        if (before != null) {
            String text = text(m);
            before.mention(text, span(m));
            return before;
        }
        Entries.Organisation entry = lexicon.organisation(m.key).orElse(null);
        String name = entry == null ? text(m) : entry.name();
        ActorType type = entry == null ? ActorType.ORGANISATION : entry.type();
        Draft.Actor a = actors.computeIfAbsent("O:" + m.key, k -> new Draft.Actor(k, type, name));
        a.organisation = entry;
        a.nameRank = Math.max(a.nameRank, 5);
        a.confirmed = true;
        a.plural |= m.plural;
        String home = relocated.get(m.key);
        if (home != null) {
            a.country = home.isEmpty() ? null : home;
            a.affiliation = home.isEmpty() ? null : "S:" + home;
        } else if (entry != null) {
            entry.country().ifPresent(c -> a.country = c);
            entry.parent().ifPresent(p -> a.affiliation = "O:" + p);
            if (entry.parent().isEmpty()) {
                entry.country().ifPresent(c -> a.affiliation = "S:" + c);
            }
        }
        a.mention(text(m), span(m));
        return a;
    }

    /**
     * The lexicon party or institution a generic name stands for in a dispatch from another state
     * than the entry's ({@code BERNE (ATS) - Le Parti socialiste}: the Swiss one, {@code Parti
     * socialiste suisse}). When that state has no such entry, the key unchanged, and a party gets
     * no country while an institution ({@code DAKAR (AFP) - l'Assemblée nationale}) gets the
     * dispatch's state; the key unchanged when the dispatch is from the entry's state or about it.
     */
    private String localParty(String key) {
        if (datelineState == null) {
            return key;
        }
        Entries.Organisation entry = lexicon.organisation(key).orElse(null);
        if (entry == null || entry.country().isEmpty() || entry.parent().isPresent()) {
            return key;
        }
        boolean party = entry.kind() == OrganisationKind.PARTY;
        GrammarClass head = party ? Grammar.PARTY_HEAD : Grammar.INSTITUTION;
        String country = entry.country().get();
        if (!party && entry.kind() != OrganisationKind.OTHER || country.equals(datelineState) || country.equals(focusState())
                || !generic(entry.name(), head)) {
            return key;
        }
        String prefix = fold(entry.name()) + " ";
        for (Entries.Organisation o : lexicon.organisations()) {
            if (o.kind() == entry.kind() && o.country().filter(datelineState::equals).isPresent() && fold(o.name()).startsWith(prefix)) {
                return o.id();
            }
        }
        relocated.put(key, party ? "" : datelineState);
        return key;
    }

    /**
     * Whether a name is a head of class {@code head} and lower-case adjectives of no state
     * ({@code Parti socialiste}, {@code Assemblée nationale}), which many states' bodies bear.
     */
    private boolean generic(String name, GrammarClass head) {
        String[] words = name.split(" ");
        if (words.length < 2 || !lexicon.is(fold(words[0]), head)) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.indexOf('\'') >= 0 || lexicon.is(fold(w), Grammar.PARTICLE)
                    || lexicon.is(fold(w), Grammar.PREPOSITION) || lexicon.stateOfAdjective(fold(w)).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Les ONG ont réclamé …", "Plusieurs ONG ont demandé …" with no NGO named before: a group of NGOs. In a headline or
     * kicker the NGOs are those the lead names next ("des ONG exigent …" over "Une coalition de onze ONG a exigé …"),
     * so there the noun stays unresolved as before.
     */
    private Draft.Actor anaphorOrNgos(Mention m) {
        Draft.Actor a = anaphor(m);
        SegmentKind where = m.sentence.kind;
        if (a != null || !m.ngos || m.link != null || where == SegmentKind.HEADLINE || where == SegmentKind.KICKER) {
            return a;
        }
        m.kind = Mention.Kind.GROUP;
        return group(m);
    }

    private Draft.Actor anaphor(Mention m) {
        if (m.link != null) {
            return null; // resolved with the name it introduces
        }
        Draft.Actor target = null;
        boolean ngo = lexicon.is(m.key, Grammar.NGO_NOUN);
        // the words that mark a union's name are the value of "syndicat": no grammar words of their own, so names keep reading as before
        Set<String> union = lexicon.value(m.key, Grammar.UNION_NOUN).map(v -> Set.of(v.split(","))).orElse(Set.of());
        OrganisationKind fits = lexicon.value(m.key, Grammar.ANAPHOR_KIND).map(OrganisationKind::valueOf).orElse(null); // "le parti": a PARTY
        // "l'agence américaine" after "La NASA … avec l'Agence spatiale européenne": the state's adjective picks the state's body
        String country = null;
        for (int k = m.first + 1; k <= m.last + 1 && k < m.sentence.size() && country == null; k++) {
            country = lexicon.stateOfAdjective(m.sentence.word(k)).orElse(null);
        }
        Draft.Actor ofCountry = null;
        for (Draft.Actor a : organisationList) {
            boolean named = containsWord(a.foldedName(), m.key);
            boolean kind = ngo && NGO(a) || fits != null && a.organisation != null && a.organisation.kind() == fits;
            if (named || kind) {
                target = a; // the latest organisation the noun fits
                ofCountry = country != null && country.equals(a.country) ? a : ofCountry;
            }
        }
        for (int k = organisationList.size() - 1; k >= 0 && country != null && ofCountry == null; k--) {
            Draft.Actor a = organisationList.get(k);
            boolean open = a.organisation == null || a.organisation.kind() == OrganisationKind.OTHER || fits == null && !ngo;
            ofCountry = country.equals(a.country) && a.type == ActorType.ORGANISATION && open ? a : null; // "l'agence française": the CNES
        }
        target = ofCountry != null ? ofCountry : target;
        Draft.Actor topic = lastActingBodySentence >= m.sentence.index - 1 ? lastActingBody : null;
        if (target != null && topic != null && topic != target && ofCountry == null && lexicon.is(m.key, Grammar.GENERIC_ORG_ANAPHOR)
                && (ngo ? NGO(topic) : topic.affiliation == null || topic.affiliation.startsWith("O:"))) {
            // "le HCR … alerte … L'organisation invite …": the body that just acted, which the noun fits as well as the UN,
            // the latest body whose name says "Organisation"
            target = topic;
        }
        if (target == null && !union.isEmpty()) {
            for (Draft.Actor a : actors.values()) {
                if (unionName(a, union)) {
                    if (target != null) {
                        target = null; // "Unia et Syna … Le syndicat réclame": which one is not told by the name
                        break;
                    }
                    target = a; // "La CGT-Spectacle a appelé … Le syndicat exige …": the one union named
                }
            }
        }
        if (target == null) {
            boolean media = lexicon.is(m.key, Grammar.MEDIA);
            for (Draft.Actor a : organisationList) {
                // a news agency is "l'agence", never "la télévision" or "la radio", which a state's broadcaster is more often
                if (m.key.equals(a.noun) || media && (a.noun != null && lexicon.is(a.noun, Grammar.MEDIA)
                        || fits == OrganisationKind.AGENCY && a.organisation != null && a.organisation.kind() == OrganisationKind.NEWS_AGENCY)) {
                    target = a; // "le groupe" after "le groupe L'Oréal"
                }
            }
        }
        if (target == null && lexicon.is(m.key, Grammar.COMPANY_NOUN)) {
            target = latestCompany(m, true);
        }
        boolean management = lexicon.is(m.key, Grammar.MANAGEMENT);
        if (target == null && management) {
            target = hostOf(m); // "Chez Danone, la direction a confirmé"
        }
        if (target == null && management) {
            target = latestCompany(m, false); // "La CGT a appelé la direction à …": the company's, not the union's
        }
        if (target == null && management && lastOrganisation != null && !sourceOf(m, lastOrganisation) && !union(lastOrganisation)) {
            target = lastOrganisation; // "la direction a indiqué": the organisation last named
        }
        if (target == null && management) {
            for (int k = organisationList.size() - 1; k >= 0 && target == null; k--) {
                Draft.Actor a = organisationList.get(k);
                // "Selon la CGT, la direction …", "La CGT exige que la direction reçoive …": another one, the employer
                target = a.type == ActorType.ORGANISATION && !sourceOf(m, a) && !union(a) ? a : null;
            }
        }
        if (target == null && ngo && !m.ngos) { // "plusieurs ONG" are a group, not the latest body
            for (Draft.Actor a : organisationList) {
                if (a.type == ActorType.ORGANISATION && a.organisation == null && a.country == null && a.titleKind == null) {
                    target = a; // "l'ONG": the latest body the lexicon does not know as anything else
                }
            }
        }
        if (target == null && lexicon.is(m.key, Grammar.GENERIC_ORG_ANAPHOR) && !m.ngos
                && !(ngo && lastOrganisation != null && lastOrganisation.organisation != null)) {
            target = lastOrganisation; // not a government or agency the lexicon knows for an NGO
        }
        if (target == null) {
            return null;
        }
        target.aliases.add(withArticle(m));
        target.mention(span(m));
        return target;
    }

    /**
     * The latest organisation introduced by a company noun ("le fabricant Thermaline", "le groupe Renault"), other
     * than one named earlier in the sentence of {@code m} when {@code notInSentence}: "l'entreprise" then means that
     * company, even under another noun, and not the union that asks it something ("l'UFC demande à l'entreprise de
     * …"). Null when there is none.
     */
    private Draft.Actor latestCompany(Mention m, boolean notInSentence) {
        Draft.Actor found = null;
        for (Draft.Actor a : organisationList) {
            if (a.noun != null && lexicon.is(a.noun, Grammar.COMPANY_NOUN) && !(notInSentence && namedBefore(m, a))) {
                found = a;
            }
        }
        return found;
    }

    /** Whether actor {@code a} is named before mention {@code m} in its sentence. */
    private static boolean namedBefore(Mention m, Draft.Actor a) {
        for (Mention other : m.sentence.mentions) {
            if (other.first >= m.first) {
                return false;
            }
            if (other.actor == a) {
                return true;
            }
        }
        return false;
    }

    /** The organisation named after "chez" before mention {@code m} in its sentence ("Chez Danone, la direction"), or null. */
    private Draft.Actor hostOf(Mention m) {
        Sentence s = m.sentence;
        for (Mention other : s.mentions) {
            if (other.first >= m.first) {
                break;
            }
            if (other.actor != null && other.actor.type == ActorType.ORGANISATION && lexicon.is(s.tokens, other.first - 1, Grammar.HOST_PREPOSITION)) {
                return other.actor;
            }
        }
        return null;
    }

    /** Whether {@code a} is named before {@code m} in its sentence as a source: "Selon la CGT, la direction a refusé" (the company's, not the union's). */
    private boolean sourceOf(Mention m, Draft.Actor a) {
        Sentence s = m.sentence;
        for (Mention other : s.mentions) {
            if (other.first >= m.first) {
                break;
            }
            int before = other.first - 1;
            while (before > 0 && (lexicon.is(s.tokens, before, Grammar.ARTICLE) || s.word(before).equals("'"))) {
                before--;
            }
            if (other.actor == a && lexicon.is(s.tokens, before, Grammar.SOURCE_INTRODUCER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the organisation's name or acronym is one of {@code marks} ({@code Fédération CGT du spectacle},
     * {@code FGTB}): a union, which "le syndicat" may stand for though its name holds no "syndicat".
     */
    private static boolean unionName(Draft.Actor a, Set<String> marks) {
        if (a.type != ActorType.ORGANISATION) {
            return false;
        }
        for (String word : a.foldedName().split(" ")) {
            if (marks.contains(word)) {
                return true;
            }
        }
        return a.organisation != null && a.organisation.acronym().map(x -> marks.contains(fold(x))).orElse(false);
    }

    /** Whether {@code a} is a union by its name: "la direction" facing it is the employer's, not its own leadership. */
    private boolean union(Draft.Actor a) {
        if (unionMarks == null) {
            Set<String> marks = new java.util.HashSet<>();
            for (String noun : lexicon.words(Grammar.UNION_NOUN.name())) {
                lexicon.value(noun, Grammar.UNION_NOUN).ifPresent(v -> marks.addAll(List.of(v.split(","))));
            }
            unionMarks = marks;
        }
        return unionName(a, unionMarks);
    }

    private static boolean NGO(Draft.Actor a) {
        return (a.organisation != null && a.organisation.kind() == OrganisationKind.NGO) || OrganisationKind.NGO.name().equals(a.titleKind);
    }

    /**
     * Whether {@code name}, two words or more, ends the full name of person {@code known} and so is its surname of several
     * words ("M. Ben Salem", "Abdel Salem" after "Ali Ben Salem", "Ahmed Abdel Salem"); {@code notGiven}: its first word
     * is no given name or follows a civility, so it is not another person of the same family.
     */
    private static boolean compoundSurname(Draft.Actor known, String name, boolean notGiven) {
        return notGiven && known.type == ActorType.PERSON && fold(known.name).endsWith(" " + fold(name));
    }

    private Draft.Actor person(Mention m) {
        if (m.demonym) {
            return personOf(m);
        }
        Sentence s = m.sentence;
        Draft.Actor a;
        Draft.Actor namesake = m.key != null && m.first == m.last ? bySurname.get(s.word(m.first)) : null;
        if (namesake != null && namesake.type == ActorType.PERSON && namesake.key.startsWith("P:") && !namesake.key.equals("P:" + fold(m.key))) {
            a = namesake; // "Vincent Lagarde … Lagarde": the surname alone is the one the text named, not the lexicon's namesake
            a.aliases.add(text(m));
        } else if (m.key != null) {
            Entries.Person entry = lexicon.person(m.key).orElse(null);
            a = actors.computeIfAbsent("P:" + fold(m.key), k -> new Draft.Actor(k, ActorType.PERSON, m.key));
            a.nameRank = Math.max(a.nameRank, 5);
            String written = text(m);
            if (!fold(written).equals(fold(a.name))) {
                a.aliases.add(written); // "Benjamin Netanyahu" for the lexicon's "Benyamin Netanyahou": readers search what was written
            }
            if (entry != null) {
                entry.country().ifPresent(c -> a.country = c);
                if (a.role == null && entry.role().isPresent()) {
                    a.role = entry.role().get();
                    lexiconRoles.add(a); // what the lexicon last knew: a title the text gives this person wins
                }
                entry.affiliation().ifPresent(af -> a.affiliation = CODE.matcher(af).matches() ? "S:" + af : "O:" + af);
                a.surname = fold(m.key.substring(m.key.lastIndexOf(' ') + 1));
                bySurname.put(a.surname, a);
            }
        } else {
            int first = m.nameFrom >= 0 ? m.nameFrom : m.civility ? m.first + (s.word(m.first + 1).equals(".") ? 2 : 1) : m.first;
            String name = input.substring(s.token(first).start(), m.end());
            List<String> words = new ArrayList<>();
            for (int i = first; i <= m.last; i++) {
                if (s.token(i).isWord() && s.token(i).capitalised()) {
                    words.add(s.word(i));
                }
            }
            String surname = words.isEmpty() ? fold(name) : words.get(words.size() - 1);
            // "M. Lefebvre-Dumas", "Mme Ben Slimane": after a civility the words are the surname, unless the first is a given name
            String given = words.size() > 1 && lexicon.isFirstName(words.get(0)) ? words.get(0) : words.size() > 1 && !m.civility ? words.get(0) : null;
            Draft.Actor known = bySurname.get(surname);
            Draft.Actor whole = m.civility && words.size() > 1 ? namedInFull(name) : null;
            if (whole != null) {
                known = whole; // "Mme Ben Slimane" after "Nadia Ben Slimane": the whole surname, though "Ben" may be a given name
                given = null;
            }
            Draft.Actor early = words.size() > 1 ? actors.get("X:" + fold(surname)) : null;
            if (known == null && early != null && early.type == ActorType.ORGANISATION && early.organisation == null
                    && !surname.equals(surname.toUpperCase(Locale.ROOT))) {
                early.type = ActorType.PERSON; // "pour Montebourg" in the headline, "Arnaud Montebourg" in the body
                early.surname = surname;
                bySurname.put(surname, early);
                known = early;
            }
            if (known == null && words.size() > 1) {
                for (Draft.Actor p : persons) {
                    if (fold(p.name).startsWith(fold(name) + " ")) {
                        known = p; // "Ana Pastor" after "Ana Pastor García": the second surname is often dropped
                    }
                }
            }
            if (known == null && m.civility && words.size() == 1) {
                for (Draft.Actor p : persons) {
                    if (p.type == ActorType.PERSON && fold(p.name).startsWith(surname + " ")) {
                        known = p; // "M. Xi" after "Xi Jinping", "M. Lee" after "Lee Jae-myung": the family name written first
                    }
                }
            }
            if (known != null && known.key.startsWith("X:") && known.type == ActorType.PERSON) {
                known.confirmed = true;
            }
            if (known != null && (given == null || known.givenName == null || known.givenName.equals(given)
                    || known.key.startsWith("X:") && fold(known.name).startsWith(given)
                    || compoundSurname(known, name, m.civility || !lexicon.isFirstName(words.get(0))))) {
                a = known;
            } else {
                a = actors.computeIfAbsent("P:" + fold(name), k -> new Draft.Actor(k, ActorType.PERSON, name));
                a.surname = surname;
                bySurname.put(surname, a);
                if (words.size() == 3 && words.get(1).length() > 1 && !lexicon.isFirstName(words.get(1))) {
                    bySurname.putIfAbsent(words.get(1), a); // "Pastor" for "Ana Pastor García"
                }
            }
            if (given != null && a.givenName == null) {
                a.givenName = given;
            }
            if (!(m.civility && a.name.endsWith(name) && a.name.length() > name.length())) {
                a.name(name, words.size() > 1 ? 3 : 1); // "Mr Saputo" leaves "Joey Saputo" its full name
            } else {
                a.aliases.add(name);
            }
            if (m.civility) {
                a.aliases.add(text(m));
                a.gender = a.gender == 0 ? genderOfWord(s, m.first) : a.gender; // "Mme Imhof": a woman, whom "l'ambassadeur" names not
            }
        }
        a.confirmed = true;
        if (!persons.contains(a)) {
            persons.add(a);
        }
        a.mention(span(m));
        if (m.country != null && a.country == null) {
            a.country = m.country; // "la Polonaise Agnieszka Radwanska"
        }
        if (m.title != null) {
            applyTitle(a, m.link != null ? m.link : m, true);
        }
        return a;
    }

    /**
     * Gives a person the role, country and affiliation of a title; {@code given}: the title is
     * written next to the name (before it or in apposition), so it replaces a role only the lexicon gave.
     */
    private void applyTitle(Draft.Actor a, Mention title, boolean given) {
        if (title.title == null) {
            return;
        }
        String role = role(title);
        a.roles.add(fold(role));
        a.region = a.region == null ? region(title) : a.region;
        a.gender = a.gender == 0 ? gender(title) : a.gender;
        if (given && a.role != null && lexiconRoles.contains(a)) {
            if (!restates(a.role, title.title, role)) {
                a.role = null;
                a.titleKind = null;
            }
            lexiconRoles.remove(a); // the text has now given the role
        }
        if (a.role == null) {
            lexiconRoles.remove(a);
            a.role = role;
            a.titleKind = title.title.kind();
            a.roleOfOther = title.complement == null && title.organisation == null && title.country == null && title.remitFrom < 0
                    && lexicon.is(title.sentence.tokens, title.last + 1, Grammar.DE_FORM);
            a.officeOfBody = a.roleOfOther || title.country == null && title.remitFrom < 0 && (title.complement == null
                    ? lexicon.is(title.sentence.tokens, title.first - 1, Grammar.POSSESSIVE)
                    : title.complement.kind == Mention.Kind.ORG_ANAPHOR || title.complement.kind == Mention.Kind.ORGANISATION);
        }
        if (title.country != null && a.country == null) {
            a.country = title.country;
        }
        if (title.country != null && a.affiliation == null) {
            a.affiliation = "S:" + title.country;
        }
        if (title.organisation != null && a.affiliation == null) {
            a.affiliation = "O:" + title.organisation;
        }
    }

    /**
     * Whether a title goes on with "de" and a capitalised name it does not resolve ({@code Le bourgmestre de Beveren}):
     * the office of that place, whose holder the text has not named, not a role of the person named before.
     */
    private boolean ofNamedPlace(Mention m) {
        Sentence s = m.sentence;
        return (m.complement == null || m.complement.kind == Mention.Kind.PROPER) && m.organisation == null && m.last + 2 < s.size()
                && lexicon.is(s.tokens, m.last + 1, Grammar.DE_FORM) && s.token(m.last + 2).capitalised();
    }

    /** The role a title gives, with the remit written after it: "envoyé spécial pour le climat". */
    private String role(Mention m) {
        String role = m.title.role();
        Sentence s = m.sentence;
        if (m.complement != null && m.complement.kind == Mention.Kind.ORGANISATION && m.complement.first == m.last + 1
                && lexicon.is(s.tokens, m.last, Grammar.ORG_ANAPHOR)) {
            // "président de l'association Wikimédia France": the body is named, so the role is the head of the title
            int de = m.last;
            while (de > m.first && !lexicon.is(s.tokens, de, Grammar.DE_FORM)) {
                de--;
            }
            StringBuilder head = new StringBuilder();
            for (int k = m.first; k < de; k++) {
                head.append(k > m.first ? " " : "").append(s.word(k));
            }
            Entries.Title headTitle = de > m.first ? lexicon.titles().get(head.toString()) : null;
            role = headTitle != null ? headTitle.role() : role;
        }
        return m.remitFrom < 0 ? role : role + " " + input.substring(m.sentence.token(m.remitFrom).start(), m.end());
    }

    /**
     * Whether a title can be the head of a body: a head's word of an official or leader ({@code directeur}, {@code patron}),
     * or a president's ({@code Son président a reconnu} after the body that opened the sentence before: the body's, not a
     * head of state).
     */
    private boolean headOfBody(Mention m) {
        String head = headWord(m.title.role());
        return lexicon.is(head, Grammar.BODY_HEAD) && ("OFFICIAL".equals(m.title.kind()) || LEADER.equals(m.title.kind()))
                || "HEAD_OF_STATE".equals(m.title.kind()) && m.first == m.last && lexicon.is(head, Grammar.BODY_HEAD_ROLE);
    }

    /**
     * The body an unnamed spokesperson speaks for, whose words are the body's: the one after the title
     * ({@code un porte-parole du ministère allemand des Affaires étrangères}), or, after a
     * possessive, the actor named last in this sentence or the one before ({@code Le ministère …
     * a réagi. Son porte-parole a déclaré}), a person's own body when that actor is a person;
     * null for anyone else, and for a spokesperson the article makes one known person ({@code le porte-parole}).
     */
    private Draft.Actor spokenFor(Mention m) {
        Sentence s = m.sentence;
        if (!m.plural && m.complement == null && lexicon.is(s.tokens, m.first - 1, Grammar.POSSESSIVE) && headOfBody(m)) {
            // "L'Union patronale a rejeté ces exigences. Son directeur a estimé …": an unnamed head of the organisation
            // that opened the sentence before speaks for it, as its spokesperson would
            return lastBodyTopic != null && lastBodyTopicSentence >= s.index - 1 ? lastBodyTopic : null;
        }
        if (m.plural || !"SPOKESPERSON".equals(m.title.kind())
                || !lexicon.is(s.tokens, m.first - 1, Grammar.INDEFINITE_ARTICLE) && !lexicon.is(s.tokens, m.first - 1, Grammar.POSSESSIVE)) {
            return null;
        }
        if (m.complement != null) {
            Mention of = m.complement.kind == Mention.Kind.ORG_ANAPHOR && m.complement.link != null ? m.complement.link : m.complement;
            if (of.actor == null) {
                of.actor = resolve(of);
            }
            return of.actor != null && of.actor.type != ActorType.PERSON ? of.actor : null;
        }
        if (!lexicon.is(s.tokens, m.first - 1, Grammar.POSSESSIVE) || lastActor == null || lastActorSentence < s.index - 1) {
            return null;
        }
        // ", a indiqué son porte-parole" at the end of a sentence opened by its principal: the principal's, not the
        // last actor named in between ("Le secrétaire général de l'ONU a insisté … sous l'égide de l'Union africaine")
        Draft.Actor opener = openerBefore(m);
        Draft.Actor owner = opener != null ? opener : lastActor;
        Draft.Actor body = owner.type == ActorType.PERSON ? owner.affiliationActor : owner;
        return body != null && body.type != ActorType.PERSON && body.type != ActorType.GROUP ? body : null;
    }

    /**
     * The person a bare epithet stands for: the one named last, in this sentence or the one before
     * ({@code Léonard Bender … « … », a confié l'élu}, {@code Bart Ouvry … Le diplomate a reconnu}). Journalists vary
     * the words for the person just named with nouns of what he is, which name no office of their own; null when the
     * epithet says more (a country, a body, a complement) or no named person is that near.
     */
    private Draft.Actor epithetReferent(Mention m) {
        Sentence s = m.sentence;
        int article = lexicon.is(s.tokens, m.first - 1, Grammar.PRENOMINAL_ADJECTIVE) ? m.first - 2 : m.first - 1; // "l'ancien dirigeant"
        if (article > 0 && s.word(article - 1).equals("-") && s.token(article - 1).end() == s.token(article).start()) {
            return null; // "jusqu'à ce moment-là dirigeant": "là" after a hyphen is no article
        }
        boolean aged = ageAfter(s, m.last + 1); // "Le cinéaste de 41 ans", "Le coureur de 27 ans": the person just named, by age
        // "Le militant de gauche", "L'élue des Engagés": a side or a party says what the person just named is, not an office
        boolean side = !aged && lexicon.is(s.tokens, m.last + 1, Grammar.DE_FORM) && m.last + 2 < s.size() && !s.token(m.last + 2).capitalised()
                && lexicon.is(s.tokens, m.last + 2, Grammar.PARTY_HEAD) && (m.last + 3 >= s.size() || !lexicon.is(s.tokens, m.last + 3, Grammar.DE_FORM));
        String party = partyOf(m);
        if (party != null && lexicon.is(s.tokens, m.first, Grammar.EPITHET)) {
            Draft.Actor last = lastNamedPerson(s);
            return last != null && (last.affiliationActor == null || party.equals(last.affiliationActor.key)) ? last : null;
        }
        if (m.plural || m.organisation != null || m.complement != null || persons.isEmpty()
                || !lexicon.is(s.tokens, m.first, Grammar.EPITHET) && !(aged && PROFESSION.equals(m.title.kind()))
                || !lexicon.is(s.tokens, article, Grammar.DEFINITE_SINGULAR)
                && !(article > 0 && s.word(article).equals("'") && lexicon.is(s.tokens, article - 1, Grammar.DEFINITE_ELIDED))
                || lexicon.is(s.tokens, m.last + 1, Grammar.DE_FORM) && !aged && !side) {
            return null;
        }
        for (int k = m.first + 1; k <= m.last; k++) {
            if (s.token(k).is("-") && s.token(k).start() == s.token(k - 1).end()) {
                continue; // "Le libéral-radical": one word
            }
            if (!s.token(k).isWord() || s.token(k).capitalised() || lexicon.is(s.tokens, k, Grammar.DE_FORM)) {
                return null; // "le leader souverainiste" is still an epithet; "le responsable de la sécurité" an office
            }
        }
        char gender = gender(m);
        Draft.Actor last = null;
        for (int k = persons.size() - 1; k >= 0; k--) {
            Draft.Actor p = persons.get(k);
            if (p.surname != null && p.lastSentence >= s.index - 1 && (last == null || p.lastSentence > last.lastSentence) && !otherGender(p, gender)) {
                last = p; // the named person mentioned last, whoever was introduced after
            }
        }
        if (last == null && gender != 0) {
            last = lastNamedOfGender(gender, s.index - 3); // "Selon le porte-parole, X, la diplomate a …": the woman named before him
        }
        if (last == null) {
            last = onlyNamedPerson(); // "La sprinteuse Léa Morand … (two sentences on) …, a affirmé l'athlète": the one person named so far
        }
        if (last != null && otherGender(last, gender)) {
            return null;
        }
        // "Le médecin tanzanien avait rencontré …" after Mohamed Janabi: a nationality the person is not known to lack
        return last == null || m.country == null || last.country == null || last.country.equals(m.country) ? last : null;
    }

    /**
     * The key of the party a title's complement names ({@code l'élue des Engagés}), as its actors are keyed; null when the
     * complement is no party of the lexicon or the title has none.
     */
    private String partyOf(Mention m) {
        String key = m.complement != null && m.complement.kind == Mention.Kind.ORGANISATION ? m.complement.key : m.organisation;
        if (m.plural || key == null) {
            return null;
        }
        return lexicon.organisation(key).filter(o -> o.kind() == OrganisationKind.PARTY).map(o -> "O:" + o.id()).orElse(null);
    }

    /** The person last named in full whose name ends with these surname words ("Ben Slimane", "Lefebvre-Dumas"), or null. */
    private Draft.Actor namedInFull(String surname) {
        Draft.Actor found = null;
        for (Draft.Actor p : persons) {
            if (p.type == ActorType.PERSON && fold(p.name).endsWith(" " + fold(surname))) {
                found = p;
            }
        }
        return found;
    }

    /** Whether a person's known gender differs from the one a title tells (0: the title tells none). */
    private static boolean otherGender(Draft.Actor p, char gender) {
        return gender != 0 && p.gender != 0 && p.gender != gender;
    }

    /** The named person of this gender mentioned last, from sentence {@code since} on, or null. */
    private Draft.Actor lastNamedOfGender(char gender, int since) {
        Draft.Actor last = null;
        for (Draft.Actor p : persons) {
            if (p.surname != null && p.gender == gender && p.lastSentence >= since && (last == null || p.lastSentence >= last.lastSentence)) {
                last = p;
            }
        }
        return last;
    }

    /** The one person named by a surname so far, or null when none or several are. */
    private Draft.Actor onlyNamedPerson() {
        Draft.Actor only = null;
        for (Draft.Actor p : persons) {
            if (p.surname != null) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /** The named person mentioned last, in this sentence or the one before; null when none is that near. */
    private Draft.Actor lastNamedPerson(Sentence s) {
        Draft.Actor last = null;
        for (int k = persons.size() - 1; k >= 0; k--) {
            Draft.Actor p = persons.get(k);
            if (p.surname != null && p.lastSentence >= s.index - 1 && (last == null || p.lastSentence > last.lastSentence)) {
                last = p;
            }
        }
        return last;
    }

    /** Whether an age follows at j ({@code de 41 ans}): it tells who the person is, not an office's complement. */
    private boolean ageAfter(Sentence s, int j) {
        return j + 2 < s.size() && lexicon.is(s.tokens, j, Grammar.DE_FORM) && s.token(j + 1).numeric() && lexicon.is(s.tokens, j + 2, Grammar.AGE_YEARS);
    }

    /**
     * The organisation a body's officials after a possessive stand for ({@code « … », écrivent ses responsables},
     * {@code ses dirigeants ont annoncé}): the organisation named last, in this sentence or the one before, whose
     * words they speak as its spokesperson would; null for officials of no such body.
     */
    private Draft.Actor officialsOfLastBody(Mention m) {
        Sentence s = m.sentence;
        if (m.first != m.last || !lexicon.is(s.tokens, m.first, Grammar.BODY_OFFICIALS) || !lexicon.is(s.tokens, m.first - 1, Grammar.POSSESSIVE)
                || lastOrganisation == null || lastOrganisation.type != ActorType.ORGANISATION || lastOrganisation.lastSentence < s.index - 1) {
            return null;
        }
        return lastOrganisation;
    }

    /** The first word of a role, folded: {@code directeur} for {@code directeur général}. */
    private static String headWord(String role) {
        String folded = fold(role);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    /** The actor of the mention that opens the sentence of m, when it comes before m; else null. */
    private Draft.Actor openerBefore(Mention m) {
        for (Mention other : m.sentence.mentions) {
            if (other.first < m.first && other.actor != null && opensSentence(other)) {
                return other.actor;
            }
        }
        return null;
    }

    /** Whether a mention opens its sentence, its article aside ("L'Union patronale suisse a …"). */
    private boolean opensSentence(Mention m) {
        int k = m.first - 1;
        while (k >= 0 && (lexicon.is(m.sentence.tokens, k, Grammar.ARTICLE) || m.sentence.word(k).equals("'"))) {
            k--;
        }
        return k < 0;
    }

    /**
     * Whether a title the text gives only restates a person's lexicon role: a synonym of the same
     * kind ({@code chef de l'État} for {@code président}), a shorter form ({@code porte-parole} for
     * {@code porte-parole du Kremlin}) or a generic minister's title for a ministry's holder
     * ({@code conseiller fédéral} for {@code ministre des Affaires étrangères}).
     */
    private boolean restates(String lexiconRole, Entries.Title title, String role) {
        if (title.kind().equals("HONORIFIC")) {
            return true; // "le Premier ministre qatari, cheikh Mohammed …": a form of address is no role of its own
        }
        String known = fold(lexiconRole);
        if (known.equals(fold(role)) || extendsBy(known, fold(role)) || title.kind().equals(LEADER)) {
            return true; // "le chef de l'AIEA" says no more than "directeur général de l'AIEA"
        }
        Entries.Title entry = lexicon.titles().get(lexiconRole);
        String kind = entry == null ? null : entry.kind();
        return kind != null && title.role().equals(role)
                && (kind.equals(title.kind()) && !kind.equals("OTHER") || title.kind().equals("MINISTER") && kind.endsWith("MINISTER"));
    }

    private Draft.Actor title(Mention m) {
        if (m.link != null) {
            return null; // resolved with the name it belongs to
        }
        Draft.Actor body = spokenFor(m);
        String role = fold(role(m));
        Draft.Actor match = body == null ? topicOfOwnOffice(m, role) : null;
        for (int k = persons.size() - 1; k >= 0 && match == null; k--) {
            Draft.Actor p = persons.get(k);
            if (body == null ? compatible(p, m, role) && sameRegion(p, m) : p.speaksFor == body && role.equals(fold(p.role == null ? "" : p.role))) {
                match = p; // an unnamed spokesperson is the same one only for the same body
            }
        }
        if (match == null && body == null) {
            match = epithetReferent(m);
        }
        if (match == null && body == null && !m.plural && region(m) == null) {
            match = holderOfOffice(m);
        }
        boolean stateComplement = m.complement != null && (m.complement.kind == Mention.Kind.STATE || m.complement.kind == Mention.Kind.CAPITAL);
        if (match == null && m.country == null && !stateComplement && body == null) {
            // a role right after the person it describes: "Jean Dupont ... Le porte-parole du collectif"
            for (int k = persons.size() - 1; k >= 0; k--) {
                Draft.Actor p = persons.get(k);
                if (p.role == null && p.lastSentence >= m.sentence.index - 1 && !m.plural && m.first <= 1
                        && m.first == 1 && lexicon.is(m.sentence.tokens, 0, Grammar.DEFINITE_SINGULAR) && !ofNamedPlace(m)) {
                    match = p;
                    break;
                }
            }
        }
        if (match != null) {
            match.aliases.add(m.shared != null ? sharedName(m) : withArticle(m));
            match.mention(span(m));
            applyTitle(match, m, false);
            return match;
        }
        if (m.title.kind().equals(PROFESSION)) {
            return null; // "un photographe a été blessé": an unnamed professional is no party to diplomacy
        }
        int end = m.end();
        if (m.complement == null && m.shared == null) {
            // an unnamed official is named by the whole title: "le chef de la direction de l'aviation civile"
            Sentence s = m.sentence;
            int j = m.last + 1;
            int last = m.last;
            while (j < s.size() && j < m.last + 10) {
                String w = s.word(j);
                if ((lexicon.is(s.tokens, j, Grammar.OF_OR_DEFINITE) || w.equals("'")) && j + 1 < s.size()) {
                    j++;
                    continue;
                }
                if (askedToDo(s, j)) {
                    break; // "a demandé au préfet de rétablir l'ordre": what the official is asked to do is not their title
                }
                if (j == m.last + 1 && lexicon.is(s.tokens, j, Grammar.INDEFINITE_ARTICLE)) {
                    break; // "a adressé au ministre une lettre": the thing given, not the title's complement
                }
                if (w.equals("-") && j + 1 < s.size() && s.token(j - 1).end() == s.token(j).start() && s.token(j).end() == s.token(j + 1).start()
                        && s.token(j + 1).isWord()) {
                    last = j + 1; // "le préfet de Lot-et-Garonne": a place of hyphenated words is one
                    j += 2;
                    continue;
                }
                if (s.token(j).isWord() && s.mentionAt(j) == null && !lexicon.is(w, Grammar.AUXILIARY) && !lexicon.is(w, Grammar.MODAL_VERB)
                        && !lexicon.is(w, Grammar.CLITIC) && !lexicon.is(w, Grammar.PREPOSITION)
                        && lexicon.verbs().longest(s.tokens, j) == null && !lexicon.is(w, Grammar.SUBORDINATOR) && !lexicon.is(s.tokens, j, Grammar.WHO)
                        && !lexicon.is(s.tokens, j, Grammar.AND) && !s.token(j).numeric() && !whenOrHow(s, j)
                        && !lexicon.is(s.tokens, j, Grammar.FRAMING_PREPOSITION) && !lexicon.is(s.tokens, j, Grammar.HARD_BREAK)) { // "… lors d'un sommet"
                    last = j;
                    lexicon.stateOfAdjective(w).ifPresent(c -> m.country = m.country == null ? c : m.country);
                    j++;
                    continue;
                }
                break;
            }
            end = s.token(last).end();
        }
        String posted = null;
        if (m.complement != null) {
            // "le président du groupe Renault", "la directrice de la société Valmorel": the company's noun is followed by its
            // name, which the title keeps (else two heads of two companies would be one "président du groupe")
            Mention named = m.complement.kind == Mention.Kind.ORG_ANAPHOR ? m.complement.link : null;
            Mention company = named != null && named.first == m.complement.last + 1 && named.sentence == m.sentence ? named : m.complement;
            end = company.end();
            Sentence s = m.sentence;
            int j = company.last + 1;
            while (j + 1 < s.size() && s.word(j).equals("-") && s.token(j - 1).end() == s.token(j).start()
                    && s.token(j).end() == s.token(j + 1).start() && s.token(j + 1).isWord()) {
                end = s.token(j + 1).end(); // "le préfet de Lot-et-Garonne": a place of hyphenated words is one
                j += 2;
            }
            if (j + 1 < s.size() && lexicon.is(s.tokens, j, Grammar.PLACE_PREPOSITION) && s.token(j + 1).capitalised()) {
                posted = input.substring(m.start(), end); // "l'ambassadeur du Soudan à Tunis" is also "l'ambassadeur du Soudan"
                end = s.token(j + 1).end();
            }
        }
        String text = m.shared != null ? sharedName(m) : input.substring(m.start(), end);
        String key = "T:" + fold(text) + (body == null ? "" : "@" + body.key);
        for (Draft.Actor other : titled) {
            if (other.plural == m.plural && other.speaksFor == body && (extendsBy(key, other.key) || extendsBy(other.key, key))) {
                key = other.key; // "le porte-parole de la police", later "le porte-parole de la police madrilène"
                other.name(text, other.nameRank);
                break;
            }
        }
        Draft.Actor a = actors.get(key);
        if (a == null) {
            a = new Draft.Actor(key, m.plural ? ActorType.GROUP : ActorType.PERSON, text);
            actors.put(key, a);
            titled.add(a);
        }
        if (posted != null && m.shared == null) {
            a.aliases.add(posted);
        }
        a.plural = m.plural;
        a.gender = a.gender == 0 ? gender(m) : a.gender;
        a.role = role(m);
        a.titleKind = m.title.kind();
        a.region = region(m);
        a.country = m.country != null ? m.country : a.country;
        if (m.country != null) {
            a.affiliation = "S:" + m.country;
        } else if (m.organisation != null) {
            a.affiliation = "O:" + m.organisation;
        } else if (complementBody(m) != null && a.affiliation == null) {
            a.affiliation = complementBody(m); // "le secrétaire général de l'ONU": the body it heads
        }
        if (body != null) {
            a.speaksFor = body; // "un porte-parole du ministère a affirmé": the ministry speaks
            a.affiliationActor = a.affiliationActor == null ? body : a.affiliationActor;
            a.country = a.country == null ? body.country : a.country;
        }
        a.mention(span(m));
        if (!a.plural && !persons.contains(a)) {
            persons.add(a);
        }
        return a;
    }

    /** Whether {@code words} has {@code word} as one of its space-separated words. */
    private static boolean containsWord(String words, String word) {
        for (int at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || words.charAt(at - 1) == ' ') && (end == words.length() || words.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code longer} is {@code shorter} followed by more words ("T:le porte-parole de la police madrilene"). */
    private static boolean extendsBy(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.startsWith(shorter) && longer.charAt(shorter.length()) == ' ';
    }

    /** Whether token i is a party's members' noun after {@code les} or {@code aux} ({@code les démocrates}). */
    private boolean members(Sentence s, int i) {
        return lexicon.is(s.tokens, i - 1, Grammar.PLURAL_DEFINITE) && lexicon.is(s.tokens, i, Grammar.PARTY_MEMBERS);
    }

    /** The party of a family word ({@code socialiste}, {@code républicains}) met in the text or only one in the state of the text, or null. */
    private Draft.Actor party(Mention m, String word) {
        String family = stem(word);
        if (family.length() < 5) {
            return null;
        }
        String country = focusState();
        Draft.Actor found = null;
        for (Draft.Actor a : organisationList) {
            boolean isParty = a.organisation != null && a.organisation.kind() == OrganisationKind.PARTY;
            if (isParty && (country == null || country.equals(a.country)) && inFamily(a.organisation.name(), family)) {
                found = a;
            }
        }
        if (found != null) {
            found.mention(text(m), span(m));
            return found;
        }
        if (country == null) {
            return null;
        }
        Entries.Organisation only = null;
        for (Entries.Organisation o : lexicon.organisations()) {
            if (o.kind() == OrganisationKind.PARTY && o.country().filter(country::equals).isPresent() && inFamily(o.name(), family)) {
                if (only != null) {
                    return null; // two parties of that family: which one is meant is not said
                }
                only = o;
            }
        }
        if (only == null) {
            return null;
        }
        Mention named = new Mention(m.sentence, m.first, m.last, Mention.Kind.ORGANISATION);
        named.key = only.id();
        return organisation(named);
    }

    private static boolean inFamily(String name, String family) {
        for (String word : fold(name).split("[^a-z]+")) {
            if (stem(word).equals(family)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        String folded = fold(word);
        return folded.length() > 6 ? folded.substring(0, 6) : folded;
    }

    /** The country of a national body named inside a title ({@code chef du DFAE}: CH), or null. */
    private String bodyCountry(Mention m) {
        Sentence s = m.sentence;
        for (int k = m.first + 1; k <= m.last; k++) {
            PhraseIndex.Match<org.diplotext.lexicon.Named> name = lexicon.names().longest(s.tokens, k);
            if (name != null && name.last() <= m.last && name.value().kind() == org.diplotext.lexicon.Named.Kind.ORGANISATION) {
                Entries.Organisation o = lexicon.organisation(name.value().key()).orElse(null);
                if (o != null && o.country().isPresent()) {
                    return o.country().get();
                }
            }
        }
        return null;
    }

    /** Whether the word at {@code j} is an infinitive right after a bare "de": "au gouverneur de démissionner". */
    private boolean askedToDo(Sentence s, int j) {
        int de = s.word(j - 1).equals("'") ? j - 2 : j - 1;
        String w = s.word(j);
        return de > 0 && lexicon.is(s.tokens, de, Grammar.OF_BARE) && s.token(j).isWord() && !s.token(j).capitalised() && w.length() > 3
                && lexicon.endsWithAny(w, "INFINITIVE_ENDING");
    }

    /** Whether a title goes on with "de"/"du" and a capitalised body the lexicons do not know: "président du Conseil du Trésor". */
    private boolean ofUnknownBody(Mention m) {
        Sentence s = m.sentence;
        int j = m.last + 1;
        if (m.complement != null || j + 1 >= s.size() || !lexicon.is(s.tokens, j, Grammar.OF)) {
            return false;
        }
        int k = j + 1;
        if (k + 1 < s.size() && (lexicon.is(s.tokens, k, Grammar.DEFINITE_FEMININE) || lexicon.is(s.tokens, k, Grammar.DEFINITE_ELIDED) && s.word(k + 1).equals("'"))) {
            k += lexicon.is(s.tokens, k, Grammar.DEFINITE_FEMININE) ? 1 : 2;
        }
        return k < s.size() && s.token(k).capitalised() && s.mentionAt(k) == null;
    }

    /**
     * Whether a title's words, or the words right after it, go on with "de" and a body's common noun ({@code la présidente
     * de l'association}, {@code le président de la fédération}): the head of that body, not of a state.
     */
    private boolean ofUnnamedBodyWithin(Mention m) {
        Sentence s = m.sentence;
        for (int k = m.first + 1; k <= m.last + 1 && k < s.size(); k++) {
            if (lexicon.is(s.tokens, k, Grammar.OF)) {
                int b = k + 1;
                while (b < s.size() && b <= m.last + 2 && (lexicon.is(s.tokens, b, Grammar.ARTICLE) || s.word(b).equals("'"))) {
                    b++;
                }
                return b < s.size() && b <= m.last + 3 && !s.token(b).capitalised()
                        && (lexicon.is(s.tokens, b, Grammar.ORG_ANAPHOR) || s.mentionAt(b) != null && s.mentionAt(b).kind == Mention.Kind.ORG_ANAPHOR);
            }
        }
        return false;
    }

    /** Whether a title without a known complement is followed by "de" and a common noun: "le président de la commission". */
    private boolean ofCommonNoun(Mention m) {
        Sentence s = m.sentence;
        int j = m.last + 1;
        if (j + 1 >= s.size() || !lexicon.is(s.tokens, j, Grammar.OF)) {
            return false;
        }
        int k = j + 1;
        while (k < s.size() && (lexicon.is(s.tokens, k, Grammar.ARTICLE) || s.word(k).equals("'"))) {
            k++;
        }
        return m.complement == null && k < s.size() && s.token(k).isWord() && !s.token(k).capitalised() && s.mentionAt(k) == null
                && (!lexicon.isGrammar(s.word(k)) || lexicon.is(s.tokens, k, Grammar.COMMITTEE)) && lexicon.stateOfAdjective(s.word(k)).isEmpty();
    }

    /**
     * The person an unnamed title stands for when no role matches: "le chef de l'Etat" is the only
     * head of state named before ("le président Emmanuel Macron"); "la dirigeante allemande" is the
     * latest person of that state with a role, a head of state or government first; or null.
     */
    private Draft.Actor holderOfOffice(Mention m) {
        String kind = m.title.kind();
        if (m.complement != null || m.organisation != null || lexicon.is(m.sentence.tokens, m.last + 1, Grammar.DE_FORM)) {
            return null; // "la présidente de la commission": the head of something else
        }
        if (m.country == null && (kind.equals("HEAD_OF_STATE") || kind.equals("HEAD_OF_GOVERNMENT"))) {
            List<Draft.Actor> holders = persons.stream().filter(p -> p.role != null && kind.equals(kindOf(p)) && ofState(p)).toList();
            if (holders.size() > 1 && datelineState != null) {
                // "PARIS (AFP) - X a reçu son homologue brésilien Y. Le chef de l'Etat a assuré …": the dateline's own head
                holders = holders.stream().filter(p -> datelineState.equals(p.country)).toList();
            }
            return holders.size() == 1 ? holders.get(0) : null;
        }
        if (m.country != null && kind.equals(LEADER)) {
            Draft.Actor latest = null;
            for (int k = persons.size() - 1; k >= 0; k--) {
                Draft.Actor p = persons.get(k);
                if (p.role != null && m.country.equals(p.country) && !p.key.startsWith("T:")) {
                    String pkind = kindOf(p);
                    if ("HEAD_OF_STATE".equals(pkind) || "HEAD_OF_GOVERNMENT".equals(pkind)) {
                        return p;
                    }
                    latest = latest == null ? p : latest;
                }
            }
            return latest;
        }
        return null;
    }

    /**
     * Whether a team or researchers of the body named at {@code first} stand right before it ({@code une équipe de
     * l'Université de Genève}, {@code des chercheurs du Centre X}): the body acts through them, so it is no passing name.
     */
    private boolean teamOf(Sentence s, int first) {
        int k = first - 1;
        if (k > 1 && s.word(k).equals("'") && lexicon.is(s.tokens, k - 1, Grammar.DEFINITE_ELIDED)) {
            k -= 2; // "de l'Université"
        } else if (k > 0 && lexicon.is(s.tokens, k, Grammar.ARTICLE) && !lexicon.is(s.tokens, k, Grammar.OF)) {
            k--; // "de la Haute École"
        }
        return k > 0 && lexicon.is(s.tokens, k, Grammar.OF) && lexicon.is(s.tokens, k - 1, Grammar.TEAM_NOUN);
    }

    /** Whether a person acts for a state, not for an organisation ("le président du PS" is no head of state). */
    private static boolean ofState(Draft.Actor p) {
        return p.country != null && (p.affiliation == null || !p.affiliation.startsWith("O:"))
                && (p.affiliationActor == null || p.affiliationActor.type == ActorType.STATE);
    }

    /** The kind of a person's title: the one it was given, or its role's in the lexicon; null when unknown. */
    private String kindOf(Draft.Actor p) {
        if (p.titleKind != null) {
            return p.titleKind;
        }
        Entries.Title known = p.role == null ? null : lexicon.titles().get(p.role);
        return known == null ? null : known.kind();
    }

    /** The region's adjective right after a title ({@code le premier ministre québécois}: quebecois), or null. */
    private String region(Mention m) {
        if (m.last > m.first && lexicon.is(m.sentence.tokens, m.last, Grammar.REGIONAL_ADJECTIVE)) {
            return m.sentence.word(m.last); // the adjective read into the title
        }
        return lexicon.is(m.sentence.tokens, m.last + 1, Grammar.REGIONAL_ADJECTIVE) ? m.sentence.word(m.last + 1) : null;
    }

    /**
     * Whether a title qualified by a region's adjective can be {@code p}: only if {@code p} was named with
     * it ("le premier ministre québécois" is not "le premier ministre du Canada" named before).
     */
    private boolean sameRegion(Draft.Actor p, Mention m) {
        String region = region(m);
        if (region == null) {
            return p.region == null || m.country == null; // "le Premier ministre britannique" is not "le Premier ministre écossais, X"
        }
        return fold(p.name).contains(region) || p.aliases.stream().anyMatch(a -> fold(a).contains(region))
                || region.equals(p.region);
    }

    /**
     * Whether the title {@code m}, a leader's word or a head's office of the body its complement names, and person {@code p},
     * who acts for that body, name its head: both roles head a body and one of them is a leader's word ({@code chef}, {@code
     * patron}), so that the body's president and its director general stay two people.
     */
    private boolean headOfSameBody(Draft.Actor p, Mention m, String role, String prole, String pkind) {
        String body = complementBody(m);
        return body != null && (LEADER.equals(m.title.kind()) || LEADER.equals(pkind)) && headsBody(role) && headsBody(prole)
                && body.equals(bodyOf(p));
    }

    /**
     * Whether a folded role is a body's head's, alone or before the body it heads: a head's word and its adjectives
     * ("directeur general de l'aiea", "secretaire general", but not "secretaire d'etat").
     */
    private boolean headsBody(String role) {
        String[] words = role.split(" ");
        if (!lexicon.is(words[0], Grammar.BODY_HEAD_ROLE)) {
            return false;
        }
        int k = 1;
        while (k < words.length && lexicon.is(words[k], Grammar.BODY_HEAD_QUALIFIER)) {
            k++;
        }
        return k == words.length || lexicon.is(words[k], Grammar.DE_FORM);
    }

    /**
     * 'F' or 'M' when the article right before a title (an adjective aside) says ("la ministre", "le nouveau ministre"), or
     * else the title's own word ("L'ambassadrice de Syrie", "l'ambassadeur de Russie"); 0 for an epicene title after "l'".
     */
    private char gender(Mention m) {
        Sentence s = m.sentence;
        int before = lexicon.is(s.tokens, m.first - 1, Grammar.PRENOMINAL_ADJECTIVE) ? m.first - 2 : m.first - 1;
        if (lexicon.is(s.tokens, before, Grammar.DEFINITE_FEMININE)) {
            return 'F';
        }
        return lexicon.is(s.tokens, before, Grammar.DEFINITE_MASCULINE) ? 'M' : genderOfWord(s, m.first);
    }

    /** 'F' or 'M' when the word at i is a gendered title or civility ("ambassadrice", "Mme", "M."), else 0. */
    private char genderOfWord(Sentence s, int i) {
        return lexicon.is(s.tokens, i, Grammar.FEMININE_TITLE) ? 'F' : lexicon.is(s.tokens, i, Grammar.MASCULINE_TITLE) ? 'M' : 0;
    }

    /** Whether the title {@code m} names a body of the lexicons in its complement that person {@code p} is known not to act for. */
    private static boolean ofOtherBody(Draft.Actor p, Mention m) {
        String body = complementBody(m);
        String known = bodyOf(p);
        return body != null && known != null && !known.equals(body);
    }

    /** The key of the lexicon's organisation a title's complement names ({@code le chef de l'AIEA}), or null. */
    private static String complementBody(Mention m) {
        return m.complement != null && m.complement.kind == Mention.Kind.ORGANISATION && m.complement.key != null ? "O:" + m.complement.key : null;
    }

    /** Whether the lexicon's organisation {@code m} names belongs to no state ({@code l'ONU}, not {@code les Engagés}). */
    private boolean international(Mention m) {
        return m.key != null && lexicon.organisation(m.key).map(o -> o.country().isEmpty()).orElse(false);
    }

    /** The key of the organisation a person is known to act for, or null. */
    private static String bodyOf(Draft.Actor p) {
        return p.affiliationActor != null && p.affiliationActor.type == ActorType.ORGANISATION ? p.affiliationActor.key
                : p.affiliation != null && p.affiliation.startsWith("O:") ? p.affiliation : null;
    }

    /** Whether person {@code p} may be the holder of the title of {@code m}, whose role folded is {@code role}. */
    private boolean compatible(Draft.Actor p, Mention m, String role) {
        if (p.role == null || m.plural) {
            return false;
        }
        if (otherGender(p, gender(m))) {
            return false; // "la présidente" after "le président roumain": someone else
        }
        String country = m.country;
        if (country == null && m.complement != null && (m.complement.kind == Mention.Kind.STATE || m.complement.kind == Mention.Kind.CAPITAL)) {
            country = m.complement.key; // "le chef du Kremlin"
        }
        if (country == null) {
            country = bodyCountry(m); // "le chef du Département fédéral des affaires étrangères": Swiss
        }
        if (country == null && m.complement != null && m.complement.kind == Mention.Kind.STATE_ORGAN) {
            country = m.complement.country; // "le porte-parole du ministère allemand des Affaires étrangères": German
        }
        if (country != null && !country.equals(p.country)) {
            return false;
        }
        Entries.Title known = p.titleKind == null ? lexicon.titles().get(p.role) : null;
        String pkind = p.titleKind != null ? p.titleKind : known == null ? null : known.kind();
        if (country != null && LEADER.equals(m.title.kind()) && ("HEAD_OF_STATE".equals(pkind) || "HEAD_OF_GOVERNMENT".equals(pkind))) {
            return true; // "le chef du Kremlin", "le dirigeant nord-coréen", "le dirigeant allemand": the leader named before
        }
        if (country != null && m.title.kind().equals(pkind) && ("HEAD_OF_STATE".equals(pkind) || "HEAD_OF_GOVERNMENT".equals(pkind))) {
            return true; // "le chef de l'Etat français" after "le président français X": one holder of the office
        }
        if (country == null && m.complement == null && m.organisation == null && m.first == m.last
                && lexicon.is(m.sentence.tokens, m.first, Grammar.BARE_LEADER) && !lexicon.is(m.sentence.tokens, m.last + 1, Grammar.DE_FORM)
                && ("HEAD_OF_STATE".equals(pkind) || "HEAD_OF_GOVERNMENT".equals(pkind))
                && p == persons.get(persons.size() - 1) && p.lastSentence >= m.sentence.index - 2) {
            return true; // "Viktor Orban a bloqué l'aide. Le dirigeant nationaliste a dénoncé …": the leader just named
        }
        if (m.organisation != null && !("O:" + m.organisation).equals(p.affiliation)) {
            return false;
        }
        if (ofOtherBody(p, m)) {
            return false; // "le chef de l'OMS" after "le chef de l'AIEA": the head of another body
        }
        if ((bodyOf(p) != null || p.officeOfBody) && "HEAD_OF_STATE".equals(m.title.kind()) && m.title.title().indexOf(' ') > 0 && complementBody(m) == null) {
            return false; // "au président de la République" after "le président de la fédération, X": the state's head, not the body's
        }
        if (country == null && complementBody(m) != null && bodyOf(p) == null && (p.roleOfOther || p.affiliation != null && international(m.complement))) {
            // "au secrétaire général de l'ONU" after "le secrétaire général du gouvernement, X" or a state's official: the
            // body's own holder, not one of the same bare title elsewhere (a state's own body, "le chef du DFAE", is its state's)
            return false;
        }
        String prole = p.foldedRole();
        if (headOfSameBody(p, m, role, prole, pkind)) {
            return true; // "le chef de l'AIEA" after "le directeur général de l'AIEA, Rafael Grossi": one head, in two words
        }
        boolean head = "HEAD_OF_STATE".equals(pkind) || "HEAD_OF_GOVERNMENT".equals(pkind);
        if (head && !prole.equals(role) && (m.title.kind().startsWith("HEAD_OF") && !m.title.kind().equals(pkind) || ofUnknownBody(m))) {
            return false; // "le président du Conseil du Trésor" after "le président ukrainien X": another office
        }
        if (head && (ofCommonNoun(m) || p.country != null && ofUnnamedBodyWithin(m))) { // a state's head has a state
            return false; // "la présidente de la commission" after "le président turc": the head of something else
        }
        if (!prole.equals(role) && OFFICIAL.equals(pkind) && m.title.kind().startsWith("HEAD_OF")) {
            return false; // "la présidente" after "la présidente de la Commission européenne": a head of state, not that office
        }
        if (head && !prole.equals(role) && OFFICIAL.equals(m.title.kind())) {
            return false; // "la présidente de la Commission européenne" after "la présidente Maia Sandu": another office
        }
        if ("HEAD_OF_GOVERNMENT".equals(pkind) && m.title.kind().equals("MINISTER") && !prole.equals(role)) {
            return false; // "au ministre" after "le Premier ministre": a minister, never the head of government
        }
        if (prole.equals(role) || prole.contains(role) || role.contains(prole) || p.roles.contains(role)) {
            return m.country != null || m.organisation != null || m.complement != null || p.lastSentence >= m.sentence.index - 3;
        }
        String kind = m.title.kind();
        if (FOREIGN_MINISTER.equals(kind) && kind.equals(pkind) && m.country == null && m.organisation == null && m.complement == null
                && p.lastSentence >= m.sentence.index - 3) {
            // "la cheffe de la diplomatie" after "la cheffe de la diplomatie européenne X", whose role is "haut représentant":
            // the office is written in several ways, and a bare one is the holder just named
            return true;
        }
        boolean ministerial = kind.endsWith("MINISTER") && p.titleKind != null && p.titleKind.endsWith("MINISTER");
        return ministerial && (m.country != null || m.organisation != null) && (kind.equals("MINISTER") || kind.equals(p.titleKind));
    }

    private Draft.Actor group(Mention m) {
        Draft.Actor officialsOf = officialsOfLastBody(m);
        if (officialsOf != null) {
            return officialsOf;
        }
        Draft.Actor party = m.last > m.first && lexicon.is(fold(m.key), Grammar.PARTY_FAMILY) ? party(m, m.sentence.word(m.last)) : null;
        if (party == null && m.first == m.last && members(m.sentence, m.first)) {
            // "travailler avec les républicains": members named as a bare plural stand for their party
            party = party(m, lexicon.value(m.sentence.tokens, m.first, Grammar.PARTY_MEMBERS).orElse(m.sentence.word(m.first)));
        }
        if (party != null) {
            return party;
        }
        String noun = fold(m.key);
        String stem = lexicon.endsWithAny(noun, "PLURAL_ENDING") ? noun.substring(0, noun.length() - 1) : noun;
        String text = text(m);
        String qualifier = m.described ? "#" : m.states != null ? m.states : m.country != null ? m.country : m.organisation != null ? m.organisation : m.place != null ? "@" + m.place : "";
        Draft.Actor a = actors.get("G:" + stem + "|" + qualifier);
        if (a == null && !qualifier.isEmpty() && !m.described && actors.containsKey("G:" + stem + "|")) {
            a = actors.get("G:" + stem + "|"); // "des citoyens" then "les citoyens maliens"
            if (a.country != null || a.affiliation != null) {
                a = null;
            }
        }
        if (a == null && qualifier.isEmpty()) {
            a = lastQualifiedGroup.get("G:" + stem + "|"); // "les forces" after "les forces afghanes"
        }
        if (a == null) {
            // "les autorités locales": the state's apparatus, an organisation like its ministries, not a collective
            ActorType type = lexicon.is(noun, Grammar.AUTHORITIES) ? ActorType.ORGANISATION : ActorType.GROUP;
            a = new Draft.Actor("G:" + stem + "|" + qualifier, type, text);
            actors.put(a.key, a);
            if (!qualifier.isEmpty() && !m.described) {
                lastQualifiedGroup.put("G:" + stem + "|", a);
            }
        }
        a.name(text, 1);
        int count = countedFrom(m);
        if (count >= 0) {
            String counted = input.substring(m.sentence.token(count).start(), m.end());
            if (!counted.equals(a.name)) {
                a.aliases.add(counted); // "milliers de personnes": how a reader names a group known by its number
            }
        }
        a.plural = true;
        if (m.place != null || (m.collective || m.country != null && civil(m)) && sourced(m.sentence, determined(m.sentence, m.first))) {
            a.confirmed = true; // "selon plusieurs associations croates", "selon un collectif de défense des femmes": a source speaks
        }
        if (m.collective && (subject(m.sentence, m.last + 1) || objectOfVerb(m.sentence, determined(m.sentence, m.first)))) {
            a.confirmed = true; // "un groupe de parlementaires a rencontré", "a reçu une coalition d'ONG": it acts or is acted upon
        }
        if (m.country != null) {
            a.country = m.country;
            a.affiliation = "S:" + m.country;
        } else if (m.organisation != null && a.affiliation == null) {
            a.affiliation = "O:" + m.organisation;
        }
        a.mention(span(m));
        return a;
    }

    private Draft.Actor proper(Mention m) {
        Sentence s = m.sentence;
        String text = text(m);
        String last = s.word(m.last);
        Draft.Actor known = bySurname.get(last);
        if (known != null && (m.first == m.last || (known.givenName != null && known.givenName.equals(s.word(m.first)))
                || known.type == ActorType.PERSON && fold(known.name).endsWith(" " + fold(text)))) { // "De Santis" after "Nick De Santis"
            String before = m.first > 0 ? s.word(m.first - 1) : "";
            if (m.first == m.last && known.type == ActorType.PERSON && known.key.startsWith("X:") && !m.initial
                    && !lexicon.is(before, Grammar.PREPOSITION) && !lexicon.is(before, Grammar.ARTICLE) && !lexicon.is(before, Grammar.DETERMINER)) {
                known.confirmed = true; // "Robert Gagliano ... Gagliano": a surname used alone is a person's
            }
            known.mention(text, span(m));
            return known;
        }
        Draft.Actor named = organisationsByName.get(fold(text));
        if (named == null && m.last > m.first) {
            named = actors.get("P:" + fold(text)); // "Mouss Diouf" again after "Sandrine Diouf"
        }
        if (named != null) {
            named.mention(span(m));
            return named;
        }
        Draft.Actor body = longerBodyName(m);
        if (body != null) {
            body.mention(text, span(m)); // "le Clark Institute" after "le Sterling & Francine Clark Art Institute"
            return body;
        }
        Draft.Actor before = bracketed(m);
        if (before != null) {
            return before;
        }
        boolean actingName = m.initial && actingInitialWord(s, m);
        if (m.initial && !actingName) {
            Draft.Actor seen = actors.get("X:" + fold(text));
            if (seen != null) {
                seen.mention(span(m)); // "Samsung annonçait": a name already met elsewhere in the text
                return seen;
            }
            return null; // "Cependant", "Intitulé": capitalised only because it opens the sentence
        }
        boolean article = m.first > 0 && lexicon.is(s.tokens, m.first - 1, Grammar.ARTICLE)
                || m.first > 1 && s.word(m.first - 1).equals("'") && lexicon.is(s.tokens, m.first - 2, Grammar.DEFINITE_ELIDED);
        boolean acronym = true;
        for (int i = m.first; i <= m.last; i++) {
            acronym &= !s.token(i).isWord() || s.token(i).upper();
        }
        boolean titled = lexicon.is(s.tokens, m.first, Grammar.NAME_ARTICLE) && m.last > m.first; // Le Figaro, El Punt Avui
        boolean institutional = false;
        for (int i = m.first; i <= m.last && !institutional; i++) {
            institutional = s.token(i).capitalised() && lexicon.is(s.tokens, i, Grammar.ORG_WORD); // "Francine Clark Art Institute"
        }
        ActorType type = article || acronym || titled || institutional || m.first == m.last && !quotedBySurname(m) ? ActorType.ORGANISATION
                : ActorType.PERSON;
        Draft.Actor a = actors.computeIfAbsent("X:" + fold(text), k -> new Draft.Actor(k, type, text));
        a.mention(span(m));
        if (actingName || m.last > m.first && !acronym && (capitalisedOnly(s, m) || article) && subject(s, m.last + 1)) {
            // "Veltra Group a supprimé 800 emplois", "la Poste suisse vient de …": a name that is the subject of an active verb acts
            a.confirmed = true;
        }
        if (acronym && article && m.first == m.last && (coordinatedWithBody(s, m) && subject(s, m.last + 1) || listActs(s, m.last + 1))) {
            a.confirmed = true; // "La FGTB, la CSC et la CGSLB demandent": a body's acronym listed with others that act, the first one too
        }
        if (acronym && article && m.first == m.last && s.token(m.first).end() - s.token(m.first).start() > 1
                && (objectOfVerb(s, pastDay(s, s.word(m.first - 1).equals("'") ? m.first - 2 : m.first - 1)) || coordinatedWithConfirmedBody(s, m))) {
            a.confirmed = true; // "le ministre a rencontré la FEUQ et la FECQ": a body's acronym is the object of a verb of the lexicons, the next ones with it
        }
        if (article && m.first == m.last && lexicon.is(s.tokens, m.first, Grammar.LOCAL_PLACE) && subject(s, m.last + 1)) {
            a.confirmed = true; // "la Ville avait obtenu un report": the town's administration, written with a capital, acts
        }
        if (institutional && m.last > m.first && !m.located) {
            a.confirmed = true; // "financé par l'Allen Institute for Artificial Intelligence": a named body is an actor unless it only locates
        }
        if (type == ActorType.PERSON && !acronym && capitalisedOnly(s, m) && m.last - m.first <= 2 && sourced(s, m.first)) {
            a.confirmed = true; // "selon Kayrece Fotso", "a déclaré Zlatko Zeljko": a name given as a source speaks
        }
        if (type == ActorType.PERSON) {
            a.surname = last;
            bySurname.putIfAbsent(last, a);
        }
        return a;
    }

    /**
     * The body already named whose name holds, in order and with the same noun of bodies at the end, every
     * word of the name at m ({@code Clark Institute}, {@code Sterling and Francine Clark Art Institute} after
     * {@code Sterling & Francine Clark Art Institute}); null when m holds no {@code ORG_WORD} or none fits.
     */
    private Draft.Actor longerBodyName(Mention m) {
        Sentence s = m.sentence;
        if (m.last == m.first || !s.token(m.last).capitalised() || !lexicon.is(s.tokens, m.last, Grammar.ORG_WORD)) {
            return null;
        }
        List<String> words = bodyWords(text(m));
        for (Draft.Actor a : actors.values()) {
            if (a.type == ActorType.ORGANISATION && a.key.startsWith("X:")) {
                List<String> longer = bodyWords(a.name);
                if (longer.size() >= words.size() && longer.get(longer.size() - 1).equals(words.get(words.size() - 1))
                        && inOrder(words, longer)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The folded words of a name without the joiners {@code and}, {@code &}. */
    private List<String> bodyWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : BODY_WORD_SEPARATOR.split(fold(name))) {
            if (!w.isEmpty() && !lexicon.is(w, Grammar.ENGLISH_AND)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Whether every word of part appears in whole, in the same order. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int k = 0;
        for (String w : whole) {
            if (k < part.size() && part.get(k).equals(w)) {
                k++;
            }
        }
        return k == part.size();
    }

    /** Whether a group mention is a civil or political collective of groups.tsv ({@code associations}, {@code militants}). */
    private boolean civil(Mention m) {
        var group = lexicon.groups().longest(m.sentence.tokens, m.first);
        return group != null && (group.value().kind().equals("CIVIL") || group.value().kind().equals("POLITICAL"));
    }

    /**
     * Whether a title's complement names a body by its own name: capitalised words holding a noun of
     * bodies ({@code Metropolitan Transportation Authority}, {@code l'Agence spatiale X}) or an acronym; not a
     * town ({@code le maire de Tarnos}).
     */
    private boolean namedBody(Mention c) {
        if (c.kind != Mention.Kind.PROPER && c.kind != Mention.Kind.ORGANISATION) {
            return false;
        }
        Sentence s = c.sentence;
        if (c.first == c.last && s.token(c.first).upper() && s.token(c.first).end() - s.token(c.first).start() > 1) {
            return true;
        }
        for (int i = c.first; i <= c.last; i++) {
            if (s.token(i).capitalised() && (lexicon.is(s.tokens, i, Grammar.ORG_WORD) || lexicon.is(s.tokens, i, Grammar.ORG_HEAD))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of the lexicons (saying, asking, meeting) ends right before i: what starts at i is its object. */
    private boolean objectOfVerb(Sentence s, int i) {
        while (i > 1 && lexicon.is(s.tokens, i - 1, Grammar.ADVERB)) {
            i--; // "a reçu aussi un collectif d'avocats"
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseIndex.Match<Lexicon.VerbForm> verb = lexicon.verbs().longest(s.tokens, k, i);
            if (verb != null && verb.last() == i - 1) {
                return true;
            }
        }
        return false;
    }

    /** The index of the determiner before the noun at i ({@code plusieurs associations}), or i. */
    private int determined(Sentence s, int i) {
        return i > 0 && (lexicon.is(s.tokens, i - 1, Grammar.DETERMINER) || lexicon.is(s.tokens, i - 1, Grammar.QUANTIFIER)) && !lexicon.is(s.tokens, i - 1, Grammar.OF_UNELIDED) ? i - 1 : i;
    }

    /**
     * Whether a single capitalised word, unknown to the lexicons, is the inverted subject of a
     * reporting verb after a quotation ("« Nous ne reculerons pas », a déclaré Kowalczyk"): words in
     * guillemets are a person's, named by the surname.
     */
    private boolean quotedBySurname(Mention m) {
        Sentence s = m.sentence;
        if (m.first != m.last || m.first < 2 || lexicon.is(s.tokens, m.first - 1, Grammar.ACCORDING_TO) || !sourced(s, m.first)) {
            return false;
        }
        for (int k = 0; k < m.first; k++) {
            if (s.inQuote(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name at i follows {@code selon} or a reporting verb ending right before it. */
    private boolean sourced(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        if (lexicon.is(s.tokens, i - 1, Grammar.ACCORDING_TO)) {
            return true;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseIndex.Match<Lexicon.VerbForm> verb = lexicon.verbs().longest(s.tokens, k, i);
            if (verb != null && verb.last() == i - 1 && verb.value().acts().contains(Entries.Act.REPORTING)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of a name is capitalised: not a place such as "Rio de Janeiro". */
    private static boolean capitalisedOnly(Sentence s, Mention m) {
        for (int i = m.first; i <= m.last; i++) {
            if (s.token(i).isWord() && !s.token(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** The index after an acronym in brackets at j ({@code (MBAM)}), or j. */
    private static int afterAcronym(Sentence s, int j) {
        return j + 2 < s.size() && s.token(j).is("(") && s.token(j + 1).upper() && s.token(j + 2).is(")") ? j + 3 : j;
    }

    /**
     * Whether a name opening the sentence after its article and introduced with its acronym ({@code Le Musée
     * des beaux-arts de Lyon (MBAL) accueille …}) is followed at j by a lower-case word that is no grammar word:
     * the verb of which it is the subject (not a preposition, an article, a conjunction or a relative pronoun).
     */
    private boolean openingSubject(Sentence s, int first, int j) {
        int k = first - 1;
        if (k > 0 && s.word(k).equals("'")) {
            k--;
        }
        if (k != 0 || !lexicon.is(s.tokens, 0, Grammar.ARTICLE) || j >= s.size() || !s.token(j).isWord() || s.token(j).capitalised() || s.token(j).numeric()) {
            return false;
        }
        String w = s.word(j);
        return !lexicon.is(w, Grammar.PREPOSITION) && !lexicon.is(w, Grammar.ARTICLE) && !lexicon.is(w, Grammar.AND_OR) && !lexicon.is(w, Grammar.RELATIVE_PRONOUN);
    }

    /**
     * Whether the mention at m comes after {@code et} or a comma, its article and another organisation's mention
     * ({@code la FGTB, la CSC et la CGSLB}): a member of a list of bodies.
     */
    private boolean coordinatedWithBody(Sentence s, Mention m) {
        int k = m.first - 2; // before the article
        if (k < 1 || !(lexicon.is(s.tokens, k, Grammar.AND) || s.word(k).equals(","))) {
            return false;
        }
        Mention before = s.mentionAt(k - 1);
        return before != null && before.actor != null && before.actor.type == ActorType.ORGANISATION;
    }

    /** The index before the day written between a verb and its object at i ({@code a rencontré jeudi la FEUQ}), or i. */
    private int pastDay(Sentence s, int i) {
        return i > 1 && (lexicon.is(s.tokens, i - 1, Grammar.WEEKDAY) || lexicon.is(s.tokens, i - 1, Grammar.RELATIVE_DAY)) ? i - 1 : i;
    }

    /** Whether the body before m's article and a comma or "et" is an actor already confirmed ({@code la FEUQ et la FECQ}). */
    private boolean coordinatedWithConfirmedBody(Sentence s, Mention m) {
        int k = s.word(m.first - 1).equals("'") ? m.first - 3 : m.first - 2; // before the article
        if (k < 1 || !(lexicon.is(s.tokens, k, Grammar.AND) || s.word(k).equals(","))) {
            return false;
        }
        Mention before = s.mentionAt(k - 1);
        return before != null && before.actor != null && before.actor.type == ActorType.ORGANISATION && before.actor.confirmed;
    }

    /**
     * Whether the acronyms after j, each after a comma or "et" and an article ({@code et la FECQ}, {@code , la FTQ et la
     * CSQ}), close a list before its active verb: the first acronym of the list ({@code la FEUQ}) is then a subject too.
     */
    private boolean listActs(Sentence s, int j) {
        int k = j;
        while (k + 2 < s.size() && (lexicon.is(s.tokens, k, Grammar.AND) || s.word(k).equals(","))) {
            int name = lexicon.is(s.tokens, k + 1, Grammar.ARTICLE) ? k + 2
                    : s.word(k + 2).equals("'") && lexicon.is(s.tokens, k + 1, Grammar.DEFINITE_ELIDED) ? k + 3 : -1;
            if (name < 0 || name >= s.size() || !s.token(name).upper()) {
                return false;
            }
            k = name + 1;
        }
        return k > j && subject(s, k);
    }

    /**
     * Whether the word opening a sentence, unknown to the lexicons, is a name because an active perfect follows
     * it ({@code Total a fermé}, {@code Petroplus a annoncé}): no grammar word or adverb ({@code ADVERB_ENDING}) is the
     * subject of {@code a} and a lower-case participle.
     */
    private boolean actingInitialWord(Sentence s, Mention m) {
        int j = m.last + 1;
        String w = s.word(m.first);
        return j + 1 < s.size() && lexicon.is(s.tokens, j, Grammar.ACTIVE_AUXILIARY) && input.charAt(s.token(j).start()) == 'a'
                && subject(s, j) && s.token(j + 1).isWord() && !s.token(j + 1).capitalised() && !lexicon.isGrammar(s.word(j + 1))
                && !lexicon.isGrammar(w) && !lexicon.endsWithAny(w, "ADVERB_ENDING");
    }

    /** Whether token j opens a finite verb: an auxiliary, a pronoun before a verb, or a verb's ending. */
    private boolean subject(Sentence s, int j) {
        if (j >= s.size() || !s.token(j).isWord() || s.token(j).capitalised()) {
            return false;
        }
        String w = s.word(j);
        if (lexicon.is(w, Grammar.AUXILIARY)) {
            // an active perfect ("a estimé"), not a state or a passive ("est situé", "a été touché")
            return lexicon.is(s.tokens, j, Grammar.ACTIVE_AUXILIARY) && j + 1 < s.size() && !lexicon.is(s.tokens, j + 1, Grammar.BEEN)
                    && !lexicon.beginsWithAny(s.word(j + 1), "HAD_BEGINNING");
        }
        if (lexicon.is(s.tokens, j, Grammar.REFLEXIVE) && (w.length() > 1 // "se"; "s'" only with its apostrophe and not as the "si" of "s'il"
                || j + 2 < s.size() && s.word(j + 1).equals("'") && !lexicon.beginsWithAny(s.word(j + 2), "AFTER_ELIDED_IF_BEGINNING"))) {
            return true;
        }
        for (int n = Math.min(5, w.length() - 2); n > 1; n--) {
            if (lexicon.is("-" + w.substring(w.length() - n), Grammar.VERB_ENDING)) {
                return !lexicon.isGrammar(w);
            }
        }
        return false;
    }

    /**
     * Leaves out the persons known only by a name the text gives to a thing elsewhere ({@code autour d'Alpha
     * Centauri} in a headline, {@code un système d'étoiles appelé Alpha Centauri} in the body) or by the name of a
     * character someone plays ({@code interprétait le commissaire Moreau}), unless an act names them.
     */
    void forgetThings(java.util.Set<String> thingNames, java.util.Set<String> playedNames) {
        if (thingNames.isEmpty() && playedNames.isEmpty()) {
            return; // most dispatches name no thing: no actor's name need be cut into words
        }
        for (Draft.Actor a : actors.values()) {
            String name = String.join(" ", bodyWords(a.name));
            // a character played ("interprétait le commissaire Moreau") is no person of the news, whatever its title
            if (a.type == ActorType.PERSON && (a.role == null && thingNames.contains(name) || playedNames.contains(name)) && !a.used) {
                a.confirmed = false;
            }
        }
    }

    /**
     * Whether two actors stand on the two sides of one act: "le ministre a téléphoné à son homologue
     * chinois Wang Yi" gives Wang Yi the minister's role, yet he is not the minister who called him.
     */
    private static boolean partners(Draft.Actor a, Draft.Actor b, List<Draft.Communication> communications, List<Draft.Demand> demands) {
        for (Draft.Communication c : communications) {
            if (c.sender == a && c.recipients.contains(b) || c.sender == b && c.recipients.contains(a)) {
                return true;
            }
        }
        for (Draft.Demand d : demands) {
            if (d.source == a && d.target == b || d.source == b && d.target == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unnamed official holds a state's head office written in full ({@code le président de la République},
     * {@code le chef de l'État}), which the head of a body ({@code le président de la fédération, X}) does not hold.
     */
    private static boolean stateHeadOfficeOf(Draft.Actor official) {
        return "HEAD_OF_STATE".equals(official.titleKind) && official.affiliation == null && !fold(official.name).equals(fold(official.role));
    }

    /**
     * Whether an unnamed official's title goes on with a body named by its common noun ({@code le président de la
     * fédération}, {@code la directrice de l'agence}): the head of that body, never a person who leads no body.
     */
    private boolean headOfUnnamedBody(Draft.Actor official) {
        String[] words = fold(official.name).replace("'", "' ").split(" +");
        int k = fold(official.role).split(" +").length; // the role's words, in either gender ("la présidente de …")
        int of = k;
        while (k < words.length && (lexicon.is(words[k], Grammar.OF) || lexicon.is(words[k], Grammar.ARTICLE))) {
            k++;
        }
        return k > of && k < words.length && lexicon.is(words[k], Grammar.ORG_ANAPHOR);
    }

    /**
     * The persons who may hold an unnamed official's role: those of that very role, and for a counterpart ({@code son
     * homologue fédéral}, who took the bare role of the one met) also those whose role extends it with a portfolio
     * ({@code ministre des Ressources naturelles}).
     */
    private List<Draft.Actor> holdersOf(Map<String, List<Draft.Actor>> byRole, Draft.Actor official) {
        String role = fold(official.role);
        if (!lexicon.is(fold(official.name).split(" ")[0], Grammar.COUNTERPART)) {
            return byRole.getOrDefault(role, List.of());
        }
        List<Draft.Actor> holders = new ArrayList<>();
        byRole.forEach((r, list) -> {
            if (r.equals(role) || r.startsWith(role + " ")) {
                holders.addAll(list);
            }
        });
        return holders;
    }

    /**
     * Gives an unnamed official ({@code le ministre des Affaires étrangères}) to the one person of
     * the text who holds that role, wherever the name is written: before the title, long after it or
     * only later. Nothing changes when no one or more than one person fits.
     */
    void nameOfficials(List<Draft.Communication> communications, List<Draft.Demand> demands) {
        // the persons who may hold a role, by their folded role, in the order of the actors
        Map<String, List<Draft.Actor>> byRole = new HashMap<>();
        for (Draft.Actor p : actors.values()) {
            if (p.type == ActorType.PERSON && !p.key.startsWith("T:") && p.role != null) {
                byRole.computeIfAbsent(fold(p.role), k -> new ArrayList<>()).add(p);
            }
        }
        for (Draft.Actor official : new ArrayList<>(titled)) {
            if (official.type != ActorType.PERSON || official.plural || official.role == null
                    || official.titleKind == null || SHARED_ROLES.contains(official.titleKind)
                    || official.speaksFor != null) { // "un porte-parole du ministère": any of its spokespersons, not the one named
                continue;
            }
            List<Draft.Actor> candidates = new ArrayList<>();
            for (Draft.Actor p : holdersOf(byRole, official)) {
                if (!p.reported() && !p.key.startsWith("P:")
                        || official.country != null && p.country != null && !official.country.equals(p.country)
                        || official.affiliation != null && p.affiliation != null && !official.affiliation.equals(p.affiliation)
                        || official.affiliation != null && p.affiliation == null && p.roleOfOther // "du gouvernement" then "de l'ONU"
                        || p.region != null && (official.region == null ? official.country != null : !official.region.equals(p.region))
                        // "le Premier ministre britannique" is not "le Premier ministre écossais, X", nor the reverse
                        || stateHeadOfficeOf(official) && (bodyOf(p) != null || p.officeOfBody) // "le président de la République", not the federation's
                        || headOfUnnamedBody(official) && bodyOf(p) == null && p.country != null // "le président de la fédération", not the Republic's
                        // "le président américain" is not "la présidente de la Conférence circumpolaire inuit", a body of no state
                        || official.country != null && p.country == null && bodyOf(p) != null
                        || partners(official, p, communications, demands)) {
                    continue;
                }
                candidates.add(p);
            }
            Draft.Actor holder = onlyHolder(official, candidates);
            if (holder == null || otherGender(holder, official.gender)) {
                continue; // "l'ambassadeur de Chine" is not "l'ambassadrice Ingrid Solheim", the one ambassador named
            }
            Draft.Actor to = holder;
            to.aliases.add(official.name);
            to.aliases.addAll(official.aliases);
            official.mentions.forEach(to::mention);
            to.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            to.used |= official.used;
            if (to.country == null) {
                to.country = official.country;
            }
            redirect(official, to, communications, demands);
            actors.remove(official.key);
            titled.remove(official);
        }
    }

    /**
     * The one of {@code candidates} an unnamed official is: the only one, or, when two hold the role and the title names
     * no state, the only one not of another state than the dispatch's own ({@code Belga}: "le ministre des Affaires
     * étrangères" in the headline is the Belgian one, not his Libyan guest); null when which one is meant is not said.
     */
    private Draft.Actor onlyHolder(Draft.Actor official, List<Draft.Actor> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (official.country != null || official.region != null || homeState == null) {
            return null;
        }
        List<Draft.Actor> home = candidates.stream().filter(p -> p.country == null || homeState.equals(p.country)).toList();
        return home.size() == 1 ? home.get(0) : null;
    }

    /**
     * Merges a lone capitalised word taken for a body into the person whose surname it is, named in full
     * elsewhere ("RDC: Tshisekedi et Kagame se parlent" over "le président congolais Félix Tshisekedi"):
     * a headline calls people by their surname before the lead gives the full name. A lone word taken
     * for a person because it speaks ("…, estime Cassis") is merged the same way.
     */
    void surnamesAlone(List<Draft.Communication> communications, List<Draft.Demand> demands) {
        for (Draft.Actor lone : new ArrayList<>(actors.values())) {
            boolean lonePerson = lone.type == ActorType.PERSON;
            if (!lone.key.startsWith("X:") || !lonePerson && (lone.type != ActorType.ORGANISATION || lone.organisation != null) || lone.name.contains(" ")) {
                continue;
            }
            Draft.Actor person = null;
            for (Draft.Actor p : persons) {
                if (p != lone && p.type == ActorType.PERSON && p.name.contains(" ") && fold(lone.name).equals(p.surname)) {
                    person = person == null ? p : lone; // two people of that surname: which one is not said
                }
            }
            if (person == null || person == lone) {
                continue;
            }
            absorb(lone, person, communications, demands);
        }
    }

    /**
     * Merges a region named alone ({@code Keystone: l'Alberta presse Ottawa}, {@code la déception de l'Alberta}) into the
     * government named after it ({@code Le gouvernement de l'Alberta}): a province or a canton acts through its government,
     * one actor with both names. Only a name the lexicons do not know as a state, so no state's government is touched.
     */
    void regionsAlone(List<Draft.Communication> communications, List<Draft.Demand> demands) {
        for (Draft.Actor lone : new ArrayList<>(actors.values())) {
            if (!lone.key.startsWith("X:") || lone.type != ActorType.ORGANISATION || lone.organisation != null || lone.name.contains(" ")) {
                continue;
            }
            Draft.Actor government = governmentOf(lone.name);
            if (government != null && government != lone) {
                absorb(lone, government, communications, demands);
            }
        }
    }

    /**
     * The body named as the government of {@code place} ({@code gouvernement de l'Alberta}, {@code gouvernement du Québec}):
     * a {@code GOVERNMENT} noun, then only words of {@code de} and articles before the place; or null.
     */
    private Draft.Actor governmentOf(String place) {
        String folded = fold(place);
        for (Draft.Actor a : actors.values()) {
            if (a.type != ActorType.ORGANISATION || !a.key.startsWith("O:") || a.organisation != null) {
                continue;
            }
            String[] words = fold(a.name).split("[ ']");
            if (words.length < 3 || !lexicon.is(words[0], Grammar.GOVERNMENT) || !words[words.length - 1].equals(folded)) {
                continue;
            }
            boolean linked = true;
            for (int w = 1; w < words.length - 1; w++) {
                linked &= lexicon.is(words[w], Grammar.DE_FORM) || lexicon.is(words[w], Grammar.ARTICLE) || words[w].isEmpty();
            }
            if (linked) {
                return a;
            }
        }
        return null;
    }

    /** The person of the demonym's state named last ({@code le Brésilien} after {@code le Brésilien Neymar}), or null. */
    private Draft.Actor personOf(Mention m) {
        Draft.Actor latest = null;
        for (Draft.Actor p : persons) {
            if (p.type == ActorType.PERSON && m.country.equals(p.country) && (latest == null || p.lastSentence > latest.lastSentence)) {
                latest = p;
            }
        }
        for (Draft.Actor p : latest == null ? persons : List.<Draft.Actor>of()) {
            // "le coprésident du PS, Marco Rossi, … Le Tessinois a exhorté …": a person of no known state named just before
            if (p.type == ActorType.PERSON && p.country == null && p.lastSentence >= m.sentence.index - 1
                    && (latest == null || p.lastSentence > latest.lastSentence)) {
                latest = p;
            }
        }
        if (latest != null) {
            latest.mention(text(m), span(m));
        }
        return latest;
    }

    /**
     * The person named in full whose surname a state's name is, when the name stands bare (no article nor
     * preposition of place before it): "Montenegro a déclaré" after "le Premier ministre Luís Montenegro".
     */
    private Draft.Actor surnameOfState(Mention m) {
        Sentence s = m.sentence;
        if (m.kind != Mention.Kind.STATE || m.first != m.last || !s.token(m.first).capitalised() || !bySurname.containsKey(s.word(m.first))
                || m.first > 0 && (lexicon.is(s.tokens, m.first - 1, Grammar.ARTICLE) || lexicon.is(s.tokens, m.first - 1, Grammar.LOCATIVE))) {
            return null;
        }
        return surnamed(s.word(m.first));
    }

    /**
     * The one person named in full whose surname is {@code word} as written ("Cassis" for "Ignazio
     * Cassis"), or null when no one or several are.
     */
    Draft.Actor surnamed(String word) {
        String surname = fold(word);
        Draft.Actor found = null;
        for (Draft.Actor p : persons) {
            if (p.type == ActorType.PERSON && p.name.contains(" ") && surname.equals(p.surname)) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * Merges a collective named alone ({@code Mali: les rebelles touareg proclament …}) into the group the same words name
     * with its name elsewhere ({@code Les rebelles touareg du Mouvement national de libération de l'Azawad (MNLA)}): the
     * headline calls the group by what its members are before the lead names it.
     */
    void membersAlone(java.util.Map<String, Integer> membersOf, List<Draft.Communication> communications, List<Draft.Demand> demands) {
        if (membersOf.isEmpty()) {
            return;
        }
        for (Draft.Actor lone : new ArrayList<>(actors.values())) {
            Integer at = lone.type == ActorType.GROUP ? membersOf.get(fold(lone.name)) : null;
            Draft.Actor to = at == null ? null : actorAt(at);
            if (to == null || to == lone) {
                continue;
            }
            absorb(lone, to, communications, demands);
        }
    }

    /** Makes {@code lone} one of {@code to}'s names: its mentions, acts and name go to {@code to}, and it is no actor of its own. */
    private void absorb(Draft.Actor lone, Draft.Actor to, List<Draft.Communication> communications, List<Draft.Demand> demands) {
        to.aliases.add(lone.name);
        lone.mentions.forEach(to::mention);
        to.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        to.used |= lone.used;
        redirect(lone, to, communications, demands);
        actors.remove(lone.key);
        organisationList.remove(lone);
        persons.remove(lone);
    }

    /** The actor one of whose mentions starts at the text offset {@code start}, or null. */
    private Draft.Actor actorAt(int start) {
        for (Draft.Actor a : actors.values()) {
            for (Span span : a.mentions) {
                if (span.start() == start) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Makes every communication and demand that names {@code from} name {@code to} instead, once. */
    private static void redirect(Draft.Actor from, Draft.Actor to, List<Draft.Communication> communications, List<Draft.Demand> demands) {
        for (Draft.Communication c : communications) {
            c.sender = c.sender == from ? to : c.sender;
            c.recipients.replaceAll(r -> r == from ? to : r);
            c.intermediaries.replaceAll(r -> r == from ? to : r);
            c.recipients.remove(c.sender);
            dedupe(c.recipients);
            dedupe(c.intermediaries);
        }
        for (Draft.Demand d : demands) {
            d.source = d.source == from ? to : d.source;
            d.target = d.target == from ? to : d.target;
        }
    }

    private static void dedupe(List<Draft.Actor> list) {
        List<Draft.Actor> once = new ArrayList<>(new java.util.LinkedHashSet<>(list));
        list.clear();
        list.addAll(once);
    }

    /** Makes a weakly named actor a person (a name that speaks) and indexes its surname. */
    void confirmSpeaker(Draft.Actor a) {
        if (a.key.startsWith("X:") && a.type == ActorType.PERSON && a.surname != null) {
            bySurname.putIfAbsent(a.surname, a);
            if (!persons.contains(a)) {
                persons.add(a);
            }
        }
    }

    /** The collective number counting a group ("des milliers de personnes", "plusieurs centaines d'infirmières"), or -1. */
    private int countedFrom(Mention m) {
        Sentence s = m.sentence;
        int j = m.first - 1;
        if (j >= 2 && s.word(j).equals("'") && lexicon.is(s.tokens, j - 1, Grammar.OF_ELIDED)) {
            j--;
        } else if (j < 1 || !lexicon.is(s.tokens, j, Grammar.OF_UNELIDED)) {
            return -1;
        }
        return lexicon.is(s.tokens, j - 1, Grammar.COLLECTIVE_NUMBER) ? j - 1 : -1;
    }

    /**
     * Whether token j says when or how ("mardi", "hier", "également", the period of "la semaine dernière", "le week-end"):
     * it ends an unnamed official's title ("son homologue gambien mardi", "au président américain la semaine dernière").
     */
    private boolean whenOrHow(Sentence s, int j) {
        return lexicon.is(s.tokens, j, Grammar.WEEKDAY) || lexicon.is(s.tokens, j, Grammar.RELATIVE_DAY) || lexicon.is(s.tokens, j, Grammar.TODAY_PART)
                || lexicon.is(s.tokens, j, Grammar.ADVERB) || lexicon.is(s.tokens, j, Grammar.PERIOD) || lexicon.is(s.tokens, j, Grammar.WEEKEND);
    }

    String text(Mention m) {
        return input.substring(m.start(), m.end());
    }

    /** The name of one holder of a shared title: "président chinois" in "les présidents russe et chinois". */
    private String sharedName(Mention m) {
        Sentence s = m.sentence;
        Mention.Shared x = m.shared;
        StringBuilder name = new StringBuilder().append(input, s.token(x.titleFirst()).start(), s.token(x.titleFirst()).end() - 1); // "présidents" less its plural ending
        name.append(input, s.token(x.titleFirst()).end(), s.token(x.titleLast()).end())
                .append(' ').append(input, s.token(x.adjectiveFirst()).start(), s.token(x.adjectiveLast()).end());
        if (x.remitFirst() >= 0) {
            name.append(' ').append(input, s.token(x.remitFirst()).start(), s.token(x.remitLast()).end());
        }
        return name.toString();
    }

    private String withArticle(Mention m) {
        Sentence s = m.sentence;
        int j = m.first - 1;
        if (j >= 1 && s.word(j).equals("'") && lexicon.is(s.tokens, j - 1, Grammar.ELIDED_DEFINITE_OR_OF)) {
            return input.substring(s.token(j - 1).start(), m.end());
        }
        if (j >= 0 && lexicon.is(s.tokens, j, Grammar.DEFINITE)) {
            return input.substring(s.token(j).start(), m.end());
        }
        return text(m);
    }

    Span span(Mention m) {
        return Span.of(input, m.start(), m.end());
    }

    /**
     * A name's matching form: folded, trimmed, each run of white space one space. One pass over the
     * name, since names are folded again and again while actors are resolved (the three passes and
     * copies of {@link #foldAnyScript} were 3 % of a parse, README Performance); a name with a
     * character folding does not lower-case, or a surrogate, takes the general path.
     */
    static String fold(String s) {
        int end = s.length();
        while (end > 0 && Folding.fold(s.charAt(end - 1)) <= ' ') {
            end--;
        }
        int start = 0;
        while (start < end && Folding.fold(s.charAt(start)) <= ' ') {
            start++;
        }
        char[] out = new char[end - start];
        int size = 0;
        for (int i = start; i < end; i++) {
            char c = Folding.fold(s.charAt(i));
            if (Character.isWhitespace(c)) {
                if (size > 0 && out[size - 1] != ' ') {
                    out[size++] = ' ';
                }
            } else if (Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
                return foldAnyScript(s);
            } else {
                out[size++] = c;
            }
        }
        return new String(out, 0, size);
    }

    /** {@link #fold} of any name: folding, then white space, then lower case by the whole string's rules. */
    static String foldAnyScript(String s) {
        String folded = Folding.fold(s).trim();
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
