package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Who a title, a body's common noun or an incise after a quotation stands for, one construction per fixture, in
 * sentences written for the purpose (session 21, helper ref26).
 */
class ReferenceResolutionTest {

    /** A title whose complement names a body is not an earlier holder of the same bare title who heads something else. */
    @Test
    void aTitleOfAnotherBodyIsNotTheHolderOfTheSameBareTitle() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral du gouvernement, Marc Lemoine, a pr\u00e9sid\u00e9 lundi une r\u00e9union sur la s\u00e9curit\u00e9.",
                "Paris a \u00e9crit mardi au secr\u00e9taire g\u00e9n\u00e9ral de l'ONU pour exposer sa position.");
        Actor lemoine = actor(d, "Marc Lemoine");
        assertThat(lemoine.aliases()).noneMatch(a -> a.contains("ONU"));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.recipients()).isNotEmpty().doesNotContain(lemoine.id()));
    }

    /** The head or minister of another office is someone else than the one named with the first office. */
    @Test
    void theHeadOfAnotherOfficeIsSomeoneElse() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la R\u00e9publique, Jean Dubois, a re\u00e7u les syndicats. Le pr\u00e9sident de la Commission a "
                        + "d\u00e9clar\u00e9 mardi que \u00ab rien n'est d\u00e9cid\u00e9 \u00bb.",
                "Le ministre de l'Int\u00e9rieur, Paul Martin, a annonc\u00e9 des renforts. Le ministre de la D\u00e9fense a affirm\u00e9 jeudi que "
                        + "\u00ab l'arm\u00e9e est pr\u00eate \u00bb.");
        Actor dubois = actor(d, "Jean Dubois");
        Actor martin = actor(d, "Paul Martin");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).hasSize(2)
                .allMatch(c -> c.sender().isPresent() && !c.sender().get().equals(dubois.id()) && !c.sender().get().equals(martin.id()));
    }

    /** "L'organisation" after a body that just acted is that body, not an earlier one whose name says "Organisation". */
    @Test
    void theOrganisationIsTheBodyThatJustActed() {
        Dispatch d = parse("Titre", "L'Organisation des Nations unies a ouvert lundi une conf\u00e9rence \u00e0 Gen\u00e8ve. Dans une lettre publi\u00e9e "
                + "mardi, le Programme alimentaire mondial (PAM) alerte sur la faim au Sahel. L'organisation invite les donateurs \u00e0 une "
                + "r\u00e9union \u00e0 Rome.");
        Actor pam = actor(d, "Programme alimentaire mondial");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(pam.id()));
    }

    /** "l'agence fran\u00e7aise" is the French body named before, though another body's name says "Agence". */
    @Test
    void theAgencyWithAStatesAdjectiveIsThatStatesBody() {
        Dispatch d = parse("Titre", "L'Agence spatiale europ\u00e9enne (ESA) a salu\u00e9 mardi le lancement du satellite. D\u00e9velopp\u00e9 avec le "
                + "Centre national d'\u00e9tudes spatiales (CNES), l'instrument doit mesurer les glaces. Un second satellite est pr\u00e9vu en "
                + "2030, a pr\u00e9cis\u00e9 l'agence fran\u00e7aise.");
        Actor cnes = actor(d, "Centre national d'\u00e9tudes spatiales");
        assertThat(d.communications()).anyMatch(c -> c.evidence().get(0).text().contains("agence fran\u00e7aise") && c.sender().orElse("").equals(cnes.id()));
    }

    /** A quotation in the clause an incise closes is one statement, the incise's speaker's, with the quoted words. */
    @Test
    void aQuotationBeforeAnInciseIsOneStatement() {
        Dispatch d = parse("Titre", "Ottawa \u00ab d\u00e9plore vivement \u00bb cette d\u00e9cision, a r\u00e9agi le porte-parole du minist\u00e8re canadien des "
                + "Affaires \u00e9trang\u00e8res, Paul Tremblay.");
        Actor tremblay = actor(d, "Paul Tremblay");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.quote()).contains("d\u00e9plore vivement");
            assertThat(c.sender()).contains(tremblay.id());
        });
    }

    /** "Selon lui, X est \u00ab \u2026 \u00bb mais n'acceptera \u00ab \u2026 \u00bb": both quotations, one report after the coordinator, are the source's. */
    @Test
    void aSecondQuotationAfterACoordinatorIsTheFrontedSources() {
        Dispatch d = parse("Titre", "Le ministre turc des Affaires \u00e9trang\u00e8res, Ali Demir, a re\u00e7u mardi son homologue iranien. Selon lui, "
                + "l'Iran est \u00ab pr\u00eat \u00e0 discuter \u00bb mais n'acceptera \u00ab aucune pression \u00bb.");
        Actor demir = actor(d, "Ali Demir");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).hasSize(2)
                .allMatch(c -> c.sender().orElse("").equals(demir.id()));
    }
}
