package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calls, meetings, letters and invitations that wire copy words in ways the extraction missed
 * (ninth session's probe dispatches), one short fixture each.
 */
class CommunicationRecallTest {

    private static void assertOne(Dispatch d, CommunicationType type, String sender, String recipient) {
        assertThat(d.communications()).filteredOn(c -> c.type() == type).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo(sender);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo(recipient));
        });
    }

    @Test
    void theTwoMenOfTheLastExchangeTalkToEachOther() {
        Dispatch d = parse("Titre", "Le ministre Ignazio Cassis se rendra \u00e0 Bruxelles pour rencontrer Maros Sefcovic.",
                "Les deux hommes s'\u00e9taient d\u00e9j\u00e0 parl\u00e9 par t\u00e9l\u00e9phone fin mai.");
        assertOne(d, CommunicationType.CALL, "Ignazio Cassis", "Maros Sefcovic");
        Dispatch same = parse("Titre", "Le pr\u00e9sident Emmanuel Macron s'est entretenu au t\u00e9l\u00e9phone avec le pr\u00e9sident Joe Biden.",
                "Les deux dirigeants se sont entretenus de l'Ukraine.");
        assertThat(same.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.CALL));
    }

    @Test
    void theTwoLeadersOfTheLastExchangeThenCallAThirdOne() {
        Dispatch d = parse("Titre", "Emmanuel Macron a rencontr\u00e9 mardi \u00e0 Kiev le pr\u00e9sident ukrainien Volodymyr Zelensky.",
                "Les deux dirigeants se sont ensuite entretenus par t\u00e9l\u00e9phone avec le chancelier allemand Friedrich Merz.");
        assertOne(d, CommunicationType.CALL, "Emmanuel Macron", "Friedrich Merz");
        assertThat(d.communications()).hasSize(2);
    }

    @Test
    void aTimeAfterTheVerbDoesNotHideWhoTravelsToMeet() {
        Dispatch d = parse("Titre", "Le ministre Ignazio Cassis se rendra la semaine prochaine \u00e0 Bruxelles pour rencontrer Maros Sefcovic.");
        assertOne(d, CommunicationType.MEETING, "Ignazio Cassis", "Maros Sefcovic");
    }

    @Test
    void aDelegationReceivedAfterAPlaceIsTheBodyItSpeaksFor() {
        Dispatch d = parse("Titre", "Le Premier ministre qatari Mohammed ben Abdelrahmane Al-Thani a re\u00e7u \u00e0 Doha une d\u00e9l\u00e9gation du Hamas.");
        assertOne(d, CommunicationType.MEETING, "Mohammed ben Abdelrahmane Al-Thani", "Hamas");
    }

    @Test
    void anAmbassadorOfAStateIsMet() {
        Dispatch d = parse("Titre", "Le g\u00e9n\u00e9ral Abdourahamane Tiani a re\u00e7u lundi l'ambassadeur de Russie \u00e0 Niamey.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).hasSize(1));
    }

    @Test
    void aCallNounWithAPartnerAfterTheMainVerbIsTheSubjectsCall() {
        Dispatch d = parse("Titre", "Emmanuel Macron avait \u00e9voqu\u00e9 le sort des d\u00e9tenus lors d'un entretien t\u00e9l\u00e9phonique avec le pr\u00e9sident "
                + "iranien Massoud Pezeshkian en septembre.");
        assertOne(d, CommunicationType.CALL, "Emmanuel Macron", "Massoud Pezeshkian");
    }

    @Test
    void talksByVideoconferenceAreACall() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Gianni Infantino doit s'entretenir mardi avec la pr\u00e9sidente Kirsty Coventry, par visioconf\u00e9rence.");
        assertOne(d, CommunicationType.CALL, "Gianni Infantino", "Kirsty Coventry");
    }

    @Test
    void coordinatedSubjectsWithTitleComplementsMeetEachOther() {
        Dispatch d = parse("Titre", "Le ministre chinois du Commerce Wang Wentao et le commissaire europ\u00e9en au Commerce Valdis Dombrovskis "
                + "se sont r\u00e9unis jeudi \u00e0 Bruxelles.");
        assertOne(d, CommunicationType.MEETING, "Wang Wentao", "Valdis Dombrovskis");
    }

    @Test
    void anInvitationReceivedIsTheSendersInvitation() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident k\u00e9nyan William Ruto a re\u00e7u une invitation du pr\u00e9sident chinois Xi Jinping \u00e0 se rendre \u00e0 P\u00e9kin.");
        assertOne(d, CommunicationType.INVITATION, "Xi Jinping", "William Ruto");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        Dispatch letter = parse("Titre", "Le ministre Ignazio Cassis a re\u00e7u mardi une lettre de Sergue\u00ef Lavrov.");
        assertOne(letter, CommunicationType.LETTER, "Sergue\u00ef Lavrov", "Ignazio Cassis");
    }

    @Test
    void theAgentOfAPassiveInvitationInvites() {
        Dispatch d = parse("Titre", "Le Premier ministre indien Narendra Modi a \u00e9t\u00e9 invit\u00e9 par le pr\u00e9sident am\u00e9ricain Donald Trump \u00e0 la Maison Blanche.");
        assertOne(d, CommunicationType.INVITATION, "Donald Trump", "Narendra Modi");
    }

    @Test
    void theLetterHandedOverByAMinisterIsTheOneJustSent() {
        Dispatch d = parse("Titre", "Le Conseil f\u00e9d\u00e9ral a adress\u00e9 lundi une lettre \u00e0 la pr\u00e9sidente de la Commission europ\u00e9enne Ursula von der Leyen.",
                "Le courrier a \u00e9t\u00e9 remis \u00e0 Bruxelles par le conseiller f\u00e9d\u00e9ral Ignazio Cassis.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Conseil f\u00e9d\u00e9ral"));
    }

    @Test
    void aReplyByLetterIsALetter() {
        Dispatch d = parse("Titre", "Le Premier ministre Jean Dupont a r\u00e9pondu d\u00e8s dimanche par une lettre au ton sec.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }
    @Test
    void aDativeCliticAfterAnInvitationNamesTheLettersRecipient() {
        Dispatch d = parse("Titre", "Le Premier ministre Nikol Pachinian a invit\u00e9 le pr\u00e9sident Emmanuel Macron \u00e0 se rendre en Arm\u00e9nie.",
                "Il lui a adress\u00e9 un courrier en ce sens, a pr\u00e9cis\u00e9 son bureau.");
        assertOne(d, CommunicationType.LETTER, "Nikol Pachinian", "Emmanuel Macron");
    }

    @Test
    void anObjectCliticInvitesThoseJustWrittenToOrMet() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Omar Touray a envoy\u00e9 une missive au pr\u00e9sident malien Assimi Go\u00efta pour l'inviter \u00e0 un sommet \u00e0 Abuja.");
        assertOne(d, CommunicationType.INVITATION, "Omar Alieu Touray", "Assimi Go\u00efta");
        Dispatch met = parse("Titre", "Le pr\u00e9sident Omar Touray a re\u00e7u lundi le pr\u00e9sident malien Assimi Go\u00efta.", "Il l'a invit\u00e9 \u00e0 un sommet \u00e0 Abuja.");
        assertOne(met, CommunicationType.INVITATION, "Omar Alieu Touray", "Assimi Go\u00efta");
    }
    @Test
    void theHostOfAVisitByInvitationInvitesTheVisitor() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident turc Recep Tayyip Erdogan est arriv\u00e9 jeudi \u00e0 Berlin \u00e0 l'invitation du chancelier allemand Olaf Scholz.",
                "Les deux dirigeants se sont retrouv\u00e9s \u00e0 la chancellerie pour un d\u00eener de travail.");
        assertOne(d, CommunicationType.INVITATION, "Olaf Scholz", "Recep Tayyip Erdogan");
        assertOne(d, CommunicationType.MEETING, "Olaf Scholz", "Recep Tayyip Erdogan");
        Dispatch fronted = parse("Titre", "\u00c0 l'invitation du pr\u00e9sident Emmanuel Macron, le pr\u00e9sident chinois Xi Jinping s'est rendu en France.");
        assertOne(fronted, CommunicationType.INVITATION, "Emmanuel Macron", "Xi Jinping");
    }
    @Test
    void aFrontedPhraseBeforeTheNamedSubjectAndItsAppositionLeavesTheSpeaker() {
        Dispatch d = parse("Titre", "Sans mentionner de noms, Nick De Santis le directeur sportif de l'\u00e9quipe, a affirm\u00e9 que certains joueurs "
                + "ne seront pas de retour.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Nick De Santis"));
    }
    @Test
    void coordinatedSubjectsHoldingAMeetingMeetEachOther() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron et son homologue am\u00e9ricain Joe Biden ont tenu une r\u00e9union bilat\u00e9rale en marge du G7.");
        assertOne(d, CommunicationType.MEETING, "Emmanuel Macron", "Joe Biden");
    }

    @Test
    void aGuestReceivedAtAPlaceByTheHostIsMet() {
        Dispatch d = parse("Titre", "Volodymyr Zelensky a \u00e9t\u00e9 re\u00e7u lundi \u00e0 l'Elys\u00e9e par Emmanuel Macron.");
        assertOne(d, CommunicationType.MEETING, "Emmanuel Macron", "Volodymyr Zelensky");
    }
    @Test
    void anAcceptedOrDeclinedInvitationIsTheHostsInvitation() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident chinois Xi Jinping a accept\u00e9 l'invitation du pr\u00e9sident Emmanuel Macron \u00e0 se rendre en France.");
        assertOne(d, CommunicationType.INVITATION, "Emmanuel Macron", "Xi Jinping");
        Dispatch declined = parse("Titre", "Le pr\u00e9sident Joe Biden a d\u00e9clin\u00e9 l'invitation du pr\u00e9sident russe Vladimir Poutine.");
        assertOne(declined, CommunicationType.INVITATION, "Vladimir Poutine", "Joe Biden");
    }

    // Session 17 (com17b): communications of general news missed in eval/extra13, extra14, extra16 and extra17.

    /** {@code écrire à} people who are no actor is a letter without recipient, not a statement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le secr\u00e9taire g\u00e9n\u00e9ral de l'ONU, Ant\u00f3nio Guterres, a quant \u00e0 lui \u00e9crit aux deux g\u00e9n\u00e9raux pour leur proposer une seconde s\u00e9rie de pourparlers. | Antonio Guterres",
        "Le ministre fran\u00e7ais, Jean Dupont, a \u00e9galement \u00e9crit aux autres coureurs de l'\u00e9quipe pour leur demander de ne pas s'exprimer. | Jean Dupont",
        "Le ministre fran\u00e7ais, Jean Dupont, a \u00e9crit mardi \u00e0 ses coll\u00e8gues. | Jean Dupont"})
    void writingToPeopleNamedByANounIsALetter(String lead, String sender) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.LETTER);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo(sender);
        });
    }

    /** {@code écrire au sujet de} and {@code écrire que} write to no one: a statement still. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le ministre fran\u00e7ais, Jean Dupont, a \u00e9crit au sujet de la crise que la situation \u00e9tait grave.",
        "Le ministre fran\u00e7ais, Jean Dupont, a \u00e9crit que la situation \u00e9tait grave."})
    void writingAboutSomethingIsAStatement(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    /** A participle sharing the auxiliary of a verb of asking, after quoted words asked, reports an act of its own. */
    @Test
    void aParticipleAfterQuotedWordsAskedIsAStatementOfItsOwn() {
        Dispatch d = parse("Titre", "Le ministre d\u00e9l\u00e9gu\u00e9 charg\u00e9 des Transports, Philippe Tabarot, a appel\u00e9 les deux parties \u00e0 "
                + "\u00ab reprendre le chemin de la n\u00e9gociation \u00bb et annonc\u00e9 la nomination d'un m\u00e9diateur.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).hasSize(2)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Philippe Tabarot"));
    }
}
