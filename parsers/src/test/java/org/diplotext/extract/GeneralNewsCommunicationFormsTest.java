package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Speakers, bodies and acts of general news (science, business, sport, culture, disasters, foreign news) as the
 * twentieth session's set eval/extra23 writes them, one construction per fixture, in sentences written for the purpose.
 */
class GeneralNewsCommunicationFormsTest {

    /** A title whose post is held at a body or for a region, after a preposition, still names the person after the comma. */
    @Test
    void aTitleWithItsSeatAfterAPrepositionNamesThePersonAfterTheComma() {
        Dispatch d = parse("Titre", "Le directeur du projet \u00e0 l'ISRO, Arjun Menon, a reconnu que deux reports avaient \u00e9t\u00e9 d\u00e9cid\u00e9s.",
                "Amnesty International affirme que l'opposant est d\u00e9tenu. \u00ab Sa vie est en danger \u00bb, alerte la directrice "
                        + "r\u00e9gionale de l'ONG pour l'Afrique de l'Ouest, Samira Daoud.");
        Actor menon = actor(d, "Arjun Menon");
        assertThat(menon.role()).contains("directeur");
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(menon.id()));
        Actor daoud = actor(d, "Samira Daoud");
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("Sa vie est en danger") && c.sender().orElse("").equals(daoud.id()));
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("directrice"));
    }

    /** A former office in apposition after the present one ("le médiateur …, l'ancien président béninois X") is the same person. */
    @Test
    void aFormerOfficeInAppositionAfterATitleIsTheSamePerson() {
        Dispatch d = parse("Titre", "Le ministre guin\u00e9en Moussa Cond\u00e9 s'est entretenu dimanche soir avec le m\u00e9diateur de la CEDEAO "
                + "pour la Guin\u00e9e, l'ancien pr\u00e9sident b\u00e9ninois Thomas Boni Yayi.");
        Actor yayi = actor(d, "Thomas Boni Yayi");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).containsExactly(yayi.id()));
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("m\u00e9diateur"));
    }

    /** A body's acronym of two words in brackets does not stop the title before the name of its holder. */
    @Test
    void anAcronymOfTwoWordsInBracketsStaysInTheTitle() {
        Dispatch d = parse("Titre", "\u00ab Fermer les fronti\u00e8res pousse les gens vers des chemins clandestins \u00bb, estime le directeur g\u00e9n\u00e9ral "
                + "des Centres africains de contr\u00f4le et de pr\u00e9vention des maladies (Africa CDC), Samuel Otieno.");
        Actor otieno = actor(d, "Samuel Otieno");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(otieno.id()));
    }

    /** "le front commun" after "le front commun syndical" is the same group, and speaks. */
    @Test
    void theCommonFrontIsOneGroupWithOrWithoutItsAdjective() {
        Dispatch d = parse("Titre", "Le front commun syndical d\u00e9nonce un texte \u00ab sans un euro de plus \u00bb.",
                "Une nouvelle gr\u00e8ve est pr\u00e9vue le 10 d\u00e9cembre si aucun accord n'est trouv\u00e9, a pr\u00e9venu le front commun.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.GROUP).singleElement()
                .satisfies(front -> assertThat(d.communications()).hasSize(2).allMatch(c -> c.sender().orElse("").equals(front.id())));
    }

    /** "a écrit à la directrice du festival pour proposer …": the title's complement is no object sent; a letter to her. */
    @Test
    void writingToATitleWithItsComplementIsALetter() {
        Dispatch d = parse("Titre", "La directrice du festival, Sonia Ben Ammar, n'a fait aucune d\u00e9claration.",
                "Le d\u00e9l\u00e9gu\u00e9 g\u00e9n\u00e9ral de la Quinzaine des cin\u00e9astes, Julien Rejl, a \u00e9crit \u00e0 la directrice du festival pour "
                        + "proposer de pr\u00e9senter le film \u00e0 Cannes.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Julien Rejl");
            assertThat(c.recipients()).containsExactly(actor(d, "Sonia Ben Ammar").id());
        });
    }

    /** "a dit « … »": the participle of speech after its auxiliary gives the quotation, unlike "dit" that names. */
    @Test
    void saidWithItsAuxiliaryQuotesTheWords() {
        Dispatch d = parse("Titre", "L'Organisation internationale de la francophonie (OIF) a dit \u00ab suivre la situation avec attention \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.quote()).contains("suivre la situation avec attention"));
    }

    /** ", a indiqué son cabinet": the office of the one the sentence opens with speaks for that one. */
    @Test
    void anOfficeInvertedAfterTheIncisesVerbSpeaksForTheSubject() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la Commission de l'UA, Mahmoud Ali Youssouf, s'est entretenu lundi au t\u00e9l\u00e9phone avec "
                + "le g\u00e9n\u00e9ral Camara, a indiqu\u00e9 son cabinet.");
        Actor youssouf = actor(d, "Mahmoud Ali Youssouf");
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.CALL)
                .anyMatch(c -> c.type() == CommunicationType.STATEMENT && c.sender().orElse("").equals(youssouf.id()));
    }

    /** A company's noun and a regional adjective before an unknown name: the name is the company's. */
    @Test
    void aCompanyNounWithARegionalAdjectiveNamesTheCompany() {
        Dispatch d = parse("Titre", "Le conseil d'administration du distributeur qu\u00e9b\u00e9cois Bor\u00e9alis a d\u00e9mis son PDG apr\u00e8s une offre "
                + "du groupe ontarien Harvest Foods.");
        assertThat(actor(d, "Bor\u00e9alis").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Harvest Foods").type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** A body's national adjective and a capitalised complement with a state's adjective stay in its name. */
    @Test
    void aNationalFederationKeepsItsWholeName() {
        Dispatch d = parse("Titre", "La F\u00e9d\u00e9ration nationale de la Mutualit\u00e9 fran\u00e7aise a convi\u00e9 ses membres \u00e0 une r\u00e9union.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("F\u00e9d\u00e9ration nationale de la Mutualit\u00e9 fran\u00e7aise"));
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.INVITATION));
    }

    /** A surname with an apostrophe before one lower-case letter ("Eto'o") is one name. */
    @Test
    void aSurnameWithAnApostropheBeforeOneLetterIsOneName() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la Fecafoot, Samuel Eto'o, s'est entretenu mardi soir avec le ministre des Sports.");
        assertThat(actor(d, "Samuel Eto'o").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Samuel Eto"));
    }

    /** "X a été convoqué par Y": a summons in the passive is a meeting of Y with X, as the summons of an envoy. */
    @Test
    void aPassiveSummonsByANamedAgentIsAMeeting() {
        Dispatch d = parse("Titre", "Le charg\u00e9 d'affaires, Ali Karim, a \u00e9t\u00e9 convoqu\u00e9 mardi par le ministre des Affaires \u00e9trang\u00e8res, "
                + "Jean Dupont.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
            assertThat(c.recipients()).containsExactly(actor(d, "Ali Karim").id());
        });
    }

    /** "X a rencontré Y, avant de s'entretenir avec Z": the infinitive after "avant de" shares the main verb's subject. */
    @Test
    void anInfinitiveAfterAvantDeSharesTheMainSubject() {
        Dispatch d = parse("Titre", "Le ministre des Transports, Philippe Tabarot, s'est rendu sur place vendredi. Il a rencontré le maire, "
                + "Jean Dupont, avant de s'entretenir avec le président de SNCF Réseau.");
        Actor tabarot = actor(d, "Philippe Tabarot");
        assertThat(d.communications()).isNotEmpty().allMatch(c -> c.type() == CommunicationType.MEETING && c.sender().orElse("").equals(tabarot.id()));
    }

    /** "une délégation de l'Union des forces …": a party's delegation stands for the party; "le parti d'X" is X's party, not X. */
    @Test
    void aPartysDelegationIsThePartyAndAPersonsPartyIsNotThePerson() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident nig\u00e9rian a re\u00e7u lundi une d\u00e9l\u00e9gation de l'Union des forces d\u00e9mocratiques de "
                + "Guin\u00e9e (UFDG), le parti d'Alpha Sylla.");
        Actor ufdg = actor(d, "UFDG");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).containsExactly(ufdg.id()));
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION && a.name().equals("Alpha Sylla"));
    }
}
