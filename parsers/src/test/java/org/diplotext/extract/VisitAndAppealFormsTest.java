package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * State visits and appeals as 2012 Wikinews articles tell them (session 22): a probe round of the coordinator's own
 * sentences. The dispatches of {@link ExtractionTest#parse(String...)} are published on Wednesday 9 February 2022.
 */
class VisitAndAppealFormsTest {

    @Test
    void aFrontedGerundsAppealEndsAtItsComma() {
        Dispatch d = parse("Titre", "En appelant au calme, le Premier ministre Jean Dupuis a annonc\u00e9 un couvre-feu.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Jean Dupuis");
            assertThat(m.content()).isEqualTo("calme");
        });
    }

    @Test
    void aClauseAfterACommaAndPuisIsNoPartOfTheDemand() {
        Dispatch d = parse("Titre", "Le ministre de la Sant\u00e9 a appel\u00e9 au calme, puis il a re\u00e7u les syndicats.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("calme"));
    }

    @Test
    void theSubjectOfAnAskedClauseKeepsItsVerbOutOfItsName() {
        Dispatch d = parse("Titre", "L'opposition syrienne souhaite que la communaut\u00e9 internationale intervienne.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("communaut\u00e9 internationale")
                .noneMatch(n -> n.contains("intervienne"));
    }

    @Test
    void aPassiveClauseAsksNoneOfItsSubject() {
        Dispatch d = parse("Titre", "Human Rights Watch exige que les d\u00e9tenus soient lib\u00e9r\u00e9s.",
                "Le syndicat Unia demande que les ouvriers, licenci\u00e9s en mars, soient r\u00e9int\u00e9gr\u00e9s.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(m.target()).isEmpty());
        Dispatch active = parse("Titre", "La France exige que Damas autorise l'acc\u00e8s des observateurs.");
        assertThat(active.demands()).singleElement().satisfies(m -> assertThat(name(active, m.target().orElseThrow())).isEqualTo("Syrie"));
    }

    @Test
    void aQuotationOpeningAfterTheDemandIsNoPartOfIt() {
        Dispatch d = parse("Titre", "Amnesty International r\u00e9clame la lib\u00e9ration des d\u00e9tenus, \u00ab sans d\u00e9lai \u00bb.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("la lib\u00e9ration des d\u00e9tenus"));
    }

    @Test
    void aDayAheadAfterAReflexiveVerbAndAPlaceDoesNotMoveTheStory() {
        Dispatch d = parse("Titre", "Le chef de l'\u00c9tat ivoirien doit \u00e9galement s'exprimer devant l'Assembl\u00e9e nationale vendredi.",
                "Amnesty International a demand\u00e9 aux autorit\u00e9s fran\u00e7aises d'\u00e9voquer la question des massacres.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.date()).contains(LocalDate.of(2022, 2, 9)));
    }

    @Test
    void anOfficialNamedByOfficeReceivesInThePassive() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident malien a \u00e9t\u00e9 re\u00e7u mardi par le roi du Maroc.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("roi du Maroc");
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("pr\u00e9sident malien");
        });
    }

    @Test
    void aVisitAheadInThePassiveIsAMeeting() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident ivoirien Alassane Ouattara est arriv\u00e9 mercredi \u00e0 Paris. "
                + "Il doit \u00eatre re\u00e7u jeudi \u00e0 l'\u00c9lys\u00e9e par Nicolas Sarkozy.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Nicolas Sarkozy");
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Alassane Ouattara");
        });
        Dispatch asked = parse("Titre", "Le syndicat Unia a demand\u00e9 \u00e0 \u00eatre re\u00e7u par le ministre.");
        assertThat(asked.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        Dispatch reflexive = parse("Titre", "Le ministre a pr\u00e9cis\u00e9 s'\u00eatre entretenu mardi au t\u00e9l\u00e9phone avec son homologue iranien Hossein Rahmani.");
        assertThat(reflexive.communications()).anyMatch(c -> c.type() == CommunicationType.CALL);
    }

    @Test
    void anAnnouncementInThePassiveIsItsAgentsStatement() {
        Dispatch d = parse("Titre", "L'accord a \u00e9t\u00e9 annonc\u00e9 vers 4 heures du matin par Herman Van Rompuy, lors d'une conf\u00e9rence de presse.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Herman Van Rompuy");
        });
        Dispatch sentenced = parse("Titre", "Le chef rebelle a \u00e9t\u00e9 condamn\u00e9 par le tribunal \u00e0 dix ans de prison.");
        assertThat(sentenced.communications()).isEmpty();
    }

    @Test
    void aCityAfterTheEventHeldThereIsNoActor() {
        for (String text : new String[] {"Le sommet de Bruxelles a \u00e9chou\u00e9.", "Les accords de Paris ont \u00e9t\u00e9 sign\u00e9s en 1973.",
                "Le processus d'Astana est dans l'impasse."}) {
            assertThat(parse("Titre", text).actors()).as(text).isEmpty();
        }
    }

    @Test
    void aHeadlinesMeetingToldTheOtherWayRoundInTheLeadIsOne() {
        Dispatch d = parse("Syrie : Kofi Annan rencontre Bachar el-Assad \u00e0 Damas",
                "L'\u00e9missaire de l'ONU et de la Ligue arabe, Kofi Annan, a \u00e9t\u00e9 re\u00e7u samedi par le pr\u00e9sident syrien.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.MEETING));
    }

    @Test
    void anInciseAfterAVerbOfTheFutureKeepsTheSubject() {
        Dispatch d = parse("Titre", "Le ministre russe des Affaires \u00e9trang\u00e8res Serguei Lavrov doit, lui, rencontrer lundi au Caire "
                + "ses homologues de la Ligue arabe.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Sergue\u00ef Lavrov");
        });
    }

    @Test
    void aBelgianFormateurIsATitle() {
        Dispatch d = parse("Titre", "Le formateur Elio Di Rupo a qualifi\u00e9 l'accord d'\u00ab historique \u00bb.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Elio Di Rupo");
            assertThat(a.role()).contains("formateur");
        });
    }

    @Test
    void aListInBracketsSetsOffNoSpeakerBeforeAnIncise() {
        Dispatch d = parse("Titre", "Les Six (\u00c9tats-Unis, Russie, Chine, France, Royaume-Uni, Allemagne) ont accept\u00e9 mardi l'offre iranienne "
                + "de reprendre les n\u00e9gociations, a indiqu\u00e9 Catherine Ashton.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Catherine Ashton"));
    }

    @Test
    void anAmbassadorsPostingIsPartOfHisNameAndLeftOutOfAnAlias() {
        Dispatch d = parse("Titre", "Amna El-Tayeb a \u00e9t\u00e9 re\u00e7ue dimanche par l'ambassadeur du Soudan \u00e0 Tunis.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("ambassadeur du Soudan \u00e0 Tunis"))
                .singleElement().satisfies(a -> assertThat(a.aliases()).contains("ambassadeur du Soudan"));
    }
}
