package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Names of actors in real French news that the extractors missed or cut (session 25): bodies named with their acronym
 * after an article that a shorter lexicon name opens, parties with an acronym of another language, and bodies of 2012
 * news the organisations lexicon now holds. Sentences written for the tests after Wikinews prose.
 */
class ActorFormsSession25Test {

    @Test
    void anAcronymedNameAfterAnArticleIsNotTheShorterLexiconName() {
        Dispatch d = parse("Titre", "La Conf\u00e9d\u00e9ration nationale des paysans moldaves (UTM) a d\u00e9nonc\u00e9 lundi la r\u00e9forme.");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.STATE));
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Conf\u00e9d\u00e9ration nationale des paysans moldaves"));
    }

    @Test
    void aPartysHeadVouchesForAnAcronymOfAnotherLanguage() {
        Dispatch d = parse("Titre", "Le Parti communiste de Moldavie (PCRM) a demand\u00e9 lundi des \u00e9lections anticip\u00e9es.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Parti communiste de Moldavie"));
    }

    @Test
    void bodiesOfTwentyTwelveNewsAreKnownOrganisations() {
        Dispatch d = parse("Titre", "Le Haut Conseil islamique du Mali a lanc\u00e9 un appel au dialogue. Partners in Health a jug\u00e9 la d\u00e9cision "
                + "\u00ab dangereuse \u00bb. Le Conseil national syrien a exhort\u00e9 la Ligue arabe \u00e0 agir.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).extracting(a -> a.name())
                .contains("Haut Conseil islamique du Mali", "Partners in Health", "Conseil national syrien");
    }

    @Test
    void aTitlesWordAfterABodysHeadGoesOnWithTheName() {
        Dispatch d = parse("Titre", "La Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale des travailleurs portugais a appel\u00e9 lundi \u00e0 la gr\u00e8ve.");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.STATE));
        assertThat(d.actors()).extracting(a -> a.name()).contains("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale des travailleurs portugais");
    }

    @Test
    void aDepartmentWithItsPortfolioIsAStatesBodyAndNotAlone() {
        Dispatch d = parse("Titre", "Le s\u00e9nateur Mark Delaney a demand\u00e9 au d\u00e9partement de l'Int\u00e9rieur de suspendre l'autorisation.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).extracting(a -> a.name())
                .containsExactly("d\u00e9partement de l'Int\u00e9rieur");
        Dispatch place = parse("Titre", "Le pr\u00e9fet du d\u00e9partement du Nord a annonc\u00e9 lundi la fermeture des \u00e9coles.");
        assertThat(place.actors()).noneSatisfy(a -> assertThat(a.name()).startsWith("d\u00e9partement"));
    }

    @Test
    void aJoinedSecondNameStopsAHeadsAcronym() {
        Dispatch d = parse("Titre", "Le Bloc qu\u00e9b\u00e9cois et le Nouveau Parti d\u00e9mocratique (NPD) ont appel\u00e9 le gouvernement \u00e0 attendre.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("Bloc qu\u00e9b\u00e9cois")
                .noneSatisfy(n -> assertThat(n).contains(" et le "));
    }

    @Test
    void donorsAreACollective() {
        Dispatch d = parse("Titre", "La ministre a demand\u00e9 aux bailleurs de fonds de d\u00e9bloquer 15 millions de dollars.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.GROUP).extracting(a -> a.name()).singleElement()
                .satisfies(n -> assertThat(n).startsWith("bailleurs"));
    }
}
