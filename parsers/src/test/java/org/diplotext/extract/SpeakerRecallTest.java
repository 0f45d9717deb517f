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

    @Test
    void theTwoPresidentsNamedTogetherAreInvited() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident congolais F\u00e9lix Tshisekedi et son homologue rwandais Paul Kagame se sont entretenus "
                + "mercredi au t\u00e9l\u00e9phone.", "L'\u00e9mir du Qatar a invit\u00e9 les deux pr\u00e9sidents \u00e0 un sommet \u00e0 Doha.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(c.recipients().stream().map(r -> name(d, r)).toList()).containsExactly("F\u00e9lix Tshisekedi", "Paul Kagame"));
    }

    @Test
    void theTwoOrganisationsNamedTogetherWriteAndSpeakThroughTheFirst() {
        Dispatch d = parse("Titre", "Amnesty International et Human Rights Watch ont d\u00e9nonc\u00e9 mardi la r\u00e9pression au B\u00e9larus.",
                "Les deux organisations ont adress\u00e9 lundi une lettre au Haut-Commissaire des Nations unies aux droits de l'homme, Volker T\u00fcrk.");
        assertOne(d, CommunicationType.LETTER, "Amnesty International", "Volker T\u00fcrk");
    }

    @Test
    void theTwoMinistersOfTheLastCallSpeak() {
        Dispatch d = parse("Titre", "M. Abbas Araghchi s'est entretenu au t\u00e9l\u00e9phone jeudi avec son homologue fran\u00e7ais Jean-No\u00ebl Barrot. "
                + "Les deux ministres ont \u00e9voqu\u00e9 \u00ab les moyens de sortir de l'impasse \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Abbas Araghchi"));
        Dispatch pair = parse("Titre", "Le ministre Ignazio Cassis a rencontr\u00e9 mardi Maros Sefcovic \u00e0 Bruxelles.",
                "Les deux dirigeants se sont entretenus de nouveau au t\u00e9l\u00e9phone jeudi.");
        assertOne(pair, CommunicationType.CALL, "Ignazio Cassis", "Maros Sefcovic");
    }

    @Test
    void aCountedPhraseWithNothingNamedTogetherBeforeIsNobody() {
        Dispatch d = parse("Titre", "Les deux organisations ont d\u00e9nonc\u00e9 mardi la r\u00e9pression au B\u00e9larus.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void quotedWordsAfterTheOneAskedAreSaidToThem() {
        Dispatch d = parse("Titre", "Le ministre Philippe Tabarot a appel\u00e9 la SNCF \u00ab \u00e0 la responsabilit\u00e9 \u00bb.");
        assertOne(d, CommunicationType.STATEMENT, "Philippe Tabarot", "SNCF");
    }

    @Test
    void anInvitationToThoseJustAskedGoesToThem() {
        Dispatch d = parse("Titre", "Le ministre des Transports, Philippe Tabarot, a appel\u00e9 les organisations syndicales \u00e0 la "
                + "responsabilit\u00e9 et les a invit\u00e9es \u00e0 une r\u00e9union au minist\u00e8re vendredi.");
        assertOne(d, CommunicationType.INVITATION, "Philippe Tabarot", "organisations syndicales");
    }

    @Test
    void aQuotationAfterAPassiveInAReportedClauseIsTheReportersWords() {
        Dispatch d = parse("Titre", "Matignon a fait savoir que le d\u00e9cret serait publi\u00e9 \u00ab dans les d\u00e9lais pr\u00e9vus \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.quote()).contains("dans les d\u00e9lais pr\u00e9vus");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("France");
        });
    }

    @Test
    void aNameAfterAPossessiveNounPhraseInvertedAfterAComplementSpeaks() {
        Dispatch d = parse("Titre", "La Cour europ\u00e9enne des droits de l'homme (CEDH) a condamn\u00e9 mardi la Turquie.",
                "\u00ab Cet arr\u00eat est une victoire pour tous les avocats \u00bb, a r\u00e9agi aupr\u00e8s de l'AFP son conseil, Me Ayse Kaya.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ayse Kaya"));
    }

    @Test
    void aSpokespersonInTheClosingInciseSpeaksForTheSentencesOpener() {
        Dispatch d = parse("Titre", "Le minist\u00e8re russe des Affaires \u00e9trang\u00e8res a salu\u00e9 le dialogue engag\u00e9 sous l'\u00e9gide "
                + "de l'Union africaine, a indiqu\u00e9 son porte-parole.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow()))
                .isEqualTo("minist\u00e8re russe des Affaires \u00e9trang\u00e8res"));
    }

    @Test
    void aBodyConvenesAsABody() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 de l'ONU s'est r\u00e9uni en urgence mercredi \u00e0 la demande de la France.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Conseil de s\u00e9curit\u00e9 des Nations unies");
            assertThat(c.recipients()).isEmpty();
        });
        Dispatch person = parse("Titre", "Le ministre Jean Dupont s'est r\u00e9uni mercredi.");
        assertThat(person.communications()).isEmpty();
    }

    @Test
    void theNameAfterATitleWhoseComplementNamesNoActorSpeaksAfterSelon() {
        Dispatch d = parse("Titre", "Selon le directeur de l'h\u00f4pital, Jean Martin, trois patients sont dans un \u00e9tat grave.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Martin");
        });
    }

    @Test
    void aStateBodyNamedAloneIsTheSourceOfWhatSelonReports() {
        for (String sentence : new String[] {"Selon la police, l'incendie serait d'origine criminelle.",
                "L'incendie serait d'origine criminelle, d'apr\u00e8s la police."}) {
            Dispatch d = parse("Titre", sentence);
            assertThat(d.communications()).as(sentence).singleElement()
                    .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("police"));
        }
    }

    @Test
    void aStateBodyAfterAnotherPrepositionIsNoSource() {
        Dispatch d = parse("Titre", "L'intervention de la police a dur\u00e9 deux heures.");
        assertThat(d.communications()).isEmpty();
        assertThat(d.actors()).isEmpty();
    }

    @Test
    void whomOneCongratulatesOrThanksIsAddressed() {
        Dispatch d = parse("Titre", "Barack Obama a f\u00e9licit\u00e9 Fran\u00e7ois Hollande pour sa victoire.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Fran\u00e7ois Hollande");
        });
    }
}
