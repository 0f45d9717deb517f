package org.diplotext.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Span;

/** Mutable drafts of actors, communications and demands, used within one extraction only. */
final class Draft {
    private Draft() {
    }

    /** An actor being assembled from its mentions. */
    static final class Actor {
        final String key;
        ActorType type;
        String name;
        int nameRank;
        final Set<String> aliases = new LinkedHashSet<>();
        String country;
        String role;
        /** Every role the text gave the person, folded: a later title may name any of them ("le conseiller fédéral"). */
        final Set<String> roles = new java.util.HashSet<>();
        /** 'F' or 'M' when an article before one of the person's titles said so ("la ministre"), else 0. */
        char gender;
        String titleKind;
        /**
         * The title that gave the role went on with a complement the role does not keep ({@code le secrétaire général du
         * gouvernement}): the same bare title with another body's name is someone else.
         */
        boolean roleOfOther;
        /**
         * The title that gave the role is an office of a body, not of a state ({@code Son président, X} after a union,
         * {@code le président du groupe socialiste, X}): "le président de la République" is someone else.
         */
        boolean officeOfBody;
        /** The region's adjective of the title that gave the role ({@code le premier ministre écossais}), or null. */
        String region;
        String affiliation;
        Actor affiliationActor;
        /** The body an unnamed spokesperson speaks for: what it says or asks is the body's. */
        Actor speaksFor;
        final List<Span> mentions = new ArrayList<>();
        /** Named clearly enough to be reported even when it does nothing. */
        boolean confirmed;
        /** Takes part in a communication or demand. */
        boolean used;
        boolean plural;
        org.diplotext.lexicon.Entries.Organisation organisation;
        String surname;
        String givenName;
        /** The common noun that introduced an organisation ({@code quotidien}, {@code groupe}), if any. */
        String noun;
        int lastSentence = -1;
        /** {@link ActorResolver#fold} of the name and of the role, and what they were folded from: rules compare them often. */
        private String foldedName;
        private String foldedNameOf;
        private String foldedRole;
        private String foldedRoleOf;

        Actor(String key, ActorType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }

        /** The name as {@link ActorResolver#fold} gives it, folded again only when the name changes. */
        String foldedName() {
            if (foldedNameOf != name) {
                foldedName = ActorResolver.fold(name);
                foldedNameOf = name;
            }
            return foldedName;
        }

        /** The role as {@link ActorResolver#fold} gives it, or null without one. */
        String foldedRole() {
            if (role == null) {
                return null;
            }
            if (foldedRoleOf != role) {
                foldedRole = ActorResolver.fold(role);
                foldedRoleOf = role;
            }
            return foldedRole;
        }

        void name(String candidate, int rank) {
            if (candidate == null || candidate.isBlank()) {
                return;
            }
            if (rank > nameRank || (rank == nameRank && candidate.length() > name.length())) {
                if (!name.equals(candidate)) {
                    aliases.add(name);
                }
                name = candidate;
                nameRank = rank;
            } else if (!candidate.equals(name)) {
                aliases.add(candidate);
            }
        }

        private final java.util.Set<Long> seen = new java.util.HashSet<>();

        /** A mention written {@code text}, kept as an alias when it is not the name. */
        void mention(String text, Span span) {
            if (!text.equals(name)) {
                aliases.add(text);
            }
            mention(span);
        }

        void mention(Span span) {
            if (seen.add(((long) span.start() << 32) | span.end())) {
                mentions.add(span);
            }
        }

        boolean reported() {
            return confirmed || used;
        }

        @Override
        public String toString() {
            return key + "(" + name + ")";
        }
    }

    /** A communication being assembled. */
    static final class Communication {
        final CommunicationType type;
        Actor sender;
        final List<Actor> recipients = new ArrayList<>();
        final List<Actor> intermediaries = new ArrayList<>();
        LocalDate date;
        String quote;
        final List<Span> evidence = new ArrayList<>();
        int sentence;

        Communication(CommunicationType type, Actor sender) {
            this.type = type;
            this.sender = sender;
        }

        void recipient(Actor actor) {
            if (actor != null && actor != sender && !recipients.contains(actor)) {
                recipients.add(actor);
            }
        }
    }

    /** A demand being assembled. */
    static final class Demand {
        Actor source;
        Actor target;
        String content;
        boolean direct;
        LocalDate date;
        final List<Span> evidence = new ArrayList<>();
        int sentence;
        String head;
        /** Told so far only in the headline or kicker, whose date is the dispatch's, not the day of the ask. */
        boolean summary;

        Demand(Actor source, Actor target, String content, boolean direct) {
            this.source = source;
            this.target = target;
            this.content = content;
            this.direct = direct;
        }
    }
}
