package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Days and bodies the library read wrongly in real-style prose (session 27, coordinator; see eval/extra13 and
 * eval/extra17): a day a few weeks ahead near a past verb, a document told in the present, the conditional of hearsay,
 * the management a union faces, and the presidents of parliamentary groups. The dispatches of {@link ExtractionTest} are published on Wednesday 9 February
 * 2022. Sentences written for the tests.
 */
class CoordinatorFormsSession27Test {

    @Test
    void aDaySetUpByAPastActIsInTheDispatchsYear() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e lundi aux syndicats, la ministre les a invit\u00e9s \u00e0 une r\u00e9union "
                + "au minist\u00e8re le 11 f\u00e9vrier.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(LocalDate.of(2022, 2, 7)));
    }

    @Test
    void aDayRightAfterAnyPastParticipleIsLastYears() {
        Dispatch d = parse("Titre", "La CGT a manifest\u00e9 le 20 f\u00e9vrier et a demand\u00e9 au gouvernement de retirer la r\u00e9forme.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.date()).contains(LocalDate.of(2021, 2, 20)));
    }

    @Test
    void aDayMonthsAheadOfAPastVerbIsLastYears() {
        Dispatch d = parse("Titre", "Le ministre a d\u00e9clar\u00e9 le 20 d\u00e9cembre que la r\u00e9forme serait retir\u00e9e.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(LocalDate.of(2021, 12, 20)));
    }

    @Test
    void aDocumentToldInThePresentIsOfTheStorysDay() {
        Dispatch d = parse("Titre", "La CGT a r\u00e9clam\u00e9 lundi l'ouverture de n\u00e9gociations salariales. Dans un communiqu\u00e9, elle "
                + "exige que le gouvernement retire la r\u00e9forme des retraites.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(m.date()).hasValueSatisfying(
                day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY)));
    }

    @Test
    void theConditionalOfHearsayTellsAPastAct() {
        Dispatch d = parse("Titre", "Le ministre a re\u00e7u lundi les syndicats. Selon une source proche du dossier, il leur aurait "
                + "rappel\u00e9 que la r\u00e9forme restait prioritaire.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.date()).hasValueSatisfying(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY)));
    }

    @Test
    void theManagementAUnionAddressesIsTheEmployers() {
        Dispatch d = parse("Titre", "Le groupe Renault va fermer l'usine de Flins. La CGT exige que la direction re\u00e7oive les syndicats.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Renault");
        });
    }

    @Test
    void aUnionsDemandWithoutAnEmployerNamedIsNoMeeting() {
        Dispatch d = parse("Titre", "La CGT exige que la direction re\u00e7oive les syndicats.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("la direction re\u00e7oive les syndicats"));
    }

    @Test
    void thePresidentsOfParliamentaryGroupsAreAGroupMet() {
        Dispatch d = parse("Titre", "Le ministre de l'Int\u00e9rieur a re\u00e7u mercredi matin place Beauvau les pr\u00e9sidents des groupes "
                + "parlementaires.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement()
                        .satisfies(id -> assertThat(name(d, id)).isEqualTo("pr\u00e9sidents des groupes parlementaires")));
    }
}
