package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands told in the forms our blind real texts use and the library missed (session 25): a letter whose recipient
 * stands before its noun, a demand in the letter's relative clause, a resolution with two participles, the speaker
 * after a medium. Sentences written for the tests after Wikinews prose (see eval/extra31).
 */
class DemandFormsSession25Test {

    @Test
    void aLettersRecipientBeforeItsNounIsWrittenTo() {
        Dispatch d = parse("Titre", "La CGT a adress\u00e9 dimanche au ministre de l'Int\u00e9rieur une lettre dans laquelle elle r\u00e9clame le retrait de la r\u00e9forme.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("ministre de l'Int\u00e9rieur")));
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("ministre de l'Int\u00e9rieur");
        });
    }

    @Test
    void anUnnamedTitleDoesNotTakeTheIndefiniteObjectAfterIt() {
        Dispatch d = parse("Titre", "La CFDT a envoy\u00e9 au ministre un courrier.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("ministre").noneMatch(n -> n.contains("courrier"));
    }

    @Test
    void aDemandInTheLettersRelativeClauseIsItsSendersToItsRecipient() {
        Dispatch d = parse("Titre", "La CGT et la CFDT ont adress\u00e9 vendredi \u00e0 la ministre de la Sant\u00e9 une lettre dans laquelle elles lui "
                + "demandent de geler les tarifs.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.source()).isPresent();
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("ministre de la Sant\u00e9");
            assertThat(m.content()).isEqualTo("geler les tarifs");
        });
    }

    @Test
    void aSecondParticipleOfAResolutionAsksForItsAuthor() {
        Dispatch d = parse("Titre", "La CEDEAO a adopt\u00e9 samedi une d\u00e9claration exigeant la lib\u00e9ration des soldats et appelant le MNLA \u00e0 "
                + "d\u00e9poser les armes.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(name(d, m.source().orElseThrow())).contains("Afrique de l'Ouest"));
        assertThat(d.demands()).filteredOn(m -> m.content().equals("d\u00e9poser les armes")).singleElement()
                .satisfies(m -> assertThat(name(d, m.target().orElseThrow())).isEqualTo("Mouvement national de lib\u00e9ration de l'Azawad"));
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.CALL);
    }

    @Test
    void aMediumOfTwoNamesIsNotTheSpeakerAfterIt() {
        Dispatch d = parse("Titre", "\u00ab Il faut que chacun reprenne le travail \u00bb, a d\u00e9clar\u00e9 \u00e0 la radio Bel RTL le syndicaliste.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("syndicaliste"));
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("syndicaliste"));
    }

    @Test
    void aPossessiveTitleWithItsAdjectiveBeforeTheApposedNameIsTheSpeaker() {
        Dispatch d = parse("Titre", "Le syndicaliste Paul Roux a parl\u00e9 lundi.",
                "\u00ab Il fallait que la direction tienne ses promesses \u00bb, a dit \u00e0 l'AFP son secr\u00e9taire d\u00e9partemental, J\u00e9r\u00f4me Castel.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("J\u00e9r\u00f4me Castel"));
    }

    @Test
    void aMediumAfterParThatPublishesALetterDoesNotSendIt() {
        Dispatch d = parse("Titre", "Dans une lettre ouverte au pr\u00e9sident, publi\u00e9e dimanche par le quotidien Le Soir, la FEB r\u00e9clame "
                + "le retrait de la r\u00e9forme.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isNotEqualTo("Le Soir"));
    }

    @Test
    void aComplementOfTheAskedBeforeAIsNotWhatIsAsked() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Roux a appel\u00e9 les \u00e9lus de tous bords \u00e0 \u00ab ne pas jeter d'huile sur le feu \u00bb.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("\u00e9lus");
            assertThat(m.content()).isEqualTo("ne pas jeter d'huile sur le feu");
        });
    }
}
