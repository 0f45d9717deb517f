package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands as the seventeenth session's general-news texts (eval/extra17) word them: a prosecutor's requisitions,
 * the one asked named in apposition or through the body it belongs to, a clause resumed after an incise, an appeal
 * named after an incise, a court asked alone, a passive told by the body that reports it.
 */
class GeneralNewsDemandFormsTest {

    @Test
    void aProsecutorsRequisitionsAreTwoPenaltiesPastTheSuspendedPart() {
        Dispatch d = parse("Titre", "Le parquet national financier (PNF) a requis jeudi quatre ans d'emprisonnement, dont deux avec sursis, "
                + "et 150 000 euros d'amende contre l'ancien maire de S\u00e8te Bernard Lacombe.");
        assertThat(name(d, demandStartingWith(d, "quatre ans d'emprisonnement").source().orElseThrow())).isEqualTo("Parquet national financier");
        assertThat(demandStartingWith(d, "150 000 euros d'amende").content()).doesNotContain("sursis");
    }

    @Test
    void aNameInAppositionAfterTheTitleAskedIsTheOneAsked() {
        Dispatch d = parse("Titre", "L'ASMUQ a press\u00e9 jeudi le ministre de la Sant\u00e9, Christian Dub\u00e9, de rouvrir les lits ferm\u00e9s.");
        assertThat(name(d, demandStartingWith(d, "rouvrir les lits").target().orElseThrow())).isEqualTo("Christian Dub\u00e9");
    }

    @Test
    void anUnnamedCommitteeOfABodyAsksThatBody() {
        Dispatch d = parse("Titre", "La F\u00e9d\u00e9ration fran\u00e7aise de football (FFF) a demand\u00e9 lundi \u00e0 la commission de discipline "
                + "de la Ligue de football professionnel (LFP) de sanctionner les auteurs des cris racistes.");
        Demand x = demandStartingWith(d, "sanctionner les auteurs");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Ligue de football professionnel");
    }

    @Test
    void exigerDeUnNommeQuIlLeavesTheOneAskedOutOfTheContent() {
        Dispatch d = parse("Titre", "Les syndicats exigent de la direction qu'elle ouvre sans attendre des n\u00e9gociations sur les salaires.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).startsWith("elle ouvre").doesNotContain("direction"));
    }

    @Test
    void aClauseAskedResumesAfterAShortIncise() {
        Dispatch d = parse("Titre", "Les avocats de Bernard Lacombe demandent que leur client, en d\u00e9tention provisoire depuis octobre, "
                + "soit remis en libert\u00e9 sous contr\u00f4le judiciaire.");
        assertThat(demandStartingWith(d, "leur client").content()).contains("soit remis en libert\u00e9");
    }

    @Test
    void anAppealNamedAfterAnInciseIsTheSubjectsAndAnAppositionIsNoSecondDemand() {
        Dispatch d = parse("Titre", "Les chercheurs ont lanc\u00e9 mardi, dans une tribune publi\u00e9e par le quotidien Le Monde, un appel \u00e0 un "
                + "moratoire imm\u00e9diat sur le flupyradifurone, un insecticide soup\u00e7onn\u00e9 de d\u00e9cimer les abeilles.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).startsWith("un moratoire imm\u00e9diat");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("chercheurs");
        });
    }

    @Test
    void aDeliveryPlatformNamedAfterItsDescriptionIsTheBodyAsked() {
        Dispatch d = parse("Titre", "Le Tribunal f\u00e9d\u00e9ral a ordonn\u00e9 \u00e0 la plateforme de livraison Rapido de verser les cotisations sociales "
                + "de ses coursiers.");
        assertThat(actor(d, "Rapido").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(name(d, demandStartingWith(d, "verser les cotisations").target().orElseThrow())).isEqualTo("Rapido");
    }

    @Test
    void aBodyAskedToActIsNoDescribedCollective() {
        Dispatch d = parse("Le Tribunal f\u00e9d\u00e9ral ordonne \u00e0 une plateforme de verser les cotisations de ses coursiers", "Le jugement est tomb\u00e9.");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.name()).startsWith("plateforme"));
    }

    @Test
    void aCourtAskedAloneIsAnActor() {
        Dispatch d = parse("Titre", "Le procureur Pascal Verdier a \u00e9galement demand\u00e9 au tribunal de prononcer cinq ans d'in\u00e9ligibilit\u00e9.");
        assertThat(name(d, demandStartingWith(d, "prononcer cinq ans").target().orElseThrow())).isEqualTo("tribunal");
    }

    @Test
    void aPassiveDemandToldByAnInvertedBodyIsThatBodys() {
        Dispatch d = parse("Titre", "Dans plusieurs d\u00e9partements, les habitants sont appel\u00e9s \u00e0 r\u00e9duire leur consommation d'eau, "
                + "a rappel\u00e9 la pr\u00e9fecture de la Dr\u00f4me.");
        assertThat(name(d, demandStartingWith(d, "r\u00e9duire leur consommation").source().orElseThrow())).isEqualTo("pr\u00e9fecture de la Dr\u00f4me");
    }

    /**
     * A call to a strike "from" a date: the first {@code à} opens the noun asked for, and {@code à partir du} is no
     * infinitive asked (coordinator, from eval/extra17).
     */
    @Test
    void aStrikeCalledFromADateIsTheStrikeNotPartir() {
        Dispatch d = parse("Titre", "Les syndicats ont appel\u00e9 mardi les contr\u00f4leurs \u00e0 une gr\u00e8ve reconductible \u00e0 partir du 2 avril.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).startsWith("une gr\u00e8ve reconductible"));
    }

    /** {@code attendre de X « … »}: what is expected of X is asked of X even when quoted (coordinator, from eval/extra14). */
    @Test
    void whatIsExpectedOfAStateInQuotesIsAsked() {
        Dispatch d = parse("Titre", "Donald Trump dit attendre de Bogot\u00e1 \u00ab une coop\u00e9ration totale \u00bb contre le trafic.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Donald Trump");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Colombie");
        });
    }
}
