package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Calls, meetings and statements as agency dispatches word them, one short fixture each, written
 * for the purpose from sentences the extraction misread.
 */
class CommunicationFormsTest {

    @Test
    void aCounterpartNamedInAppositionIsTheOneCalled() {
        Dispatch d = parse("Titre", "Mme Joly s'est entretenue par t\u00e9l\u00e9phone avec son homologue chinois, Wang Yi, pour lui faire part "
                + "des pr\u00e9occupations du Canada, a indiqu\u00e9 son bureau dans un communiqu\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Joly");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Wang Yi"));
        });
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT
                && "Wang Yi".equals(name(d, c.sender().orElse(""))));
    }

    @Test
    void aSummonedEnvoyIsMetWhileOthersSummonedAreInvited() {
        Dispatch d = parse("Titre", "Le minist\u00e8re iranien des Affaires \u00e9trang\u00e8res a convoqu\u00e9 jeudi l'ambassadeur de France \u00e0 T\u00e9h\u00e9ran "
                + "pour protester contre les sanctions.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).startsWith("ambassadeur de France"));
        });
        Dispatch received = parse("Titre", "Le minist\u00e8re iranien des Affaires \u00e9trang\u00e8res a convoqu\u00e9 jeudi l'ambassadeur de France "
                + "\u00e0 T\u00e9h\u00e9ran. L'ambassadeur a \u00e9t\u00e9 re\u00e7u par le vice-ministre Kazem Gharibabadi.");
        assertThat(received.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.evidence()).hasSize(2);
        });
        Dispatch other = parse("Titre", "La cheffe de la diplomatie europ\u00e9enne Kaja Kallas a convoqu\u00e9 mardi Aleksandar Vucic et Albin Kurti "
                + "\u00e0 une r\u00e9union \u00e0 Bruxelles.");
        assertThat(other.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).isEmpty();
        assertThat(other.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(name(other, c.sender().orElseThrow())).isEqualTo("Kaja Kallas"));
    }

    @Test
    void theOneCalledWhoInvitesInARelativeClauseInvitesTheCaller() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident br\u00e9silien Lula s'est entretenu au t\u00e9l\u00e9phone avec le chancelier allemand Friedrich Merz, "
                + "qui l'a invit\u00e9 \u00e0 se rendre \u00e0 Berlin en juin.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Friedrich Merz");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).contains("Lula"));
        });
    }

    @Test
    void anUnnamedCallerIsNotTheCounterpartCalled() {
        Dispatch d = parse("Titre", "Le chef de la diplomatie britannique a t\u00e9l\u00e9phon\u00e9 mardi \u00e0 son homologue indien Subrahmanyam Jaishankar.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("chef de la diplomatie britannique");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Subrahmanyam Jaishankar"));
        });
    }

    @Test
    void theOneMetBeforeAClosingInciseDoesNotSpeak() {
        Dispatch d = parse("Titre", "Le Premier ministre Jean Dupont a re\u00e7u vendredi son homologue n\u00e9erlandais Dick Schoof, "
                + "a annonc\u00e9 le cabinet du Premier ministre.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT
                && "Dick Schoof".equals(name(d, c.sender().orElse(""))));
        Dispatch other = parse("Titre", "Le ministre Ignazio Cassis s'est entretenu lundi avec le pr\u00e9sident Volodymyr Zelensky, "
                + "a indiqu\u00e9 son porte-parole.");
        assertThat(other.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT
                && "Volodymyr Zelensky".equals(name(other, c.sender().orElse(""))));
    }

    @Test
    void anApposedSpeakerStillSpeaks() {
        Dispatch d = parse("Titre", "Le porte-parole du Kremlin, Dmitri Peskov, a d\u00e9clar\u00e9 que Moscou ne reculerait pas.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Dmitri Peskov"));
    }

    @Test
    void notAnsweringIsNoStatement() {
        Dispatch d = parse("Titre", "L'ambassade de Chine \u00e0 Ottawa n'a pas r\u00e9pondu aux demandes de commentaires.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT);
        Dispatch never = parse("Titre", "Le Kremlin ne commente jamais ces informations.");
        assertThat(never.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT);
    }

    @Test
    void aNegatedMeetingOrDemandDidNotTakePlace() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron n'a pas rencontr\u00e9 Vladimir Poutine lors du sommet. "
                + "La Suisse n'a jamais demand\u00e9 \u00e0 la Russie de retirer ses troupes. "
                + "Le ministre Ignazio Cassis ne s'est pas entretenu avec Sergue\u00ef Lavrov.");
        assertThat(d.communications()).isEmpty();
        assertThat(d.demands()).isEmpty();
        Dispatch only = parse("Titre", "La Suisse n'a demand\u00e9 que la lib\u00e9ration des otages.");
        assertThat(only.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("la lib\u00e9ration des otages"));
    }

    @Test
    void aQuotationBeforeAVerbChainIsTheWordsOfTheSubjectAfterIt() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain Joe Biden a parl\u00e9 lundi.",
                "\u00ab Il faut respecter la Charte \u00bb, n'a pas manqu\u00e9 de rappeler le conseiller f\u00e9d\u00e9ral Alain Berset.",
                "\u00ab Nous sommes pr\u00eats \u00bb, a tenu \u00e0 souligner le ministre Jean Dupont.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Alain Berset", "Jean Dupont");
    }

    @Test
    void aSubjectSaidToBeAccusedDoesNotSpeak() {
        Dispatch d = parse("Titre", "Le dirigeant Jean Dupont est accus\u00e9 d'avoir d\u00e9tourn\u00e9 des fonds.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void twoSubjectsWhoHadACallAreItsTwoParties() {
        Dispatch d = parse("Titre", "Vladimir Poutine et Recep Tayyip Erdogan ont eu un entretien t\u00e9l\u00e9phonique mardi.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(c.sender()).isPresent();
            assertThat(c.recipients()).hasSize(1);
            assertThat(java.util.List.of(name(d, c.sender().orElseThrow()), name(d, c.recipients().get(0))))
                    .containsExactlyInAnyOrder("Vladimir Poutine", "Recep Tayyip Erdogan");
        });
        // "X et Y ont organis\u00e9 une r\u00e9union" holds no talks between them
        assertThat(parse("Titre", "La France et l'Allemagne ont organis\u00e9 une r\u00e9union.").communications()).isEmpty();
    }

    @Test
    void aPlaceAfterAnUnnamedCounterpartIsNotTheOneMet() {
        Dispatch d = parse("Titre", "Antony Blinken a eu des entretiens avec son homologue russe \u00e0 Gen\u00e8ve.");
        assertThat(d.communications()).noneMatch(c -> c.recipients().stream().anyMatch(r -> "Gen\u00e8ve".equals(name(d, r))));
    }

    @Test
    void aPersonAddressedAfterTheReportingVerbReceivesTheStatement() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a fait part \u00e0 son homologue russe Sergue\u00ef Lavrov de ses inqui\u00e9tudes.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Sergue\u00ef Lavrov"));
        });
        // a place after "\u00e0" only locates
        Dispatch place = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 \u00e0 Moscou que la crise \u00e9tait finie.");
        assertThat(place.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).isEmpty());
    }

    @Test
    void aReportingVerbAfterAVerbChainStillReports() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a tenu \u00e0 rappeler que la France restait engag\u00e9e.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
        });
    }

    @Test
    void theOneWarnedOrProtestedToReceivesTheStatement() {
        Dispatch warned = parse("Titre", "Le pr\u00e9sident turc Recep Tayyip Erdogan a mis en garde la Gr\u00e8ce contre toute provocation.");
        assertThat(warned.communications()).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(warned, r)).isEqualTo("Gr\u00e8ce")));
        Dispatch protest = parse("Titre", "Le gouvernement japonais a protest\u00e9 aupr\u00e8s de P\u00e9kin.");
        assertThat(protest.communications()).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(protest, r)).isEqualTo("Chine")));
    }

    @Test
    void aQuotationAccordingToADocumentIsItsAuthors() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a parl\u00e9 lundi.",
                "\u00ab La paix est possible \u00bb, selon un communiqu\u00e9 du minist\u00e8re russe des Affaires \u00e9trang\u00e8res.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re russe des Affaires \u00e9trang\u00e8res"));
    }

    @Test
    void aGerundAfterAQuotationSharesTheMainClausesSpeakerAndDay() {
        Dispatch d = parse("Titre", "Le quotidien fran\u00e7ais Le Figaro annonce lundi que le journaliste aurait \u00e9t\u00e9 tu\u00e9 par "
                + "\u00ab un tir d'obus \u00bb, en \u00e9voquant une \u00ab source proche du dossier \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().filter(q -> q.startsWith("source")).isPresent()).singleElement()
                .satisfies(c -> {
                    assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Le Figaro");
                    assertThat(c.date()).contains(java.time.LocalDate.of(2022, 2, 7));
                });
    }

    @Test
    void aReportWithWordsOfItsOwnBeforeAQuotationIsAStatementToo() {
        Dispatch d = parse("Titre", "Le quotidien fran\u00e7ais Le Figaro annonce lundi que le journaliste aurait \u00e9t\u00e9 tu\u00e9 par "
                + "\u00ab un tir d'obus \u00bb.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Le Figaro"));
        // the quoted words reported alone make one statement
        Dispatch one = parse("Titre", "Le ministre Jean Dupont a d\u00e9clar\u00e9 que \u00ab la crise est finie \u00bb.");
        assertThat(one.communications()).hasSize(1);
    }
    @Test
    void anUnnamedOfficialOfAStateCanBeMet() {
        Dispatch d = parse("Titre", "Le directeur de l'AIEA Rafael Grossi a rencontr\u00e9 le m\u00eame jour le ministre iranien des Affaires "
                + "\u00e9trang\u00e8res \u00e0 T\u00e9h\u00e9ran.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.recipients().get(0))).isEqualTo("ministre iranien des Affaires \u00e9trang\u00e8res");
        });
    }
    @Test
    void aPronounAfterAQuotationIsThePersonWhoJustSpokeRatherThanTheState() {
        Dispatch d = parse("Titre", "L'Iran est pr\u00eat \u00e0 n\u00e9gocier, a d\u00e9clar\u00e9 lundi un haut responsable iranien. "
                + "\u00ab La balle est dans le camp de Washington \u00bb, a-t-il dit.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("haut responsable iranien"));
    }
    @Test
    void anUnnamedOfficialOfAStateGivenAsSourceSpeaksButAnUnnamedResearcherDoesNot() {
        Dispatch official = parse("Titre", "Selon un haut responsable am\u00e9ricain, les sanctions pourraient \u00eatre r\u00e9tablies.");
        assertThat(official.communications()).singleElement()
                .satisfies(c -> assertThat(name(official, c.sender().orElseThrow())).isEqualTo("haut responsable am\u00e9ricain"));
        Dispatch researcher = parse("Titre", "Selon le chercheur, les sanctions pourraient \u00eatre r\u00e9tablies.");
        assertThat(researcher.communications()).isEmpty();
    }

    @Test
    void twoLeadersWithTitlesWhoSpokeByPhoneMakeOneCallFromTheFirstNamed() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain Joe Biden et le Premier ministre isra\u00e9lien Benjamin Netanyahu "
                + "se sont entretenus par t\u00e9l\u00e9phone jeudi, a annonc\u00e9 la Maison blanche.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Joe Biden");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(d.actor(r).orElseThrow().names()).contains("Benjamin Netanyahu"));
        });
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Maison"));
    }

    @Test
    void talksFramedByACallNounOrHeldOnTheLineAreACall() {
        Dispatch d = parse("Titre", "Le premier ministre Justin Trudeau a discut\u00e9 avec le pr\u00e9sident ukrainien Volodymyr Zelensky "
                + "lors d'un appel t\u00e9l\u00e9phonique lundi.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(name(d, c.recipients().get(0))).isEqualTo("Volodymyr Zelensky");
        });
        Dispatch line = parse("Titre", "Le pr\u00e9sident fran\u00e7ais Emmanuel Macron a eu au bout du fil le roi Abdallah II de Jordanie.");
        assertThat(line.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(name(line, c.recipients().get(0))).isEqualTo("Abdallah II"));
    }

    @Test
    void theOneMetComesAfterANamedPlaceOrABuilding() {
        Dispatch d = parse("Titre", "Le conseiller f\u00e9d\u00e9ral Ignazio Cassis a rencontr\u00e9 en marge de l'Assembl\u00e9e g\u00e9n\u00e9rale "
                + "de l'ONU son homologue chinois Wang Yi.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(name(d, c.recipients().get(0))).isEqualTo("Wang Yi"));
        Dispatch building = parse("Titre", "Le secr\u00e9taire d'Etat Antony Blinken a re\u00e7u au d\u00e9partement d'Etat le ministre saoudien "
                + "des Affaires \u00e9trang\u00e8res, le prince Faisal ben Farhane.");
        assertThat(building.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement().satisfies(c -> {
            assertThat(name(building, c.recipients().get(0))).isEqualTo("Faisal ben Farhane");
            assertThat(building.actor(c.recipients().get(0)).orElseThrow().names()).contains("ministre saoudien des Affaires \u00e9trang\u00e8res");
        });
    }

    @Test
    void theOneMetBeforeAnInciseIsNoSpeakerButTheSourceAfterItIs() {
        Dispatch d = parse("Titre", "Le chef du renseignement \u00e9gyptien Abbas Kamel s'est rendu jeudi \u00e0 Doha, o\u00f9 il a rencontr\u00e9 "
                + "le Premier ministre qatari Mohammed ben Abdelrahmane Al-Thani, a indiqu\u00e9 le minist\u00e8re \u00e9gyptien des Affaires "
                + "\u00e9trang\u00e8res dans un communiqu\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re \u00e9gyptien des Affaires \u00e9trang\u00e8res"));
        assertThat(d.actorNamed("Abbas Kamel").orElseThrow().country()).contains("EG");
    }

    @Test
    void aRemarkInBracketsIsPassedOverToFindTheSpeaker() {
        Dispatch d = parse("Titre", "\u00ab La situation est inacceptable \u00bb, a \u00e9crit sur X (ex-Twitter) le porte-parole John Kirby.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("John Kirby"));
    }

    @Test
    void whatWasJustSaidIsAStatement() {
        Dispatch d = parse("Titre", "Le Kremlin vient de d\u00e9mentir ces informations.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Russie");
        });
    }

    @Test
    void officialsAsABodyGivenAsSourceSpeak() {
        Dispatch d = parse("Titre", "Selon les autorit\u00e9s, le bilan est de neuf morts.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("autorit\u00e9s"));
    }

    @Test
    void aPronounAfterAPartyOwnedByAPersonStillStandsForThePerson() {
        Dispatch d = parse("Titre", "Le parti a exclu mardi Jean Dupont, d\u00e9put\u00e9-maire de Lyon. "
                + "Son parti lui reprochait d'avoir vot\u00e9 contre. "
                + "Estimant que \u00ab la langue est notre bien commun \u00bb, il avait rompu la discipline. "
                + "Il d\u00e9clara alors : \u00ab Quand on affronte une situation limite, il faut choisir. \u00bb");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Jean Dupont", "Jean Dupont");
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("maire"));
    }

    @Test
    void aMediumReportingInACompoundInciseSpeaks() {
        Dispatch d = parse("Titre", "Le navire a \u00e9t\u00e9 saisi mardi, a rapport\u00e9 le quotidien Le Monde.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Le Monde"));
    }

    @Test
    void aQuotationReadInADocumentIsItsAuthorsRatherThanTheLastSpeakers() {
        Dispatch d = parse("Titre", "Le Premier ministre Jean Castex a d\u00e9clar\u00e9 : \u00ab Nous ne c\u00e9derons pas. \u00bb",
                "\u00ab Les n\u00e9gociations sont suspendues \u00bb, peut-on lire dans le communiqu\u00e9 du Hamas.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Jean Castex", "Hamas");
    }

    @Test
    void aLeaderAndHisCounterpartWhoMetEachOtherMakeOneMeeting() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron et son homologue ukrainien Volodymyr Zelensky se sont rencontr\u00e9s mardi \u00e0 Paris.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron");
            assertThat(name(d, c.recipients().get(0))).isEqualTo("Volodymyr Zelensky");
        });
    }

    @Test
    void aNoteIsALetterOnlyWhenSentOrAddressed() {
        Dispatch d = parse("Titre", "L'agence de notation Moody's a abaiss\u00e9 la note de la Gr\u00e8ce.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void aCapitalWrittenToIsTheRecipientNotAPlace() {
        Dispatch d = parse("Titre", "Paris a adress\u00e9 une note \u00e0 T\u00e9h\u00e9ran.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.LETTER);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Iran"));
        });
    }

    @Test
    void officialsMetAsABodyAreTheMeetingsRecipients() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 mardi ses homologues europ\u00e9ens.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("homologues europ\u00e9ens"));
        });
    }

    @Test
    void aMeetingNamedBetweenTwoActorsOrFramedWithAPossessiveIsHeld() {
        Dispatch d = parse("Titre", "Une rencontre entre Vladimir Poutine et Recep Tayyip Erdogan a eu lieu mardi \u00e0 Sotchi.",
                "Lors de sa rencontre avec Xi Jinping, Emmanuel Macron a \u00e9voqu\u00e9 l'Ukraine.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING)
                .extracting(c -> name(d, c.sender().orElseThrow()) + " -> " + name(d, c.recipients().get(0)))
                .containsExactly("Vladimir Poutine -> Recep Tayyip Erdogan", "Emmanuel Macron -> Xi Jinping");
    }

    @Test
    void appelerSomeoneWithNothingAskedIsACallAndNamingThemIsNot() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a appel\u00e9 Sergue\u00ef Lavrov mardi.",
                "Le d\u00e9put\u00e9 Paul Martin avait appel\u00e9 le ministre Jean Dupont \u00ab le fossoyeur \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(name(d, c.recipients().get(0))).isEqualTo("Sergue\u00ef Lavrov"));
    }

    @Test
    void aNounAfterAParticipleAndAnArticleIsNoVerb() {
        Dispatch d = parse("Titre", "L'avocat fran\u00e7ais Jean Dupont a rencontr\u00e9 le juge.");
        // "le juge" is the judge, met, not "juger"
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.MEETING));
        Dispatch clitic = parse("Titre", "Le ministre Jean Dupont le juge inacceptable.");
        assertThat(clitic.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    @Test
    void aStatementDocumentAfterDansIsTheSubjectsStatementWhateverTheVerb() {
        Dispatch fronted = parse("Titre", "Dans un communiqu\u00e9, le Quai d'Orsay a pris acte de la d\u00e9cision de Bamako.");
        Dispatch trailing = parse("Titre", "Le Quai d'Orsay a pris acte de la d\u00e9cision de Bamako dans un communiqu\u00e9.");
        Dispatch authored = parse("Titre", "Dans un communiqu\u00e9 du minist\u00e8re, la France a pris acte de la d\u00e9cision.");
        for (Dispatch d : java.util.List.of(fronted, trailing)) {
            assertThat(d.communications()).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
                assertThat(name(d, c.sender().orElseThrow())).isEqualTo("France");
            });
        }
        assertThat(authored.communications()).isEmpty(); // the document's author is named apart: its own rule
    }

    @Test
    void figuresOfASourceAfterSelonAreItsStatement() {
        Dispatch d = parse("Titre", "Selon les chiffres du minist\u00e8re de la Sant\u00e9, 30 000 personnes ont \u00e9t\u00e9 tu\u00e9es.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re de la Sant\u00e9");
        });
        assertThat(parse("Titre", "Selon un dernier bilan, 500 civils ont p\u00e9ri.").communications()).isEmpty();
    }
}
