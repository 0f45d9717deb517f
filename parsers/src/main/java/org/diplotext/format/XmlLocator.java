package org.diplotext.format;

import java.util.Optional;

/**
 * Finds where the elements of a parsed XML document stand in its source text, so that wire XML
 * keeps offsets into the input like every other format. Elements are located in document order
 * with a cursor that only moves forward; comments, CDATA sections and processing instructions
 * are stepped over.
 */
final class XmlLocator {
    private final String xml;
    private int cursor;

    XmlLocator(String xml) {
        this.xml = xml;
    }

    /** The bounds of an element in the source: its start tag, and its content when it has an end tag. */
    record Located(int tagStart, int tagEnd, int contentStart, int contentEnd, int end) {
    }

    /** Moves the cursor to {@code index} when it lies further on: past an element already read whole. */
    void skipTo(int index) {
        cursor = Math.max(cursor, index);
    }

    /**
     * The next start tag named {@code qName} at or after the cursor, and the element it opens;
     * the content's bounds only when {@code withContent} (finding the end tag scans the content).
     */
    Optional<Located> next(String qName, boolean withContent) {
        int i = cursor;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return Optional.empty();
            }
            int skip = skipSpecial(lt);
            if (skip > lt) {
                i = skip;
                continue;
            }
            if (xml.startsWith(qName, lt + 1) && isNameEnd(lt + 1 + qName.length())) {
                int tagEnd = tagEnd(lt);
                if (tagEnd < 0) {
                    return Optional.empty();
                }
                cursor = tagEnd;
                if (xml.charAt(tagEnd - 2) == '/' || !withContent) {
                    return Optional.of(new Located(lt, tagEnd, tagEnd, tagEnd, tagEnd));
                }
                int close = closing(qName, tagEnd);
                if (close < 0) {
                    return Optional.of(new Located(lt, tagEnd, tagEnd, tagEnd, tagEnd));
                }
                int end = xml.indexOf('>', close);
                return Optional.of(new Located(lt, tagEnd, tagEnd, close, end < 0 ? xml.length() : end + 1));
            }
            i = lt + 1;
        }
    }

    private boolean isNameEnd(int k) {
        if (k >= xml.length()) {
            return false;
        }
        char c = xml.charAt(k);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** The index after a comment, CDATA section, processing instruction or declaration at {@code lt}, or {@code lt}. */
    private int skipSpecial(int lt) {
        if (xml.startsWith("<!--", lt)) {
            return after(lt, "-->");
        }
        if (xml.startsWith("<![CDATA[", lt)) {
            return after(lt, "]]>");
        }
        if (xml.startsWith("<?", lt)) {
            return after(lt, "?>");
        }
        if (xml.startsWith("<!", lt) || xml.startsWith("</", lt)) {
            int gt = xml.indexOf('>', lt);
            return gt < 0 ? xml.length() : gt + 1;
        }
        return lt;
    }

    private int after(int from, String end) {
        int k = xml.indexOf(end, from + 2);
        return k < 0 ? xml.length() : k + end.length();
    }

    /** The index after the {@code >} closing the tag opened at {@code lt}, quotes respected. */
    private int tagEnd(int lt) {
        char quote = 0;
        for (int k = lt + 1; k < xml.length(); k++) {
            char c = xml.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return -1;
    }

    /** The start of the end tag matching an element of {@code qName} whose content starts at {@code from}. */
    private int closing(String qName, int from) {
        int depth = 0;
        int i = from;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (xml.startsWith("<!--", lt) || xml.startsWith("<![CDATA[", lt) || xml.startsWith("<?", lt)) {
                i = skipSpecial(lt);
                continue;
            }
            if (xml.startsWith("</", lt) && xml.startsWith(qName, lt + 2) && isNameEnd(lt + 2 + qName.length())) {
                if (depth == 0) {
                    return lt;
                }
                depth--;
            } else if (xml.startsWith(qName, lt + 1) && isNameEnd(lt + 1 + qName.length())) {
                int end = tagEnd(lt);
                if (end > 0 && xml.charAt(end - 2) != '/') {
                    depth++;
                }
            }
            i = lt + 1;
        }
    }
}
