package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Who is asked when a pronoun stands for them: an object pronoun before a verb of asking, a
 * relative clause of asking, and who asks in a purpose clause after a name in apposition
 * (agency-style sentences written for the purpose).
 */
class AskedPersonTest {

    @Test
    void aLettersPurposeClauseAsksItsRecipientForTheWriter() {
        Dispatch d = parse("Titre", "Le Premier ministre Alexander De Croo a \u00e9crit au pr\u00e9sident du Conseil europ\u00e9en, Charles Michel, "
                + "pour l'inviter \u00e0 inscrire la question \u00e0 l'ordre du jour.");
        Demand x = demandStartingWith(d, "inscrire la question");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Alexander De Croo");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Charles Michel");
    }

    @Test
    void anObjectPronounStandsForThePersonLastMet() {
        Dispatch d = parse("Titre", "Le ministre Ignazio Cassis s'est entretenu avec son homologue iranien Abbas Araghtchi. "
                + "Il l'a invit\u00e9 \u00e0 reprendre le dialogue sur les droits humains.");
        Demand x = demandStartingWith(d, "reprendre le dialogue");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Ignazio Cassis");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Abbas Araghtchi");
    }

    @Test
    void aRelativeClauseOfAskingAsksItsAntecedent() {
        Dispatch d = parse("Titre", "Le ministre Andri\u00ef Sybiga s'est entretenu par t\u00e9l\u00e9phone avec le secr\u00e9taire d'Etat am\u00e9ricain "
                + "Marco Rubio, auquel il a demand\u00e9 d'acc\u00e9l\u00e9rer l'envoi de missiles.");
        Demand x = demandStartingWith(d, "acc\u00e9l\u00e9rer l'envoi");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Andri\u00ef Sybiga");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Marco Rubio");
    }

    @Test
    void aQuiAfterANameIsARelativeOfAskingToo() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a re\u00e7u son homologue Hans Muller, \u00e0 qui il a demand\u00e9 de lib\u00e9rer les otages.");
        assertThat(name(d, demandStartingWith(d, "lib\u00e9rer les otages").target().orElseThrow())).isEqualTo("Hans Muller");
    }
    @Test
    void theGovernmentAskedToActIsTheDispatchsState() {
        Dispatch d = parse("Titre", "Les syndicats fran\u00e7ais ont demand\u00e9 au gouvernement de retirer la r\u00e9forme.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.target()).isPresent());
    }
}
