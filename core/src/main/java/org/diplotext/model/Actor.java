package org.diplotext.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One real-world entity that acts or is acted upon in a dispatch, with every name it goes by and
 * every place it is mentioned.
 *
 * @param id           identifier unique within its dispatch ({@code a1})
 * @param type         person, state, organisation or group
 * @param name         the fullest name found ({@code Sergueï Lavrov})
 * @param aliases      other names found ({@code M. Lavrov}, {@code le ministre russe}), without the name
 * @param country      ISO 3166-1 alpha-2 code, for states and the people and bodies of a state
 * @param role         the role or title ({@code chef de la diplomatie}), if known
 * @param affiliation  id of the actor (state or organisation) it acts for, if known
 * @param mentions     the spans of input that name it, in order
 * @param organisation details of an organisation or group, when the lexicon knows them
 */
public record Actor(
        String id,
        ActorType type,
        String name,
        List<String> aliases,
        Optional<String> country,
        Optional<String> role,
        Optional<String> affiliation,
        List<Span> mentions,
        Optional<Organisation> organisation) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Checks every part; an actor cannot be its own affiliation. */
    public Actor {
        Checks.requireText(id, "id");
        Objects.requireNonNull(type, "type must not be null");
        Checks.requireText(name, "name");
        aliases = Checks.copyTexts(aliases, "aliases");
        country = Checks.presentText(country, "country");
        country.ifPresent(code -> {
            if (!COUNTRY.matcher(code).matches()) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, was '" + code + "'");
            }
        });
        role = Checks.presentText(role, "role");
        affiliation = Checks.presentText(affiliation, "affiliation");
        if (affiliation.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("actor '" + id + "' cannot be its own affiliation");
        }
        mentions = Checks.copy(mentions, "mentions");
        organisation = Checks.present(organisation, "organisation");
        if (organisation.isPresent() && (type == ActorType.PERSON || type == ActorType.STATE)) {
            throw new IllegalArgumentException("actor '" + id + "' of type " + type + " cannot carry organisation details");
        }
    }

    /** Every name of the actor: its name first, then its aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
