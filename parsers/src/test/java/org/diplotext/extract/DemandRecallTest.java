package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands of the eighteenth session's held-out forms (eval/extra16 to eval/extra19): a prosecutor's requisitions and
 * what is claimed {@code au tribunal} ask the court the dispatch names; a body asked to do something
 * ({@code demande à la fédération de renforcer …}) is no group named after the infinitive; a body's specialists after a
 * possessive ({@code Ses hydrologues appellent …}) ask for the body; {@code appeler l'ensemble des X à « … »} asks for
 * the quoted words.
 */
class DemandRecallTest {

    private static final String COURT = "Le Tribunal p\u00e9nal f\u00e9d\u00e9ral de Bellinzone a condamn\u00e9 jeudi le banquier Bernard Chappuis "
            + "\u00e0 quatre ans de prison. ";

    @Test
    void aProsecutorsRequisitionsAskTheCourtTheDispatchNames() {
        Dispatch d = parse("Titre", COURT + "Le Minist\u00e8re public de la Conf\u00e9d\u00e9ration (MPC) avait requis six ans de prison "
                + "lors de son r\u00e9quisitoire le 28 avril.");
        assertThat(name(d, demandStartingWith(d, "six ans de prison").target().orElseThrow())).isEqualTo("Tribunal p\u00e9nal f\u00e9d\u00e9ral de Bellinzone");
    }

    @Test
    void whatIsClaimedAuTribunalIsAskedOfTheCourtNamedBefore() {
        Dispatch d = parse("Titre", COURT + "La procureure f\u00e9d\u00e9rale, Anne-Laure Gremaud, avait \u00e9galement r\u00e9clam\u00e9 au tribunal "
                + "la confiscation de 38 millions de francs.");
        assertThat(name(d, demandStartingWith(d, "la confiscation").target().orElseThrow())).isEqualTo("Tribunal p\u00e9nal f\u00e9d\u00e9ral de Bellinzone");
    }

    @Test
    void requisitionsWithNoCourtNamedAskNoOne() {
        Dispatch d = parse("Titre", "La procureure, Sophie Tran, avait requis quatre ans de prison contre l'ancien \u00e9lu.");
        assertThat(demandStartingWith(d, "quatre ans de prison").target()).isEmpty();
    }

    @Test
    void aBodyAskedToDoSomethingIsNoGroupNamedAfterTheInfinitive() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e jeudi \u00e0 Swiss Athletics, l'Office f\u00e9d\u00e9ral du sport (OFSPO) demande "
                + "\u00e0 la f\u00e9d\u00e9ration de renforcer ses programmes de pr\u00e9vention.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
        assertThat(name(d, demandStartingWith(d, "renforcer ses programmes").target().orElseThrow())).isEqualTo("Swiss Athletics");
    }

    @Test
    void aBodysSpecialistsAfterAPossessiveAskForTheBody() {
        Dispatch d = parse("Titre", "L'Office f\u00e9d\u00e9ral de l'environnement (OFEV) a maintenu jeudi son alerte de degr\u00e9 4. "
                + "Ses hydrologues appellent la population \u00e0 \u00e9viter les berges jusqu'\u00e0 la fin de la semaine.");
        assertThat(name(d, demandStartingWith(d, "\u00e9viter les berges").source().orElseThrow())).isEqualTo("Office f\u00e9d\u00e9ral de l'environnement");
    }

    @Test
    void aCallToAQuantifiedGroupForQuotedWordsIsADemand() {
        Dispatch d = parse("Titre", "Le directeur de Swiss Athletics, Christoph Seiler, a regrett\u00e9 la sanction. Il a \u00e9galement appel\u00e9 "
                + "l'ensemble des athl\u00e8tes \u00e0 \u00ab la plus grande vigilance \u00bb sur les compl\u00e9ments alimentaires.");
        assertThat(name(d, demandStartingWith(d, "la plus grande vigilance").source().orElseThrow())).isEqualTo("Christoph Seiler");
    }
}
