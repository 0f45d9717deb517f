package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Actors as agency wires name them (eleventh session's set eval/extra9): long titles, regional offices. */
class WireActorTest {

    @Test
    void aTitleHeldInATownStillNamesThePersonAfterItsComma() {
        Dispatch d = parse("Titre", "L'ambassadrice de France aupr\u00e8s des organisations internationales \u00e0 Vienne, Claire Morvan, a d\u00e9clar\u00e9 que rien n'\u00e9tait jou\u00e9.",
                "Le directeur g\u00e9n\u00e9ral de l'AIEA avait exhort\u00e9 les autorit\u00e9s iraniennes \u00e0 autoriser une visite.");
        assertThat(actor(d, "Claire Morvan").role()).isPresent();
        assertThat(name(d, demandStartingWith(d, "autoriser").source().orElseThrow())).isEqualTo("directeur g\u00e9n\u00e9ral de l'AIEA");
    }

    @Test
    void aRegionsPremierIsNotTheStatesPremierNamedBefore() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e au premier ministre du Canada, le premier ministre qu\u00e9b\u00e9cois r\u00e9clame qu'Ottawa verse une compensation.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("premier ministre qu\u00e9b\u00e9cois"));
    }

    @Test
    void aRemitAfterChargeDeBelongsToTheTitle() {
        Dispatch d = parse("Titre", "Le conseiller f\u00e9d\u00e9ral charg\u00e9 des affaires \u00e9trang\u00e8res a appel\u00e9 les Etats de la r\u00e9gion, "
                + "en particulier les Emirats arabes unis, \u00e0 user de leur influence sur les bellig\u00e9rants.");
        var x = demandStartingWith(d, "user de leur influence");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("conseiller f\u00e9d\u00e9ral charg\u00e9 des affaires \u00e9trang\u00e8res");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Etats de la r\u00e9gion");
    }

    @Test
    void aStatesArmedForcesAreItsArmyAndTheArmyAskedInAClauseIsIt() {
        Dispatch d = parse("Titre", "Les Forces arm\u00e9es soudanaises ont exig\u00e9 une tr\u00eave.",
                "Les FSR ont exig\u00e9 que l'arm\u00e9e l\u00e8ve le blocus des routes du nord.");
        assertThat(actor(d, "Forces arm\u00e9es soudanaises").type()).isEqualTo(org.diplotext.model.ActorType.ORGANISATION);
        assertThat(name(d, demandStartingWith(d, "l'arm\u00e9e l\u00e8ve").target().orElseThrow())).isEqualTo("Forces arm\u00e9es soudanaises");
    }

    @Test
    void aPartyNamedByAnAdjectiveOfNoAdjectiveEndingKeepsIt() {
        Dispatch d = parse("Titre", "Le Parti conservateur plaide pour une r\u00e9duction des seuils d'immigration.",
                "L'opposition socialiste a demand\u00e9 la comparution du ministre.");
        assertThat(name(d, demandStartingWith(d, "une r\u00e9duction").source().orElseThrow())).isEqualTo("Parti conservateur");
    }
}
