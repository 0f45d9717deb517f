package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications of wire dispatches the library missed or gave to the wrong actor (session 29, helper evt55, set
 * extra39). Sentences written for the tests.
 */
class CommunicationFormsSession29Evt55Test {

    @Test
    void aQuotationStandingAloneIsTheWordsOfTheOneNamedNextEvenByANameNoLexiconKnows() {
        Dispatch d = parse("Titre",
                "Le porte-parole du gouvernement japonais, Osamu Fujita, s'est exprim\u00e9 lundi.",
                "\u00ab Nous voulons r\u00e9gler ce diff\u00e9rend par le dialogue. \u00bb Osamu Fujita a rappel\u00e9 lundi que le Japon ne "
                        + "transigerait pas sur sa souverainet\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").startsWith("Nous voulons")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Osamu Fujita"));
    }

    @Test
    void aQuotationStandingAloneIsTheWordsOfTheOneNamedNextAfterHisTitle() {
        Dispatch d = parse("Titre",
                "Le ministre belge des Finances, Steven Maes, a adress\u00e9 une lettre au commissaire europ\u00e9en Jorma Lindqvist.",
                "\u00ab La Commission examinera la demande avec attention. \u00bb Le porte-parole du commissaire, Marco Ferri, a toutefois "
                        + "rappel\u00e9 que les r\u00e8gles \u00ab valent pour tous \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").startsWith("La Commission")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Marco Ferri"));
    }

    @Test
    void aQuotationAfterAVerbOfSpeechStaysTheSpeakersWhenAnAgencyIsNamedAfterIt() {
        Dispatch d = parse("Titre",
                "Le porte-parole du minist\u00e8re iranien des Affaires \u00e9trang\u00e8res, Ramin Jalali, a d\u00e9nonc\u00e9 une politique "
                        + "\u00ab dict\u00e9e par Isra\u00ebl \u00bb, selon l'agence officielle IRNA.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ramin Jalali"));
    }

    @Test
    void aPronounAfterASentenceToldByAFrontedAgencyStandsForTheSubjectNotTheAgency() {
        Dispatch d = parse("Titre",
                "D'apr\u00e8s l'agence Kyodo, le ministre japonais des Affaires \u00e9trang\u00e8res, Kenji Morita, s'est entretenu dimanche "
                        + "par t\u00e9l\u00e9phone avec son homologue chinois, Liu Zhenhua. Il lui a demand\u00e9 de garantir la s\u00e9curit\u00e9 des "
                        + "entreprises japonaises.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Kenji Morita"));
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Kenji Morita"));
    }
}
