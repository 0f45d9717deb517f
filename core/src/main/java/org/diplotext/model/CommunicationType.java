package org.diplotext.model;

/** The kinds of communication between actors. */
public enum CommunicationType {
    /** Something said or written publicly: a quotation or a reported statement. */
    STATEMENT,
    /** A letter, note, missive or message sent to someone. */
    LETTER,
    /** An invitation, to talks, a visit or a meeting. */
    INVITATION,
    /** A telephone or video call. */
    CALL,
    /** A meeting, talks or a summit. */
    MEETING
}
