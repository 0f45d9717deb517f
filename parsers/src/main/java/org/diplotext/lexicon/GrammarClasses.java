package org.diplotext.lexicon;

/**
 * The names of the grammar classes of {@code grammar.tsv}, each with its number (its bit in a
 * {@link Lexeme}'s classes). Callers name a class by a constant, so a probe compares references
 * before characters: testing a token's class is the most frequent look-up of the extraction.
 * Filled while loading, read-only afterwards.
 */
final class GrammarClasses {
    private String[] names = new String[128];
    private int[] numbers = new int[128];
    private int size;

    /** The number of a class, or -1 when no word belongs to it. */
    int number(String name) {
        int mask = names.length - 1;
        for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
            String known = names[i];
            if (known == null) {
                return -1;
            }
            if (known == name || known.equals(name)) {
                return numbers[i];
            }
        }
    }

    /** The number of a class, given the next one if new. */
    int add(String name) {
        int known = number(name);
        if (known >= 0) {
            return known;
        }
        if ((size + 1) * 2 > names.length) {
            String[] oldNames = names;
            int[] oldNumbers = numbers;
            names = new String[oldNames.length * 2];
            numbers = new int[oldNames.length * 2];
            for (int i = 0; i < oldNames.length; i++) {
                if (oldNames[i] != null) {
                    put(oldNames[i], oldNumbers[i]);
                }
            }
        }
        put(name.intern(), size);
        return size++;
    }

    /** The number of longs that hold a bit for each class. */
    int words() {
        return (size + 63) >>> 6;
    }

    /** The names of the classes in the order of their numbers. */
    java.util.List<String> names() {
        String[] byNumber = new String[size];
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                byNumber[numbers[i]] = names[i];
            }
        }
        return java.util.List.of(byNumber);
    }

    private void put(String name, int number) {
        int mask = names.length - 1;
        int i = name.hashCode() & mask;
        while (names[i] != null) {
            i = (i + 1) & mask;
        }
        names[i] = name;
        numbers[i] = number;
    }
}
