package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Who acts when wire copy names the actor in a roundabout way (thirteenth session, helper comms13):
 * an apposition after a title, a document in an incise, an unnamed head or office after a
 * possessive, a company's management with a reflexive verb. One short fixture per construction.
 */
class SpeakerRecallTest {

    private static void assertOne(Dispatch d, CommunicationType type, String sender, String recipient) {
        assertThat(d.communications()).filteredOn(c -> c.type() == type).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo(sender);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo(recipient));
        });
    }

    @Test
    void aTitleHolderActsPastAnAppositionDescribingTheBody() {
        Dispatch d = parse("Titre", "Le commandant de la KFOR, la force de l'Otan au Kosovo, a rencontr\u00e9 dans la matin\u00e9e "
                + "le Premier ministre kosovar Albin Kurti.");
        assertOne(d, CommunicationType.MEETING, "commandant de la KFOR", "Albin Kurti");
    }

    @Test
    void aDocumentInAnInciseAfterTheAuxiliaryIsTheSubjectsStatement() {
        Dispatch d = parse("Titre", "La Belgique et les Pays-Bas ont, dans une d\u00e9claration commune, appel\u00e9 la Commission europ\u00e9enne "
                + "\u00e0 geler les fonds destin\u00e9s \u00e0 Budapest.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Belgique");
        });
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Belgique"));
    }

    @Test
    void aFrontedDocumentWithADemandIsAStatementToo() {
        Dispatch d = parse("Titre", "Dans un communiqu\u00e9, la Russie a appel\u00e9 les parties au calme.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Russie");
        });
        assertThat(d.demands()).hasSize(1);
    }

    @Test
    void anUnnamedHeadAfterAPossessiveSpeaksForTheOrganisationBefore() {
        Dispatch d = parse("Titre", "L'Union patronale suisse a rejet\u00e9 ces exigences. Son directeur a estim\u00e9 que les syndicats "
                + "\u00abprenaient en otage\u00bb la voie bilat\u00e9rale.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Union patronale suisse");
        });
        Dispatch pdg = parse("Titre", "Postes Canada s'est dite pr\u00eate \u00e0 accepter l'arbitrage. Son pr\u00e9sident-directeur g\u00e9n\u00e9ral "
                + "a rencontr\u00e9 dimanche le ministre canadien du Travail, Steven MacKinnon.");
        assertOne(pdg, CommunicationType.MEETING, "Postes Canada", "Steven MacKinnon");
    }

    @Test
    void aPossessiveHeadAfterAPersonSpeaksForNoOrganisation() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 la direction de Renault mardi.",
                "Le ministre Jean Dupont a rejet\u00e9 ces exigences. Son directeur a estim\u00e9 que la r\u00e9forme \u00e9tait n\u00e9cessaire.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .noneSatisfy(c -> assertThat(c.sender().map(id -> name(d, id))).contains("Renault"));
    }

    @Test
    void aCompanysManagementSpeaksWithAReflexiveVerb() {
        Dispatch d = parse("Titre", "La direction de Renault s'est dite pr\u00eate \u00e0 n\u00e9gocier avec les syndicats.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Renault");
        });
    }

    @Test
    void aDocumentInvertedAfterAQuotationSpeaksForItsAuthor() {
        Dispatch d = parse("Titre", "Le Medef a press\u00e9 le gouvernement de \u00ab tenir bon \u00bb.",
                "\u00ab Il est demand\u00e9 aux f\u00e9d\u00e9rations de pr\u00e9parer les mobilisations \u00bb, indique une note interne de la CGT "
                + "consult\u00e9e par l'AFP.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").startsWith("Il est demand")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail"));
    }

    @Test
    void anOfficeSpeaksForItsHolder() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rejet\u00e9 les critiques de l'opposition. Son bureau a pr\u00e9cis\u00e9 qu'une "
                + "rencontre avec les provinces \u00e9tait pr\u00e9vue en avril.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
        Dispatch named = parse("Titre", "Le cabinet du ministre Jean Dupont a confirm\u00e9 la r\u00e9ception de la lettre.");
        assertThat(named.communications()).singleElement().satisfies(c -> assertThat(name(named, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void anOfficeOfABareTitleWithTwoHoldersSpeaksForNobody() {
        Dispatch d = parse("Titre", "Le premier ministre Mark Carney a re\u00e7u une lettre de son homologue indien Narendra Modi.",
                "Le bureau du premier ministre a confirm\u00e9 jeudi la r\u00e9ception de la missive.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).isEmpty();
    }

    @Test
    void aCallFramingTheClauseIsWithTheOneTold() {
        Dispatch d = parse("Titre", "Le commissaire europ\u00e9en au Commerce, Maros Sefcovic, a fait part de cette demande au ministre chinois "
                + "du Commerce, Wang Wentao, lors d'un entretien t\u00e9l\u00e9phonique mardi.");
        assertOne(d, CommunicationType.CALL, "Maros Sefcovic", "Wang Wentao");
    }
}
