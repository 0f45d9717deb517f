package org.diplotext.text;

/**
 * A top-level quotation: its marks and its words.
 *
 * @param open         index of the opening mark
 * @param close        index of the closing mark; for the part of a quotation that runs on into the
 *                     next paragraph, index of its paragraph's last character
 * @param contentStart index of the first quoted character, after the mark and any space
 * @param contentEnd   index after the last quoted character, before any space and the mark
 * @param runsOn       whether the quotation goes on in the next paragraph, closed there
 */
public record Quotation(int open, int close, int contentStart, int contentEnd, boolean runsOn) {

    /** A quotation closed by its mark. */
    public Quotation(int open, int close, int contentStart, int contentEnd) {
        this(open, close, contentStart, contentEnd, false);
    }

    /** Whether {@code index} lies between the marks, marks included. */
    public boolean covers(int index) {
        return index >= open && index <= close;
    }

    /** Whether the quotation has at least one character of content. */
    public boolean hasContent() {
        return contentEnd > contentStart;
    }
}
