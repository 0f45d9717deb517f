package org.diplotext.spi;

import java.util.List;

/**
 * A way dispatches are written (an agency's web text, a wire feed, wire XML) that the parser can
 * recognise and read.
 *
 * <p>The parser asks every registered format how confident it is that a text is in its format
 * and lets the most confident read it. Implementations must be thread-safe and must not throw on
 * odd content: they report it as issues of the {@link Layout}.
 */
public interface DispatchFormat {

    /**
     * A short lower-case id for the format ({@code ats-web}), written into each article.
     *
     * @return the id
     */
    String id();

    /**
     * How sure the format is that {@code text} is written in it, from 0 (not at all) to 100
     * (certain). The generic fallback answers 1.
     *
     * @param text the whole input
     * @return the confidence
     */
    int confidence(String text);

    /**
     * Reads the anatomy of the dispatches in {@code text}: usually one, several when the text
     * holds dispatches one after another. Offsets are indexes into {@code text}.
     *
     * @param text the whole input
     * @return at least one layout
     */
    List<Layout> read(String text);
}
