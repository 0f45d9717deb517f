package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications told in forms of real news the library missed or split (session 27): a quotation inside the clause
 * a verb of saying reports, a letter to an official named by a title and his body, envoys named with their rank.
 * Sentences written for the tests.
 */
class CommunicationFormsSession27Test {

    @Test
    void aQuotationAfterAWishInAReportedClauseIsTheReportersWords() {
        Dispatch d = parse("Titre", "Le d\u00e9l\u00e9gu\u00e9 syndical, Paul Roux, a d\u00e9clar\u00e9 que les ouvriers ne voulaient \u00ab plus de promesses \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Paul Roux");
            assertThat(c.quote()).hasValue("plus de promesses");
        });
    }

    @Test
    void aQuotationAfterAnExpectationInAReportedClauseIsTheReportersWords() {
        Dispatch d = parse("Titre", "Le directeur de l'association, Jean Morel, a affirm\u00e9 que les familles attendaient \u00ab des excuses \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Morel");
            assertThat(c.quote()).hasValue("des excuses");
        });
    }

    @Test
    void writingToATitleOfABodyIsALetterToIt() {
        Dispatch d = parse("Titre", "La mairie de Lens a \u00e9crit au directeur g\u00e9n\u00e9ral du groupe pour lui demander de maintenir le centre.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.LETTER);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("mairie de Lens");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("directeur g\u00e9n\u00e9ral du groupe"));
        });
    }

    @Test
    void negotiatorsInChiefAreInvitedByTheirFullName() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne a invit\u00e9 leurs n\u00e9gociateurs en chef \u00e0 Bruxelles la semaine prochaine.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("n\u00e9gociateurs en chef")));
    }
}
