package org.diplotext.spi;

/**
 * The lexicon files diplotext reads, each in the format documented in the lexicon README
 * ({@code org/diplotext/lexicon/fr/README.md} in the parsers jar).
 */
public enum LexiconFile {
    /** States: names, official names, variants, adjectives, demonyms, capitals, seats of power, ISO codes. */
    STATES("states.json"),
    /** Organisations and named movements: names, acronyms, aliases, kind, parent. */
    ORGANISATIONS("organisations.json"),
    /** Known persons: names, aliases, country, role, affiliation. */
    PERSONS("persons.json"),
    /** Titles and roles of persons. */
    TITLES("titles.tsv"),
    /** Reporting, demand, letter, invitation, call and meeting verbs with their inflected forms. */
    VERBS("verbs.tsv"),
    /** Nouns of communications and demands. */
    NOUNS("nouns.tsv"),
    /** Common nouns naming collective actors. */
    GROUPS("groups.tsv");

    private final String fileName;

    LexiconFile(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The file's name, as in the built-in lexicon folder.
     *
     * @return the name ({@code states.json})
     */
    public String fileName() {
        return fileName;
    }
}
