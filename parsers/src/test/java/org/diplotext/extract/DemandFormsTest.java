package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands and the acts around them as agency dispatches word them, one short fixture each,
 * written for the purpose (the dispatch is dated Wednesday 9 February 2022).
 */
class DemandFormsTest {
    private static final LocalDate MONDAY = LocalDate.of(2022, 2, 7);

    @Test
    void aSecondParticipleSharesTheFirstOnesAuxiliarySubjectAndDay() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a appel\u00e9 lundi \u00e0 durcir les sanctions et exhort\u00e9 l'Otan "
                + "\u00e0 acc\u00e9l\u00e9rer l'adh\u00e9sion de l'Ukraine.");
        Demand x = demandStartingWith(d, "acc\u00e9l\u00e9rer l'adh\u00e9sion");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Jean Dupont");
        assertThat(x.target()).isPresent();
        assertThat(x.date()).contains(MONDAY);
    }

    @Test
    void aDemandInQuotedWordsDatesFromWhenTheyWereSaid() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a re\u00e7u lundi la presse.",
                "\u00ab J'appelle toutes les parties \u00e0 respecter le droit international \u00bb, a-t-il dit.");
        assertThat(demandStartingWith(d, "respecter le droit").date()).contains(MONDAY);
        assertThat(demandStartingWith(d, "respecter le droit").direct()).isTrue();
    }

    @Test
    void aFramingPhraseAfterACommaEndsTheContent() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a demand\u00e9 \u00e0 la Russie de livrer des vivres, lors d'une visioconf\u00e9rence.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("livrer des vivres"));
    }

    @Test
    void theRestOfANameTheLexiconLacksIsNotTheContent() {
        Dispatch d = parse("Titre", "Les \u00c9tats-Unis ont demand\u00e9 aux Forces de soutien rapide (FSR) de cesser les combats.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("cesser les combats"));
    }

    @Test
    void aPurposeClauseAfterALetterIsTheSendersDemand() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a adress\u00e9 une lettre \u00e0 son homologue russe Sergue\u00ef Lavrov "
                + "pour demander la lib\u00e9ration d'un ressortissant fran\u00e7ais.");
        assertThat(name(d, demandStartingWith(d, "la lib\u00e9ration").source().orElseThrow())).isEqualTo("Jean Dupont");
    }

    @Test
    void anAppealDatedBetweenItsVerbAndItsNounIsStillMadeByTheSubject() {
        Dispatch d = parse("Titre", "Le Comit\u00e9 international de la Croix-Rouge a lanc\u00e9 lundi un appel aux bellig\u00e9rants au Soudan "
                + "pour qu'ils \u00e9pargnent les civils.");
        Demand x = demandStartingWith(d, "ils \u00e9pargnent les civils");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Comit\u00e9 international de la Croix-Rouge");
        assertThat(x.date()).contains(MONDAY);
    }

    @Test
    void askingAnActorThroughAContractedArticleNamesItsState() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a demand\u00e9 au gouvernement indien de coop\u00e9rer "
                + "et au r\u00e9gime syrien de cesser les bombardements.");
        assertThat(name(d, demandStartingWith(d, "coop\u00e9rer").target().orElseThrow())).isEqualTo("Inde");
    }

    @Test
    void enAppelerAUnActeurPourAsksThatActor() {
        Dispatch d = parse("Titre", "La France en appelle \u00e0 la communaut\u00e9 internationale pour sanctionner Damas.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("sanctionner Damas");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("communaut\u00e9 internationale");
        });
    }

    @Test
    void pleadingInFavourAndOrderingAreDemands() {
        Dispatch d = parse("Titre", "Le dirigeant Jean Dupont a plaid\u00e9 en faveur d'une ren\u00e9gociation de la dette.",
                "L'\u00e9missaire Paul Martin a intim\u00e9 l'ordre au r\u00e9gime syrien de cesser les bombardements.");
        assertThat(demandStartingWith(d, "une ren\u00e9gociation").content()).isEqualTo("une ren\u00e9gociation de la dette");
        Demand order = demandStartingWith(d, "cesser les bombardements");
        assertThat(name(d, order.target().orElseThrow())).isEqualTo("Syrie");
    }

    @Test
    void anInvitationToAttendIsAnInvitationNotADemand() {
        Dispatch d = parse("Titre", "Les Nations unies ont invit\u00e9 lundi le pr\u00e9sident Jean Dupont \u00e0 participer \u00e0 des pourparlers \u00e0 Gen\u00e8ve.",
                "Le Conseil f\u00e9d\u00e9ral a \u00e9t\u00e9 invit\u00e9 \u00e0 se rendre \u00e0 Londres.");
        assertThat(d.demands()).isEmpty();
        Communication c = d.communications().stream().filter(x -> x.type() == CommunicationType.INVITATION).findFirst().orElseThrow();
        assertThat(name(d, c.recipients().get(0))).isEqualTo("Jean Dupont");
        assertThat(c.date()).contains(MONDAY);
    }

    @Test
    void anInvitationToActIsStillADemand() {
        Dispatch d = parse("Titre", "Le Qatar a invit\u00e9 les deux camps \u00e0 reprendre les n\u00e9gociations.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("reprendre les n\u00e9gociations"));
    }

    @Test
    void assurerWithAnObjectReportsNoWords() {
        Dispatch d = parse("Titre", "Le Qatar, qui assure une m\u00e9diation, a invit\u00e9 les deux camps \u00e0 reprendre les n\u00e9gociations.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.STATEMENT);
    }

    @Test
    void anAppendedParticipleAsksForTheClauseSubjectOnItsDay() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne a condamn\u00e9 lundi les frappes, exhortant Moscou \u00e0 cesser les hostilit\u00e9s.",
                "La Commission europ\u00e9enne a publi\u00e9 un communiqu\u00e9, appelant les deux parties \u00e0 la retenue.");
        Demand x = demandStartingWith(d, "cesser les hostilit\u00e9s");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Union europ\u00e9enne");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        assertThat(x.date()).contains(MONDAY);
        assertThat(name(d, demandStartingWith(d, "la retenue").source().orElseThrow())).isEqualTo("Commission europ\u00e9enne");
    }

    @Test
    void anInciseBetweenTheVerbAndWhatIsAskedIsSkipped() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont demande, dans une d\u00e9claration, la lib\u00e9ration des civils d\u00e9tenus.");
        assertThat(demandStartingWith(d, "la lib\u00e9ration").content()).isEqualTo("la lib\u00e9ration des civils d\u00e9tenus");
    }

    @Test
    void beingReceivedBySomeoneIsAMeetingTheyHold() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont s'est rendu lundi \u00e0 Moscou, o\u00f9 il a \u00e9t\u00e9 re\u00e7u par Vladimir Poutine.");
        Communication c = d.communications().stream().filter(x -> x.type() == CommunicationType.MEETING).findFirst().orElseThrow();
        assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Vladimir Poutine");
        assertThat(name(d, c.recipients().get(0))).isEqualTo("Jean Dupont");
        assertThat(c.date()).contains(MONDAY);
    }

    @Test
    void aQuotationOpeningWithTheSubjectsVerbIsTheSubjectsWords() {
        Dispatch d = parse("Titre", "La C\u00e9d\u00e9ao \u00ab condamne fermement \u00bb cette mesure, selon un communiqu\u00e9.",
                "Le mot \u00ab d\u00e9sescalade \u00bb revient souvent.", "Le r\u00e9gime \u00ab criminel \u00bb de Damas a bombard\u00e9 la ville.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.quote()).contains("condamne fermement"));
    }

    @Test
    void wordsSaidOfOneselfAreAStatementButANicknameIsNot() {
        Dispatch d = parse("Titre", "Jean Dupont se dit \u00ab tr\u00e8s inquiet \u00bb.", "Paul Martin, dit \u00ab le Boucher \u00bb, a \u00e9t\u00e9 arr\u00eat\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement().satisfies(c -> {
            assertThat(c.quote()).contains("tr\u00e8s inquiet");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
        });
    }

    @Test
    void anAppendedReportingParticipleKeepsTheSpeakerOfTheClause() {
        Dispatch d = parse("Titre", "Le Parti socialiste a r\u00e9clam\u00e9 des mesures, estimant que la Suisse \u00ab ne peut pas rester neutre \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Parti socialiste"));
    }

    @Test
    void aLetterAsTheSubjectAsksForItsSender() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e lundi \u00e0 la Commission europ\u00e9enne, le Premier ministre Jean Dupont demande un assouplissement des r\u00e8gles.",
                "La lettre, dont Belga a obtenu copie, r\u00e9clame \u00e9galement une exemption pour les d\u00e9penses de d\u00e9fense.");
        assertThat(name(d, demandStartingWith(d, "une exemption").source().orElseThrow())).isEqualTo("Jean Dupont");
    }

    @Test
    void aCapitalAskedToActIsItsState() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire d'Etat Jean Dupont a demand\u00e9 \u00e0 P\u00e9kin de cesser ses manoeuvres militaires.");
        assertThat(name(d, demandStartingWith(d, "cesser ses manoeuvres").target().orElseThrow())).isEqualTo("Chine");
    }

    @Test
    void aDayInWhatIsAskedDoesNotDateTheAsking() {
        Dispatch d = parse("Titre", "Les syndicats appellent \u00e0 une manifestation nationale le 12 mars.");
        assertThat(demandStartingWith(d, "une manifestation").date()).contains(LocalDate.of(2022, 2, 9));
    }

    @Test
    void aTrailingCallFramedByLorsIsTheSubjects() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a exhort\u00e9 lundi la Chine \u00e0 la retenue, lors d'un entretien t\u00e9l\u00e9phonique avec son homologue chinois Wang Yi.");
        Communication c = d.communications().stream().filter(x -> x.type() == CommunicationType.CALL).findFirst().orElseThrow();
        assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont");
        assertThat(name(d, c.recipients().get(0))).isEqualTo("Wang Yi");
        assertThat(c.date()).contains(MONDAY);
    }

    @Test
    void quotedWordsInvitedToAreAskedNotAnInvitation() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a invit\u00e9 la communaut\u00e9 internationale \u00e0 \u00ab d\u00e9fendre la d\u00e9mocratie \u00bb.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.INVITATION);
        assertThat(demandStartingWith(d, "d\u00e9fendre la d\u00e9mocratie").content()).isEqualTo("d\u00e9fendre la d\u00e9mocratie");
    }

    @Test
    void writingToSomeoneIsALetterOnly() {
        Dispatch d = parse("Le Premier ministre Jean Dupont \u00e9crit \u00e0 la Commission europ\u00e9enne", "Texte.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.LETTER));
    }

    @Test
    void verbsThatAskSomeoneFindTheInfinitivePastAnUnnamedOrQualifiedObject() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a press\u00e9 lundi le gouvernement malien d'intervenir rapidement.",
                "Il a pri\u00e9 les pays voisins d'agir.");
        Demand act = demandStartingWith(d, "intervenir");
        assertThat(act.content()).isEqualTo("intervenir rapidement");
        assertThat(name(d, act.target().orElseThrow())).isEqualTo("Mali");
        assertThat(act.date()).contains(MONDAY);
        assertThat(demandStartingWith(d, "agir").content()).isEqualTo("agir");
    }

    @Test
    void aDurationBeforeWhatIsAskedIsSkipped() {
        Dispatch d = parse("Titre", "Le Parti socialiste, qui demande depuis des semaines une enqu\u00eate publique, a quitt\u00e9 la s\u00e9ance.");
        assertThat(demandStartingWith(d, "une enqu\u00eate").content()).isEqualTo("une enqu\u00eate publique");
    }

    @Test
    void aCapitalAskedForSomethingRightAfterTheVerbIsItsState() {
        Dispatch d = parse("Titre", "Le gouvernement du Qu\u00e9bec r\u00e9clame \u00e0 Ottawa des compensations financi\u00e8res.");
        Demand x = demandStartingWith(d, "des compensations");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Canada");
    }

    @Test
    void noOneAsksThatTheyThemselvesAct() {
        Dispatch d = parse("Titre", "La Suisse a vot\u00e9. Le collectif veut que la Suisse renonce \u00e0 toute coop\u00e9ration.");
        assertThat(d.demands()).noneMatch(x -> x.source().equals(x.target()) || x.content().startsWith("la Suisse"));
    }

    @Test
    void aTitledSpeakerIsThePersonNamedInApposition() {
        Dispatch d = parse("Titre", "\u00ab Il n'y aura pas de n\u00e9gociation avec les terroristes \u00bb, a d\u00e9clar\u00e9 le porte-parole du gouvernement, "
                + "le colonel Abdoulaye Ma\u00efga, \u00e0 la t\u00e9l\u00e9vision nationale.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Abdoulaye Ma\u00efga"));
    }

    @Test
    void actorsAskedTogetherMakeOneDemandOfTheFirstNamed() {
        Dispatch d = parse("Titre", "La Suisse a appel\u00e9 mardi Isra\u00ebl et le Hamas \u00e0 conclure un cessez-le-feu.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("conclure un cessez-le-feu");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Suisse");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Isra\u00ebl");
        });
        Dispatch three = parse("Titre", "La France a exhort\u00e9 Moscou, Kiev et Minsk \u00e0 reprendre les n\u00e9gociations.");
        assertThat(three.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("reprendre les n\u00e9gociations"));
    }

    @Test
    void actorsAskedTogetherWithARepeatedAOrAinsiQueMakeOneDemand() {
        Dispatch d = parse("Titre", "Le Conseil f\u00e9d\u00e9ral a demand\u00e9 \u00e0 la Russie et \u00e0 l'Ukraine de respecter le droit international.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("respecter le droit international");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie");
        });
        Dispatch also = parse("Titre", "La France appelle Moscou ainsi que Kiev \u00e0 reprendre les n\u00e9gociations.");
        assertThat(also.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("reprendre les n\u00e9gociations"));
    }

    @Test
    void anAdverbOfInsistenceBetweenTheVerbAndTheOneAskedIsSkipped() {
        Dispatch d = parse("Titre", "Le chef de la diplomatie fran\u00e7aise Jean Dupont demande instamment \u00e0 l'Iran de lib\u00e9rer les d\u00e9tenus.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("lib\u00e9rer les d\u00e9tenus");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Iran");
        });
    }

    @Test
    void aStraightQuoteLeftOpenAtTheEndIsNotPartOfTheContent() {
        Dispatch d = parse("Titre", "Le Hamas a demand\u00e9 \u00e0 Isra\u00ebl de faire marche arri\u00e8re\".");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("faire marche arri\u00e8re"));
    }

    @Test
    void aPassiveAfterEtreAsksTheSubjectOnlyWhenTheAskerIsNamed() {
        Dispatch named = parse("Titre", "Le gouvernement malien est appel\u00e9 par la Cedeao \u00e0 organiser des \u00e9lections.");
        assertThat(named.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("organiser des \u00e9lections");
            assertThat(name(named, x.source().orElseThrow())).isEqualTo("Communaut\u00e9 \u00e9conomique des \u00c9tats d'Afrique de l'Ouest");
            assertThat(name(named, x.target().orElseThrow())).isEqualTo("Mali");
        });
        // what is due, or a notice without its author, is no actor's demand: and never the subject's own
        assertThat(parse("Titre", "Le Parlement europ\u00e9en est appel\u00e9 \u00e0 voter la directive en mai.").demands()).isEmpty();
        assertThat(parse("Titre", "Les talibans sont appel\u00e9s \u00e0 respecter les droits des femmes.").demands()).isEmpty();
        assertThat(parse("Titre", "Le pr\u00e9sident s'est engag\u00e9 \u00e0 respecter la Constitution.").demands()).isEmpty();
    }

    @Test
    void theAskerNamedAfterTheContentOfAPassiveIsTheSource() {
        Dispatch d = parse("Titre", "Isra\u00ebl a \u00e9t\u00e9 appel\u00e9 \u00e0 cesser la colonisation par les Nations unies.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("cesser la colonisation");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Organisation des Nations unies");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Isra\u00ebl");
        });
        Dispatch summoned = parse("Titre", "Le Premier ministre Jean Dupont a \u00e9t\u00e9 somm\u00e9 par la Cour supr\u00eame de limoger son ministre.");
        assertThat(summoned.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("limoger son ministre");
            assertThat(name(summoned, x.target().orElseThrow())).isEqualTo("Jean Dupont");
        });
    }

    @Test
    void theOneAskedNamedAfterWhatIsAskedIsTheTarget() {
        Dispatch aid = parse("Titre", "Le gouvernement grec a demand\u00e9 des explications \u00e0 l'Union europ\u00e9enne.");
        assertThat(aid.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("des explications");
            assertThat(name(aid, x.target().orElseThrow())).isEqualTo("Union europ\u00e9enne");
        });
        Dispatch near = parse("Titre", "Le gouvernement grec a sollicit\u00e9 une aide d'urgence aupr\u00e8s de l'Union europ\u00e9enne.");
        assertThat(near.demands()).singleElement().satisfies(x -> assertThat(name(near, x.target().orElseThrow())).isEqualTo("Union europ\u00e9enne"));
        // a complement of what is asked: no one is asked there
        Dispatch hearing = parse("Titre", "Le Parti socialiste demande la comparution du ministre Jean Dupont au Parlement europ\u00e9en.");
        assertThat(hearing.demands()).singleElement().satisfies(x -> assertThat(x.target()).isEmpty());
        Dispatch account = parse("Titre", "Les \u00c9tats-Unis exigent des garanties de la Russie.");
        assertThat(account.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("des garanties");
            assertThat(name(account, x.target().orElseThrow())).isEqualTo("Russie");
        });
        // what is asked may name an actor of its own: no one is asked there
        Dispatch resign = parse("Titre", "Le Canada r\u00e9clame la d\u00e9mission du pr\u00e9sident Jean Dupont.");
        assertThat(resign.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("la d\u00e9mission du pr\u00e9sident Jean Dupont");
            assertThat(x.target()).isEmpty();
        });
    }

    @Test
    void thingsAskedEachAfterARepeatedAAreSeparateDemands() {
        Dispatch d = parse("Titre", "L'Union africaine appelle \u00e0 un cessez-le-feu imm\u00e9diat et au retour des n\u00e9gociations.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("un cessez-le-feu imm\u00e9diat", "retour des n\u00e9gociations");
    }

    @Test
    void aReflexiveInfinitiveAfterTheOnesAskedIsWhatIsAsked() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a appel\u00e9 les pays voisins \u00e0 s'unir contre le terrorisme.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("s'unir contre le terrorisme"));
    }

    @Test
    void aQuotationOpeningWithAnImperativeAsksOnItsSpeakersBehalf() {
        Dispatch d = parse("Titre", "\u00ab Retirez vos troupes d'Ukraine. Nous ne c\u00e9derons pas \u00bb, a lanc\u00e9 le pr\u00e9sident fran\u00e7ais "
                + "Emmanuel Macron \u00e0 Vladimir Poutine.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("Retirez vos troupes d'Ukraine");
            assertThat(x.direct()).isTrue();
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Emmanuel Macron");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Vladimir Poutine");
        });
        // a question, or a name that ends like the verb form, asks nothing
        assertThat(parse("Titre", "\u00ab Pouvez-vous imaginer cela ? \u00bb, a dit le ministre Jean Dupont.").demands()).isEmpty();
        assertThat(parse("Titre", "\u00ab Gonzalez a raison \u00bb, a d\u00e9clar\u00e9 le ministre Jean Dupont.").demands()).isEmpty();
    }
    @Test
    void anInvitationToAReflexiveInfinitiveIsADemand() {
        Dispatch d = parse("Titre", "Les Vingt-Sept ont invit\u00e9 la Turquie \u00e0 s'abstenir de toute action unilat\u00e9rale.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.INVITATION);
        Demand x = demandStartingWith(d, "s'abstenir");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Turquie");
    }

    @Test
    void aDemandNamingNoOneIsAskedOfWhomItsSourceAddressesInTheSentence() {
        Dispatch d = parse("Titre", "Le Japon a protest\u00e9 aupr\u00e8s de la Chine et exig\u00e9 le retrait des navires chinois.");
        assertThat(name(d, demandStartingWith(d, "le retrait").target().orElseThrow())).isEqualTo("Chine");
    }

    @Test
    void aDemandAskedOfAMinisterThenOfHisStateIsOneDemandOfTheState() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne a exig\u00e9 une d\u00e9sescalade, dans une lettre adress\u00e9e au chef de la "
                + "diplomatie russe Sergue\u00ef Lavrov.",
                "\u00ab Nous demandons \u00e0 la Russie de proc\u00e9der \u00e0 une d\u00e9sescalade \u00bb, \u00e9crivent les Vingt-Sept.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie"));
    }

    @Test
    void aParticipleOpeningTheSentenceAsksForTheMainClausesSubject() {
        Dispatch d = parse("Titre", "R\u00e9clamant la lib\u00e9ration de leur chef, les manifestants ont d\u00e9fil\u00e9 samedi \u00e0 Dakar.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("la lib\u00e9ration de leur chef");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("manifestants");
        });
    }

    @Test
    void anUnnamedGroupCalledToANounAfterAContractedArticleIsAskedForIt() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Jean Dupont a appel\u00e9 ses compatriotes au calme.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("calme"));
    }

    @Test
    void twoActorsAskedEachTheirOwnThingAreTwoDemands() {
        Dispatch d = parse("Titre", "Washington a appel\u00e9 Damas \u00e0 cesser la r\u00e9pression et Moscou \u00e0 user de son influence.");
        assertThat(d.demands()).extracting(x -> name(d, x.target().orElseThrow()) + ": " + x.content())
                .containsExactly("Syrie: cesser la r\u00e9pression", "Russie: user de son influence");
    }

    @Test
    void attendreAsksOnlyOfSomeoneThatTheyAct() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne attend de la Russie qu'elle respecte le cessez-le-feu.",
                "Le gouvernement attend une r\u00e9ponse de Bruxelles. La Chine attend de voir les propositions am\u00e9ricaines.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("Russie"));
    }

    @Test
    void claimingAnAttackAsksNothing() {
        Dispatch d = parse("Titre", "Le groupe \u00c9tat islamique a revendiqu\u00e9 l'attentat.",
                "Les syndicats revendiquent une hausse des salaires.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("une hausse des salaires"));
    }

    @Test
    void anAdverbBetweenADemandVerbAndItsParticleLeavesTheDemand() {
        Dispatch d = parse("Titre", "L'UCM plaide pour sa part pour une entr\u00e9e en vigueur progressive.",
                "La FEB plaide aussi en faveur d'une r\u00e9forme fiscale.");
        assertThat(name(d, demandStartingWith(d, "une entr\u00e9e en vigueur progressive").source().orElseThrow())).isEqualTo("UCM");
        assertThat(name(d, demandStartingWith(d, "une r\u00e9forme fiscale").source().orElseThrow())).isEqualTo("FEB");
    }

    @Test
    void oneDemandMadeByTwoCuesOfOneSentenceIsOneDemand() {
        Dispatch d = parse("Titre", "Les syndicats ont lanc\u00e9 jeudi un ultimatum au gouvernement, lui donnant jusqu'au 1er novembre "
                + "pour retirer le projet de d\u00e9cret.");
        assertThat(d.demands()).filteredOn(x -> x.content().startsWith("retirer le projet")).hasSize(1);
    }

    @Test
    void aSpanOfTimeBetweenTheVerbAndItsParticleIsAnAdverb() {
        Dispatch d = parse("Titre", "Le Parti socialiste milite depuis longtemps pour une r\u00e9forme fiscale.");
        assertThat(name(d, demandStartingWith(d, "une r\u00e9forme fiscale").source().orElseThrow())).isEqualTo("Parti socialiste");
    }

    @Test
    void theOneAskedStillClosesTheContentBeforeAnAdjunctOfTime() {
        Dispatch d = parse("Titre", "Moscou a r\u00e9clam\u00e9 des explications \u00e0 Washington apr\u00e8s l'expulsion de deux diplomates.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("des explications");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("\u00c9tats-Unis");
        });
    }

    @Test
    void aStatesAuthoritiesAfterWhatIsAskedAreTheOnesAsked() {
        Dispatch d = parse("Titre", "Le Conseil f\u00e9d\u00e9ral a demand\u00e9 l'extradition du suspect aux autorit\u00e9s am\u00e9ricaines.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("l'extradition du suspect");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("\u00c9tats-Unis");
        });
    }

    @Test
    void aPlaceAfterWhatIsAskedOnlyLocatesIt() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a r\u00e9clam\u00e9 des \u00e9lections libres au Mali avant la fin de l'ann\u00e9e.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).startsWith("des \u00e9lections libres au Mali"));
    }

    @Test
    void aNegatedInfinitiveAfterUnnamedAskedIsStillWhatIsAsked() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a appel\u00e9 la nouvelle \u00e9quipe municipale \u00e0 ne pas gouverner contre la moiti\u00e9 de la ville.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("ne pas gouverner contre la moiti\u00e9 de la ville"));
    }
}
