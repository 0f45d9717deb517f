package org.diplotext.extract;

import org.diplotext.lexicon.Entries;

/** Words of a sentence that name or designate an actor, before they are resolved to one. */
final class Mention {
    /** COUNTED: "les deux présidents", "les trois organisations": the actors last named together, read by {@link Syntax#counted}. */
    enum Kind { STATE, CAPITAL, STATE_BODY, STATE_ORGAN, ORGANISATION, ORG_ANAPHOR, PERSON, TITLE, GROUP, PROPER, PRONOUN, COUNTED }

    final Sentence sentence;
    final int first;
    int last;
    Kind kind;
    /** State code, organisation id or known person's name. */
    String key;
    Entries.Title title;
    /** Where the remit written after a title starts ({@code pour le climat}: part of the role, to the title's end), or -1. */
    int remitFrom = -1;
    String country;
    /** The states of a group named by two coordinated adjectives ({@code homologues français et espagnol}), joined; else null. */
    String states;
    String organisation;
    boolean civility;
    /** Where the name proper starts after a civility or initials ({@code V. Sapounov}), or -1. */
    int nameFrom = -1;
    /** A lone capitalised word opening a sentence: a name only if already known as one. */
    boolean initial;
    /**
     * An unnamed body or collective known by its description ({@code un collectif de défense des droits des
     * femmes}, {@code une coalition d'ONG}): one actor per head noun, reported when it acts, is acted upon or is a source.
     */
    boolean described;
    /** A nationality standing for a person ({@code le Brésilien}): the person of that state (country) named last. */
    boolean demonym;
    /**
     * A described mention whose head names a collective ({@code DESCRIBED_COLLECTIVE}: collectif, coalition, groupe…):
     * a GROUP reported when it acts, is acted upon or is a source. A body described by its function alone
     * ({@code la fédération des banques}) names no organisation and is reported only through the acts it takes part in.
     */
    boolean collective;
    boolean plural;
    /**
     * An NGO noun after a plural determiner ({@code les ONG}, {@code plusieurs ONG}): the NGOs named before it, or, when
     * it fits none and stands in the body, a group of NGOs of its own.
     */
    boolean ngos;
    /** The unknown place that names a group ({@code les rebelles de Homs}): such a group is reported even when it does nothing. */
    String place;
    /** A state or a name after a preposition of place ({@code vers le Canada}, {@code au Museum of Modern Art}): it locates, so alone it makes no actor. */
    boolean located;
    /** A federal government ({@code le gouvernement fédéral}): the dispatch's own state, that of its dateline or agency. */
    boolean federal;
    /** Another mention of the same actor next to this one (a title and its name, an apposition). */
    Mention link;
    /**
     * A title shared with another holder ({@code les présidents russe et chinois}), or null: the holder is named by the
     * singular of the plural title's words, its own state's adjective and the portfolio after both adjectives.
     */
    Shared shared;
    /** The mention completing a title ({@code de Russie}). */
    Mention complement;
    Draft.Actor actor;

    /**
     * Token indexes of a shared title: the plural title ({@code présidents}, {@code chefs de la diplomatie}), this
     * holder's adjective, and the portfolio after both adjectives ({@code remitFirst} -1 when none).
     */
    record Shared(int titleFirst, int titleLast, int adjectiveFirst, int adjectiveLast, int remitFirst, int remitLast) {
    }

    Mention(Sentence sentence, int first, int last, Kind kind) {
        this.sentence = sentence;
        this.first = first;
        this.last = last;
        this.kind = kind;
    }

    int start() {
        return sentence.token(first).start();
    }

    int end() {
        return sentence.token(last).end();
    }

    boolean inQuote() {
        return sentence.inQuote(first);
    }

    @Override
    public String toString() {
        return kind + "[" + first + ".." + last + "]";
    }
}
