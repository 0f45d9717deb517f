package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands told in the forms of wire dispatches that the library missed (session 26): the passive of an invitation to
 * act, a passive whose act is quoted or whose agent is a long title, the object clitic of a verb that asks someone of
 * something ("l'a pressé de"), a title subject before a relative clause, "conditionner … à" and a participle after
 * "et" that shares the auxiliary of a verb asking nothing. Sentences written for the tests (see eval/extra33).
 */
class DemandFormsSession26Test {

    @Test
    void aPassiveInvitationToActIsADemandOfTheAgent() {
        Dispatch d = parse("Titre", "Le Premier ministre serbe a \u00e9t\u00e9 invit\u00e9 par le secr\u00e9taire g\u00e9n\u00e9ral de l'Otan \u00e0 "
                + "retirer ses blind\u00e9s de la fronti\u00e8re.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("secr\u00e9taire g\u00e9n\u00e9ral de l'Otan");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Premier ministre serbe");
            assertThat(m.content()).isEqualTo("retirer ses blind\u00e9s de la fronti\u00e8re");
        });
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.INVITATION);
    }

    @Test
    void aPassiveDemandWhoseActIsQuoted() {
        Dispatch d = parse("Titre", "La Turquie a \u00e9t\u00e9 pri\u00e9e par la Commission europ\u00e9enne de \u00ab suspendre les expulsions \u00bb.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Commission europ\u00e9enne");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Turquie");
            assertThat(m.content()).isEqualTo("suspendre les expulsions");
        });
    }

    @Test
    void theObjectCliticOfPresserIsTheOneAskedAndTheTitleBeforeTheRelativeAsks() {
        Dispatch d = parse("Titre", "Le chef de la diplomatie russe, qui a re\u00e7u lundi le ministre iranien des Affaires \u00e9trang\u00e8res, "
                + "l'a press\u00e9 de reprendre les n\u00e9gociations.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("chef de la diplomatie russe");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("ministre iranien des Affaires \u00e9trang\u00e8res");
            assertThat(m.content()).isEqualTo("reprendre les n\u00e9gociations");
        });
    }

    @Test
    void conditionnerAsksTheConditionOfTheOneTheThingWithheldIsFor() {
        Dispatch d = parse("Titre", "Le Japon a conditionn\u00e9 la reprise de son aide \u00e0 la Birmanie \u00e0 la lib\u00e9ration des prisonniers politiques.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Japon");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Birmanie");
            assertThat(m.content()).isEqualTo("la lib\u00e9ration des prisonniers politiques");
        });
        Dispatch bare = parse("Titre", "Ankara conditionne toute normalisation au retrait des troupes.");
        assertThat(bare.demands()).singleElement().satisfies(m -> {
            assertThat(m.target()).isEmpty();
            assertThat(m.content()).isEqualTo("retrait des troupes");
        });
    }

    @Test
    void conditionnerAskedOfSomeoneIsNoSecondDemand() {
        Dispatch d = parse("Titre", "Le s\u00e9nateur a demand\u00e9 au gouvernement de conditionner l'aide au respect des droits de l'homme.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).startsWith("conditionner"));
    }

    @Test
    void aParticipleAfterEtSharesTheAuxiliaryOfAVerbAskingNothing() {
        Dispatch d = parse("Titre", "Londres a rappel\u00e9 son ambassadeur et somm\u00e9 T\u00e9h\u00e9ran de lib\u00e9rer les marins.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Royaume-Uni");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("Iran");
            assertThat(m.content()).isEqualTo("lib\u00e9rer les marins");
        });
        Dispatch union = parse("Titre", "L'Union africaine a suspendu la Guin\u00e9e et enjoint aux militaires de rendre le pouvoir.");
        assertThat(union.demands()).singleElement().satisfies(m -> assertThat(name(union, m.source().orElseThrow())).isEqualTo("Union africaine"));
    }
}
