package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How wire copy writes actors' names (ninth session's probe dispatches): descriptors before a
 * company's name, titles with a portfolio before an apposed name, surnames opening on a particle
 * or an article.
 */
class ActorNameFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La start-up Mistral AI a annonc\u00e9 mardi avoir lev\u00e9 600 millions d'euros. | Mistral AI",
        "Le fonds General Catalyst a annonc\u00e9 mardi un investissement. | General Catalyst",
        "Le g\u00e9ant sud-cor\u00e9en Hanwha Ocean a annonc\u00e9 mardi un investissement. | Hanwha Ocean",
        "L'\u00e9quipementier Valeo a annonc\u00e9 mardi un investissement. | Valeo"})
    void aNameAfterACompanysDescriptorIsAnOrganisation(String sentence, String name) {
        Dispatch d = parse("Titre", sentence);
        assertThat(actor(d, name).type()).isEqualTo(ActorType.ORGANISATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le commissaire europ\u00e9en aux Affaires \u00e9conomiques, Pierre Moscovici, a exhort\u00e9 mercredi l'Italie \u00e0 revoir son budget. | Pierre Moscovici | commissaire",
        "Le ministre d\u00e9l\u00e9gu\u00e9 charg\u00e9 du Num\u00e9rique, Jean-No\u00ebl Dubreuil, s'est f\u00e9licit\u00e9 de cette lev\u00e9e de fonds. | Jean-No\u00ebl Dubreuil | ministre d\u00e9l\u00e9gu\u00e9",
        "Le repr\u00e9sentant iranien aupr\u00e8s de l'agence, Mohsen Naziri Asl, a jug\u00e9 le rapport politique. | Mohsen Naziri Asl | repr\u00e9sentant",
        "La secr\u00e9taire d'Etat charg\u00e9e de l'Europe, Laurence Boone, a jug\u00e9 le rapport politique. | Laurence Boone | secr\u00e9taire d'\u00c9tat"})
    void aTitleWithItsPortfolioNamesThePersonInApposition(String sentence, String name, String role) {
        Dispatch d = parse("Titre", sentence);
        Actor a = actor(d, name);
        assertThat(a.role()).hasValueSatisfying(r -> assertThat(r).startsWith(role));
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le Conseil de l'industrie foresti\u00e8re a salu\u00e9 la reprise du dialogue. | Conseil de l'industrie foresti\u00e8re",
        "La F\u00e9d\u00e9ration des producteurs de lait a d\u00e9nonc\u00e9 l'accord. | F\u00e9d\u00e9ration des producteurs de lait",
        "Le Syndicat des travailleurs de la construction a d\u00e9nonc\u00e9 l'accord. | Syndicat des travailleurs de la construction"})
    void aBodyIsNamedByItsCapitalisedHeadAndItsLowerCaseComplements(String sentence, String name) {
        Dispatch d = parse("Titre", sentence);
        assertThat(actor(d, name).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(actor(d, name).id()));
    }

    @Test
    void aStatesNameHyphenatedToAnUnknownWordIsAnotherPlace() {
        Dispatch d = parse("Titre", "Le premier ministre de la Colombie-Britannique, David Eby, a exhort\u00e9 Ottawa \u00e0 agir.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Colombie"));
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.source()).contains(actor(d, "David Eby").id()));
        Dispatch pair = parse("Titre", "Le conflit Russie-Ukraine inqui\u00e8te la Chine.");
        assertThat(pair.actors()).filteredOn(a -> a.type() == ActorType.STATE).hasSize(3);
    }

    @Test
    void anInstitutionsNounAfterAnotherNounNamesNoBody() {
        Dispatch d = parse("Titre", "Les drapeaux flottaient au centre des Congr\u00e8s de Qu\u00e9bec et le Conseil a adopt\u00e9 le texte.");
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("Congr\u00e8s") || a.name().startsWith("Conseil"));
    }

    @Test
    void aCivilityBeforeAParticleNamesTheSamePerson() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident turc a re\u00e7u mardi la pr\u00e9sidente de la Commission europ\u00e9enne, Ursula von der Leyen.",
                "Mme von der Leyen a plaid\u00e9 pour un renouvellement de l'accord migratoire.");
        assertThat(actor(d, "Ursula von der Leyen").aliases()).contains("Mme von der Leyen");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Mme von der Leyen"));
    }

    @Test
    void aLowerCaseParticleHyphenatedToASurnameBelongsToTheName() {
        Dispatch d = parse("Titre", "Le porte-parole de la coalition, le colonel Turki al-Maliki, a affirm\u00e9 que les frappes visaient des cibles militaires.");
        assertThat(actor(d, "Turki al-Maliki").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aTitleWordAfterTheArticleOfASurnameIsPartOfTheName() {
        Dispatch d = parse("Titre", "Le ministre de l'Economie, Bruno Le Maire, a jug\u00e9 le rapport politique.");
        assertThat(actor(d, "Bruno Le Maire").role()).contains("ministre de l'\u00c9conomie");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Bruno Le"));
    }
    @Test
    void aCapitalisedAcronymInBracketsAfterABodysNameIsItsAlias() {
        Dispatch d = parse("Titre", "La Ligue ivoirienne des droits de l'homme (Lidho) a d\u00e9nonc\u00e9 la situation.",
                "La Lidho a exig\u00e9 une enqu\u00eate ind\u00e9pendante.");
        Actor a = actor(d, "Ligue ivoirienne des droits de l'homme");
        assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(a.names()).contains("Lidho");
        assertThat(d.actors()).hasSize(1);
    }

    @Test
    void aStatesGenericNameOpeningALongerBodysNameIsThatBody() {
        Dispatch d = parse("Titre", "La Conf\u00e9d\u00e9ration africaine de football (CAF) a salu\u00e9 une performance historique.");
        assertThat(actor(d, "Conf\u00e9d\u00e9ration africaine de football").names()).contains("CAF");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE);
    }

    @Test
    void anInstitutionsNounWithAnAdjectiveNoStateBodyBearsNamesAnotherBody() {
        Dispatch d = parse("Titre", "Le Conseil mondial sikh du Canada a salu\u00e9 la fermet\u00e9 d'Ottawa.");
        assertThat(actor(d, "Conseil mondial sikh du Canada").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Conseil"));
    }

    @Test
    void aTownCoordinatedWithATownOfAPlaceOnlyLocates() {
        Dispatch d = parse("Titre", "Des milliers de supporters ont envahi les rues de Casablanca et de Paris.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE);
    }
    @Test
    void theHeadOfStateUnnamedIsTheOnlyOneNamedBefore() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron avait re\u00e7u les dirigeants de l'entreprise \u00e0 l'Elys\u00e9e en f\u00e9vrier.",
                "Le chef de l'Etat a plaid\u00e9 \u00e0 plusieurs reprises pour une souverainet\u00e9 num\u00e9rique europ\u00e9enne.");
        assertThat(actor(d, "Emmanuel Macron").aliases()).anyMatch(x -> x.contains("chef de l'Etat"));
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
    }

    @Test
    void aLeaderNamedByHerStatesAdjectiveIsTheLatestPersonOfThatState() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident turc a re\u00e7u mardi la pr\u00e9sidente de la Commission europ\u00e9enne, Ursula von der Leyen.",
                "\u00ab La Turquie accueille pr\u00e8s de quatre millions de r\u00e9fugi\u00e9s \u00bb, a rappel\u00e9 la dirigeante allemande.");
        assertThat(actor(d, "Ursula von der Leyen").aliases()).contains("la dirigeante allemande");
    }
    @Test
    void aSingleUnknownNameSpeakingAQuotationIsAPerson() {
        Dispatch d = parse("Titre", "\u00ab Nous ne reculerons pas \u00bb, a d\u00e9clar\u00e9 Kowalczyk devant la presse.");
        assertThat(actor(d, "Kowalczyk").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(actor(d, "Kowalczyk").id()));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le Maroc s'est qualifi\u00e9 samedi pour les demi-finales de la Coupe du monde en battant le Portugal 1-0.",
        "La France a battu l'Argentine en finale."})
    void aStateNamedInAMatchIsItsTeamNoActor(String sentence) {
        Dispatch d = parse("Titre", sentence);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'Ukraine se bat pour sa survie, a d\u00e9clar\u00e9 le pr\u00e9sident. | Ukraine",
        "Le pr\u00e9sident a d\u00e9nonc\u00e9 l'attaque de la Russie en 2022-2023. | Russie",
        "Le sommet se tiendra les 12-13 mai, a indiqu\u00e9 la Chine. | Chine"})
    void neitherAReflexiveNorYearsNorDaysMakeAMatch(String sentence, String state) {
        Dispatch d = parse("Titre", sentence);
        assertThat(actor(d, state).type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void anUnnamedOfficialsNameStopsBeforeAFramingPhrase() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain s'est entretenu avec le Premier ministre isra\u00e9lien lors d'un appel t\u00e9l\u00e9phonique.");
        assertThat(d.actors()).extracting(Actor::name).contains("Premier ministre isra\u00e9lien")
                .noneMatch(n -> n.contains("lors"));
    }

    /**
     * A state's or a capital's name right after a given name, or a given name spelt like a state, is part of a
     * person's name; the surname alone later is that person, the state with its article is the state.
     */
    @Test
    void aStateInAPersonsNameIsTheSurname() {
        Dispatch d = parse("Titre",
                "Le Premier ministre portugais Lu\u00eds Montenegro a re\u00e7u mardi le pr\u00e9sident catalan Salvador Illa.",
                "Montenegro a d\u00e9clar\u00e9 que la coop\u00e9ration \u00e9tait excellente. Le Mont\u00e9n\u00e9gro a salu\u00e9 l'accord.");
        assertThat(actor(d, "Lu\u00eds Montenegro").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(d, "Salvador Illa").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.STATE).extracting(Actor::name).containsExactly("Mont\u00e9n\u00e9gro");
        assertThat(d.communications()).filteredOn(c -> c.type() == org.diplotext.model.CommunicationType.STATEMENT)
                .extracting(c -> d.actor(c.sender().orElseThrow()).map(Actor::name).orElse(""))
                .contains("Lu\u00eds Montenegro", "Mont\u00e9n\u00e9gro");
    }

    /**
     * A nationality after a singular article names a person: with a name after it, even one word, that person
     * ({@code le Br\u00e9silien Neymar}); alone, the person of that state named last ({@code a confi\u00e9 le Br\u00e9silien}).
     */
    @Test
    void aSingularDemonymIsThePersonOfThatState() {
        Dispatch d = parse("Titre",
                "Le Br\u00e9silien Neymar a marqu\u00e9 deux buts contre l'\u00e9quipe de l'Am\u00e9ricain Noah Lyles.",
                "\u00ab C'est une grande victoire \u00bb, a confi\u00e9 le Br\u00e9silien apr\u00e8s le match.");
        assertThat(actor(d, "Neymar").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(d.actor(c.sender().orElseThrow()).map(Actor::name)).hasValue("Neymar"));
    }
}
