package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Common constructions of agency copy for communications and demands that an audit of probe
 * sentences found missed (fourteenth session, helper audit14): incises after the auxiliary, fronted
 * passive participles, invitations sent or accepted, meetings framed by the time they bound, calls
 * received, asked parties after "toutes". One short fixture per construction.
 */
class ConstructionAuditTest {

    private static void assertOne(Dispatch d, CommunicationType type, String sender, String recipient) {
        assertThat(d.communications()).filteredOn(c -> c.type() == type).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo(sender);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo(recipient));
        });
    }

    @Test
    void anInciseBetweenTheAuxiliaryAndTheParticipleKeepsTheSubject() {
        Dispatch d = parse("Titre", "Viktor Orban a, quant \u00e0 lui, estim\u00e9 que les sanctions \u00e9taient un \u00e9chec.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Viktor Orban");
        });
        assertOne(parse("Titre", "Ignazio Cassis a, mardi, rencontr\u00e9 Sergue\u00ef Lavrov."), CommunicationType.MEETING, "Ignazio Cassis", "Sergue\u00ef Lavrov");
    }

    @Test
    void aCallToATitleWithItsNameIsACall() {
        assertOne(parse("Titre", "Antony Blinken a appel\u00e9 mardi son homologue chinois Wang Yi."), CommunicationType.CALL, "Antony Blinken", "Wang Yi");
        assertThat(parse("Titre", "Antony Blinken a appel\u00e9 son homologue chinois Wang Yi \u00e0 la retenue.").communications()).isEmpty();
    }

    @Test
    void aMeetingAfterOrBeforeWhichTheMainClauseActsIsItsSubjects() {
        Dispatch d = parse("Titre", "Apr\u00e8s sa rencontre avec Vladimir Poutine, Emmanuel Macron a estim\u00e9 que la paix \u00e9tait possible.");
        assertOne(d, CommunicationType.MEETING, "Emmanuel Macron", "Vladimir Poutine");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).hasSize(1);
    }

    @Test
    void theDefiniteMeetingNounBetweenTwoActorsIsTheirMeeting() {
        assertOne(parse("Titre", "Le sommet entre Joe Biden et Xi Jinping s'est tenu \u00e0 San Francisco."), CommunicationType.MEETING, "Joe Biden", "Xi Jinping");
        assertOne(parse("Titre", "L'entretien entre Emmanuel Macron et Olaf Scholz a dur\u00e9 deux heures."), CommunicationType.MEETING, "Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void aFrontedCallWithNoPartnerIsWithTheOneTheMainClauseAsks() {
        Dispatch d = parse("Titre", "Lors d'un entretien t\u00e9l\u00e9phonique, Olaf Scholz a exhort\u00e9 Vladimir Poutine \u00e0 retirer ses troupes.");
        assertOne(d, CommunicationType.CALL, "Olaf Scholz", "Vladimir Poutine");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("Vladimir Poutine"));
    }

    @Test
    void aCallReceivedFromSomeoneIsTheirCall() {
        Dispatch d = parse("Titre", "Ignazio Cassis a re\u00e7u un appel de son homologue iranien Abbas Araghchi.");
        assertOne(d, CommunicationType.CALL, "Abbas Araghchi", "Ignazio Cassis");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void verbsOfTalkingAreReciprocalWithoutSe() {
        assertOne(parse("Titre", "Recep Tayyip Erdogan et Volodymyr Zelensky ont \u00e9chang\u00e9 au t\u00e9l\u00e9phone."), CommunicationType.CALL,
                "Recep Tayyip Erdogan", "Volodymyr Zelensky");
        assertThat(parse("Titre", "Recep Tayyip Erdogan et Volodymyr Zelensky ont d\u00e9nonc\u00e9 les frappes.").communications())
                .noneMatch(c -> c.type() == CommunicationType.CALL || c.type() == CommunicationType.MEETING);
    }

    @Test
    void anInvitationSentAsALetterIsAnInvitationOnly() {
        Dispatch d = parse("Titre", "Xi Jinping a adress\u00e9 une invitation \u00e0 Vladimir Poutine.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.INVITATION));
        assertOne(d, CommunicationType.INVITATION, "Xi Jinping", "Vladimir Poutine");
        assertOne(parse("Titre", "Ignazio Cassis a lanc\u00e9 une invitation \u00e0 son homologue iranien Abbas Araghchi."), CommunicationType.INVITATION,
                "Ignazio Cassis", "Abbas Araghchi");
    }

    @Test
    void anInvitationAcceptedWithAnIndefiniteArticleIsTheHostsToTheGuest() {
        assertOne(parse("Titre", "Joe Biden a accept\u00e9 une invitation de Volodymyr Zelensky \u00e0 se rendre \u00e0 Kiev."), CommunicationType.INVITATION,
                "Volodymyr Zelensky", "Joe Biden");
    }

    @Test
    void aFrontedPassiveParticipleWithItsAgentIsSaidOfTheMainSubject() {
        Dispatch met = parse("Titre", "Re\u00e7u mardi par Emmanuel Macron, Volodymyr Zelensky a plaid\u00e9 pour de nouvelles livraisons d'armes.");
        assertOne(met, CommunicationType.MEETING, "Emmanuel Macron", "Volodymyr Zelensky");
        assertThat(name(met, demandStartingWith(met, "nouvelles livraisons").source().orElseThrow())).isEqualTo("Volodymyr Zelensky");
        assertOne(parse("Titre", "Invit\u00e9 par le pr\u00e9sident k\u00e9nyan William Ruto, le pape Fran\u00e7ois se rendra \u00e0 Nairobi."), CommunicationType.INVITATION,
                "William Ruto", "pape Fran\u00e7ois");
        Dispatch asked = parse("Titre", "Somm\u00e9e par Bruxelles de r\u00e9former sa justice, la Pologne a pr\u00e9sent\u00e9 un projet de loi.");
        assertThat(asked.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("r\u00e9former sa justice");
            assertThat(name(asked, x.target().orElseThrow())).isEqualTo("Pologne");
        });
    }

    @Test
    void theAskedAfterToutesAreAskedToo() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a appel\u00e9 toutes les parties \u00e0 la retenue.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("la retenue");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("parties");
        });
    }

    @Test
    void aCapitalOwingAnAccountIsTheStateAsked() {
        Dispatch d = parse("Titre", "Berlin a r\u00e9clam\u00e9 des explications \u00e0 Moscou.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("des explications");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        });
        Dispatch limit = parse("Titre", "Les Vingt-Sept ont donn\u00e9 \u00e0 Budapest jusqu'\u00e0 vendredi pour lever son veto.");
        assertThat(limit.demands()).singleElement().satisfies(x -> assertThat(name(limit, x.target().orElseThrow())).isEqualTo("Hongrie"));
        assertThat(parse("Titre", "Le ministre Jean Dupont a tenu une conf\u00e9rence \u00e0 Moscou.").actors()).noneMatch(a -> a.name().equals("Russie"));
    }

    @Test
    void whatIsAskedOfSomeoneIsNotDoneByThem() {
        Dispatch d = parse("Titre", "Moscou r\u00e9clame que Kiev reconnaisse l'annexion de la Crim\u00e9e.");
        assertThat(d.communications()).isEmpty();
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("Ukraine"));
    }

    @Test
    void aStatesBodyAfterDesIsThatStates() {
        Dispatch d = parse("Titre", "Ignazio Cassis a transmis une note diplomatique \u00e0 l'ambassade des Etats-Unis.");
        assertOne(d, CommunicationType.LETTER, "Ignazio Cassis", "ambassade des Etats-Unis");
    }

    @Test
    void relativesWhoAskAreAGroup() {
        Dispatch d = parse("Titre", "Les parents des otages ont demand\u00e9 au gouvernement de conclure un accord.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("parents"));
        Dispatch sources = parse("Titre", "Selon des sources proches du dossier, le ministre Jean Dupont a d\u00e9missionn\u00e9.");
        assertThat(sources.actors()).noneMatch(a -> a.name().equals("proches"));
    }

    @Test
    void anInciseInsideAQuotationNamesItsSpeaker() {
        Dispatch named = parse("Titre", "Viktor Orban est \u00e0 Bruxelles. \u00ab Nous ne voterons pas, a dit Viktor Orban, ce texte en l'\u00e9tat. \u00bb");
        assertThat(named.communications()).singleElement().satisfies(c -> assertThat(name(named, c.sender().orElseThrow())).isEqualTo("Viktor Orban"));
        Dispatch inverted = parse("Titre", "Viktor Orban est \u00e0 Bruxelles.", "\u00ab C'est un jour historique, a-t-il d\u00e9clar\u00e9. Nous avons gagn\u00e9. \u00bb");
        assertThat(inverted.communications()).singleElement().satisfies(c -> assertThat(name(inverted, c.sender().orElseThrow())).isEqualTo("Viktor Orban"));
        Dispatch listed = parse("Titre", "\u00ab Ils ont menti, ont trahi, ont vol\u00e9 \u00bb, a lanc\u00e9 Viktor Orban.");
        assertThat(listed.communications()).singleElement().satisfies(c -> assertThat(name(listed, c.sender().orElseThrow())).isEqualTo("Viktor Orban"));
    }

    @Test
    void aMeetingToldTwiceInOneSentenceIsOneMeeting() {
        Dispatch d = parse("Titre", "Emmanuel Macron a effectu\u00e9 une visite officielle en Chine, o\u00f9 il s'est entretenu avec Xi Jinping.");
        assertOne(d, CommunicationType.MEETING, "Emmanuel Macron", "Xi Jinping");
        assertOne(parse("Titre", "Les pourparlers entre Washington et T\u00e9h\u00e9ran reprendront samedi \u00e0 Oman."), CommunicationType.MEETING,
                "\u00c9tats-Unis", "Iran");
    }

    @Test
    void aQuotationAttributedByAVerbThatAsksIsWhatItsSpeakerAsks() {
        Dispatch d = parse("Titre", "\u00ab L'Ukraine doit retirer ses troupes \u00bb, a exig\u00e9 Vladimir Poutine.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("retirer ses troupes");
            assertThat(x.direct()).isTrue();
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Vladimir Poutine");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Ukraine");
        });
        assertThat(parse("Titre", "\u00ab Pourquoi maintenant ? \u00bb, a demand\u00e9 Emmanuel Macron.").demands()).isEmpty();
        Dispatch europe = parse("Titre", "\u00ab L'Europe doit investir dans sa d\u00e9fense \u00bb, a exhort\u00e9 le vice-pr\u00e9sident am\u00e9ricain J.D. Vance.");
        assertThat(europe.demands()).singleElement().satisfies(x -> assertThat(x.content()).contains("investir dans sa d\u00e9fense"));
    }
}
