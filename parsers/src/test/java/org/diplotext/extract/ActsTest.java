package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Communications and demands worded as in unseen dispatches, one short fixture each, written for the purpose. */
class ActsTest {
    private static Communication quoted(Dispatch d) {
        return d.communications().stream().filter(c -> c.quote().isPresent()).findFirst().orElseThrow();
    }

    private static String speaker(Dispatch d) {
        return name(d, quoted(d).sender().orElseThrow());
    }

    // --- quotations ---------------------------------------------------------------------------

    @Test
    void pourXAfterAHeadlineColonIntroducesTheSpeakerThatPronounsThenResume() {
        Dispatch d = parse("France : pour Jean Dupont, le nucl\u00e9aire est une \u00ab fili\u00e8re d'avenir \u00bb",
                "\u00ab Nous allons continuer \u00e0 investir dans ce domaine \u00bb, affirme-t-il.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).hasSize(2)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void dirIsAPlainReportingVerbAsWellAsAPronominalOne() {
        Dispatch d = parse("Titre", "\u00ab Nous ne c\u00e9derons jamais sur ce point pr\u00e9cis \u00bb, a dit le ministre Jean Dupont.");
        assertThat(speaker(d)).isEqualTo("Jean Dupont");
    }

    @Test
    void aCliticAfterTheQuotationNamesTheOneSpokenTo() {
        Dispatch d = parse("Titre", "\u00ab C'est la grande bourgeoisie qui parle \u00bb, lui avait dit Christian Jacob, pr\u00e9sident du groupe.");
        assertThat(speaker(d)).isEqualTo("Christian Jacob");
    }

    @Test
    void selonWithAStressedPronounIsTheLastSpeaker() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont est arriv\u00e9 lundi \u00e0 Kiev. Selon lui, \u00ab la guerre est finie et la paix viendra \u00bb.");
        assertThat(speaker(d)).isEqualTo("Jean Dupont");
    }

    @Test
    void selonAfterTheQuotationNamesItsSpeaker() {
        Dispatch d = parse("Titre", "Le taux a augment\u00e9, \u00ab malgr\u00e9 la mise en \u0153uvre de nouvelles mesures \u00bb selon M. Jean Houdr\u00e9.");
        assertThat(speaker(d)).isEqualTo("Jean Houdr\u00e9");
    }

    @Test
    void aPersonBeforeAColonSpeaksTheQuotation() {
        Dispatch d = parse("Barack Obama : \u00ab le meilleur reste \u00e0 venir pour le pays ! \u00bb", "Le pr\u00e9sident a \u00e9t\u00e9 r\u00e9\u00e9lu.");
        assertThat(speaker(d)).isEqualTo("Barack Obama");
    }

    @Test
    void aPressConferenceIntroducesTheSpeakerOfTheNextQuotation() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a tenu une conf\u00e9rence de presse lundi.", "\u00ab Nous sommes pr\u00eats \u00e0 tout pour la paix. \u00bb");
        assertThat(speaker(d)).isEqualTo("Jean Dupont");
    }

    @Test
    void aReportSpeaksForItsAuthor() {
        Dispatch d = parse("Titre", "Un rapport de la Ligue arabe apporte la m\u00eame conclusion : \u00ab le journaliste a \u00e9t\u00e9 tu\u00e9 par des tirs de mortier \u00bb.");
        assertThat(speaker(d)).isEqualTo("Ligue des \u00c9tats arabes");
    }

    @Test
    void aDocumentBroadcastByANamedChannelDatesItsWordsFromItsBroadcast() {
        Dispatch d = parse("Titre", "Un reportage diffus\u00e9 lundi 7 f\u00e9vrier par la cha\u00eene qatarie Al Jazeera s\u00e8me le doute.",
                "Le documentaire d'Al Jazeera pr\u00e9cise : \u00ab nous avons trouv\u00e9 un niveau significatif de polonium dans ces \u00e9chantillons \u00bb.");
        assertThat(quoted(d).date()).contains(java.time.LocalDate.of(2022, 2, 7));
        assertThat(speaker(d)).isEqualTo("Al Jazeera");
    }

    @Test
    void theSecondHalfOfACompoundWordIsNoVerb() {
        Dispatch d = parse("Titre", "\u00c9lisabeth Bonnet a insist\u00e9 sur les soi-disant d\u00e9fauts du site : \u00ab le site subit r\u00e9guli\u00e8rement des actes de vandalisme \u00bb.");
        assertThat(speaker(d)).isEqualTo("\u00c9lisabeth Bonnet");
    }

    @Test
    void noStatementIsReadInAFixedPhraseOrAPastInfinitive() {
        Dispatch d = parse("Titre", "Le parti a exclu le d\u00e9put\u00e9 Jean Dupont pour avoir d\u00e9fendu la langue catalane, autrement dit pour indiscipline.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT);
    }

    // --- meetings, calls, letters -------------------------------------------------------------

    @Test
    void talksByTelephoneAreACall() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain Barack Obama s'est entretenu par t\u00e9l\u00e9phone avec le pr\u00e9sident russe Vladimir Poutine.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Vladimir Poutine");
        });
    }

    @Test
    void aCounterpartReceivedAfterAPlaceIsTheMeetingsRecipient() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a re\u00e7u lundi \u00e0 l'\u00c9lys\u00e9e son homologue russe Vladimir Poutine.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Vladimir Poutine");
        });
    }

    @Test
    void telephonerAXIsACallToX() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident russe Vladimir Poutine a t\u00e9l\u00e9phon\u00e9 \u00e0 Barack Obama.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Barack Obama");
        });
    }

    @Test
    void twoCoordinatedSubjectsOfAReciprocalVerbMeetEachOther() {
        Dispatch d = parse("Titre", "Jean Dupont et Peter Braun se sont entretenus par t\u00e9l\u00e9phone lundi.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(c.recipients()).hasSize(1);
        });
    }

    @Test
    void coordinatedSubjectsOfATransitiveVerbDoNotMeet() {
        Dispatch d = parse("Titre", "Jean Dupont re\u00e7oit les finances et Peter Braun re\u00e7oit celui de la justice.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void aLetterInAFrontedPhraseIsSentByTheMainClauseSubject() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e au pr\u00e9sident Barack Obama, le ministre iranien Ali Reza d\u00e9nonce les sanctions.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ali Reza");
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Barack Obama");
        });
    }

    @Test
    void invitingToActReportsNoStatementOfTheInvited() {
        Dispatch d = parse("Titre", "La France a invit\u00e9 l'Iran \u00e0 reprendre les n\u00e9gociations.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT);
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("reprendre les n\u00e9gociations"));
    }

    // --- demands ------------------------------------------------------------------------------

    private static Demand demand(Dispatch d) {
        assertThat(d.demands()).hasSize(1);
        return d.demands().get(0);
    }

    @Test
    void engagerXAIsADemand() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident fran\u00e7ais Jean Dupont a engag\u00e9 la Russie \u00e0 retirer ses troupes.");
        Demand x = demand(d);
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        assertThat(x.content()).isEqualTo("retirer ses troupes");
    }

    @Test
    void sEngagerAIsAPromiseNotADemand() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident fran\u00e7ais Jean Dupont s'est engag\u00e9 \u00e0 r\u00e9duire le d\u00e9ficit.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void appelerUnnamedPartiesAActIsADemandWithoutTarget() {
        Dispatch d = parse("Titre", "L'ONU a appel\u00e9 les deux parties \u00e0 cesser les combats.");
        Demand x = demand(d);
        assertThat(x.target()).isEmpty();
        assertThat(x.content()).isEqualTo("cesser les combats");
    }

    @Test
    void lancerUnAppelAKeepsWhatIsAskedWithoutThePreposition() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a lanc\u00e9 un appel \u00e0 la retenue.");
        assertThat(demand(d).content()).isEqualTo("la retenue");
    }

    @Test
    void aDemandInThePassiveIsAskedOfTheSubjectByTheAgent() {
        Dispatch d = parse("Titre", "Isra\u00ebl a \u00e9t\u00e9 appel\u00e9 par l'ONU \u00e0 cesser la colonisation.");
        Demand x = demand(d);
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Isra\u00ebl");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Organisation des Nations unies");
        assertThat(x.content()).isEqualTo("cesser la colonisation");
    }

    @Test
    void theSubjectOfTheSubordinateIsTheTarget() {
        Dispatch d = parse("Titre", "Moscou veut que l'OTAN renonce \u00e0 son bouclier antimissile.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Russie");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Organisation du trait\u00e9 de l'Atlantique nord");
    }

    @Test
    void ilFautQueInAQuotationIsTheSpeakersDirectDemand() {
        Dispatch d = parse("Titre", "\u00ab Il faut que la Russie retire ses troupes \u00bb, a d\u00e9clar\u00e9 le ministre allemand Peter Braun.");
        Demand x = demand(d);
        assertThat(x.direct()).isTrue();
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Peter Braun");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
    }

    @Test
    void ilFautInTheWritersWordsIsNoDemand() {
        Dispatch d = parse("Titre", "Selon le ministre Jean Dupont, il faut du temps pour reconstruire.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aDemandNamedByANounEndsWithItsClause() {
        Dispatch d = parse("Titre", "L'appel de l'ONU \u00e0 un cessez-le-feu est rest\u00e9 lettre morte.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Organisation des Nations unies");
        assertThat(x.content()).isEqualTo("un cessez-le-feu");
    }

    @Test
    void aDemandOnRequestOfSomeoneIsNoDemand() {
        Dispatch d = parse("Titre", "La nouvelle a \u00e9t\u00e9 r\u00e9v\u00e9l\u00e9e par son avocate, \u00e0 la demande de sa veuve Sandrine Diouf.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aQuotationRepeatingTheReportedDemandIsOneDemand() {
        Dispatch d = parse("Titre", "Le n\u00e9gociateur Jean Dupont a appel\u00e9 \u00e0 la formation d'une commission d'enqu\u00eate : "
                + "\u00ab Nous appelons \u00e0 la formation d'une commission d'enqu\u00eate internationale \u00bb.");
        Demand x = demand(d);
        assertThat(x.evidence()).hasSize(2);
        assertThat(x.direct()).isTrue();
    }

    @Test
    void demanderAuGouvernementKeepsOnlyWhatIsAsked() {
        Dispatch d = parse("Titre", "Le syndicaliste Bernard Thibault demande au gouvernement des mesures pour stopper la fermeture des usines.");
        assertThat(demand(d).content()).startsWith("des mesures pour stopper");
    }

    @Test
    void aVerbThatReportsOnlyAClauseIsAnActWithAnObject() {
        Dispatch d = parse("Titre", "L'ancien gouverneur George Allen a conc\u00e9d\u00e9 la victoire \u00e0 Tim Kaine. "
                + "Par ailleurs, poursuit le gouverneur George Allen, une langue n'a pas de fronti\u00e8re.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.evidence().get(0).text()).startsWith("Par ailleurs"));
    }
    // --- second round: asked actor before a clause, clitics before an auxiliary, demonstratives ---

    @Test
    void exigerDeXQueAsksXWhatTheClauseSays() {
        Dispatch d = parse("Titre", "Le ministre fran\u00e7ais Jean Dupont a exig\u00e9 de la Russie qu'elle cesse les bombardements.");
        Demand x = demand(d);
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        assertThat(x.content()).isEqualTo("elle cesse les bombardements");
    }

    @Test
    void aCliticBeforeTheAuxiliaryIsTheOneAsked() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident syrien Bachar el-Assad a re\u00e7u lundi l'\u00e9missaire Kofi Annan, qui lui a demand\u00e9 de cesser les violences.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Kofi Annan");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Bachar al-Assad");
    }

    @Test
    void ceDernierIsTheActorNamedLast() {
        Dispatch d = parse("Titre", "Le ministre fran\u00e7ais Jean Dupont a rencontr\u00e9 son homologue russe Sergue\u00ef Lavrov.",
                "Ce dernier a r\u00e9clam\u00e9 la fin des sanctions.");
        assertThat(name(d, demand(d).source().orElseThrow())).isEqualTo("Sergue\u00ef Lavrov");
    }
    @Test
    void aMeetingInAFrontedPhraseIsTheMainSubjects() {
        Dispatch d = parse("Titre", "Lors d'un entretien t\u00e9l\u00e9phonique avec le ministre Sergue\u00ef Lavrov, Jean Dupont a \u00e9voqu\u00e9 la crise.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Sergue\u00ef Lavrov");
        });
    }
    @Test
    void anAdverbialPhraseBetweenAuxiliaryAndParticipleKeepsTheReport() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a pour sa part indiqu\u00e9 que la crise \u00e9tait finie.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }
    @Test
    void aDemandInAPurposeClauseIsTheMainSubjects() {
        Dispatch d = parse("Titre", "Le syndicat CGT a organis\u00e9 une gr\u00e8ve lundi pour r\u00e9clamer une hausse des salaires.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
        assertThat(x.content()).isEqualTo("une hausse des salaires");
    }
    @Test
    void aDocumentAskingIsItsAuthorsDemand() {
        Dispatch d = parse("Titre", "Greenpeace a lanc\u00e9 une p\u00e9tition demandant l'arr\u00eat des forages.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Greenpeace");
        assertThat(x.content()).isEqualTo("l'arr\u00eat des forages");
    }
    @Test
    void aNameInAppositionToAnInvertedSubjectSpeaks() {
        Dispatch d = parse("Titre", "Le ministre Paul Martin est arriv\u00e9 lundi.",
                "\u00ab Nous attendons la v\u00e9rit\u00e9 sur ce drame \u00bb, a confi\u00e9 la m\u00e8re de la victime, Anne Morel.");
        assertThat(speaker(d)).isEqualTo("Anne Morel");
    }
    @Test
    void aDemandMadeDuringAFrontedCallAsksTheCounterpart() {
        Dispatch d = parse("Titre", "Lors d'un entretien t\u00e9l\u00e9phonique avec le ministre Sergue\u00ef Lavrov, Jean Dupont a demand\u00e9 un cessez-le-feu.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Jean Dupont");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Sergue\u00ef Lavrov");
    }
    @Test
    void exigerDeXAThingAsksXThatThing() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Martin a exig\u00e9 de la Russie la lib\u00e9ration imm\u00e9diate des otages.");
        Demand x = demand(d);
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        assertThat(x.content()).isEqualTo("la lib\u00e9ration imm\u00e9diate des otages");
    }

    @Test
    void reclamerAupresDeXAsksX() {
        Dispatch d = parse("Titre", "Paul Martin a r\u00e9clam\u00e9 aupr\u00e8s de la Commission europ\u00e9enne une aide d'urgence.");
        Demand x = demand(d);
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Commission europ\u00e9enne");
        assertThat(x.content()).isEqualTo("une aide d'urgence");
    }
    @Test
    void anIntroducerDoesNotReachPastASemicolon() {
        Dispatch d = parse("Titre", "D'apr\u00e8s le ministre Jean Dupont, \u00ab la dette est lourde \u00bb ; le ministre Paul Martin a pour sa part ajout\u00e9 : \u00ab Nous h\u00e9ritons d'un pays affaibli \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Jean Dupont", "Paul Martin");
    }

    // --- speakers in incises, control and pronouns --------------------------------------------

    @Test
    void anInvertedPronounAfterUnquotedWordsIsTheLastSpeakerNotTheWordsSubject() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Martin est arriv\u00e9 lundi \u00e0 Kiev.", "La Russie retirera ses troupes, a-t-il ajout\u00e9.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Paul Martin");
        });
    }

    @Test
    void theOneConvincedToAskSpeaksTheQuotation() {
        Dispatch d = parse("Titre", "Le reportage a convaincu la ministre Marie Dupont de demander : \u00ab Je veux que le corps de mon mari soit exhum\u00e9 imm\u00e9diatement \u00bb.");
        assertThat(speaker(d)).isEqualTo("Marie Dupont");
    }

    @Test
    void theOneConvincedToAskMakesTheDemand() {
        Dispatch d = parse("Titre", "Le reportage a convaincu le ministre Paul Martin de demander \u00e0 la Russie une enqu\u00eate internationale.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Paul Martin");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
    }

    @Test
    void accuserWithAThingAsObjectReportsNothing() {
        Dispatch d = parse("Titre", "Le groupe Renault accuse une baisse de 3 % de son chiffre d'affaires.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void neQueAfterAClausalVerbOpensNoReportedClause() {
        Dispatch d = parse("Titre", "La France ne rapportera que 3 milliards d'euros cette ann\u00e9e.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void aDativeCliticStandsForTheOtherActorNamedBefore() {
        Dispatch d = parse("Titre", "Le Japon a protest\u00e9 aupr\u00e8s de la Chine et lui a demand\u00e9 de lib\u00e9rer le capitaine.");
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Japon");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Chine");
    }

    @Test
    void aQuotationSayingJeIsAPersonsEvenWhenIlCouldBeTheParty() {
        Dispatch d = parse("Titre", "Le Parti populaire a exclu le d\u00e9put\u00e9 Antoni Pastor. Son parti lui reprochait son vote.",
                "Il a d\u00e9clar\u00e9 : \u00ab Je ne pensais pas que le parti prendrait une telle d\u00e9cision. \u00bb");
        assertThat(speaker(d)).isEqualTo("Antoni Pastor");
    }

    // --- dates --------------------------------------------------------------------------------

    private static java.time.LocalDate statementDate(Dispatch d, String evidence) {
        return d.communications().stream().filter(c -> c.evidence().get(0).text().contains(evidence)).findFirst()
                .orElseThrow().date().orElse(null);
    }

    @Test
    void laVeilleCountsFromTheDayTheStoryIsAt() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 lundi son homologue russe Sergue\u00ef Lavrov.",
                "La veille, le ministre Jean Dupont avait d\u00e9clar\u00e9 que la France ne c\u00e9derait pas.");
        assertThat(statementDate(d, "La veille")).isEqualTo(java.time.LocalDate.of(2022, 2, 6));
    }

    @Test
    void leLendemainCountsFromTheDayTheStoryIsAt() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a rencontr\u00e9 lundi son homologue russe Sergue\u00ef Lavrov.",
                "Le lendemain, Sergue\u00ef Lavrov a affirm\u00e9 que la Russie retirerait ses troupes.");
        assertThat(statementDate(d, "Le lendemain")).isEqualTo(java.time.LocalDate.of(2022, 2, 8));
    }

    @Test
    void laVeilleWithNoDayNamedBeforeIsTheDayBeforeTheDispatch() {
        Dispatch d = parse("Titre", "La veille, le ministre Jean Dupont avait d\u00e9clar\u00e9 que la France ne c\u00e9derait pas.");
        assertThat(statementDate(d, "La veille")).isEqualTo(java.time.LocalDate.of(2022, 2, 8));
    }

    @Test
    void aPluperfectWithoutADayOfItsOwnIsDatedByTheStorysDay() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Martin a prononc\u00e9 lundi un discours devant les d\u00e9put\u00e9s.",
                "Il avait affirm\u00e9 : \u00ab Nous ne renoncerons jamais \u00e0 cette r\u00e9forme ! \u00bb");
        assertThat(quoted(d).date()).contains(java.time.LocalDate.of(2022, 2, 7));
    }

    @Test
    void aPluperfectWithoutAnyDayNamedIsUndated() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Martin avait affirm\u00e9 : \u00ab Nous ne renoncerons jamais \u00e0 cette r\u00e9forme ! \u00bb");
        assertThat(quoted(d).date()).isEmpty();
    }

    @Test
    void enDebutDeSemaineIsTheMondayOfTheDispatchsWeek() {
        Dispatch d = parse("Titre", "En d\u00e9but de semaine, le ministre Jean Dupont a estim\u00e9 que la crise \u00e9tait grave.");
        assertThat(statementDate(d, "En d\u00e9but")).isEqualTo(java.time.LocalDate.of(2022, 2, 7));
    }

    @Test
    void aDayFrontedFarBeforeTheVerbStillDatesIt() {
        Dispatch d = parse("Titre", "Lors de son discours devant l'Assembl\u00e9e nationale lundi 7 f\u00e9vrier, le premier ministre Jean Dupont, "
                + "qui dirige depuis trois ans un gouvernement de coalition form\u00e9 de quatre partis de gauche et du centre "
                + "ainsi que de plusieurs \u00e9lus ind\u00e9pendants venus de la droite mod\u00e9r\u00e9e et des r\u00e9gions du sud et de l'ouest du pays, "
                + "a affirm\u00e9 que les comptes publics seraient \u00e0 l'\u00e9quilibre en 2017.");
        assertThat(statementDate(d, "Lors de son discours")).isEqualTo(java.time.LocalDate.of(2022, 2, 7));
    }

    // --- words reported with "selon" ----------------------------------------------------------

    @Test
    void selonXWithoutQuotationIsXsStatement() {
        Dispatch d = parse("Titre", "Le bilan s'alourdit.", "La Russie va retirer ses troupes, selon le ministre Jean Dupont.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void selonLuiIsTheSpeakerBeforeTheSentenceAndHisObligationIsHisDemand() {
        Dispatch d = parse("Titre", "Le ministre japonais Koichiro Gemba est arriv\u00e9 lundi \u00e0 P\u00e9kin.",
                "Selon lui, la Chine doit lib\u00e9rer le capitaine.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Koichiro Gemba"));
        Demand x = demand(d);
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Koichiro Gemba");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Chine");
        assertThat(x.content()).isEqualTo("lib\u00e9rer le capitaine");
    }

    @Test
    void selonAnUnnamedSomeoneIsNoStatementButADocumentIsItsAuthors() {
        Dispatch d = parse("Titre", "Selon un rapport de l'ONU, la situation s'aggrave.", "D'apr\u00e8s le chercheur, la plan\u00e8te tourne.");
        assertThat(d.communications()).singleElement() // the report is the UN's word, as a quotation "selon un rapport de l'ONU" would be
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Organisation des Nations unies"));
    }

    @Test
    void lancerAfterAQuotationReportsIt() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont est arriv\u00e9 lundi.",
                "\u00ab Nous exigeons la lib\u00e9ration de tous les prisonniers politiques \u00bb, a lanc\u00e9 Amnesty International.");
        assertThat(speaker(d)).isEqualTo("Amnesty International");
    }

    @Test
    void anAppealToUnnamedAskedToActKeepsOnlyTheAct() {
        Dispatch d = parse("Titre", "La Ligue arabe a renouvel\u00e9 son appel aux autorit\u00e9s \u00e0 cesser les violences.");
        assertThat(demand(d).content()).isEqualTo("cesser les violences");
    }

    @Test
    void aMeetingAskedForIsNoMeeting() {
        Dispatch d = parse("Titre", "Le Conseil national syrien a demand\u00e9 une r\u00e9union d'urgence du Conseil de s\u00e9curit\u00e9.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
        assertThat(demand(d).content()).isEqualTo("une r\u00e9union d'urgence du Conseil de s\u00e9curit\u00e9");
    }

    @Test
    void aPasseComposeWithoutADayOfItsOwnIsOnTheStorysDayButThePresentIsTheDispatchs() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Paul Martin a re\u00e7u lundi son homologue russe Vladimir Poutine.",
                "Il a d\u00e9clar\u00e9 que la crise \u00e9tait finie.", "Le ministre Jean Dupont estime que la crise continue.");
        assertThat(statementDate(d, "Il a d\u00e9clar\u00e9")).isEqualTo(java.time.LocalDate.of(2022, 2, 7));
        assertThat(statementDate(d, "Jean Dupont estime")).isEqualTo(java.time.LocalDate.of(2022, 2, 9));
    }

    @Test
    void aSpeechDeliveredIsItsSpeakersStatement() {
        Dispatch d = parse("Titre", "Lundi, le premier ministre Jean Dupont a prononc\u00e9 un discours devant les d\u00e9put\u00e9s.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
            assertThat(c.date()).contains(java.time.LocalDate.of(2022, 2, 7));
        });
    }

    @Test
    void anImpersonalReportAupresDeXIsXsStatement() {
        Dispatch d = parse("Titre", "Le bilan s'\u00e9l\u00e8ve \u00e0 douze morts, indique-t-on aupr\u00e8s du minist\u00e8re syrien de l'Int\u00e9rieur.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re syrien de l'Int\u00e9rieur"));
    }

    @Test
    void pourXAfterAConjunctionIntroducesTheSpeaker() {
        Dispatch d = parse("Titre", "Le ministre Paul Martin est arriv\u00e9 lundi.",
                "Mais pour Jean Dupont, \u00ab la guerre est finie et la paix viendra bient\u00f4t \u00bb.");
        assertThat(speaker(d)).isEqualTo("Jean Dupont");
    }
}
