package org.diplotext.extract;

import org.diplotext.model.Dispatch;
import org.diplotext.spi.Layout;

/** Finds actors, communications and demands in a dispatch whose anatomy is known. */
public final class Extraction {

    /** An extraction with the built-in lexicons. */
    public static Extraction withBuiltInLexicons() {
        return new Extraction();
    }

    /** The dispatch read from {@code text} with the given layout, with everything found in it. */
    public Dispatch extract(String text, Layout layout) {
        return Dispatch.of(layout.article(), layout.segments(), layout.issues());
    }
}
