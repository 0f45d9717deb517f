package org.diplotext.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The grammar classes some word of one lexicon belongs to. Their numbers are the JVM's
 * ({@link GrammarClass}), so a rule's class constant needs no look-up in each lexicon. Filled while
 * loading, read-only afterwards.
 */
final class GrammarClasses {
    private final BitSet present = new BitSet();
    private final List<String> names = new ArrayList<>();

    /** The number of a class, or -1 when no word of this lexicon belongs to it. */
    int number(String name) {
        GrammarClass known = GrammarClass.ifNamed(name);
        return known != null && present.get(known.number) ? known.number : -1;
    }

    /** The number of a class, noted as one of this lexicon's. */
    int add(String name) {
        GrammarClass grammarClass = GrammarClass.named(name);
        if (!present.get(grammarClass.number)) {
            present.set(grammarClass.number);
            names.add(grammarClass.name());
        }
        return grammarClass.number;
    }

    /** The number of longs that hold a bit for each class of this lexicon. */
    int words() {
        return (present.length() + 63) >>> 6;
    }

    /** The names of the classes, in the order they were added. */
    List<String> names() {
        return List.copyOf(names);
    }
}
