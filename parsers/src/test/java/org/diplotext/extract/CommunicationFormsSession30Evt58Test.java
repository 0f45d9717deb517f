package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communication forms found in session 30 (helper evt58, eval/extra42): the gender a title's own word or a civility tells
 * ("L'ambassadrice", "l'ambassadeur", "Mme"), for epithets and pronouns. Sentences written for the tests in the manner
 * of the set.
 */
class CommunicationFormsSession30Evt58Test {

    @Test
    void aFeminineEpithetIsTheWomanNamedBeforeTheManWhoReports() {
        Dispatch d = parse("Titre",
                "L'ambassadrice du Venezuela au Canada, Carmen Oropeza, a \u00e9t\u00e9 convoqu\u00e9e jeudi au minist\u00e8re.",
                "Selon le porte-parole du minist\u00e8re, Marc Tessier, la diplomate a jug\u00e9 la d\u00e9cision \u00ab regrettable \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Carmen Oropeza"));
    }

    @Test
    void elleAfterTheFeminineEpithetStaysWithTheWoman() {
        Dispatch d = parse("Titre",
                "L'ambassadrice du Venezuela au Canada, Carmen Oropeza, a \u00e9t\u00e9 convoqu\u00e9e jeudi au minist\u00e8re.",
                "Selon le porte-parole du minist\u00e8re, Marc Tessier, la diplomate a jug\u00e9 la d\u00e9cision injuste. Elle a remis une "
                        + "lettre de son gouvernement, a-t-il ajout\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Carmen Oropeza"));
    }

    @Test
    void aMasculineTitleAfterLIsNotTheAmbassadressNamedBefore() {
        Dispatch d = parse("Titre",
                "La m\u00e9diatrice norv\u00e9gienne, l'ambassadrice Ingrid Solheim, est arriv\u00e9e mardi \u00e0 Colombo. Mme Solheim a "
                        + "rencontr\u00e9 le Premier ministre.",
                "Le minist\u00e8re a par ailleurs convoqu\u00e9 mardi l'ambassadeur de Chine \u00e0 Oslo.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Ingrid Solheim")).singleElement()
                .satisfies(a -> assertThat(a.aliases()).noneMatch(alias -> alias.contains("Chine")));
    }

    @Test
    void ilAfterAWomanSubjectIsTheManNamedSince() {
        Dispatch d = parse("Titre",
                "L'ambassadeur du Japon, Kenji Sato, a \u00e9t\u00e9 re\u00e7u mercredi par la ministre Anne Delvaux.",
                "Il lui a remis une lettre de protestation.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Kenji Sato"));
    }

    @Test
    void theMinisterAfterHisOwnCabinetIsTheOneWhoOpenedTheSentenceBefore() {
        Dispatch d = parse("Titre",
                "Le ministre de la Coop\u00e9ration, Pieter Claes, a rencontr\u00e9 jeudi le ministre congolais des Mines, Joseph Mutombo. "
                        + "Selon son cabinet, le ministre a propos\u00e9 une aide aux coop\u00e9ratives mini\u00e8res.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Pieter Claes"));
    }

    @Test
    void aBareMinisterWithoutACabinetBeforeKeepsTheLatestHolder() {
        Dispatch d = parse("Titre",
                "Le ministre de la Coop\u00e9ration, Pieter Claes, a rencontr\u00e9 jeudi le ministre congolais des Mines, Joseph Mutombo. "
                        + "Le ministre congolais a propos\u00e9 une aide aux coop\u00e9ratives mini\u00e8res.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Joseph Mutombo"));
    }

    @Test
    void aNoteReceivedWhereTheEnvoyWasSummonedIsTheHostsLetterAndItsDemand() {
        Dispatch d = parse("Titre",
                "Le charg\u00e9 d'affaires iranien, Ali Rezvani, a \u00e9t\u00e9 convoqu\u00e9 jeudi au minist\u00e8re des Affaires "
                        + "\u00e9trang\u00e8res, o\u00f9 il a re\u00e7u une note diplomatique lui demandant de quitter le pays.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re des Affaires \u00e9trang\u00e8res");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Ali Rezvani"));
        });
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(m.content()).isEqualTo("quitter le pays");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Ali Rezvani");
        });
    }

    @Test
    void aNoteReceivedWithoutASummonsHasNoSenderToGive() {
        Dispatch d = parse("Titre", "Le chef de l'opposition, Marc Dubois, a re\u00e7u mardi une note anonyme.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
    }
}
