package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Constructions of agency wires (AFP, ATS, Belga, Reuters, La Presse Canadienne) that the extraction
 * misread in eval/extra10, one short fixture each, written for the purpose.
 */
class AgencyWireTest {

    @Test
    void theAgencyThatObtainedALetterDidNotWriteIt() {
        Dispatch d = parse("Titre", "Le Syndicat des postes a rejet\u00e9 la proposition. Dans une lettre adress\u00e9e au ministre Mark Carney, "
                + "dont La Presse Canadienne a obtenu copie, le syndicat demande au gouvernement de renoncer \u00e0 toute loi sp\u00e9ciale.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Syndicat des postes");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Mark Carney"));
        });
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Syndicat des postes"));
    }
}
