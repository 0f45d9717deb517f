package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** A body no lexicon knows, named after the title of a named person, is an actor, and the person is affiliated to it. */
class TitledBodyTest {

    @Test
    void theAuthorityANamedPresidentLeads() {
        Dispatch d = parse("Titre", "Le r\u00e9seau ne rouvrira pas avant lundi, selon Mark Ruddy, le pr\u00e9sident du Chicago Transit Authority.");
        assertThat(actor(d, "Chicago Transit Authority").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Mark Ruddy").affiliation().map(id -> name(d, id))).contains("Chicago Transit Authority");
    }

    @Test
    void theFoundationBeforeItsDirectorsName() {
        Dispatch d = parse("Titre", "La directrice de la Fondation Kerbrat, Anne Morel, a d\u00e9clar\u00e9 mardi que la situation \u00e9tait ma\u00eetris\u00e9e.");
        assertThat(actor(d, "Anne Morel").affiliation().map(id -> name(d, id))).contains("Fondation Kerbrat");
        assertThat(actor(d, "Fondation Kerbrat").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void theTownOfAMayorIsNoBody() {
        Dispatch d = parse("Titre", "\u00ab Nous reconstruirons \u00bb, a d\u00e9clar\u00e9 Paul Martin, le maire de Tarnos.");
        assertThat(d.actorNamed("Tarnos")).isEmpty();
    }
}
