package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Appeals and demands as news tells them beyond "X a demand\u00e9 \u00e0 Y de \u2026", as the twenty-third session's set eval/extra28
 * writes them, one construction per fixture, in sentences written for the purpose.
 */
class AppealAndDemandFormsTest {

    /** A demand verb negated outside a quotation, its negation after an adverb ("ne recommande toutefois aucune"), asks nothing. */
    @Test
    void aNegatedAskOutsideQuotationsIsNoDemand() {
        Dispatch d = parse("Titre", "L'Organisation mondiale de la sant\u00e9 ne recommande toutefois aucune fermeture des \u00e9coles.");
        assertThat(d.demands()).isEmpty();
    }

    /** "un appel au r\u00e9tablissement de \u2026": the noun of an act after "au" is what is asked, not an unnamed addressee. */
    @Test
    void anActNounAfterAuIsWhatIsAsked() {
        Dispatch d = parse("Titre", "L'Union africaine a renouvel\u00e9 son appel au r\u00e9tablissement de la l\u00e9galit\u00e9 constitutionnelle.",
                "Le Conseil de s\u00e9curit\u00e9 a lanc\u00e9 un appel au d\u00e9sarmement des milices.");
        assertThat(d.demands()).hasSize(2);
        assertThat(d.demands()).anyMatch(x -> x.content().contains("r\u00e9tablissement de la l\u00e9galit\u00e9"));
        assertThat(d.demands()).anyMatch(x -> x.content().contains("d\u00e9sarmement des milices"));
    }

    /** "\u00e0 l'exploitant X de \u2026", "au groupe X de \u2026": the company named after its common noun is the one asked. */
    @Test
    void aCompanyNamedAfterItsCommonNounIsTheOneAsked() {
        Dispatch d = parse("Titre", "Le tribunal a enjoint \u00e0 l'exploitant Nucleor de publier ses relev\u00e9s.",
                "Le ministre a demand\u00e9 au groupe Vexalis de suspendre les travaux.");
        assertThat(demandStartingWith(d, "publier").target()).contains(actor(d, "Nucleor").id());
        assertThat(demandStartingWith(d, "suspendre").target()).contains(actor(d, "Vexalis").id());
    }

    /** "a \u00e9crit \u00e0 la nouvelle ministre \u2026 pour lui demander de \u2026": an adjective before the title leaves her the one written to and asked. */
    @Test
    void anAdjectiveBeforeATitleLeavesItTheOneAddressed() {
        Dispatch d = parse("Titre", "Le maire de Lyon, Paul Girard, a \u00e9crit \u00e0 la nouvelle ministre de la Culture pour lui demander de sauver le festival.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).startsWith("ministre")));
        assertThat(demandStartingWith(d, "sauver").target().map(t -> name(d, t))).hasValueSatisfying(n -> assertThat(n).startsWith("ministre"));
    }

    /** "Le FPI, que dirige X, a appel\u00e9 \u2026": the subject inverted in the relative describes the party, which asks. */
    @Test
    void theBodyBeforeARelativeWithAnInvertedSubjectIsTheSubject() {
        Dispatch d = parse("Titre", "Le Front populaire ivoirien (FPI), que dirige Jean Kacou, a appel\u00e9 ses partisans \u00e0 une marche pacifique.");
        assertThat(demandStartingWith(d, "une marche").source().map(s -> name(d, s))).hasValueSatisfying(n -> assertThat(n).contains("Front populaire"));
    }

    /** "Sa pr\u00e9sidente, X" of a body, then "le pr\u00e9sident de la R\u00e9publique": the head of state is someone else. */
    @Test
    void theHeadOfABodyIsNotTheHeadOfState() {
        Dispatch d = parse("Titre", "La F\u00e9d\u00e9ration des parents d'\u00e9l\u00e8ves a protest\u00e9. Sa pr\u00e9sidente, Claire Morel, a d\u00e9nonc\u00e9 une r\u00e9forme b\u00e2cl\u00e9e.",
                "Paul Martin a suppli\u00e9 le pr\u00e9sident de la R\u00e9publique d'intervenir.");
        Actor morel = actor(d, "Claire Morel");
        assertThat(morel.aliases()).noneMatch(a -> a.contains("R\u00e9publique"));
        assertThat(demandStartingWith(d, "intervenir").target()).isPresent().isNotEqualTo(java.util.Optional.of(morel.id()));
    }

    /** "Le bourgmestre de Wavre" after a person named with no title is the office of that town, not that person. */
    @Test
    void theHolderOfANamedPlacesOfficeIsNotThePersonNamedBefore() {
        Dispatch d = parse("Titre", "Le parti a tenu son congr\u00e8s. Luc Dumont a salu\u00e9 le vote.",
                "Le bourgmestre de Wavre a demand\u00e9 que les riverains soient consult\u00e9s.");
        assertThat(actor(d, "Luc Dumont").aliases()).noneMatch(a -> a.contains("bourgmestre"));
        assertThat(demandStartingWith(d, "les riverains").source().map(s -> name(d, s))).hasValueSatisfying(n -> assertThat(n).startsWith("bourgmestre"));
    }

    /** "un ultimatum au gouvernement : il exige des X et des Y": two demands of the one the ultimatum names, no "il exige" in them. */
    @Test
    void anUltimatumsColonClauseRestatingItAsksTheOneItNames() {
        Dispatch d = parse("Titre", "Le syndicat des cheminots a lanc\u00e9 un ultimatum au gouvernement burkinab\u00e8 : il exige des hausses de salaire "
                + "et des embauches d'ici lundi.");
        Actor burkina = actor(d, "Burkina Faso");
        assertThat(d.demands()).hasSize(2).allMatch(x -> x.target().orElse("").equals(burkina.id()))
                .noneMatch(x -> x.content().contains("exige"));
        assertThat(demandStartingWith(d, "des hausses de salaire").source().map(s -> actor(d, name(d, s)).type())).contains(ActorType.ORGANISATION);
    }

    /** "leur a demand\u00e9" after a meeting with one person: the plural clitic is not that person. */
    @Test
    void aPluralCliticIsNotTheOnePersonJustMet() {
        Dispatch d = parse("Titre", "Le ministre de la Sant\u00e9, Paul Okoth, a re\u00e7u mardi le repr\u00e9sentant de l'Unicef. Il a appel\u00e9 les habitants "
                + "au calme et leur a demand\u00e9 de respecter les consignes.");
        Demand asked = demandStartingWith(d, "respecter");
        assertThat(asked.target().map(t -> name(d, t)).orElse("")).doesNotContain("repr\u00e9sentant");
    }

    /** A headline's demand told again in the lead with its day takes the lead's day. */
    @Test
    void aHeadlineDemandTakesTheDayOfTheLead() {
        Dispatch d = parse("Greenpeace exige la fermeture de la centrale de Tihange",
                "Greenpeace a r\u00e9clam\u00e9 lundi la fermeture de la centrale de Tihange.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.date()).contains(LocalDate.of(2022, 2, 7)));
    }

    /** "Les revendications de X portent (aussi) sur Y": X asks Y. */
    @Test
    void whatTheDemandsOfABodyBearOnIsAsked() {
        Dispatch d = parse("Titre", "Les revendications de la CGT portent aussi sur le paiement des jours de gr\u00e8ve.");
        Demand asked = demandStartingWith(d, "le paiement des jours de gr\u00e8ve");
        assertThat(asked.source().map(s -> name(d, s))).hasValueSatisfying(n -> assertThat(n).contains("travail"));
    }

    /** "exige que la direction revienne \u2026" after a company: the company's management is asked. */
    @Test
    void theManagementAsSubjectOfAClauseAskedIsTheCompany() {
        Dispatch d = parse("Titre", "Le fabricant Thermaline a annonc\u00e9 la fermeture de l'usine. \u00ab Nous exigeons que la direction revienne sur sa "
                + "d\u00e9cision \u00bb, a d\u00e9clar\u00e9 le d\u00e9l\u00e9gu\u00e9 syndical Marc Petit.");
        assertThat(demandStartingWith(d, "la direction revienne").target()).contains(actor(d, "Thermaline").id());
    }

    /** "Une cinquantaine de bless\u00e9s \u2026 Ils exigent \u2026": a singular count before a group noun makes a group that asks. */
    @Test
    void aSingularCountBeforeAGroupNounMakesAGroupThatAsks() {
        Dispatch d = parse("Titre", "Une cinquantaine de bless\u00e9s ont entam\u00e9 une gr\u00e8ve de la faim. Ils exigent la publication de la liste des victimes.");
        assertThat(demandStartingWith(d, "la publication").source().map(s -> actor(d, name(d, s)).type())).contains(ActorType.GROUP);
    }
}
