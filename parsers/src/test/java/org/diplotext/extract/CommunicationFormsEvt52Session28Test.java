package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Communications told in forms of Wikinews-style articles the library missed or gave to the wrong actor (session 28,
 * helper evt52, set extra36). Sentences written for the tests.
 */
class CommunicationFormsEvt52Session28Test {

    @Test
    void holdersOfASharedPluralTitleEachMakeTheStatementAndTheDemandOfThePronounAfter() {
        Dispatch d = parse("Titre",
                "Le ministre fran\u00e7ais des Affaires \u00e9trang\u00e8res, Bernard Castel, a re\u00e7u mardi son homologue allemand, Klaus Wendt.",
                "Les ministres fran\u00e7ais et allemand ont d\u00e9clar\u00e9 que la communaut\u00e9 internationale \u00ab ne peut plus rester spectatrice \u00bb. "
                        + "Ils ont appel\u00e9 la Russie \u00e0 user de toute son influence sur Damas.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .extracting(c -> name(d, c.sender().orElseThrow()) + ": " + c.quote().orElse(""))
                .containsExactlyInAnyOrder("Bernard Castel: ne peut plus rester spectatrice", "Klaus Wendt: ne peut plus rester spectatrice");
        assertThat(d.demands()).extracting(m -> name(d, m.source().orElseThrow()) + " -> " + name(d, m.target().orElseThrow()))
                .containsExactlyInAnyOrder("Bernard Castel -> Russie", "Klaus Wendt -> Russie");
    }

    @Test
    void aQuotationStandingAloneIsTheWordsOfThePersonWhoSpeaksRightAfter() {
        Dispatch d = parse("Titre",
                "\u00ab Nous ne soutiendrons aucune r\u00e9solution \u00bb, a d\u00e9clar\u00e9 mardi le vice-ministre russe des Affaires \u00e9trang\u00e8res, Oleg Lebedev.",
                "\u00ab Chaque jour de retard co\u00fbte des dizaines de vies. \u00bb Samir Khalil, porte-parole du Conseil national syrien, a ainsi d\u00e9nonc\u00e9 "
                        + "l'attitude russe lors d'un point de presse.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").startsWith("Chaque jour")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Samir Khalil"));
    }

    @Test
    void anAttitudeToldByAFrontedSourceIsTheSourcesStatementOnly() {
        Dispatch d = parse("Titre", "Selon Unia, le directeur g\u00e9n\u00e9ral de l'entreprise, Hans Brunner, s'est montr\u00e9 ouvert \u00e0 une discussion "
                + "sur un plan social.", "Hans Brunner s'est montr\u00e9 ouvert \u00e0 un compromis.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow())).containsExactly("Unia", "Hans Brunner");
    }

    @Test
    void aPassiveInvitationInALetterOfARelativeClauseIsTheWritersToTheOneInvited() {
        Dispatch d = parse("Titre", "Le ministre malien des Affaires \u00e9trang\u00e8res, Soumaila Traor\u00e9, avait \u00e9t\u00e9 invit\u00e9 \u00e0 se rendre \u00e0 Dakar "
                + "dans une lettre que le pr\u00e9sident de la Commission de la C\u00e9d\u00e9ao, Kwame Adjei, lui avait adress\u00e9e jeudi.");
        assertThat(d.communications()).extracting(c -> c.type() + " " + name(d, c.sender().orElseThrow()) + " -> "
                        + c.recipients().stream().map(r -> name(d, r)).toList())
                .containsExactlyInAnyOrder("LETTER Kwame Adjei -> [Soumaila Traor\u00e9]", "INVITATION Kwame Adjei -> [Soumaila Traor\u00e9]");
    }

    @Test
    void aLetterAnsweredIsTheWritersOfTheRelativeClauseToTheOneWhoAnswers() {
        Dispatch d = parse("Titre", "La haute repr\u00e9sentante de l'Union europ\u00e9enne a r\u00e9pondu lundi \u00e0 la lettre que le n\u00e9gociateur iranien "
                + "Mehdi Sadeghi lui avait adress\u00e9e le mois dernier.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Mehdi Sadeghi");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).startsWith("haute repr\u00e9sentante"));
        });
    }

    @Test
    void anInvitationInARelativeClauseGoesToItsAntecedents() {
        Dispatch d = parse("Titre", "Paul Martin a salu\u00e9 les ministres Anne Roux et Luc Dubois, que le pr\u00e9sident a invit\u00e9s \u00e0 Paris.",
                "Le conseiller d'\u00c9tat bernois, Andreas R\u00fcegg, a rencontr\u00e9 jeudi les d\u00e9l\u00e9gu\u00e9s syndicaux, qu'il avait invit\u00e9s \u00e0 la pr\u00e9fecture.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION)
                .extracting(c -> c.recipients().stream().map(r -> name(d, r)).toList().toString())
                .containsExactly("[Anne Roux, Luc Dubois]", "[d\u00e9l\u00e9gu\u00e9s syndicaux]");
    }

    @Test
    void thePairThatHadTalksWithoutAvecIsThePairOfTheLastExchange() {
        Dispatch d = parse("Titre", "Le ministre fran\u00e7ais, Bernard Castel, est arriv\u00e9 mardi \u00e0 Berlin \u00e0 l'invitation de son homologue allemand, Klaus Wendt.",
                "Les deux ministres ont eu des entretiens sur la Syrie.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(java.util.List.of(name(d, c.sender().orElseThrow()), name(d, c.recipients().get(0))))
                        .containsExactlyInAnyOrder("Bernard Castel", "Klaus Wendt"));
    }
}
