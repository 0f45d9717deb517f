package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Collective subjects that speak or ask: counted people, trades and bodies, a state's organs named alone. */
class CollectiveActorTest {

    @Test
    void thousandsOfPeopleAsk() {
        Dispatch d = parse("Titre", "Des milliers de personnes ont r\u00e9clam\u00e9 dimanche \u00e0 Hong Kong des \u00e9lections libres.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("personnes");
            assertThat(x.content()).isEqualTo("des \u00e9lections libres");
        });
        assertThat(actor(d, "personnes").type()).isEqualTo(ActorType.GROUP);
        assertThat(actor(d, "personnes").aliases()).contains("milliers de personnes");
    }

    @Test
    void countedPeopleWhoDoNotActAreNoActor() {
        Dispatch d = parse("Titre", "Des millions de personnes vivent sous le seuil de pauvret\u00e9, selon le rapport.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("personnes"));
    }

    @Test
    void elidedCountedGroupThenItsPronounAsks() {
        Dispatch d = parse("Les infirmi\u00e8res belges dans la rue",
                "Plusieurs milliers d'infirmi\u00e8res ont manifest\u00e9 mardi \u00e0 Bruxelles. Le ministre de la Sant\u00e9, Frank Vandenbroucke,"
                + " a re\u00e7u une d\u00e9l\u00e9gation. Elles r\u00e9clament davantage de personnel.");
        // the nurses of the headline and of the lead are one group, and "Elles" is they, not the minister
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("infirmi\u00e8res belges"));
        assertThat(actor(d, "infirmi\u00e8res belges").aliases()).contains("milliers d'infirmi\u00e8res");
    }

    @Test
    void rectorsAskTheGovernment() {
        Dispatch d = parse("Titre", "Les recteurs ont demand\u00e9 lundi au Conseil f\u00e9d\u00e9ral de maintenir la participation au programme Erasmus+.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("recteurs");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Conseil f\u00e9d\u00e9ral");
        });
    }

    @Test
    void rightsAssociationsWithTheirComplementAsk() {
        Dispatch d = parse("Titre", "Des associations de d\u00e9fense des droits humains ont appel\u00e9 P\u00e9kin \u00e0 lib\u00e9rer les militants d\u00e9tenus.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("associations de d\u00e9fense des droits humains");
            assertThat(x.content()).isEqualTo("lib\u00e9rer les militants d\u00e9tenus");
        });
    }

    @Test
    void aStudentsAdjectiveStaysAnAdjective() {
        Dispatch d = parse("Titre", "Quelques associations \u00e9tudiantes r\u00e9clament la gratuit\u00e9 scolaire.");
        assertThat(d.demands()).singleElement()
                .satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("associations \u00e9tudiantes"));
    }

    @Test
    void aCourtNamedAloneOrders() {
        Dispatch d = parse("Titre", "Le tribunal administratif a ordonn\u00e9 jeudi la reprise du trafic sur deux lignes.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("tribunal administratif");
            assertThat(x.content()).isEqualTo("la reprise du trafic sur deux lignes");
        });
        assertThat(actor(d, "tribunal administratif").type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void thePoliceAsAnInvertedSpeaker() {
        Dispatch d = parse("Titre", "Trois personnes sont mortes dans la nuit, a indiqu\u00e9 la police.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("police");
        });
    }

    @Test
    void theTaxOfficeOfTheStateAtHand() {
        Dispatch d = parse("Titre", "Le gouvernement croate a publi\u00e9 la liste. Le fisc a exig\u00e9 le remboursement des sommes dues.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("fisc"));
        assertThat(actor(d, "fisc").affiliation()).isPresent();
    }

    @Test
    void anOrganAfterAPrepositionIsNoSubject() {
        Dispatch d = parse("Titre", "L'intervention de la police a provoqu\u00e9 des heurts. La police est intervenue vers minuit.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("police"));
    }

    @Test
    void aCompanysManagementSpeaksForTheCompany() {
        Dispatch d = parse("Titre", "La direction de la SNCF a annonc\u00e9 mercredi l'ouverture de n\u00e9gociations."
                + " Elle a demand\u00e9 aux syndicats de suspendre le mouvement.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("SNCF");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("syndicats");
        });
        assertThat(d.communications()).anySatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("SNCF"));
    }

    @Test
    void aDirectionOfTravelNamesNoOne() {
        Dispatch d = parse("Titre", "Les convois roulent en direction de l'ONU et de ses bureaux.");
        assertThat(d.actors()).noneMatch(a -> a.aliases().stream().anyMatch(n -> n.startsWith("direction")));
    }
}
