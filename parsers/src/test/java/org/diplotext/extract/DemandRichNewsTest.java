package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Demands as the nineteenth session's demand-rich articles (eval/extra20) word them: a union named back as "le
 * syndicat", a regional demonym standing for the person just named, a request appended to an inverted quotation
 * (`a-t-il affirm\u00e9, tout en invitant`, `a-t-elle assur\u00e9, avant d'inviter`), and bodies of sport and business the
 * lexicon now knows.
 */
class DemandRichNewsTest {

    @Test
    void theUnionIsTheOneUnionNamed() {
        Dispatch d = parse("Titre", "La CGT-Spectacle a appel\u00e9 mercredi les techniciens \u00e0 se mettre en gr\u00e8ve.",
                "Le syndicat exige le retrait du d\u00e9cret et r\u00e9clame une n\u00e9gociation avec les partenaires sociaux.");
        assertThat(name(d, demandStartingWith(d, "le retrait du d\u00e9cret").source().orElseThrow())).isEqualTo("F\u00e9d\u00e9ration CGT du spectacle");
        assertThat(name(d, demandStartingWith(d, "une n\u00e9gociation").source().orElseThrow())).isEqualTo("F\u00e9d\u00e9ration CGT du spectacle");
    }

    @Test
    void theUnionIsNotGuessedWhenTwoAreNamed() {
        Dispatch d = parse("Titre", "Unia et Syna ont appel\u00e9 lundi le Conseil f\u00e9d\u00e9ral \u00e0 intervenir.",
                "\u00ab Nous demandons \u00e0 la famille Beltrame de garantir les emplois \u00bb, a d\u00e9clar\u00e9 Bruna Campanello, responsable de "
                        + "l'industrie chez Unia. Le syndicat r\u00e9clame en outre l'ouverture de n\u00e9gociations.");
        assertThat(d.demands()).noneSatisfy(x -> {
            assertThat(x.content()).startsWith("l'ouverture de n\u00e9gociations");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Syna");
        });
    }

    @Test
    void aRegionalDemonymIsThePersonJustNamed() {
        Dispatch d = parse("Titre", "\u00ab On demande toujours aux m\u00eames de payer \u00bb, a d\u00e9nonc\u00e9 le copr\u00e9sident du PS, Marco Rossi.",
                "Le Tessinois a exhort\u00e9 le Conseil f\u00e9d\u00e9ral \u00e0 plafonner les primes.");
        assertThat(name(d, demandStartingWith(d, "plafonner les primes").source().orElseThrow())).isEqualTo("Marco Rossi");
        assertThat(d.actors()).noneSatisfy(a -> assertThat(a.name()).isEqualTo("Tessinois"));
    }

    @Test
    void aGerundAfterAnInvertedPronounAsksForTheQuotationsSpeaker() {
        Dispatch d = parse("Titre", "Le PDG d'Hydro-Qu\u00e9bec, Michel Sabourin, a d\u00e9fendu la hausse.",
                "\u00ab Nous investissons pour les quarante prochaines ann\u00e9es \u00bb, a-t-il affirm\u00e9 en entrevue, tout en invitant les clients "
                        + "\u00e0 s'inscrire au programme d'\u00e9conomie d'\u00e9nergie.");
        assertThat(name(d, demandStartingWith(d, "s'inscrire au programme").source().orElseThrow())).isEqualTo("Michel Sabourin");
    }

    @Test
    void anInfinitiveAfterAvantDeIsAnActOfTheQuotationsSpeaker() {
        Dispatch d = parse("Titre", "La ministre, H\u00e9l\u00e8ne Courtois, a r\u00e9pondu mercredi.",
                "\u00ab Aucune mission n'est abandonn\u00e9e \u00bb, a-t-elle assur\u00e9, avant d'inviter les chercheurs \u00e0 pr\u00e9senter un plan de r\u00e9duction des co\u00fbts.");
        assertThat(name(d, demandStartingWith(d, "pr\u00e9senter un plan").source().orElseThrow())).isEqualTo("H\u00e9l\u00e8ne Courtois");
    }

    @Test
    void theRugbyLeagueIsNoRepublicAndItsClubsAreKnown() {
        Dispatch d = parse("Titre", "Le Stade rochelais a demand\u00e9 mercredi \u00e0 la Ligue nationale de rugby (LNR) de lever la suspension "
                + "de son capitaine apr\u00e8s le match contre le Racing 92.");
        assertThat(name(d, demandStartingWith(d, "lever la suspension").target().orElseThrow())).isEqualTo("Ligue nationale de rugby");
        assertThat(name(d, demandStartingWith(d, "lever la suspension").source().orElseThrow())).isEqualTo("Stade rochelais");
        assertThat(actor(d, "Racing 92").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void hydroQuebecIsACompanyAndTheLandlordsCorporationIsWhole() {
        Dispatch d = parse("Titre", "Hydro-Qu\u00e9bec a r\u00e9clam\u00e9 une hausse des tarifs.",
                "La Corporation des propri\u00e9taires immobiliers du Qu\u00e9bec (CORPIQ) demande aux \u00e9lus de ne pas punir les petits propri\u00e9taires.");
        assertThat(actor(d, "Hydro-Qu\u00e9bec").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(name(d, demandStartingWith(d, "ne pas punir").source().orElseThrow())).isEqualTo("Corporation des propri\u00e9taires immobiliers du Qu\u00e9bec");
    }

    @Test
    void anAdjectiveOfTheAskedIsNoPartOfWhatAnAppealAsks() {
        Dispatch d = parse("Titre", "Le bourgmestre de Virton, Marc G\u00e9rard, a lanc\u00e9 un appel aux autorit\u00e9s f\u00e9d\u00e9rales pour qu'elles d\u00e9bloquent "
                + "une aide \u00e0 la reconversion des travailleurs.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).startsWith("elles d\u00e9bloquent une aide"));
    }

    @Test
    void theCliticOfALettersPurposeIsItsUnnamedAddresseesNotSomeoneMetBefore() {
        Dispatch d = parse("Titre", "\u00ab Nous appliquons une tol\u00e9rance z\u00e9ro \u00bb, a expliqu\u00e9 le manager de l'\u00e9quipe, St\u00e9phane Heulot, qui dit avoir appris "
                + "la nouvelle par un appel du pr\u00e9sident de l'UCI, David Lappartient.",
                "Le Fran\u00e7ais a \u00e9galement \u00e9crit aux autres coureurs de l'\u00e9quipe pour leur demander de ne pas s'exprimer dans la presse.");
        assertThat(demandStartingWith(d, "ne pas s'exprimer").target()).isEmpty();
        assertThat(name(d, demandStartingWith(d, "ne pas s'exprimer").source().orElseThrow())).isEqualTo("St\u00e9phane Heulot");
    }

    @Test
    void sommerAsksWithDeEvenOfAnUnnamedBodyAndAfterAnApposition() {
        Dispatch d = parse("Titre", "Le ministre wallon, Pierre-Yves Jadot, a somm\u00e9 le groupe de \u00ab jouer franc-jeu \u00bb et de transmettre "
                + "\u00e0 la R\u00e9gion la liste des offres re\u00e7ues.");
        assertThat(name(d, demandStartingWith(d, "jouer franc-jeu").source().orElseThrow())).isEqualTo("Pierre-Yves Jadot");
        assertThat(demandStartingWith(d, "transmettre \u00e0 la R\u00e9gion").content()).contains("la liste des offres");
    }

    @Test
    void aSecondVerbAfterItsCliticEndsWhatTheFirstAsks() {
        Dispatch d = parse("Titre", "Le groupe Section Grenat somme la direction du Servette FC de \u00ab d\u00e9fendre ses fid\u00e8les \u00bb et l'invite \u00e0 organiser "
                + "une r\u00e9union avec les associations de supporters.");
        assertThat(demandStartingWith(d, "d\u00e9fendre ses fid\u00e8les").content()).doesNotContain("invite");
        assertThat(demandStartingWith(d, "organiser une r\u00e9union").content()).startsWith("organiser une r\u00e9union");
    }
}
