package org.diplotext.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The anatomy of one dispatch as the agency wrote it: who sent it, when, its headline, lead and
 * body. Texts are as they stand in the input, trimmed of surrounding white space.
 *
 * <p>Build one with {@link #builder(String)}; every part but the format is optional.
 *
 * @param format    id of the dispatch format that read it ({@code ats-web}, {@code afp}, {@code generic}…)
 * @param agency    the agency that sent the dispatch, if named
 * @param credits   every agency or credit line named as a source, each once
 * @param kicker    the surtitre over the headline, if any
 * @param headline  the headline, if any
 * @param published when the dispatch was published, if given
 * @param dateline  the place of the dateline as written ({@code Genève}), if any
 * @param lead      the first paragraph without dateline or date prefix, if any
 * @param captions  photo captions, each once
 * @param sections  the body after the lead
 * @param signature the closing signature ({@code ats/pym}), if any
 */
public record Article(
        String format,
        Optional<String> agency,
        List<String> credits,
        Optional<String> kicker,
        Optional<String> headline,
        Optional<Published> published,
        Optional<String> dateline,
        Optional<String> lead,
        List<String> captions,
        List<Section> sections,
        Optional<String> signature) {

    /** Checks every part and copies the lists; credits and captions must not repeat. */
    public Article {
        Checks.requireText(format, "format");
        agency = Checks.presentText(agency, "agency");
        credits = Checks.requireDistinct(Checks.copyTexts(credits, "credits"), "credits");
        kicker = Checks.presentText(kicker, "kicker");
        headline = Checks.presentText(headline, "headline");
        published = Checks.present(published, "published");
        dateline = Checks.presentText(dateline, "dateline");
        lead = Checks.presentText(lead, "lead");
        captions = Checks.requireDistinct(Checks.copyTexts(captions, "captions"), "captions");
        sections = Checks.copy(sections, "sections");
        signature = Checks.presentText(signature, "signature");
    }

    /** A builder for an article read by the format {@code format}. */
    public static Builder builder(String format) {
        return new Builder(format);
    }

    /** A builder holding this article's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(format);
        b.agency = agency.orElse(null);
        b.credits.addAll(credits);
        b.kicker = kicker.orElse(null);
        b.headline = headline.orElse(null);
        b.published = published.orElse(null);
        b.dateline = dateline.orElse(null);
        b.lead = lead.orElse(null);
        b.captions.addAll(captions);
        b.sections.addAll(sections);
        b.signature = signature.orElse(null);
        return b;
    }

    /** The paragraphs of the body, section after section. */
    public List<String> paragraphs() {
        List<String> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.paragraphs()));
        return List.copyOf(all);
    }

    /**
     * Collects the parts of an {@link Article}. Not thread-safe; each setter replaces the part,
     * and passing {@code null} clears an optional one.
     */
    public static final class Builder {
        private String format;
        private String agency;
        private final List<String> credits = new ArrayList<>();
        private String kicker;
        private String headline;
        private Published published;
        private String dateline;
        private String lead;
        private final List<String> captions = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private String signature;

        private Builder(String format) {
            this.format = Objects.requireNonNull(format, "format must not be null");
        }

        /** Sets the id of the format that read the dispatch. */
        public Builder format(String value) {
            this.format = Objects.requireNonNull(value, "format must not be null");
            return this;
        }

        /** Sets the sending agency. */
        public Builder agency(String value) {
            this.agency = value;
            return this;
        }

        /** Adds a credit, unless the same credit is already there. */
        public Builder credit(String value) {
            Objects.requireNonNull(value, "credit must not be null");
            if (!credits.contains(value)) {
                credits.add(value);
            }
            return this;
        }

        /** Sets the kicker. */
        public Builder kicker(String value) {
            this.kicker = value;
            return this;
        }

        /** Sets the headline. */
        public Builder headline(String value) {
            this.headline = value;
            return this;
        }

        /** Sets the publication date. */
        public Builder published(Published value) {
            this.published = value;
            return this;
        }

        /** Sets the dateline place. */
        public Builder dateline(String value) {
            this.dateline = value;
            return this;
        }

        /** Sets the lead. */
        public Builder lead(String value) {
            this.lead = value;
            return this;
        }

        /** Adds a caption, unless the same caption is already there. */
        public Builder caption(String value) {
            Objects.requireNonNull(value, "caption must not be null");
            if (!captions.contains(value)) {
                captions.add(value);
            }
            return this;
        }

        /** Adds a section of the body. */
        public Builder section(Section value) {
            sections.add(Objects.requireNonNull(value, "section must not be null"));
            return this;
        }

        /** Replaces the sections of the body. */
        public Builder sections(List<Section> values) {
            Objects.requireNonNull(values, "sections must not be null");
            sections.clear();
            values.forEach(this::section);
            return this;
        }

        /** Sets the signature. */
        public Builder signature(String value) {
            this.signature = value;
            return this;
        }

        /**
         * The article.
         *
         * @throws IllegalArgumentException if a part is blank
         */
        public Article build() {
            return new Article(format, Optional.ofNullable(agency), credits, Optional.ofNullable(kicker),
                    Optional.ofNullable(headline), Optional.ofNullable(published), Optional.ofNullable(dateline),
                    Optional.ofNullable(lead), captions, sections, Optional.ofNullable(signature));
        }
    }
}
