package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications told in the forms wire journalists use and the library missed (session 26): a letter named after a
 * verb of saying ("a fait savoir dans une lettre adress\u00e9e \u00e0"), words said where the impersonal "on" of an inverted
 * verb speaks ("juge-t-on \u00e0 Moscou"), a pronoun after a fronted source ("Selon son porte-parole, X, il a \u00e9crit"), an
 * official's title ended by a period ("au pr\u00e9sident am\u00e9ricain la semaine derni\u00e8re"). Sentences written for the tests after wire prose (see eval/extra34).
 */
class CommunicationFormsSession26Test {

    @Test
    void aLetterAfterAVerbOfSayingIsTheSpeakersLetter() {
        Dispatch d = parse("Titre", "Le ministre nig\u00e9rian des Affaires \u00e9trang\u00e8res a fait savoir mardi dans une lettre adress\u00e9e au secr\u00e9taire "
                + "g\u00e9n\u00e9ral de l'ONU que son pays refusait toute ing\u00e9rence.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ministre nig\u00e9rian des Affaires \u00e9trang\u00e8res");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("secr\u00e9taire g\u00e9n\u00e9ral de l'ONU"));
        });
    }

    @Test
    void aVerbOfSayingBeforeAMessageToNoOneWritesNoLetter() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident a d\u00e9clar\u00e9 dimanche dans un message t\u00e9l\u00e9vis\u00e9 qu'il ne c\u00e9derait pas.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
    }

    @Test
    void theImpersonalOnSpeaksForTheCapitalAfterIt() {
        Dispatch d = parse("Titre", "\u00ab Cette offre est une chance \u00e0 saisir \u00bb, a d\u00e9clar\u00e9 le ministre russe Ivan Petrov. \u00ab Le dialogue reste "
                + "possible \u00bb, juge-t-on \u00e0 P\u00e9kin. \u00ab Nous restons prudents \u00bb, a-t-on indiqu\u00e9 \u00e0 Washington.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .extracting(c -> name(d, c.sender().orElseThrow())).containsExactly("Ivan Petrov", "Chine", "\u00c9tats-Unis");
    }

    @Test
    void aCapitalAfterAnOrdinaryVerbStillOnlyLocates() {
        Dispatch d = parse("Titre", "Le ministre russe Ivan Petrov a d\u00e9clar\u00e9 \u00e0 P\u00e9kin que le dialogue restait possible.");
        assertThat(d.actors()).extracting(a -> a.name()).doesNotContain("Chine");
    }

    @Test
    void aPronounAfterAFrontedSourceIsNotTheSource() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'ONU a appel\u00e9 Pyongyang \u00e0 la retenue. Selon son porte-parole, Martin Fischer, il a "
                + "\u00e9crit dimanche aux membres du Conseil de s\u00e9curit\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("secr\u00e9taire g\u00e9n\u00e9ral de l'ONU"));
    }

    @Test
    void aPeriodAfterAnUnnamedOfficialEndsItsTitle() {
        Dispatch d = parse("Titre", "Le premier ministre a fait parvenir une lettre au pr\u00e9sident am\u00e9ricain la semaine derni\u00e8re.");
        assertThat(d.actors()).extracting(a -> a.name()).containsExactly("premier ministre", "pr\u00e9sident am\u00e9ricain");
    }
}
