package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Verbs that share a subject across what stands between them: a quoted object between two
 * coordinated participles, an adverbial phrase between a reflexive pronoun and its verb
 * (agency-style sentences written for the purpose).
 */
class CoordinationTest {

    @Test
    void aShortQuotedObjectDoesNotEndTheCoordination() {
        Dispatch d = parse("Titre", "P\u00e9kin a aussit\u00f4t d\u00e9nonc\u00e9 une \"ing\u00e9rence\" dans ses affaires int\u00e9rieures "
                + "et exhort\u00e9 la Belgique \u00e0 \"cesser ses commentaires irresponsables\".");
        Demand x = demandStartingWith(d, "cesser ses commentaires");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Chine");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Belgique");
    }

    @Test
    void aSecondParticipleAfterAQuotedDemandMakesASecondDemand() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral Jean Dupont a r\u00e9clam\u00e9 \u00ab un acc\u00e8s humanitaire sans entrave \u00bb "
                + "\u00e0 la bande de Gaza et demand\u00e9 aux deux parties de prot\u00e9ger les civils.");
        assertThat(name(d, demandStartingWith(d, "prot\u00e9ger les civils").source().orElseThrow())).isEqualTo("Jean Dupont");
    }

    @Test
    void aQuotedClauseStillEndsIt() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 \u00ab nous ne c\u00e9derons jamais sur ce point essentiel \u00bb "
                + "et exhort\u00e9 la Russie \u00e0 se retirer.");
        assertThat(d.demands()).noneMatch(x -> x.content().startsWith("se retirer") && x.source().isPresent()
                && !"Jean Dupont".equals(name(d, x.source().get())));
    }

    @Test
    void anAdverbialPhraseBetweenTheReflexivePronounAndItsVerb() {
        Dispatch d = parse("Titre", "Le ministre Ignazio Cassis s'est par ailleurs entretenu avec son homologue iranien Abbas Araghtchi "
                + "en marge de l'Assembl\u00e9e g\u00e9n\u00e9rale de l'ONU.");
        assertThat(d.communications()).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ignazio Cassis");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Abbas Araghtchi"));
        });
    }
    @Test
    void quotedWordsAskedForAfterEtAreTheSharedSubjects() {
        Dispatch d = parse("Titre", "Le chancelier Jean Dupont a promis de nouvelles livraisons et a appel\u00e9 Moscou \u00e0 "
                + "\u00ab cesser imm\u00e9diatement ses frappes contre les infrastructures civiles \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }
}
