package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Date forms found in session 30 (coordinator) in the older readable sets: "au lendemain de" an event, the perfect
 * infinitive ("a pr\u00e9cis\u00e9 avoir appel\u00e9"), and a headline in the present over a dated lead. The dispatch of
 * {@link ExtractionTest} goes out on Wednesday 9 February 2022; "mardi" is the 8th.
 */
class DateFormsSession30Test {
    private static final LocalDate TUESDAY = LocalDate.of(2022, 2, 8);
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 2, 9);

    @Test
    void theDayAfterAnEventMovesNotTheStorysDay() {
        Dispatch d = parse("Titre", "Le chef du parti, Samir Haddad, a annonc\u00e9 mardi sa d\u00e9mission, au lendemain du rejet de son projet. "
                + "\u00ab J'assume cet \u00e9chec \u00bb, a-t-il d\u00e9clar\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(TUESDAY));
    }

    @Test
    void theEveOfAnEventIsNoDayOfTheStory() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 mardi son homologue russe Sergue\u00ef Lavrov. "
                + "Les ONG avaient publi\u00e9 la veille de la rencontre une lettre ouverte. Il a ensuite d\u00e9clar\u00e9 que rien n'\u00e9tait r\u00e9gl\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .allSatisfy(c -> assertThat(c.date()).contains(TUESDAY));
    }

    @Test
    void anActToldByAPerfectInfinitiveIsOnTheStorysDay() {
        Dispatch d = parse("Titre", "Le premier ministre, Daniel Whitmore, a rendu hommage mardi \u00e0 son adversaire. "
                + "Il a pr\u00e9cis\u00e9 avoir appel\u00e9 M. Haddad dans la matin\u00e9e.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(TUESDAY));
    }

    @Test
    void aHeadlineInThePresentTakesTheDayOfTheLead() {
        Dispatch d = parse("Michelin annonce la fermeture de deux usines",
                "Le fabricant de pneumatiques Michelin a annonc\u00e9 mardi un plan de restructuration.");
        assertThat(d.communications()).isNotEmpty().allSatisfy(c -> assertThat(c.date()).contains(TUESDAY));
    }

    @Test
    void aHeadlineOverAnUndatedLeadKeepsTheDispatchsDay() {
        Dispatch d = parse("Michelin annonce la fermeture de deux usines",
                "Le fabricant de pneumatiques Michelin annonce un plan de restructuration.");
        assertThat(d.communications()).isNotEmpty().allSatisfy(c -> assertThat(c.date()).contains(WEDNESDAY));
    }

    @Test
    void anActAfterTheHeadlinesCommaKeepsItsOwnDay() {
        Dispatch d = parse("Sanctions contre l'Iran, T\u00e9h\u00e9ran convoque les ambassadeurs europ\u00e9ens",
                "Les ministres des Affaires \u00e9trang\u00e8res de l'Union europ\u00e9enne ont adopt\u00e9 mardi de nouvelles sanctions contre l'Iran.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.date()).contains(WEDNESDAY));
    }
}
