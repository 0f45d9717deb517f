package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Places that only locate are no actors; the same state acting or acted upon elsewhere is one. */
class LocatingPlaceTest {

    @Test
    void aStateTheStormHeadsForOnlyLocates() {
        Dispatch d = parse("La temp\u00eate faiblit",
                "La temp\u00eate tropicale a perdu de sa force mardi. Elle poursuit sa route vers le Mexique, selon le centre de pr\u00e9vision.");
        assertThat(d.actorNamed("Mexique")).isEmpty();
    }

    @Test
    void aStateNamedAsAPlaceAndAsASpeakerIsReported() {
        Dispatch d = parse("Titre",
                "Des inondations ont fait douze morts au Mexique. Le Mexique a demand\u00e9 l'aide de ses voisins.");
        assertThat(actor(d, "Mexique").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aStateInQuotedWordsIsWhatTheSpeakerSpeaksOf() {
        Dispatch d = parse("Titre",
                "\u00abNous demandons le retrait des troupes stationn\u00e9es au Mexique\u00bb, a d\u00e9clar\u00e9 le ministre.");
        assertThat(actor(d, "Mexique").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aCapitalLabellingTheHeadlineOrOpeningANameIsNoState() {
        Dispatch d = parse("Lisbonne : un mort dans une bousculade",
                "Une personne est morte dans une bousculade au stade Lisbonne Arena, a indiqu\u00e9 la police.");
        assertThat(d.actorNamed("Portugal")).isEmpty();
    }

    @Test
    void aCapitalNamingTheTownOfALocalBodyOrPlaceIsNoState() {
        Dispatch d = parse("Titre", "Le tribunal correctionnel de Paris a condamn\u00e9 mardi l'ancien ministre.",
                "L'a\u00e9roport de Bruxelles a \u00e9t\u00e9 ferm\u00e9, a annonc\u00e9 la mairie de Berlin.");
        assertThat(d.actorNamed("France")).isEmpty();
        assertThat(d.actorNamed("Commission europ\u00e9enne")).isEmpty();
        assertThat(d.actorNamed("Allemagne")).isEmpty();
    }

    @Test
    void townsAfterThePluralOfAVenueAreNoStates() {
        Dispatch d = parse("Titre", "Le film sortira dans les cin\u00e9mas de Rome, Ath\u00e8nes et Tokyo.",
                "Les \u00e9coles de Kiev ont ferm\u00e9 et les th\u00e9\u00e2tres de Londres ont rouvert.");
        assertThat(d.actors()).isEmpty();
    }

    @Test
    void everyTownListedAfterANounOfLocalPlacesIsNoState() {
        Dispatch d = parse("Titre", "La tourn\u00e9e passera par les villes de Lyon, Madrid, Porto et Berlin avant de revenir.",
                "Les rues de Dakar, Bamako et Niamey ont \u00e9t\u00e9 bloqu\u00e9es. Moscou et P\u00e9kin ont condamn\u00e9 le tir.");
        assertThat(d.actorNamed("Espagne")).isEmpty();
        assertThat(d.actorNamed("Allemagne")).isEmpty();
        assertThat(d.actorNamed("Mali")).isEmpty();
        assertThat(d.actorNamed("Niger")).isEmpty();
        assertThat(actor(d, "Chine").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aStateClosingAHyphenatedPlaceNameIsNoState() {
        Dispatch d = parse("Titre", "Les colons de Nouvelle-Angleterre ont protest\u00e9. La Basse-Autriche a vot\u00e9 la loi.",
                "Elle habite en \u00cele-de-France. Le conflit Isra\u00ebl-Hamas continue. La Guin\u00e9e-Bissau a protest\u00e9.");
        assertThat(d.actorNamed("Royaume-Uni")).isEmpty();
        assertThat(d.actorNamed("Autriche")).isEmpty();
        assertThat(d.actorNamed("France")).isEmpty();
        assertThat(actor(d, "Isra\u00ebl").type()).isEqualTo(ActorType.STATE);
        assertThat(actor(d, "Guin\u00e9e-Bissau").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aStateLabellingTheHeadlineOnlyLocates() {
        Dispatch d = parse("Br\u00e9sil : un festival de musique attire un million de visiteurs",
                "Le festival s'est achev\u00e9 dimanche \u00e0 Rio. Le Chili a annonc\u00e9 qu'il accueillerait la prochaine \u00e9dition.");
        assertThat(d.actorNamed("Br\u00e9sil")).isEmpty();
        assertThat(actor(d, "Chili").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aCapitalStandingForItsGovernmentStaysTheState() {
        Dispatch d = parse("Titre", "Le gouvernement de Kiev a salu\u00e9 la d\u00e9cision de Paris.");
        assertThat(actor(d, "Ukraine").type()).isEqualTo(ActorType.STATE);
        assertThat(actor(d, "France").type()).isEqualTo(ActorType.STATE);
    }

    @Test
    void aCapitalClosingAClubsNameIsNoState() {
        Dispatch d = parse("Titre", "Le Dynamo Kiev a battu le Spartak Moscou 2-1. Selon Moscou, le match s'est bien d\u00e9roul\u00e9.");
        assertThat(actor(d, "Dynamo Kiev").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actorNamed("Ukraine")).isEmpty();
        assertThat(actor(d, "Russie").mentions()).hasSize(1);
    }

    @Test
    void aStateOrCapitalNamingAnEventIsNoActor() {
        Dispatch d = parse("Titre", "Les Jeux olympiques de Paris ont attir\u00e9 des millions de spectateurs.",
                "Le Tour de France partira de Florence.");
        assertThat(d.actorNamed("France")).isEmpty();
    }
}
