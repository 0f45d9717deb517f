package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    static final Organisation OSCE = new Organisation("Organisation pour la sécurité et la coopération en Europe",
            Optional.of("OSCE"), List.of("l'organisation"), OrganisationKind.INTERGOVERNMENTAL);

    @Test
    void holdsItsParts() {
        assertThat(OSCE.name()).startsWith("Organisation pour la sécurité");
        assertThat(OSCE.acronym()).contains("OSCE");
        assertThat(OSCE.aliases()).containsExactly("l'organisation");
        assertThat(OSCE.kind()).isEqualTo(OrganisationKind.INTERGOVERNMENTAL);
    }

    @Test
    void rejectsBadName() {
        assertThatThrownBy(() -> new Organisation(null, Optional.empty(), List.of(), OrganisationKind.NGO))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
        assertThatThrownBy(() -> new Organisation(" ", Optional.empty(), List.of(), OrganisationKind.NGO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    }

    @Test
    void rejectsBadAcronym() {
        assertThatThrownBy(() -> new Organisation("ONU", null, List.of(), OrganisationKind.INTERGOVERNMENTAL))
                .isInstanceOf(NullPointerException.class).hasMessage("acronym must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Organisation("ONU", Optional.of(""), List.of(), OrganisationKind.INTERGOVERNMENTAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("acronym must not be blank");
    }

    @Test
    void rejectsBadAliases() {
        assertThatThrownBy(() -> new Organisation("ONU", Optional.empty(), null, OrganisationKind.INTERGOVERNMENTAL))
                .isInstanceOf(NullPointerException.class).hasMessage("aliases must not be null");
        assertThatThrownBy(() -> new Organisation("ONU", Optional.empty(), Arrays.asList("Nations unies", null),
                OrganisationKind.INTERGOVERNMENTAL))
                .isInstanceOf(NullPointerException.class).hasMessage("aliases must not contain null (index 1)");
        assertThatThrownBy(() -> new Organisation("ONU", Optional.empty(), List.of(" "), OrganisationKind.INTERGOVERNMENTAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aliases must not contain a blank string (index 0)");
    }

    @Test
    void rejectsMissingKind() {
        assertThatThrownBy(() -> new Organisation("ONU", Optional.empty(), List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind must not be null");
    }
}
