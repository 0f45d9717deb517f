package org.diplotext.model;

/** The kinds of actor a dispatch speaks of. */
public enum ActorType {
    /** A named or titled person ({@code Sergueï Lavrov}, {@code le ministre russe}). */
    PERSON,
    /** A state, named by itself, its capital, a seat of power or its government. */
    STATE,
    /** An organisation: intergovernmental body, organ of a state, agency, NGO, news agency. */
    ORGANISATION,
    /** A collective: rebels, armed movements, protesters, "les dirigeants européens". */
    GROUP
}
