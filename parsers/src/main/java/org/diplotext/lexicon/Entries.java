package org.diplotext.lexicon;

import java.util.List;
import java.util.Optional;
import org.diplotext.model.ActorType;
import org.diplotext.model.OrganisationKind;

/** The entries of the lexicon files, as read. */
public final class Entries {
    private Entries() {
    }

    /** A state of {@code states.json}. */
    public record State(String code, String name, Optional<String> official, List<String> variants,
                        List<String> adjectives, List<String> demonyms, List<String> capitals, List<String> metonyms,
                        List<String> places) {
        /** Copies the lists. */
        public State {
            variants = List.copyOf(variants);
            adjectives = List.copyOf(adjectives);
            demonyms = List.copyOf(demonyms);
            capitals = List.copyOf(capitals);
            metonyms = List.copyOf(metonyms);
            places = List.copyOf(places);
        }
    }

    /** An organisation or named movement of {@code organisations.json}. */
    public record Organisation(String id, String name, Optional<String> acronym, List<String> aliases,
                               OrganisationKind kind, ActorType type, Optional<String> parent, Optional<String> country) {
        /** Copies the aliases. */
        public Organisation {
            aliases = List.copyOf(aliases);
        }

        /** The name to show: the full name. */
        public String displayName() {
            return name;
        }
    }

    /** A known person of {@code persons.json}. */
    public record Person(String name, List<String> aliases, Optional<String> country, Optional<String> role,
                         Optional<String> affiliation) {
        /** Copies the aliases. */
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** A title of {@code titles.tsv}. */
    public record Title(String title, String role, String kind) {
    }

    /** The classes of verbs and nouns. */
    public enum Act {
        /** Saying: déclarer, affirmer. */
        REPORTING,
        /** Asking: exiger, demander. */
        DEMAND,
        /** Writing: adresser, lettre. */
        LETTER,
        /** Inviting. */
        INVITATION,
        /** Calling. */
        CALL,
        /** Meeting. */
        MEETING,
        /** A statement noun (déclaration, communiqué). */
        STATEMENT
    }

    /** A verb form of {@code verbs.tsv}. */
    public record Verb(String lemma, Act act, String form) {
        /** Whether the lemma is a phrase ending in a preposition ({@code appeler à}). */
        public boolean takesA() {
            return takesA(lemma);
        }

        /** Whether a lemma is a phrase ending in the preposition {@code à} (folded or not). */
        static boolean takesA(String lemma) {
            return lemma.endsWith(" à") || lemma.endsWith(" a");
        }
    }

    /** A noun of {@code nouns.tsv}. */
    public record Noun(String noun, Act act, String gender) {
    }

    /** A group noun of {@code groups.tsv}. */
    public record Group(String noun, String kind) {
    }
}
