package org.diplotext.model;

/** What sort of body an {@link Organisation} is. */
public enum OrganisationKind {
    /** An organisation of states ({@code ONU}, {@code OSCE}). */
    INTERGOVERNMENTAL,
    /** An organ of an organisation ({@code Conseil de sécurité}, {@code Commission européenne}). */
    ORGAN,
    /** A forum of states ({@code G7}, {@code G20}). */
    FORUM,
    /** A trade or political bloc ({@code Mercosur}). */
    BLOC,
    /** A court ({@code CPI}, {@code CIJ}). */
    COURT,
    /** A specialised agency ({@code AIEA}, {@code HCR}). */
    AGENCY,
    /** A financial institution ({@code FMI}, {@code Banque mondiale}). */
    FINANCIAL,
    /** A military alliance ({@code OTAN}). */
    MILITARY_ALLIANCE,
    /** A body of one state's government: ministry, army, parliament. */
    GOVERNMENT_BODY,
    /** A non-governmental organisation. */
    NGO,
    /** A news agency ({@code AFP}, {@code ATS}). */
    NEWS_AGENCY,
    /** A political party. */
    PARTY,
    /** An armed group. */
    ARMED_GROUP,
    /** A political or social movement. */
    MOVEMENT,
    /** Anything else. */
    OTHER
}
