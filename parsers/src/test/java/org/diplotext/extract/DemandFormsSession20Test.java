package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands as the twentieth session's demand-rich articles (eval/extra22) word them: a court or a league seized "pour
 * obtenir" something, a minister whose portfolio the lexicon does not know whole before the apposed name and the "de"
 * of the act, a pronoun going on with the sentence's subject after a colon, and bodies of sport, farming, ports and
 * housing the lexicon now knows.
 */
class DemandFormsSession20Test {

    @Test
    void aCourtSeizedToObtainSomethingIsAsked() {
        Dispatch d = parse("Titre", "G\u00e9n\u00e9rations futures a saisi mardi le Conseil d'\u00c9tat pour obtenir l'application imm\u00e9diate de l'interdiction.");
        assertThat(name(d, demandStartingWith(d, "l'application imm\u00e9diate").source().orElseThrow())).isEqualTo("G\u00e9n\u00e9rations futures");
        assertThat(name(d, demandStartingWith(d, "l'application imm\u00e9diate").target().orElseThrow())).isEqualTo("Conseil d'\u00c9tat");
    }

    @Test
    void aLeagueSeizedToObtainAClauseIsAskedByTheClubInApposition() {
        Dispatch d = parse("Titre", "L'ASVEL a perdu samedi contre Monaco.",
                "Le club de basket-ball de Lyon-Villeurbanne, l'ASVEL, a saisi mardi la Ligue nationale de basket (LNB) pour obtenir que son "
                        + "match soit rejou\u00e9.");
        assertThat(name(d, demandStartingWith(d, "son match soit rejou\u00e9").source().orElseThrow())).isEqualTo("ASVEL");
        assertThat(name(d, demandStartingWith(d, "son match soit rejou\u00e9").target().orElseThrow())).isEqualTo("Ligue nationale de basket");
    }

    @Test
    void aSeizureWithNoPurposeAsksNothing() {
        Dispatch d = parse("Titre", "La police a saisi mardi deux tonnes de coca\u00efne dans le port du Havre.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void thePortfolioOfAnUnknownTitleIsNotWhatIsAsked() {
        Dispatch d = parse("Titre", "Le syndicat CGT a demand\u00e9 au ministre f\u00e9d\u00e9ral de l'Emploi, Bart Claessens, de recevoir les d\u00e9l\u00e9gu\u00e9s.");
        assertThat(d.demands()).noneSatisfy(x -> assertThat(x.content()).startsWith("l'Emploi"));
        assertThat(name(d, demandStartingWith(d, "recevoir les d\u00e9l\u00e9gu\u00e9s").target().orElseThrow())).isEqualTo("Bart Claessens");
    }

    @Test
    void aPronounAfterAColonGoesOnWithTheSentencesSubject() {
        Dispatch d = parse("Titre", "Le directeur g\u00e9n\u00e9ral de Port of Antwerp-Bruges, Pieter De Smet, presse les partenaires sociaux de trouver un accord.",
                "L'organisation patronale flamande Voka va plus loin : elle exige l'instauration d'un service minimum dans les ports.");
        assertThat(name(d, demandStartingWith(d, "l'instauration d'un service minimum").source().orElseThrow())).isEqualTo("Voka");
        assertThat(actor(d, "Port of Antwerp-Bruges").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void theFarmersUnionIsNoConfederationAndTheSkiFederationIsNoPerson() {
        Dispatch d = parse("Titre", "La Conf\u00e9d\u00e9ration paysanne plaide pour une sortie progressive des pesticides.",
                "Le directeur de Swiss-Ski, Thomas Imhof, a plaid\u00e9 pour une solution \u00e0 l'amiable.");
        assertThat(name(d, demandStartingWith(d, "une sortie progressive").source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration paysanne");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.STATE));
        assertThat(actor(d, "Swiss-Ski").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void housingBodiesAreNamedWhole() {
        Dispatch d = parse("Titre", "Le Front d'action populaire en r\u00e9am\u00e9nagement urbain (FRAPRU) salue la r\u00e9solution et appelle les autres partis \u00e0 l'appuyer.",
                "L'Association des propri\u00e9taires du Qu\u00e9bec (APQ) demande au gouvernement d'aider les petits propri\u00e9taires.");
        assertThat(name(d, demandStartingWith(d, "l'appuyer").source().orElseThrow())).isEqualTo("Front d'action populaire en r\u00e9am\u00e9nagement urbain");
        assertThat(name(d, demandStartingWith(d, "aider les petits").source().orElseThrow())).isEqualTo("Association des propri\u00e9taires du Qu\u00e9bec");
    }

    @Test
    void theUnionIsTheWorkersUnionNamedBefore() {
        Dispatch d = parse("Titre", "L'Union des travailleurs guyanais (UTG) menace de bloquer l'acc\u00e8s \u00e0 la base.",
                "Le syndicat revendique une prime pour les salari\u00e9s des sous-traitants.");
        assertThat(name(d, demandStartingWith(d, "une prime").source().orElseThrow())).isEqualTo("Union des travailleurs guyanais");
    }

    @Test
    void aCouncilAfterAuIsTheOneAsked() {
        Dispatch d = parse("Titre", "L'opposition MR a d\u00e9pos\u00e9 une motion demandant au coll\u00e8ge communal de lever la limite.");
        assertThat(name(d, demandStartingWith(d, "lever la limite").target().orElseThrow())).isEqualTo("coll\u00e8ge communal");
    }

    @Test
    void aKnownCompanyAfterAIsAskedWhenAnInfinitiveFollows() {
        Dispatch d = parse("Titre", "La PDG de Renault a parl\u00e9 mardi.",
                "L'Agence spatiale europ\u00e9enne a demand\u00e9 \u00e0 Renault de lui remettre un rapport d\u00e9taill\u00e9 sur l'incident.");
        assertThat(name(d, demandStartingWith(d, "lui remettre un rapport").target().orElseThrow())).isEqualTo("Renault");
    }
}
