package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands and communications of diplomatic agency dispatches as the twenty-first session's set eval/extra25 words them (ATS,
 * AFP, Belga, Reuters, La Presse Canadienne), one construction per fixture, in sentences written for the purpose.
 */
class SwissWireFormsTest {

    /** "pose comme condition que X \u2026": a condition set is a demand of X, the subject of the subjunctive clause. */
    @Test
    void aConditionSetIsADemandOfTheSubjectOfTheClause() {
        Dispatch d = parse("Titre", "Le gouvernement serbe pose comme condition que le Kosovo retire ses unit\u00e9s sp\u00e9ciales du nord avant toute reprise du dialogue.");
        assertThat(name(d, demandStartingWith(d, "le Kosovo retire").source().orElseThrow())).isEqualTo("Serbie");
        assertThat(name(d, demandStartingWith(d, "le Kosovo retire").target().orElseThrow())).isEqualTo("Kosovo");
    }

    /** "a t\u00e9l\u00e9phon\u00e9 mardi aux deux ministres": the two named together before are called, each. */
    @Test
    void aCallToTheTwoMinistersReachesTheTwoNamedBefore() {
        Dispatch d = parse("Titre", "Le Serbe Milan Petrovic et le Kosovar Arben Krasniqi ont n\u00e9goci\u00e9 toute la journ\u00e9e \u00e0 Bruxelles.",
                "Le haut repr\u00e9sentant de l'UE, Tomas Berg, a t\u00e9l\u00e9phon\u00e9 mardi aux deux ministres.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Tomas Berg");
            assertThat(c.recipients()).containsExactlyInAnyOrder(actor(d, "Milan Petrovic").id(), actor(d, "Arben Krasniqi").id());
        });
    }

    /** "s'est entretenu avec les deux d\u00e9l\u00e9gations": the delegations are the sides named together before. */
    @Test
    void talksWithTheTwoDelegationsAreWithTheSidesNamedBefore() {
        Dispatch d = parse("Titre", "Le Serbe Milan Petrovic et le Kosovar Arben Krasniqi ont n\u00e9goci\u00e9 toute la journ\u00e9e \u00e0 Bruxelles.",
                "Le chef de la diplomatie suisse, Pierre Vuilleumier, s'est entretenu lundi \u00e0 Berne avec les deux d\u00e9l\u00e9gations.");
        assertThat(d.communications()).filteredOn(c -> name(d, c.sender().orElse("")) != null
                && name(d, c.sender().orElseThrow()).equals("Pierre Vuilleumier")).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).containsExactlyInAnyOrder(actor(d, "Milan Petrovic").id(), actor(d, "Arben Krasniqi").id());
        });
    }

    /** "a re\u00e7u jeudi les pr\u00e9sidents des partis": party leaders are officials met as a body. */
    @Test
    void partyLeadersReceivedAreMet() {
        Dispatch d = parse("Titre", "Le Premier ministre belge, Jan Peeters, a re\u00e7u jeudi apr\u00e8s-midi les pr\u00e9sidents des partis de la majorit\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(name(d, c.recipients().get(0))).startsWith("pr\u00e9sidents des partis"));
    }

    /** "a exhort\u00e9 X \u00e0 conclure \u00ab d'ici d\u00e9cembre \u00bb": words right after the act asked are the asker's, not X's. */
    @Test
    void aQuotationRightAfterTheActAskedIsTheAskersWords() {
        Dispatch d = parse("Titre", "La Commission europ\u00e9enne a exhort\u00e9 jeudi la Norv\u00e8ge \u00e0 conclure \u00ab d'ici d\u00e9cembre \u00bb les n\u00e9gociations sur la p\u00eache.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Commission europ\u00e9enne"));
    }

    /** ", affirmant que l'affaire relevait \u00ab \u2026 \u00bb": a clause of what is said has a thing for subject; the one who says "que" speaks. */
    @Test
    void aQuotationInAClauseOfWhatIsSaidIsTheSayersWords() {
        Dispatch d = parse("Titre", "L'ambassade de Russie a rejet\u00e9 ces demandes, affirmant que l'affaire relevait \u00ab de la seule justice russe \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ambassade de Russie"));
    }

    /** Fedasil, the Belgian reception agency, is a body: asked to open places, it is the one asked. */
    @Test
    void theBelgianReceptionAgencyIsABody() {
        Dispatch d = parse("Titre", "\u00ab Nous insistons pour que Fedasil ouvre d\u00e8s lundi les places promises \u00bb, a d\u00e9clar\u00e9 le directeur de la Croix-Rouge, Marc Lenoir.");
        assertThat(name(d, demandStartingWith(d, "Fedasil ouvre").target().orElseThrow())).isEqualTo("Fedasil");
    }

    /** "Nathalie Berset" is not Alain Berset: a known surname after another given name is another person, who speaks. */
    @Test
    void aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() {
        Dispatch d = parse("Titre", "\u00ab Nous appelons toutes les parties au calme \u00bb, a d\u00e9clar\u00e9 l'ambassadrice de Suisse aupr\u00e8s de l'ONU, Nathalie Berset.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Alain Berset"));
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Nathalie Berset"));
    }

    /** "est par ailleurs appel\u00e9 par X \u00e0", "a \u00e9t\u00e9 appel\u00e9 mardi par X \u00e0": an adverb of several words or a day leaves the passive whole. */
    @Test
    void aPassiveDemandKeepsItsAgentPastAnAdverbOrADay() {
        Dispatch first = parse("Titre", "Le SECO est par ailleurs appel\u00e9 par les Verts \u00e0 engager davantage d'inspecteurs.");
        Dispatch second = parse("Titre", "Le SECO a \u00e9t\u00e9 appel\u00e9 mardi par les Verts \u00e0 engager davantage d'inspecteurs.");
        for (Dispatch d : java.util.List.of(first, second)) {
            assertThat(name(d, demandStartingWith(d, "engager").source().orElseThrow())).isEqualTo("Verts");
            assertThat(name(d, demandStartingWith(d, "engager").target().orElseThrow())).isEqualTo("Secr\u00e9tariat d'\u00c9tat \u00e0 l'\u00e9conomie");
        }
    }

    /** "a adress\u00e9 une lettre \u00e0 X pour lui proposer une nouvelle rencontre": the letter carries an invitation to X, on its day. */
    @Test
    void aLetterProposingAMeetingCarriesAnInvitation() {
        Dispatch d = parse("Titre", "La pr\u00e9sidente du CICR, Helena Brunner, a adress\u00e9 lundi une lettre au gouvernement iranien pour lui proposer "
                + "une nouvelle rencontre \u00e0 Gen\u00e8ve.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Helena Brunner");
            assertThat(c.recipients()).containsExactly(actor(d, "Iran").id());
            assertThat(c.date()).contains(java.time.LocalDate.of(2022, 2, 7));
        });
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.LETTER);
    }
}
