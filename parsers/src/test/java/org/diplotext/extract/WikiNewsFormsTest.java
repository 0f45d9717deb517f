package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of general Wikinews-style news (the fifteenth session's set eval/extra13: science, courts, sport,
 * companies and unions, disasters, health, strikes), one construction per fixture, in sentences written for
 * the purpose.
 */
class WikiNewsFormsTest {

    /** An inverted {@code ce dernier} speaks for the person named last, even when a paper is named after him. */
    @Test
    void anInvertedCeDernierIsThePersonNamedLast() {
        Dispatch d = parse("Titre",
                "Les juges ont accord\u00e9 une indemnit\u00e9 aux journalistes, parmi lesquels Tomasz Szyma\u0144ski, du quotidien Gazeta Wyborcza.",
                "\u00ab C'est une victoire pour tous \u00bb, a r\u00e9agi ce dernier devant le palais.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Tomasz Szyma\u0144ski"));
    }

    /** Unions, agencies and academies of French and Belgian news are organisations of the lexicon. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sud Chimie appelle les salari\u00e9s \u00e0 se mettre en gr\u00e8ve. | SUD Chimie",
        "Le Centre europ\u00e9en de pr\u00e9vention et de contr\u00f4le des maladies (ECDC) a publi\u00e9 mardi un avis. | Centre europ\u00e9en de pr\u00e9vention et de contr\u00f4le des maladies",
        "L'Acad\u00e9mie nationale de m\u00e9decine r\u00e9clame la gratuit\u00e9 du vaccin. | Acad\u00e9mie nationale de m\u00e9decine",
        "Sant\u00e9 publique France a annonc\u00e9 mardi 412 cas. | Sant\u00e9 publique France",
        "La CSC-Transcom r\u00e9clame le retrait du projet. | CSC-Transcom",
        "Le SLFP r\u00e9clame le retrait du projet. | Syndicat libre de la fonction publique",
        "Le Synptac-CGT a annonc\u00e9 mardi un pr\u00e9avis de gr\u00e8ve. | Synptac-CGT",
        "L'association Navetteurs.be a demand\u00e9 au gouvernement de penser aux usagers. | Navetteurs.be"})
    void unionsAgenciesAndAcademiesAreOrganisations(String lead, String organisation) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, organisation).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    /** {@code inviter X à revenir pour une inauguration} invites X to attend: an invitation, not a demand. */
    @Test
    void anInvitationToComeBackIsAnInvitation() {
        Dispatch d = parse("Titre",
                "Bassirou Diomaye Faye a \u00e9t\u00e9 re\u00e7u par le roi Felipe VI, qui l'a invit\u00e9 \u00e0 revenir pour l'inauguration de l'Institut Cervantes.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Felipe VI");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Bassirou Diomaye Faye"));
        });
        assertThat(d.demands()).isEmpty();
    }

    /**
     * A body's noun opening a name vouches for an acronym of another language after it, and a body called by its
     * name speaks after {@code selon} or {@code d'apr\u00e8s} even when no lexicon knows it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'Institut national de gestion des catastrophes (INGD) a annonc\u00e9 mardi douze morts. | Institut national de gestion des catastrophes",
        "D'apr\u00e8s l'Universit\u00e9 de Bristol, le fossile est unique. | Universit\u00e9 de Bristol",
        "Selon l'Institut Pasteur, le virus est nouveau. | Institut Pasteur"})
    void aBodyCalledByItsNameSpeaks(String lead, String organisation) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, organisation).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(organisation));
    }

    /** A meeting or a call told in a relative clause has the one named before {@code que} as its other side. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Emmanuel Macron a salu\u00e9 Lula, qu'il a rencontr\u00e9 mardi \u00e0 Paris. | MEETING",
        "Emmanuel Macron a f\u00e9licit\u00e9 son homologue br\u00e9silien, Lula, qu'il a appel\u00e9 dans la soir\u00e9e. | CALL",
        "Lula, que Emmanuel Macron a appel\u00e9 mardi, a dit non. | CALL"})
    void aRelativeQueNamesTheOneMetOrCalled(String lead, CommunicationType type) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == type).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).startsWith("Luiz"));
        });
    }

    /** A past infinitive after a second verb of saying that shares the first one's auxiliary is the speaker's own act. */
    @Test
    void aPastInfinitiveAfterASharedVerbOfSayingIsTheSpeakersAct() {
        Dispatch d = parse("Titre", "Jean Dupont a reconnu sa d\u00e9faite et indiqu\u00e9 avoir t\u00e9l\u00e9phon\u00e9 \u00e0 Anne Hidalgo.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Anne Hidalgo"));
        });
    }
}
