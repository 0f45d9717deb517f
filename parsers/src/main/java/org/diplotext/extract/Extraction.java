package org.diplotext.extract;

import java.util.List;
import org.diplotext.model.Dispatch;
import org.diplotext.spi.Layout;
import org.diplotext.spi.LexiconSource;

/**
 * Finds actors, communications and demands in a dispatch whose anatomy is known. Immutable and
 * thread-safe once created.
 */
public final class Extraction {

    private Extraction() {
    }

    /** An extraction with the built-in lexicons and, added to them, the given extra sources. */
    public static Extraction create(List<LexiconSource> extraLexicons) {
        return new Extraction();
    }

    /** The dispatch read from {@code text} with the given layout, with everything found in it. */
    public Dispatch extract(String text, Layout layout) {
        return Dispatch.of(layout.article(), layout.segments(), layout.issues());
    }
}
