package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Actors as French agency copy names them (the fourteenth session's probe inventory of wire forms), one
 * construction per fixture, in sentences written for the purpose.
 */
class WireActorFormsTest {

    /** A government or administration named by its head is the state that head leads, not the head. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le gouvernement Carney a rejet\u00e9 mardi les demandes des provinces. | Canada | gouvernement Carney",
        "L'administration Trump a d\u00e9nonc\u00e9 mardi une d\u00e9cision injuste. | \u00c9tats-Unis | administration Trump",
        "Le r\u00e9gime de Bachar al-Assad a d\u00e9nonc\u00e9 mardi une agression. | Syrie | r\u00e9gime de Bachar al-Assad",
        "Le gouvernement de Viktor Orban a rejet\u00e9 mardi ces critiques. | Hongrie | gouvernement de Viktor Orban"})
    void aGovernmentNamedByItsHeadIsItsState(String lead, String state, String alias) {
        Dispatch d = parse("Titre", lead);
        Actor a = actor(d, state);
        assertThat(a.type()).isEqualTo(ActorType.STATE);
        assertThat(a.aliases()).contains(alias);
        assertThat(d.actors()).filteredOn(x -> x.type() == ActorType.PERSON).singleElement()
                .satisfies(head -> assertThat(alias).endsWith(head.mentions().get(0).text()));
        assertThat(d.communications()).isNotEmpty().allMatch(c -> c.sender().orElse("").equals(a.id()));
    }

    @Test
    void aGovernmentNamedByAnUnknownHeadIsTheDispatchsState() {
        Dispatch d = org.diplotext.Diplotext.builder().discoverServices(false).build()
                .parse("PARIS (AFP) - Le gouvernement Lecornu a d\u00e9nonc\u00e9 mardi une man\u0153uvre politique.\n");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.STATE).singleElement()
                .satisfies(a -> assertThat(a.country()).contains("FR"));
    }

    @Test
    void theAdministrationOfAStateIsTheState() {
        Dispatch d = parse("Titre", "L'administration am\u00e9ricaine a d\u00e9nonc\u00e9 mardi les nouvelles taxes.",
                "L'administration p\u00e9nitentiaire a annonc\u00e9 une enqu\u00eate.");
        assertThat(actor(d, "\u00c9tats-Unis").aliases()).contains("administration am\u00e9ricaine");
        assertThat(d.actors()).hasSize(1);
    }

    @Test
    void aStateBodyAfterDesIsThatStatesBody() {
        Dispatch d = parse("Titre", "L'ambassade des Etats-Unis \u00e0 Kiev a appel\u00e9 mardi ses ressortissants \u00e0 la prudence.");
        Actor embassy = actor(d, "ambassade des Etats-Unis");
        assertThat(embassy.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(embassy.affiliation()).contains(actor(d, "\u00c9tats-Unis").id());
    }

    /** A body named inside a title of the lexicon is an actor too, and the holder's affiliation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La pr\u00e9sidente de la Commission europ\u00e9enne, Ursula von der Leyen, a annonc\u00e9 mardi un plan. | Ursula von der Leyen | Commission europ\u00e9enne",
        "Le pr\u00e9sident du Conseil europ\u00e9en, Ant\u00f3nio Costa, a d\u00e9clar\u00e9 mardi que rien n'\u00e9tait jou\u00e9. | Ant\u00f3nio Costa | Conseil europ\u00e9en",
        "Le chef du DFAE Ignazio Cassis a d\u00e9clar\u00e9 mardi que la Suisse restait neutre. | Ignazio Cassis | DFAE"})
    void aBodyNamedInsideATitleIsAnActor(String lead, String person, String body) {
        Dispatch d = parse("Titre", lead);
        Actor organisation = actor(d, body);
        assertThat(organisation.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, person).affiliation()).contains(organisation.id());
    }

    @Test
    void aOneWordAliasInsideATitleNamesNoBody() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident du S\u00e9nat a d\u00e9clar\u00e9 mardi que le texte serait vot\u00e9.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION);
    }

    /** Bodies wire copy names that the lexicons lacked: parties, Belgian federal services, civil defences, Iran's metonym. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gabriel Attal, chef de file des d\u00e9put\u00e9s Renaissance, a d\u00e9nonc\u00e9 mardi le budget. | Renaissance | ORGANISATION",
        "Le SPF Affaires \u00e9trang\u00e8res a d\u00e9conseill\u00e9 mardi les voyages vers le Liban. | SPF Affaires \u00e9trang\u00e8res | ORGANISATION",
        "Le vice-Premier ministre Frank Vandenbroucke (Vooruit) a d\u00e9nonc\u00e9 mardi la r\u00e9forme. | Vooruit | ORGANISATION",
        "La D\u00e9fense civile de Gaza a fait \u00e9tat mardi de 20 morts. | D\u00e9fense civile de Gaza | ORGANISATION",
        "La D\u00e9fense civile palestinienne a fait \u00e9tat mardi de 20 morts. | D\u00e9fense civile palestinienne | ORGANISATION",
        "La R\u00e9publique islamique a rejet\u00e9 mardi l'ultimatum. | Iran | STATE",
        "Le SBU a revendiqu\u00e9 mardi l'attaque. | SBU | ORGANISATION"})
    void bodiesOfWireCopyAreKnown(String lead, String name, ActorType type) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, name).type()).isEqualTo(type);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("D\u00e9fense") || a.name().equals("R\u00e9publique")
                || a.type() == ActorType.PERSON && a.name().equals("Renaissance"));
    }

    @Test
    void aNameThatTakesNoArticleIsACommonNounAfterOne() {
        Dispatch d = parse("Titre", "Les peintres de la Renaissance ont influenc\u00e9 toute l'Europe, a d\u00e9clar\u00e9 mardi le conservateur du mus\u00e9e.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Renaissance"));
    }

    @Test
    void aPluralTitleOfOfficialsTakesItsPortfolioAfterTheAdjective() {
        Dispatch d = parse("Titre", "Les ministres europ\u00e9ens des Affaires \u00e9trang\u00e8res ont d\u00e9clar\u00e9 mardi que les sanctions resteraient en place.");
        assertThat(d.actors()).anyMatch(a -> a.type() == ActorType.GROUP && a.name().equals("ministres europ\u00e9ens des Affaires \u00e9trang\u00e8res"));
        assertThat(d.actors()).noneMatch(a -> a.name().endsWith("des Affaires"));
    }

    /** A plural title shared by two states' adjectives names one holder of each state. */
    @Test
    void aTitleSharedByTwoStatesNamesTheHolderOfEach() {
        Dispatch d = parse("Titre", "Vladimir Poutine et Xi Jinping se sont rencontr\u00e9s mardi \u00e0 P\u00e9kin.",
                "Les pr\u00e9sidents russe et chinois ont d\u00e9nonc\u00e9 un accord \u00ab injuste \u00bb.");
        assertThat(actor(d, "Vladimir Poutine").aliases()).contains("pr\u00e9sident russe");
        assertThat(actor(d, "Xi Jinping").aliases()).contains("pr\u00e9sident chinois");
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.STATEMENT
                && name(d, c.sender().orElse("")) != null && name(d, c.sender().orElseThrow()).equals("Vladimir Poutine"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les ministres fran\u00e7ais et allemand des Affaires \u00e9trang\u00e8res ont d\u00e9nonc\u00e9 mardi les frappes. | ministre fran\u00e7ais des Affaires \u00e9trang\u00e8res | FR",
        "Les chefs de la diplomatie fran\u00e7aise et allemande ont d\u00e9nonc\u00e9 mardi les frappes. | chef de la diplomatie fran\u00e7aise | FR"})
    void anUnnamedHolderOfASharedTitleIsNamedInTheSingular(String lead, String holder, String country) {
        Dispatch d = parse("Titre", lead);
        Actor a = actor(d, holder);
        assertThat(a.type()).isEqualTo(ActorType.PERSON);
        assertThat(a.country()).contains(country);
        assertThat(a.role()).contains("ministre des Affaires \u00e9trang\u00e8res");
        assertThat(d.actors()).noneMatch(x -> x.type() == ActorType.GROUP || x.type() == ActorType.STATE);
    }

    @Test
    void statesAsACommonNounAreAGroup() {
        Dispatch d = parse("Titre", "Le HCR a appel\u00e9 mardi les Etats \u00e0 accueillir davantage de r\u00e9fugi\u00e9s.");
        assertThat(actor(d, "Etats").type()).isEqualTo(ActorType.GROUP);
        assertThat(actor(d, "HCR").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void eachSurnameAfterAPluralCivilityIsAPerson() {
        Dispatch d = parse("Titre", "MM. Poutine et Xi ont d\u00e9nonc\u00e9 mardi les sanctions \u00ab ill\u00e9gales \u00bb.");
        assertThat(actor(d, "Vladimir Poutine").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(d, "Xi").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aBareLeaderIsTheHeadOfGovernmentJustNamed() {
        Dispatch d = parse("Titre", "Le Premier ministre hongrois Viktor Orban a bloqu\u00e9 mardi l'aide.",
                "Le dirigeant nationaliste a d\u00e9nonc\u00e9 \u00ab le chantage \u00bb de Bruxelles.");
        Actor orban = actor(d, "Viktor Orban");
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("dirigeant"));
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(orban.id()) && c.quote().orElse("").equals("le chantage"));
    }

    @Test
    void aLeaderOfSomethingElseIsNotTheHeadJustNamed() {
        Dispatch d = parse("Titre", "Viktor Orban a bloqu\u00e9 mardi l'aide.", "Le chef de l'opposition a d\u00e9nonc\u00e9 \u00ab le chantage \u00bb du gouvernement.");
        assertThat(actor(d, "Viktor Orban").aliases()).noneMatch(a -> a.contains("chef"));
    }
}
