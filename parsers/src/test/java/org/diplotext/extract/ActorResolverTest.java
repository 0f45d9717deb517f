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
    @Test
    void theOnePassFoldOfANameMatchesTheGeneralOne() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("  Le  Pr\u00e9sident\u00a0de la\tR\u00e9publique ",
                "\u03a3\u039f\u03a6\u0399\u0391 \u03a3", "\u0130stanbul", "\u24b6bc \uff21", "\ud801\udc00x", "\u2028x\u2028", "\u0000 a\u001f",
                "\u0152uvre d\u2019\u00c9tat", "", " ", "L'\u00c9LYS\u00c9E"));
        java.util.Random random = new java.util.Random(14);
        String alphabet = "aZ \u00a0\t\u00e9\u00c9\u0130\u03a3\u0416\u2019\u2028\u24b6\uff41\ud801\udc00-'.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }
        for (String name : names) {
            assertThat(ActorResolver.fold(name)).as(name).isEqualTo(ActorResolver.foldAnyScript(name));
        }
    }
}
