package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands told in general French forms the library missed or misread (session 27): coordinated states that each ask
 * (bodies named together make one joint demand, as the gold of our sets counts them), a state's leaders as the state
 * asked. Sentences written for the tests.
 */
class DemandFormsSession27Test {

    @Test
    void eachOfTwoCoordinatedSubjectsAsks() {
        Dispatch d = parse("Titre", "Le Canada et la Norv\u00e8ge ont r\u00e9clam\u00e9 jeudi la lib\u00e9ration du journaliste.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(m.content()).isEqualTo("la lib\u00e9ration du journaliste"));
        assertThat(d.demands()).extracting(m -> name(d, m.source().orElseThrow())).containsExactly("Canada", "Norv\u00e8ge");
    }

    @Test
    void eachOfThreeSubjectsJoinedByCommasThenEtAsks() {
        Dispatch d = parse("Titre", "Dans un communiqu\u00e9 commun, l'Espagne, l'Italie et la Gr\u00e8ce ont appel\u00e9 la Turquie \u00e0 rouvrir sa fronti\u00e8re.");
        assertThat(d.demands()).hasSize(3).allSatisfy(m -> {
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Turquie");
            assertThat(m.content()).isEqualTo("rouvrir sa fronti\u00e8re");
        });
        assertThat(d.demands()).extracting(m -> name(d, m.source().orElseThrow())).containsExactly("Espagne", "Italie", "Gr\u00e8ce");
    }

    @Test
    void bodiesNamedTogetherMakeOneJointDemand() {
        Dispatch d = parse("Titre", "La CGT et la CFDT r\u00e9clament une hausse des salaires.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("une hausse des salaires"));
    }

    @Test
    void aSubjectAloneAfterAnAppositionAsksAlone() {
        Dispatch d = parse("Titre", "La Russie, alli\u00e9e de la Serbie, a exig\u00e9 le retrait des troupes.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Russie"));
    }

    @Test
    void aStatesLeadersAskedAreTheState() {
        Dispatch d = parse("Titre", "La France a appel\u00e9 les dirigeants iraniens \u00e0 lib\u00e9rer les deux humanitaires.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.target().orElseThrow())).isEqualTo("Iran"));
    }
}
