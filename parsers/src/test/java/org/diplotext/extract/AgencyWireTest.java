package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Constructions of agency wires (AFP, ATS, Belga, Reuters, La Presse Canadienne) that the extraction
 * misread in eval/extra10, one short fixture each, written for the purpose.
 */
class AgencyWireTest {

    @Test
    void theAgencyThatObtainedALetterDidNotWriteIt() {
        Dispatch d = parse("Titre", "Le Syndicat des postes a rejet\u00e9 la proposition. Dans une lettre adress\u00e9e au ministre Mark Carney, "
                + "dont La Presse Canadienne a obtenu copie, le syndicat demande au gouvernement de renoncer \u00e0 toute loi sp\u00e9ciale.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Syndicat des postes");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Mark Carney"));
        });
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Syndicat des postes"));
    }

    @Test
    void theOnesAskedAndTheActCanBeQuotedTogether() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'Otan, Mark Rutte, a appel\u00e9 \u00ab toutes les parties \u00e0 faire preuve "
                + "de la plus grande retenue \u00bb.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Mark Rutte");
            assertThat(x.content()).isEqualTo("faire preuve de la plus grande retenue");
        });
    }

    @Test
    void aQuotedActAfterAnAdjectivedBodyIsAsked() {
        Dispatch d = parse("Titre", "La Belgique h\u00e9site. Le ministre-pr\u00e9sident wallon Adrien Dolimont a quant \u00e0 lui appel\u00e9 "
                + "le gouvernement f\u00e9d\u00e9ral \u00e0 \"respecter la voix de la Wallonie\".");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Adrien Dolimont");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Belgique");
            assertThat(x.content()).isEqualTo("respecter la voix de la Wallonie");
        });
    }

    @Test
    void aMessagePublishedOnANetworkIsNoLetter() {
        Dispatch d = parse("Titre", "Dans un message publi\u00e9 sur X, Albin Kurti a affirm\u00e9 que les policiers avaient \u00e9t\u00e9 attaqu\u00e9s.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Albin Kurti");
        });
    }

    @Test
    void aLabelQuotedWithItsAgentIsTheAgentsStatement() {
        Dispatch d = parse("Titre", "Le Syndicat des postes (STTP) a rejet\u00e9 la proposition. Son pr\u00e9sident a rencontr\u00e9 dimanche la direction, "
                + "une rencontre qualifi\u00e9e de \u00ab st\u00e9rile \u00bb par le STTP.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement().satisfies(c -> {
            assertThat(c.quote()).contains("st\u00e9rile");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Syndicat des postes");
        });
        Dispatch passive = parse("Titre", "Le projet a \u00e9t\u00e9 qualifi\u00e9 de \u00ab provocation \u00bb par la Chine.");
        assertThat(passive.communications()).singleElement().satisfies(c -> assertThat(name(passive, c.sender().orElseThrow())).isEqualTo("Chine"));
        Dispatch label = parse("Titre", "Le mouvement qualifi\u00e9 de \u00ab terroriste \u00bb a \u00e9t\u00e9 dissous.");
        assertThat(label.communications()).isEmpty();
    }

    @Test
    void aLetterFrontedPastAParticipleInciseIsTheSubjectsAfterIt() {
        Dispatch d = parse("Titre", "Le ministre turc de la Justice a rejet\u00e9 l'arr\u00eat. Dans une lettre adress\u00e9e lundi au ministre turc, "
                + "publi\u00e9e sur son site, l\u2019ONG Avocats sans fronti\u00e8res avait d\u00e9j\u00e0 demand\u00e9 sa remise en libert\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Avocats sans fronti\u00e8res"));
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.target()).isPresent());
    }

    @Test
    void wireBodiesAreKnown() {
        Dispatch d = parse("Titre", "Selon Affaires mondiales Canada, la direction de Postes Canada a rencontr\u00e9 le syndicat. "
                + "Amnesty a exhort\u00e9 le Comit\u00e9 des ministres du Conseil de l'Europe \u00e0 agir. "
                + "Le porte-parole de l'AFC/M23 a accus\u00e9 l'arm\u00e9e.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("Affaires mondiales Canada", "Postes Canada",
                "Comit\u00e9 des ministres du Conseil de l'Europe", "Mouvement du 23 mars");
    }

    @Test
    void aStressedPronounAfterTheAuxiliaryIsNoOneAsked() {
        Dispatch d = parse("Titre", "\u00ab Berne doit agir \u00bb, a d\u00e9nonc\u00e9 sa codirectrice Laura Gerber, interrog\u00e9e par Keystone-ATS. "
                + "Le Parti socialiste a lui aussi r\u00e9clam\u00e9 des garanties.");
        assertThat(demandStartingWith(d, "des garanties").target()).isEmpty();
        Dispatch clitic = parse("Titre", "Le ministre Serge\u00ef Lavrov a re\u00e7u Antony Blinken. Il lui a demand\u00e9 de retirer les sanctions.");
        assertThat(name(clitic, demandStartingWith(clitic, "retirer").target().orElseThrow())).isEqualTo("Antony Blinken");
    }

    @Test
    void anNgoIsNoGovernmentBodyAndAsksEachClauseApart() {
        Dispatch d = parse("Titre", "Ces assurances n'ont pas convaincu la Soci\u00e9t\u00e9 pour les peuples menac\u00e9s (SPM). Dans une lettre ouverte "
                + "adress\u00e9e lundi au Conseil f\u00e9d\u00e9ral, l'ONG exige que l'accord r\u00e9vis\u00e9 contienne un chapitre contraignant "
                + "et que les importations issues du travail forc\u00e9 soient interdites.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Soci\u00e9t\u00e9 pour les peuples menac\u00e9s");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Conseil f\u00e9d\u00e9ral"));
        });
        assertThat(d.demands()).extracting(x -> x.content()).containsExactly("l'accord r\u00e9vis\u00e9 contienne un chapitre contraignant",
                "les importations issues du travail forc\u00e9 soient interdites");
    }

    @Test
    void theLeadTellsAgainTheMeetingOfTheHeadline() {
        Dispatch d = parse("Ignazio Cassis re\u00e7oit le chef de la diplomatie chinoise \u00e0 Berne",
                "Le conseiller f\u00e9d\u00e9ral Ignazio Cassis a re\u00e7u mardi \u00e0 Berne le ministre chinois des Affaires \u00e9trang\u00e8res Wang Yi.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.evidence()).hasSize(2);
        });
        Dispatch body = parse("L'UE convoque Vucic et Kurti \u00e0 Bruxelles",
                "La haute repr\u00e9sentante de l'Union europ\u00e9enne, Kaja Kallas, a convoqu\u00e9 mardi le pr\u00e9sident serbe Aleksandar Vucic "
                        + "\u00e0 une r\u00e9union d'urgence \u00e0 Bruxelles.");
        assertThat(body.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(name(body, c.sender().orElseThrow())).isEqualTo("Kaja Kallas"));
    }

    @Test
    void aSurnameAloneInTheHeadlineIsThePersonOfTheLead() {
        Dispatch d = parse("RDC: Tshisekedi et Kagame se parlent au t\u00e9l\u00e9phone",
                "Le pr\u00e9sident congolais F\u00e9lix Tshisekedi et son homologue rwandais Paul Kagame se sont entretenus mercredi au t\u00e9l\u00e9phone.");
        assertThat(d.actors()).extracting(a -> a.name()).doesNotContain("Tshisekedi").contains("F\u00e9lix Tshisekedi");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("F\u00e9lix Tshisekedi");
        });
    }
}
