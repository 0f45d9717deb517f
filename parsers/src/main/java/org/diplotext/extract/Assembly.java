package org.diplotext.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Organisation;
import org.diplotext.model.ParseIssue;
import org.diplotext.spi.Layout;

/**
 * Turns drafts into the model's records: keeps the actors that are named clearly or take part in
 * an act, numbers everything in order of first appearance, and resolves affiliations.
 */
final class Assembly {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2}");
    private final ActorResolver resolver;
    private final Events events;

    Assembly(ActorResolver resolver, Events events) {
        this.resolver = resolver;
        this.events = events;
    }

    Dispatch dispatch(Layout layout, List<ParseIssue> issues) {
        for (Draft.Communication c : events.communications) {
            use(c.sender);
            if (c.sender != null && c.sender.speaksFor != null) {
                use(c.sender.speaksFor);
            }
            c.recipients.forEach(this::use);
            c.intermediaries.forEach(this::use);
        }
        for (Draft.Demand d : events.demands()) {
            use(d.source);
            if (d.source != null && d.source.speaksFor != null) {
                use(d.source.speaksFor);
            }
            use(d.target);
        }
        List<Draft.Actor> kept = new ArrayList<>();
        for (Draft.Actor a : resolver.actors.values()) {
            if (a.reported() && !a.mentions.isEmpty()) {
                kept.add(a);
            }
        }
        for (int k = 0, n = kept.size(); k < n; k++) {
            Draft.Actor a = kept.get(k);
            Draft.Actor state = a.affiliationActor != null ? a.affiliationActor : a.affiliation == null ? null : resolver.actors.get(a.affiliation);
            if (state != null && state.type == ActorType.STATE && !state.reported() && !state.mentions.isEmpty() && !kept.contains(state)) {
                kept.add(state); // "En France, le Conseil constitutionnel …": a state named only as a place still acts through its bodies
            }
        }
        Map<Draft.Actor, Draft.Actor> shortened = shortNames(kept);
        kept.removeAll(shortened.keySet());
        kept.sort((a, b) -> Integer.compare(a.mentions.get(0).start(), b.mentions.get(0).start()));
        Map<Draft.Actor, String> ids = new HashMap<>();
        Map<String, Draft.Actor> byKey = new HashMap<>();
        for (Draft.Actor a : kept) {
            ids.put(a, "a" + (ids.size() + 1));
            byKey.put(a.key, a);
        }
        shortened.forEach((shortName, body) -> ids.put(shortName, ids.get(body)));
        List<Actor> actors = new ArrayList<>();
        for (Draft.Actor a : kept) {
            Draft.Actor affiliation = a.affiliationActor != null && ids.containsKey(a.affiliationActor) ? a.affiliationActor
                    : a.affiliation == null ? null : byKey.get(a.affiliation);
            affiliation = shortened.getOrDefault(affiliation, affiliation);
            if (affiliation == a) {
                affiliation = null;
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : a.aliases) {
                if (!alias.isBlank() && !alias.equals(a.name) && !aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
            Optional<Organisation> organisation = Optional.empty();
            if (a.organisation != null && a.type != ActorType.PERSON && a.type != ActorType.STATE) {
                organisation = Optional.of(new Organisation(a.organisation.name(), a.organisation.acronym(),
                        a.organisation.aliases(), a.organisation.kind()));
            }
            String country = a.country != null && CODE.matcher(a.country).matches() ? a.country : null;
            actors.add(new Actor(ids.get(a), a.type, a.name, aliases, Optional.ofNullable(country), Optional.ofNullable(a.role),
                    Optional.ofNullable(affiliation).map(ids::get), a.mentions, organisation));
        }
        List<Communication> communications = new ArrayList<>();
        List<Draft.Communication> comms = new ArrayList<>(events.communications);
        comms.sort((x, y) -> Integer.compare(x.evidence.get(0).start(), y.evidence.get(0).start()));
        for (Draft.Communication c : comms) {
            communications.add(new Communication("c" + (communications.size() + 1), c.type, Optional.ofNullable(ids.get(spoken(c.sender))),
                    c.recipients.stream().map(ids::get).filter(java.util.Objects::nonNull).distinct().toList(),
                    c.intermediaries.stream().map(ids::get).filter(java.util.Objects::nonNull).distinct().toList(),
                    Optional.ofNullable(c.date), Optional.ofNullable(c.quote).filter(q -> !q.isBlank()), c.evidence));
        }
        List<Demand> demands = new ArrayList<>();
        for (Draft.Demand d : events.demands()) {
            demands.add(new Demand("d" + (demands.size() + 1), Optional.ofNullable(ids.get(spoken(d.source))),
                    Optional.ofNullable(ids.get(d.target)), d.content, d.direct, Optional.ofNullable(d.date), d.evidence));
        }
        return new Dispatch(layout.article(), layout.segments(), actors, communications, demands, issues);
    }

    /**
     * The bodies named by the first word of another one's name alone ({@code la Commission} for {@code la
     * Commission européenne}, {@code la Cour} for {@code la Cour internationale de justice}, {@code le Conseil} for
     * {@code le Conseil de sécurité}) or by the acronym another one is given in brackets ({@code l'APN} in a headline
     * for {@code l'Assemblée des Premières Nations (APN)} in the lead), each with that body, whose mentions and aliases it joins: the short name is
     * no body of its own, even in a headline before the full name. A short name that fits several bodies goes to
     * the one named last before it, and stays apart when all of them are named after it.
     */
    private static Map<Draft.Actor, Draft.Actor> shortNames(List<Draft.Actor> kept) {
        Map<Draft.Actor, Draft.Actor> out = new HashMap<>();
        for (Draft.Actor shortName : kept) {
            String head = shortName.foldedName();
            if (shortName.type != ActorType.ORGANISATION || !shortName.key.startsWith("X:") || head.indexOf(' ') >= 0
                    || !Character.isUpperCase(shortName.name.charAt(0))) {
                continue;
            }
            String opening = head + " ";
            Draft.Actor before = null;
            Draft.Actor after = null;
            int afterCount = 0;
            int at = shortName.mentions.get(0).start();
            for (Draft.Actor other : kept) {
                boolean acronym = other.type == ActorType.ORGANISATION && shortName.name.equals(shortName.name.toUpperCase(java.util.Locale.ROOT))
                        && other.aliases.contains(shortName.name); // "L'APN met Ottawa en demeure" over "l'Assemblée des Premières Nations (APN)"
                if (other == shortName || other.type != ActorType.ORGANISATION && other.type != ActorType.GROUP
                        || !other.foldedName().startsWith(opening) && !acronym) {
                    continue;
                }
                int first = other.mentions.get(0).start();
                if (first < at) {
                    before = before == null || first > before.mentions.get(0).start() ? other : before;
                } else {
                    after = other;
                    afterCount++;
                }
            }
            Draft.Actor body = before != null ? before : afterCount == 1 ? after : null;
            if (body != null) {
                shortName.mentions.forEach(body::mention);
                body.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
                body.aliases.add(shortName.name);
                body.aliases.addAll(shortName.aliases);
                out.put(shortName, body);
            }
        }
        return out;
    }

    /** Who speaks when {@code a} does: the body an unnamed spokesperson speaks for, else {@code a}. */
    private static Draft.Actor spoken(Draft.Actor a) {
        return a != null && a.speaksFor != null ? a.speaksFor : a;
    }

    private void use(Draft.Actor a) {
        if (a != null) {
            a.used = true;
            resolver.confirmSpeaker(a);
        }
    }
}
