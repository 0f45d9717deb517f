package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * A time limit set to act is a demand of the one who sets it on the one given the time
 * (the dispatch is dated Wednesday 9 February 2022).
 */
class UltimatumTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 2, 9);

    @Test
    void givingATimeToActAsksForTheAct() {
        Dispatch d = parse("Titre", "Le Kremlin a donn\u00e9 72 heures aux diplomates polonais pour quitter le territoire russe.");
        Demand x = demandStartingWith(d, "quitter le territoire");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Russie");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("diplomates polonais");
    }

    @Test
    void aDelayFixedToSomeoneAsksThem() {
        Dispatch d = parse("Titre", "Moscou accorde un d\u00e9lai de dix jours \u00e0 Kiev pour retirer ses troupes du Donbass.",
                "Le Conseil de s\u00e9curit\u00e9 a imparti aux parties un d\u00e9lai de trente jours pour conclure un accord.");
        assertThat(name(d, demandStartingWith(d, "retirer ses troupes").target().orElseThrow())).isEqualTo("Ukraine");
        assertThat(d.demands()).extracting(Demand::content).contains("conclure un accord");
    }

    @Test
    void aCapitalGivenUntilADayIsTheStateAndTheDayIsNoWhenItWasAsked() {
        Dispatch d = parse("Titre", "Les Europ\u00e9ens ont donn\u00e9 jusqu'\u00e0 vendredi \u00e0 T\u00e9h\u00e9ran pour r\u00e9pondre \u00e0 leurs propositions.",
                "Le Kremlin a donn\u00e9 72 heures aux diplomates polonais pour quitter le territoire russe.");
        Demand x = demandStartingWith(d, "r\u00e9pondre");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Iran");
        assertThat(x.date()).contains(WEDNESDAY);
        assertThat(demandStartingWith(d, "quitter").date()).contains(WEDNESDAY);
    }

    @Test
    void anUltimatumOfSomeHoursAsksWhatItsPurposeSays() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain Joe Biden a lanc\u00e9 un ultimatum de 48 heures au r\u00e9gime syrien "
                + "pour qu'il retire ses armes chimiques.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("il retire ses armes chimiques");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Syrie");
        });
    }

    @Test
    void theOneWithADeadlineIsAskedByWhomTheSentenceCites() {
        Dispatch d = parse("Titre", "Selon la C\u00e9d\u00e9ao, les putschistes ont jusqu'au 6 ao\u00fbt pour r\u00e9tablir l'ordre constitutionnel.");
        Demand x = demandStartingWith(d, "r\u00e9tablir l'ordre");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Communaut\u00e9 \u00e9conomique des \u00c9tats d'Afrique de l'Ouest");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("putschistes");
    }

    @Test
    void timeGrantedForAnInterviewOrMoneyGivenForAPurposeAsksNothing() {
        Dispatch d = parse("Titre", "Le ministre Ignazio Cassis a accord\u00e9 une interview de deux heures \u00e0 la RTS pour expliquer sa position.",
                "La Commission europ\u00e9enne a accord\u00e9 une aide de 10 millions d'euros au Niger pour faire face \u00e0 la crise.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void daysGrantedForSomethingSetNoLimit() {
        Dispatch d = parse("Titre", "Le gouvernement fran\u00e7ais a accord\u00e9 deux jours de cong\u00e9 aux fonctionnaires pour c\u00e9l\u00e9brer la victoire.",
                "Le pr\u00e9sident Emmanuel Macron a donn\u00e9 une heure d'entretien au journal Le Monde pour expliquer sa politique.");
        assertThat(d.demands()).isEmpty();
    }
}
