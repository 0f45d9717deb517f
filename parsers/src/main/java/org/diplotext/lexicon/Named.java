package org.diplotext.lexicon;

/**
 * What a name in the lexicon stands for.
 *
 * @param kind what sort of entity
 * @param key  the state's ISO code, the organisation's id or the person's name
 */
public record Named(Kind kind, String key) {
    /** The sorts of named entity. */
    public enum Kind {
        /** A state by its name. */
        STATE,
        /** A state by its capital or seat of power. */
        CAPITAL,
        /** An organisation or named movement. */
        ORGANISATION,
        /** A known person. */
        PERSON,
        /** A state by its inhabitants' name ({@code les Russes}). */
        DEMONYM
    }
}
