package org.diplotext.model;

/** The parts a dispatch is made of, in the order they usually appear. */
public enum SegmentKind {
    /** Surtitre: the short line over the headline. */
    KICKER,
    /** The headline. */
    HEADLINE,
    /** The by-line: the agency or author line ({@code ATS}, {@code Par AFP}). */
    BYLINE,
    /** The date and time stamp ({@code 9.2.2022 - 17:17}). */
    STAMP,
    /** The dateline opening the lead ({@code PARIS (AFP) -}, {@code 4 juillet 2012. -}). */
    DATELINE,
    /** The first paragraph of the dispatch, without its dateline. */
    LEAD,
    /** A photo caption. */
    CAPTION,
    /** An intertitle opening a section of the body. */
    HEADING,
    /** A paragraph of the body. */
    PARAGRAPH,
    /** A credit line naming an agency or photographer ({@code Keystone-SDA}, {@code (Photo, AFP/Archives)}). */
    CREDIT,
    /** The closing signature ({@code ats/pym}, {@code afp/ther}). */
    SIGNATURE,
    /** Text that is not part of the dispatch (scraped noise, a repeated caption), kept and reported. */
    SET_ASIDE
}
