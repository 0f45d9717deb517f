package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actors met in unseen articles, one construction per fixture, in sentences written for the purpose. */
class ActorGeneralisationTest {
    @Test
    void initialsBeforeASurnameNameTheSamePerson() {
        Dispatch d = parse("Titre", "Le chercheur Valentin Sokolov, de l'universit\u00e9 de Tomsk, a pr\u00e9sent\u00e9 ses r\u00e9sultats.",
                "\u00ab Nous sommes certains du r\u00e9sultat \u00bb, a indiqu\u00e9 V. Sokolov.");
        Actor a = actor(d, "Valentin Sokolov");
        assertThat(a.type()).isEqualTo(ActorType.PERSON);
        assertThat(a.aliases()).contains("V. Sokolov");
        assertThat(d.actors()).noneMatch(x -> x.name().equals("V"));
    }

    @Test
    void aTitleWhoseComplementIsAMetonymTakesTheNameInApposition() {
        Dispatch d = parse("Titre", "Le porte-parole du Kremlin, Oleg Tchernov, a d\u00e9clar\u00e9 mardi que la Russie ne c\u00e9derait pas.",
                "\u00ab Nous ne reculerons pas \u00bb, a-t-il ajout\u00e9.");
        Actor spokesman = actor(d, "Oleg Tchernov");
        assertThat(spokesman.role()).contains("porte-parole");
        assertThat(spokesman.affiliation()).contains(actor(d, "Russie").id());
        assertThat(d.actors()).noneMatch(x -> x.name().startsWith("porte-parole"));
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("Nous ne reculerons pas")
                && c.sender().orElse("").equals(spokesman.id()));
    }

    @Test
    void aMetonymAfterAContractedArticleIsItsState() {
        Dispatch d = parse("Titre", "Un conseiller du Kremlin a rencontr\u00e9 jeudi les ambassadeurs au Caire.");
        assertThat(d.actors()).anyMatch(a -> a.type() == ActorType.STATE && a.country().orElse("").equals("RU")
                && a.mentions().stream().anyMatch(m -> m.text().equals("Kremlin")));
    }

    /**
     * Before any state is named, "le gouvernement" is the dateline's state; "Bruxelles" alone stands
     * for the European Commission, but a dispatch datelined BRUXELLES is in Belgium (a town of
     * states.json's {@code places}).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MADRID (AFP) - Le gouvernement a demandé mardi aux syndicats de renoncer à la grève. | ES | renoncer",
        "BRUXELLES (Belga) - Le gouvernement a demandé mardi aux compagnies aériennes de rembourser les voyageurs. | BE | rembourser"})
    void theGovernmentOfADispatchWithoutAStateNamedIsTheDatelinesState(String text, String code, String asked) {
        Dispatch d = org.diplotext.Diplotext.builder().discoverServices(false).build().parse(text + "\n");
        Actor state = d.actors().stream().filter(a -> a.type() == ActorType.STATE).findFirst().orElseThrow();
        assertThat(state.country()).contains(code);
        assertThat(d.demands()).anyMatch(x -> x.source().orElse("").equals(state.id()) && x.content().contains(asked));
    }

    @Test
    void aCompoundInitialBeforeASurnameIsAPerson() {
        Dispatch d = parse("Titre", "Les d\u00e9put\u00e9s ont longuement applaudi J-M Dubreuil mardi.");
        assertThat(actor(d, "Dubreuil").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aPersonNamedInsideAQuotationIsAnActor() {
        Dispatch d = parse("Titre", "Elle \u00e9tait connue pour \u00ab ses d\u00e9bats vifs avec Dolores Ruiz de Arriaga, secr\u00e9taire du parti \u00bb, \u00e9crit le journal.");
        assertThat(actor(d, "Dolores Ruiz de Arriaga").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aGivenNameAfterAnUnknownPlaceOpensANewName() {
        Dispatch d = parse("Titre", "Selon le directeur du site de Karawang Julien Marchetti, \u00ab la production a doubl\u00e9 \u00bb.");
        assertThat(actor(d, "Julien Marchetti").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(x -> x.name().contains("Karawang"));
    }

    @Test
    void aMinistryNamedByItsPortfolioBelongsToTheStateOfTheText() {
        Dispatch d = parse("Titre", "La Birmanie a lev\u00e9 la censure. Les derni\u00e8res restrictions ont \u00e9t\u00e9 lev\u00e9es par le minist\u00e8re de l'Information.");
        Actor ministry = actor(d, "minist\u00e8re de l'Information");
        assertThat(ministry.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(ministry.affiliation().map(id -> name(d, id))).contains("Birmanie");
    }

    @Test
    void aMinistryWithItsStateAdjectiveIsOneBodyOfThatState() {
        Dispatch d = parse("Titre", "Le minist\u00e8re syrien de la D\u00e9fense a d\u00e9menti toute attaque.");
        Actor ministry = actor(d, "minist\u00e8re syrien de la D\u00e9fense");
        assertThat(ministry.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(ministry.country()).contains("SY");
    }

    @Test
    void aBranchOfTheArmedForcesIsAnOrganisation() {
        Dispatch d = parse("Titre", "Le Mali a annonc\u00e9 que l'arm\u00e9e de l'air avait frapp\u00e9 une colonne pr\u00e8s de Gao.");
        assertThat(actor(d, "arm\u00e9e de l'air").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aPortfolioWordIsNotFollowedByTheVerb() {
        Dispatch d = parse("Titre", "En Gr\u00e8ce, le minist\u00e8re des Affaires \u00e9trang\u00e8res revient \u00e0 un conservateur.");
        assertThat(actor(d, "minist\u00e8re des Affaires \u00e9trang\u00e8res").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aNationalInstitutionActsForTheStateOfTheText() {
        Dispatch d = parse("Titre", "En France, le S\u00e9nat a adopt\u00e9 jeudi le texte que le Conseil constitutionnel avait censur\u00e9.",
                "La Cour supr\u00eame a refus\u00e9 de se prononcer.");
        assertThat(actor(d, "S\u00e9nat").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Conseil constitutionnel").affiliation().map(id -> name(d, id))).contains("France");
        assertThat(actor(d, "Cour supr\u00eame").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void anInstitutionThatOnlyLocatesIsNoActor() {
        Dispatch d = parse("Titre", "Les d\u00e9mocrates resteront majoritaires au S\u00e9nat, selon les projections.");
        assertThat(d.actorNamed("S\u00e9nat")).isEmpty();
    }

    @Test
    void aCompanyIntroducedByANounAndAnAdjectiveIsAnOrganisationAndItsBracketedAcronymAnAlias() {
        Dispatch d = parse("Titre", "L'entreprise canadienne Northwind Logistics (NWL) va supprimer 300 postes.", "NWL a confirm\u00e9 l'annonce.");
        Actor a = actor(d, "Northwind Logistics");
        assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(a.aliases()).contains("NWL");
        assertThat(d.actors()).filteredOn(x -> x.names().contains("NWL")).hasSize(1);
    }

    @Test
    void aPaperIntroducedByItsNounIsAnOrganisationAndTheNounLaterRefersToIt() {
        Dispatch d = parse("Titre", "Le quotidien belge La Gazette du Nord affirme que l'accord est sign\u00e9.",
                "\u00ab Les n\u00e9gociations sont termin\u00e9es \u00bb, indique le quotidien.");
        Actor paper = actor(d, "La Gazette du Nord");
        assertThat(paper.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.communications()).anySatisfy(c -> assertThat(c.sender()).contains(paper.id()));
    }

    @Test
    void aMajorMediaIsAnOrganisationFromTheLexicon() {
        Dispatch d = parse("Titre", "Selon le New York Times, la Maison Blanche pr\u00e9pare de nouvelles sanctions.");
        assertThat(actor(d, "The New York Times").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aSentenceInitialNameAlreadyMetIsTheSameActor() {
        Dispatch d = parse("Titre", "Les ventes de Quorvex ont baiss\u00e9 de 6 % face \u00e0 la concurrence.", "Quorvex annon\u00e7ait samedi qu'il ferait appel.");
        assertThat(d.actors()).filteredOn(x -> x.name().equals("Quorvex")).singleElement()
                .satisfies(x -> assertThat(x.mentions()).hasSize(2));
    }

    @Test
    void aGrammarWordGluedToAClosingQuoteIsNoName() {
        Dispatch d = parse("Titre", "Le ministre a parl\u00e9 de \u00ab r\u00e9forme \u00bb.Pour le collectif des usagers, il s'agit d'\u00ab un recul \u00bb.");
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Pour"));
    }

    @Test
    void aPossessiveTitleInAppositionNamesThePerson() {
        Dispatch d = parse("Titre", "Pour Bernard Marchal, son secr\u00e9taire g\u00e9n\u00e9ral, \u00ab c'est un moment important \u00bb.");
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Bernard Marchal"));
    }

    @Test
    void aTitleInAppositionWithoutClosingCommaNamesThePerson() {
        Dispatch d = parse("Titre", "La premi\u00e8re ministre de la province, Pauline Lemieux a dit esp\u00e9rer un accord.");
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Pauline Lemieux"));
    }

    @Test
    void aTitleNamingACompanyBeforeAnApposedNameIsThatPerson() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident du directoire de Veltra, Philippe Marchand, a pr\u00e9cis\u00e9 que \u00ab personne ne sera oubli\u00e9 \u00bb.");
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Philippe Marchand"));
    }

    @Test
    void theGovernmentOfAProvinceIsAnOrganisationNotAState() {
        Dispatch d = parse("Titre", "Le gouvernement de l'Ontario annonce un sommet sur la sant\u00e9.");
        assertThat(actor(d, "gouvernement de l'Ontario").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void anAdjectiveAfterAGroupIsNeverAVerbForm() {
        Dispatch d = parse("Titre", "Les \u00e9tudiantes espagnoles peuvent manifester, ont dit les syndicats.");
        assertThat(d.actors()).noneMatch(x -> x.name().contains("peuvent"));
    }

    @Test
    void anAcronymInBracketsMakesTwoLexiconNamesOneOrganisation() {
        Dispatch d = parse("Titre", "Le gouvernement est soutenu par le Parti socialiste (PASOK) et par la droite.",
                "Le PASOK a approuv\u00e9 le budget.");
        assertThat(d.actors()).filteredOn(x -> x.names().contains("PASOK")).singleElement()
                .satisfies(x -> assertThat(x.names()).contains("Parti socialiste"));
    }

    @Test
    void aPersonNamedWithoutTheSecondSurnameIsTheSamePerson() {
        Dispatch d = parse("Titre", "La journaliste Ana Torres Garc\u00eda a \u00e9t\u00e9 \u00e9cart\u00e9e.", "Ana Torres l'a annonc\u00e9 sur son blog. Torres a d\u00e9nonc\u00e9 une d\u00e9cision politique.");
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Ana Torres Garc\u00eda"));
    }

    @Test
    void theStateAloneIsTheStateTheTextIsAbout() {
        Dispatch d = parse("Titre", "En France, le constructeur a refus\u00e9 un pr\u00eat de l'\u00c9tat.");
        assertThat(actor(d, "France").aliases()).contains("\u00c9tat");
    }

    @Test
    void aGroupNamedByAnUnknownTownIsReportedThoughItDoesNothing() {
        Dispatch d = parse("Titre", "Le convoi aurait \u00e9t\u00e9 touch\u00e9 par un obus tir\u00e9 par les rebelles de Karmouz, selon un t\u00e9moin.");
        assertThat(actor(d, "rebelles de Karmouz").type()).isEqualTo(ActorType.GROUP);
    }

    @Test
    void aTitleBeforeAnOrganisationAndACommaNamesThePersonAfterIt() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident du conseil de surveillance de Renault, Marc Duval, a pr\u00e9cis\u00e9 que l'usine resterait ouverte.");
        assertThat(actor(d, "Marc Duval").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(x -> x.name().startsWith("pr\u00e9sident"));
    }

    @Test
    void aLongerTitleIsTheSameUnnamedOfficial() {
        Dispatch d = parse("Titre", "Douze personnes ont \u00e9t\u00e9 bless\u00e9es, a indiqu\u00e9 un porte-parole des pompiers.",
                "Selon le porte-parole des pompiers lyonnais, l'incendie est ma\u00eetris\u00e9.");
        assertThat(d.actors()).filteredOn(x -> x.name().startsWith("porte-parole")).hasSize(1);
    }

    @Test
    void aSurnameMetBeforeTheFullNameIsThatPerson() {
        Dispatch d = parse("Nucl\u00e9aire : pour Delorme, une fili\u00e8re d'avenir",
                "Le ministre Antoine Delorme a d\u00e9fendu jeudi la fili\u00e8re nucl\u00e9aire.");
        Actor a = actor(d, "Antoine Delorme");
        assertThat(a.type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).filteredOn(x -> x.name().contains("Delorme")).hasSize(1);
    }

    @Test
    void aPartyNamedMostlyInLowerCaseIsAnOrganisation() {
        Dispatch d = parse("Titre", "Le gouvernement est soutenu par les socialistes et la Gauche r\u00e9publicaine.");
        assertThat(actor(d, "Gauche r\u00e9publicaine").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Gauche"));
    }

    @Test
    void aPeopleUnknownToTheLexiconsIsAGroup() {
        Dispatch d = parse("Titre", "Des milliers de Samaritains manifestent depuis lundi devant le parlement.",
                "Le minist\u00e8re des Affaires \u00e9trang\u00e8res n'a pas r\u00e9agi.");
        assertThat(actor(d, "Samaritains").type()).isEqualTo(ActorType.GROUP);
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Affaires"));
    }

    @Test
    void anUnknownNameThatIsTheSubjectOfAnActiveVerbIsAnActor() {
        Dispatch d = parse("Titre", "Selon les chiffres publi\u00e9s jeudi, Veltra Group a supprim\u00e9 800 emplois en Bretagne.",
                "Le candidat doit remporter l'Ohio s'il veut gagner.");
        assertThat(actor(d, "Veltra Group").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Ohio") || x.name().equals("Bretagne"));
    }

    @Test
    void aPartyNamedByItsHeadAndAComplementIsAnOrganisation() {
        // wikinews-44581
        Dispatch d = parse("Titre", "Jean-Luc M\u00e9lenchon, le candidat du Front de gauche \u00e0 l'\u00e9lection pr\u00e9sidentielle avait appel\u00e9 Marine Le Pen \u00ab la bourgeoise du ch\u00e2teau de Montretout \u00bb.");
        assertThat(actor(d, "Front de gauche").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aGenericAliasOpeningALongerNameIsAnotherBodyAndItsHeadNamesThePersonAfterTheAcronym() {
        // wikinews-44974
        Dispatch d = parse("Titre", "\u00ab La fermeture a r\u00e9duit les capacit\u00e9s de raffinage \u00bb, explique le pr\u00e9sident de l'Union fran\u00e7aise des industries p\u00e9troli\u00e8res (Ufip), Jean Louis Schilansky.");
        assertThat(actor(d, "Union fran\u00e7aise des industries p\u00e9troli\u00e8res").type()).isEqualTo(ActorType.ORGANISATION);
        Actor person = actor(d, "Jean Louis Schilansky");
        assertThat(person.role()).contains("pr\u00e9sident");
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Union europ\u00e9enne") || x.name().startsWith("pr\u00e9sident"));
    }

    @Test
    void theLongestNameWinsOverAnAliasItStartsWith() {
        Dispatch d = parse("Titre", "En 1979, l'Union sovi\u00e9tique a envahi l'Afghanistan.");
        assertThat(actor(d, "Union sovi\u00e9tique").type()).isEqualTo(ActorType.STATE);
        assertThat(d.actors()).noneMatch(x -> x.name().equals("Union europ\u00e9enne"));
    }

    @Test
    void anOppositionNamedByItsFamilyIsThePartyOfThatFamilyInTheState() {
        // eval/extra wikinews-44881
        Dispatch d = parse("Titre", "Madrid, 2 ao\u00fbt 2012. Le gouvernement espagnol a \u00e9cart\u00e9 le directeur de l'information de la t\u00e9l\u00e9vision publique.",
                "L'opposition socialiste, avec Alfredo P\u00e9rez Rubalcaba (PSOE) demanda hier la comparution du pr\u00e9sident de la t\u00e9l\u00e9vision au Congr\u00e8s.");
        Actor party = actor(d, "Parti socialiste ouvrier espagnol");
        assertThat(party.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(party.aliases()).contains("opposition socialiste");
        assertThat(d.actors()).noneMatch(x -> x.type() == ActorType.GROUP);
    }

    @Test
    void aGenericHeadBeforeABracketedAcronymIsThatLexiconOrganisation() {
        // eval/extra wikinews-44269
        Dispatch d = parse("Titre", "La Coalition de la gauche radicale (SYRIZA), arriv\u00e9e deuxi\u00e8me juste derri\u00e8re la Nouvelle D\u00e9mocratie, a de nouveau refus\u00e9 de participer \u00e0 un gouvernement.");
        assertThat(actor(d, "Syriza").aliases()).contains("Coalition de la gauche radicale");
        assertThat(d.actors()).filteredOn(x -> x.name().contains("Coalition")).isEmpty();
    }

    @Test
    void aBodyNamedInPassingIsNoActorButOneThatActsIs() {
        Dispatch d = parse("Titre", "Le chantier a \u00e9t\u00e9 financ\u00e9 par la Fondation Kerlan et par des dons.",
                "La Fondation Moreau a annonc\u00e9 jeudi le lancement d'un second chantier.");
        assertThat(actor(d, "Fondation Moreau").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(x -> x.name().contains("Kerlan"));
    }

    @Test
    void aNameAfterADemonymIsAPersonOfThatState() {
        // wikinews-44589
        Dispatch d = parse("Titre", "La joueuse am\u00e9ricaine a battu la Polonaise Agnieszka Radwanska en trois sets 6-1, 5-7, 6-2.");
        Actor a = actor(d, "Agnieszka Radwanska");
        assertThat(a.type()).isEqualTo(ActorType.PERSON);
        assertThat(a.country()).contains("PL");
    }

    @Test
    void aFullNameAfterAnOccupationOrListedWithAPersonIsAPerson() {
        // wikinews-45468, wikinews-45628
        Dispatch d = parse("Titre", "Baptis\u00e9e \u00ab PH1 \u00bb, elle a \u00e9t\u00e9 rep\u00e9r\u00e9e par des astronomes amateurs am\u00e9ricains Kian Jek et Robert Gagliano en utilisant les donn\u00e9es du t\u00e9lescope spatial Kepler.",
                "De Santis a parl\u00e9 de l'am\u00e9lioration de l'attitude des joueurs de l'\u00e9quipe suite \u00e0 l'arriv\u00e9e du gardien Troy Perkins.");
        assertThat(actor(d, "Kian Jek").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(d, "Troy Perkins").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aFullNameMetAgainAfterARelativeWithTheSameSurnameIsTheSamePerson() {
        // wikinews-44586
        Dispatch d = parse("N\u00e9crologie : mort du com\u00e9dien Mouss Diouf",
                "Le com\u00e9dien et humoriste fran\u00e7ais Mouss Diouf est mort, a r\u00e9v\u00e9l\u00e9 son avocate, \u00e0 la demande de sa veuve Sandrine Diouf.",
                "Victime de deux accidents vasculaires c\u00e9r\u00e9braux (AVC) en 2009, Mouss Diouf souffrait de s\u00e9quelles physiques importantes.");
        assertThat(d.actors()).filteredOn(x -> x.name().equals("Mouss Diouf")).hasSize(1);
        assertThat(actor(d, "Sandrine Diouf").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void anUnnamedOfficialIsTheOnePersonOfTheTextWhoHoldsTheRole() {
        Dispatch d = parse("Titre", "Paris, 3 juillet 2012. Le ministre des Affaires \u00e9trang\u00e8res a annonc\u00e9 mardi l'envoi d'une mission au Mali.",
                "\u00ab Nous serons aux c\u00f4t\u00e9s des Maliens \u00bb, a d\u00e9clar\u00e9 le ministre des Affaires \u00e9trang\u00e8res.",
                "Le chef de l'\u00c9tat a re\u00e7u le lendemain Paul Moreau, ministre des Affaires \u00e9trang\u00e8res, et son homologue malien.");
        Actor minister = actor(d, "Paul Moreau");
        assertThat(minister.aliases()).anyMatch(x -> x.contains("ministre des Affaires \u00e9trang\u00e8res"));
        assertThat(d.actors()).filteredOn(x -> x.role().filter(r -> r.equals("ministre des Affaires \u00e9trang\u00e8res")).isPresent()).hasSize(1);
        assertThat(d.communications()).allMatch(c -> c.sender().isEmpty() || c.sender().map(id -> name(d, id)).filter(n -> n.startsWith("ministre")).isEmpty());
    }
    @Test
    void aSurnameTheLexiconKnowsAsAnOrganisationStaysInTheName() {
        Dispatch d = parse("Titre", "Le militant Ahmed Douma a \u00e9t\u00e9 arr\u00eat\u00e9 mardi au Caire.");
        assertThat(actor(d, "Ahmed Douma").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION);
    }

    @Test
    void anUnnamedCounterpartIsAPersonOfTheAdjectivesStateWithThePeersRole() {
        Dispatch d = parse("Titre", "Le ministre fran\u00e7ais des Affaires \u00e9trang\u00e8res a rencontr\u00e9 son homologue allemand \u00e0 Berlin.");
        Actor counterpart = actor(d, "homologue allemand");
        assertThat(counterpart.type()).isEqualTo(ActorType.PERSON);
        assertThat(counterpart.country()).contains("DE");
        assertThat(counterpart.role()).contains("ministre des Affaires \u00e9trang\u00e8res");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).containsExactly(counterpart.id()));
    }

    @Test
    void aNameAfterTheNounOfAThingAndItsAdjectiveNamesTheThing() {
        Dispatch d = parse("Titre", "Le t\u00e9lescope spatial James Webb a photographi\u00e9 une galaxie lointaine.");
        assertThat(d.actors()).isEmpty();
    }

    @Test
    void aBodysNameGoesOnInLowerCaseAfterItsIntroducer() {
        Dispatch d = parse("Titre", "L'association Droit au logement a d\u00e9nonc\u00e9 les expulsions.",
                "Le collectif Justice pour Adama a appel\u00e9 \u00e0 manifester.");
        assertThat(actor(d, "Droit au logement").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Justice pour Adama").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void theHeadOfACommonNounIsNotTheHeadOfStateNamedBefore() {
        Dispatch d = parse("Titre", "\u00ab Nous ne reculerons pas \u00bb, a d\u00e9clar\u00e9 le pr\u00e9sident turc.",
                "\u00ab Nous demandons aux Nations unies d'envoyer des observateurs \u00bb, a ajout\u00e9 la pr\u00e9sidente de la commission.");
        assertThat(d.communications()).hasSize(2);
        assertThat(d.communications().get(1).sender()).isNotEqualTo(d.communications().get(0).sender());
    }

    @Test
    void aDayAfterAnUnnamedCounterpartIsNoPartOfTheTitle() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident ivoirien Alassane Ouattara a re\u00e7u son homologue ghan\u00e9en jeudi \u00e0 Abidjan.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).singleElement()
                .satisfies(r -> assertThat(name(d, r)).isEqualTo("homologue ghan\u00e9en")));
    }

    @Test
    void thePopeIsNoHeadOfStateNamedBefore() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Lula a lanc\u00e9 un appel \u00e0 la paix.",
                "Le pape a adress\u00e9 un appel aux bellig\u00e9rants pour qu'ils d\u00e9posent les armes.");
        assertThat(d.demands()).hasSize(2);
        assertThat(d.demands().get(1).source()).isNotEqualTo(d.demands().get(0).source());
    }

    @Test
    void membersOfANamedArmedGroupAreThatGroup() {
        Dispatch d = parse("Titre", "Les insurg\u00e9s du MNLA ont d\u00e9clar\u00e9 l'ind\u00e9pendance de l'Azawad.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow()))
                .isEqualTo("Mouvement national de lib\u00e9ration de l'Azawad"));
    }

    @Test
    void aTradeBeforeANameIsItsRoleAndAloneNamesThatPersonOnly() {
        Dispatch d = parse("Titre", "Le graphiste portugais Miguel Neiva a con\u00e7u ce code.",
                "Pour le construire, le graphiste a expliqu\u00e9 : \u00ab Je suis parti de l\u00e0 \u00bb.",
                "Un photographe a d\u00e9clar\u00e9 que la situation \u00e9tait grave.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Miguel Neiva");
            assertThat(a.role()).contains("graphiste");
        });
        assertThat(d.communications()).anySatisfy(c -> assertThat(c.quote()).contains("Je suis parti de l\u00e0"));
    }

    @Test
    void authoritiesOfNoNamedStateAreAnOrganisation() {
        Dispatch d = parse("Titre", "Selon les autorit\u00e9s, neuf personnes sont mortes.",
                "Les autorit\u00e9s locales ont d\u00e9crit l'avalanche comme la \u00ab plus meurtri\u00e8re de ces derni\u00e8res ann\u00e9es \u00bb.");
        assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.ORGANISATION));
        Dispatch state = parse("Titre", "Les autorit\u00e9s maliennes ont expuls\u00e9 l'ambassadeur.");
        assertThat(state.actors()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.STATE));
    }

    @Test
    void aNameTheTextGivesToAThingIsNoPersonAnywhere() {
        Dispatch d = parse("Une plan\u00e8te d\u00e9couverte pr\u00e8s d'Alpha Prima",
                "Elle tourne dans un syst\u00e8me de deux \u00e9toiles proches appel\u00e9 Alpha Prima, selon l'astronome Didier Queloz.");
        assertThat(d.actorNamed("Alpha Prima")).isEmpty();
        assertThat(actor(d, "Didier Queloz").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aCharacterSomeonePlaysIsNoPerson() {
        Dispatch d = parse("Titre", "Le com\u00e9dien Paul Marchand est mort mardi. Il interpr\u00e9tait le commissaire Moreau dans la s\u00e9rie.",
                "Il incarnait aussi Jean Valjean au th\u00e9\u00e2tre.");
        assertThat(d.actorNamed("Moreau")).isEmpty();
        assertThat(d.actorNamed("Jean Valjean")).isEmpty();
        assertThat(actor(d, "Paul Marchand").type()).isEqualTo(ActorType.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La commission de politique ext\u00e9rieure du Conseil national a demand\u00e9 au Conseil f\u00e9d\u00e9ral de suspendre les n\u00e9gociations.|commission de politique ext\u00e9rieure du Conseil national",
        "Le Conseil f\u00e9d\u00e9ral doit se prononcer sur une motion de la commission de politique de s\u00e9curit\u00e9 du National, qui demande un assouplissement.|commission de politique de s\u00e9curit\u00e9 du National",
        "La commission des affaires \u00e9trang\u00e8res du S\u00e9nat a invit\u00e9 le ministre.|commission des affaires \u00e9trang\u00e8res du S\u00e9nat",
        "Le comit\u00e9 des affaires \u00e9trang\u00e8res de la Chambre des communes a convoqu\u00e9 l'ambassadeur.|comit\u00e9 des affaires \u00e9trang\u00e8res de la Chambre des communes",
        "La commission de l'\u00e9conomie et des redevances (CER-N) du Conseil national a rejet\u00e9 le texte.|commission de l'\u00e9conomie et des redevances",
    })
    void aChambersCommitteeIsABodyOfItsOwn(String sentence, String committee) {
        Dispatch d = parse("Titre", sentence);
        assertThat(actor(d, committee).type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void aCommissionWithoutItsChamberIsNoBody() {
        Dispatch d = parse("Titre", "Une commission d'enqu\u00eate a \u00e9t\u00e9 cr\u00e9\u00e9e par le gouvernement.");
        assertThat(d.actors()).noneMatch(a -> a.name().contains("commission"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La F\u00e9d\u00e9ration des chambres de commerce du Qu\u00e9bec a demand\u00e9 \u00e0 Ottawa de renoncer.|F\u00e9d\u00e9ration des chambres de commerce du Qu\u00e9bec",
        "La Chambre de commerce du Canada a salu\u00e9 la d\u00e9cision.|Chambre de commerce du Canada",
        "La F\u00e9d\u00e9ration des producteurs de lait de l'Ontario a critiqu\u00e9 Ottawa.|F\u00e9d\u00e9ration des producteurs de lait de l'Ontario",
    })
    void theTownOrStateAfterDuClosesABodysName(String sentence, String body) {
        Dispatch d = parse("Titre", sentence);
        assertThat(actor(d, body).type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void theFirstWordOfABodysNameAloneIsThatBodyEvenInTheHeadline() {
        Dispatch d = parse("La Commission met la Hongrie en demeure",
                "La Commission europ\u00e9enne a adress\u00e9 mardi une lettre \u00e0 la Hongrie.",
                "Budapest a somm\u00e9 la Commission de respecter la souverainet\u00e9 des Etats membres.");
        assertThat(d.actors()).filteredOn(a -> a.name().contains("Commission")).hasSize(1);
        assertThat(actor(d, "Commission europ\u00e9enne").mentions()).hasSize(3);
    }

    @Test
    void aShortNameFittingTwoBodiesGoesToTheOneNamedLastBeforeIt() {
        Dispatch d = parse("Titre", "Le Conseil des droits de l'homme a condamn\u00e9 les frappes.",
                "Le Conseil de s\u00e9curit\u00e9 de l'ONU s'est r\u00e9uni mardi. Le Conseil a demand\u00e9 un cessez-le-feu.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Conseil"));
        assertThat(d.demands()).singleElement().satisfies(demand ->
                assertThat(demand.source()).contains(actor(d, "Conseil de s\u00e9curit\u00e9 des Nations unies").id()));
    }

    @Test
    void anUnknownWordOpeningASentenceBeforeAnActivePerfectIsAName() {
        Dispatch d = parse("Titre", "Gazprom a menac\u00e9 de couper le gaz.", "Cela a induit une hausse des prix.",
                "R\u00e9cemment a \u00e9t\u00e9 publi\u00e9 un rapport.");
        assertThat(actor(d, "Gazprom").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).hasSize(1);
    }

    @Test
    void aFamilyNamedByItsSurnameIsAGroupOfItsOwn() {
        Dispatch d = parse("Titre", "\u00ab Nous demandons \u00e0 la famille Beltrame de garantir les emplois \u00bb, a d\u00e9clar\u00e9 Bruna Campanello.",
                "La famille Kennedy a exhort\u00e9 Washington \u00e0 agir.");
        Actor beltrame = actor(d, "famille Beltrame");
        assertThat(beltrame.type()).isEqualTo(ActorType.GROUP);
        assertThat(actor(d, "famille Kennedy").id()).isNotEqualTo(beltrame.id());
        assertThat(d.demands()).anySatisfy(demand -> assertThat(demand.target()).contains(beltrame.id()));
    }

    @Test
    void theFamilyOfSomeoneJustNamedAsksToo() {
        Dispatch d = parse("Titre", "Le d\u00e9tenu a \u00e9t\u00e9 arr\u00eat\u00e9 le 14 janvier.",
                "Sa famille r\u00e9clame depuis des semaines que Berne hausse le ton.", "Il a retrouv\u00e9 sa famille proche.");
        Actor family = actor(d, "famille");
        assertThat(family.type()).isEqualTo(ActorType.GROUP);
        assertThat(d.demands()).singleElement().satisfies(demand -> assertThat(demand.source()).contains(family.id()));
    }

    @Test
    void aModalVerbEndsAnUnnamedTitle() {
        Dispatch d = parse("Titre", "\u00ab Le Premier ministre doit nous recevoir avant la fin du mois \u00bb, a insist\u00e9 Sophie Perrin.",
                "Le Premier ministre a fait savoir qu'il attendait des syndicats qu'ils respectent le calendrier.");
        assertThat(d.actors()).noneMatch(a -> a.name().contains("doit"));
    }

    @Test
    void aCompoundGivenNameAfterABodysAcronymOpensThePersonsName() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de l'USS Pierre-Yves Maillard a critiqu\u00e9 le Conseil f\u00e9d\u00e9ral.");
        assertThat(actor(d, "Pierre-Yves Maillard").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("USS Pierre-Yves Maillard"));
    }

    @Test
    void anUnknownAcronymListedWithABodyAsASubjectActs() {
        Dispatch d = parse("Titre", "La FGTB, la CSC et la CGSLB demandent \u00e9galement la r\u00e9ouverture des n\u00e9gociations.",
                "Le PIB a augment\u00e9.");
        assertThat(actor(d, "CGSLB").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actorNamed("PIB")).isEmpty();
    }

    @Test
    void anInstitutionNamingAPlaceOnlyLocates() {
        Dispatch d = parse("Titre", "\u00ab C'est difficile \u00bb, a d\u00e9clar\u00e9 Mme Anand en point de presse sur la colline du Parlement.");
        assertThat(d.actors()).noneMatch(a -> a.name().contains("Parlement"));
    }
}
