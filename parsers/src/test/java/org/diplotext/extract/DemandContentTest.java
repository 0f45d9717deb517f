package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** The content of a demand reads as written, without the quotation marks of the words it starts or ends in. */
class DemandContentTest {

    @Test
    void aContentQuotedToItsEndLosesTheClosingMark() {
        Dispatch d = parse("Titre", "Le chancelier Jean Dupont a appel\u00e9 Moscou \u00e0 \"cesser imm\u00e9diatement ses frappes\".");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("cesser imm\u00e9diatement ses frappes"));
    }

    @Test
    void aContentRunningPastTheQuotationItStartsInLosesTheMark() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral Jean Dupont a r\u00e9clam\u00e9 \"un acc\u00e8s humanitaire sans entrave\" "
                + "\u00e0 la bande de Gaza.");
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(x.content()).isEqualTo("un acc\u00e8s humanitaire sans entrave \u00e0 la bande de Gaza"));
    }

    @Test
    void guillemetsClosingAContentGoToo() {
        Dispatch d = parse("Titre", "Amnesty International a exhort\u00e9 la Suisse \u00e0 \u00ab aller plus loin \u00bb.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("aller plus loin"));
    }
    @Test
    void aCoordinatedClauseWithItsOwnAuxiliaryEndsTheContent() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao exige la lib\u00e9ration imm\u00e9diate du pr\u00e9sident renvers\u00e9 et a d\u00e9cid\u00e9 de suspendre "
                + "toutes les transactions avec Niamey.");
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(x.content()).isEqualTo("la lib\u00e9ration imm\u00e9diate du pr\u00e9sident renvers\u00e9"));
    }

    @Test
    void aSecondThingAskedAfterEtAIsStillPartOfIt() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao appelle \u00e0 la lib\u00e9ration du pr\u00e9sident et \u00e0 la lev\u00e9e des sanctions.");
        assertThat(d.demands()).extracting(x -> x.content()).anyMatch(c -> c.contains("lev\u00e9e des sanctions"));
    }
    @Test
    void aWordAAfterAnObligationIsNoAuxiliary() {
        Dispatch d = parse("Titre", "Selon Washington, T\u00e9h\u00e9ran doit revenir \u00e0 la table des n\u00e9gociations.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("revenir \u00e0 la table des n\u00e9gociations"));
    }

    @Test
    void purposesCoordinatedWithARepeatedPourAreTwoDemands() {
        Dispatch d = parse("Titre", "Le syndicat FO demande au gouvernement des mesures pour freiner les d\u00e9localisations "
                + "et pour encadrer les plans sociaux.");
        assertThat(d.demands()).extracting(x -> x.content())
                .containsExactly("des mesures pour freiner les d\u00e9localisations", "pour encadrer les plans sociaux");
    }
}
