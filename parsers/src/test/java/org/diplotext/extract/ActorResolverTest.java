package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Who a mention stands for, in sentences written for the purpose, in agency style. */
class ActorResolverTest {
    private static String sender(Dispatch d, String evidence) {
        return d.communications().stream().filter(c -> c.type() == CommunicationType.STATEMENT && c.evidence().get(0).text().startsWith(evidence))
                .findFirst().orElseThrow().sender().orElse(null);
    }

    @Test
    void anUnnamedSpokespersonOfABodyStandsForTheBody() {
        Dispatch d = parse("Titre", "Un porte-parole du minist\u00e8re allemand des Affaires \u00e9trang\u00e8res a affirm\u00e9 mardi que Berlin soutenait Kiev.");
        String ministry = actor(d, "minist\u00e8re allemand des Affaires \u00e9trang\u00e8res").id();
        assertThat(sender(d, "Un porte-parole")).isEqualTo(ministry);
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(a -> assertThat(a.affiliation()).contains(ministry)); // the spokesperson is still met, as the body's
    }

    @Test
    void aPossessiveSpokespersonStandsForTheBodyNamedBefore() {
        Dispatch d = parse("Titre", "Le Comit\u00e9 international de la Croix-Rouge a publi\u00e9 mardi un rapport sur les prisons.",
                "Sa porte-parole a estim\u00e9 que la situation \u00e9tait grave.",
                "Le minist\u00e8re russe des Affaires \u00e9trang\u00e8res a r\u00e9agi. Son porte-parole a d\u00e9clar\u00e9 que Moscou ne c\u00e9derait pas.");
        assertThat(sender(d, "Sa porte-parole")).isEqualTo(actor(d, "Comit\u00e9 international de la Croix-Rouge").id());
        assertThat(sender(d, "Son porte-parole")).isEqualTo(actor(d, "minist\u00e8re russe des Affaires \u00e9trang\u00e8res").id());
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(2); // one spokesperson per body, not one for both
    }

    @Test
    void anUnnamedSpokespersonIsNotOneNamedBeforeForAnotherBody() {
        Dispatch d = parse("Titre", "La porte-parole de l'ONG Amnesty International, Marie Dupont, a d\u00e9nonc\u00e9 mardi la loi.",
                "Un porte-parole du minist\u00e8re allemand des Affaires \u00e9trang\u00e8res a affirm\u00e9 que Berlin soutenait Kiev.");
        assertThat(sender(d, "Un porte-parole")).isEqualTo(actor(d, "minist\u00e8re allemand des Affaires \u00e9trang\u00e8res").id());
        assertThat(actor(d, "Marie Dupont").aliases()).noneMatch(x -> x.contains("minist\u00e8re"));
    }

    @Test
    void aSpokespersonTheArticleMakesKnownIsStillAPerson() {
        Dispatch d = parse("Titre", "Le porte-parole du minist\u00e8re allemand des Affaires \u00e9trang\u00e8res a affirm\u00e9 mardi que Berlin soutenait Kiev.");
        assertThat(d.actors()).anyMatch(a -> a.type() == ActorType.PERSON);
    }
}
