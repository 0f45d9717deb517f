package org.diplotext.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of an organisation beyond its actor entry: its full name, acronym and kind.
 *
 * @param name    the full name ({@code Organisation pour la sécurité et la coopération en Europe})
 * @param acronym the usual acronym ({@code OSCE}), if any
 * @param aliases other names it goes by
 * @param kind    what sort of body it is
 */
public record Organisation(String name, Optional<String> acronym, List<String> aliases, OrganisationKind kind) {

    /** Checks the name and kind and copies the aliases. */
    public Organisation {
        Checks.requireText(name, "name");
        acronym = Checks.presentText(acronym, "acronym");
        aliases = Checks.copyTexts(aliases, "aliases");
        Objects.requireNonNull(kind, "kind must not be null");
    }
}
