package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Speakers and acts as volunteers write them in Wikinews articles on international politics (the twenty-first
 * session's set eval/extra24), one construction per fixture, in sentences written for the purpose.
 */
class AmateurWikinewsFormsTest {

    /** A title whose complement is a state's seat ("du Kremlin", "de l'\u00c9lys\u00e9e") names its holder right after it, with no comma. */
    @Test
    void aTitleOfASeatNamesItsHolderWithoutAComma() {
        Dispatch d = parse("Titre", "Le porte-parole du Kremlin Dmitri Ivanov a jug\u00e9 la proposition \u00ab pr\u00e9matur\u00e9e \u00bb.",
                "Le porte-parole de l'\u00c9lys\u00e9e Jean Morin a salu\u00e9 un accord \u00ab \u00e9quilibr\u00e9 \u00bb.");
        Actor ivanov = actor(d, "Dmitri Ivanov");
        Actor morin = actor(d, "Jean Morin");
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("pr\u00e9matur\u00e9e") && c.sender().orElse("").equals(ivanov.id()));
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("\u00e9quilibr\u00e9") && c.sender().orElse("").equals(morin.id()));
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("porte-parole"));
    }

    /** "Selon lui, X seraient \u00ab \u2026 \u00bb": the quoted words are those of the one "lui" stands for, not of the clause's subject. */
    @Test
    void aQuotationAfterSelonLuiIsThePronounsOwn() {
        Dispatch d = parse("Titre", "Le n\u00e9gociateur tchadien, Idriss Mahamat, a quitt\u00e9 la salle mardi.",
                "Selon lui, le Soudan est \u00ab pr\u00eat \u00e0 signer \u00bb d\u00e8s la semaine prochaine.");
        Actor mahamat = actor(d, "Idriss Mahamat");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(mahamat.id()));
    }

    /** "Il a ajout\u00e9 : \u00ab \u2026 \u00bb" after a person spoke in the sentence before goes to the person, not to a state named since. */
    @Test
    void aPronounThatAddsWordsAfterAPersonSpokeIsThePerson() {
        Dispatch d = parse("Titre", "\u00ab Nous avons gagn\u00e9 \u00bb a d\u00e9clar\u00e9 le ministre malien de la D\u00e9fense, Oumar Traor\u00e9.",
                "D'apr\u00e8s le ministre, Bamako va demander l'aide de l'Union africaine. Il a ajout\u00e9 : \u00ab Rien n'est fini. \u00bb");
        Actor traore = actor(d, "Oumar Traor\u00e9");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).hasSize(2)
                .allSatisfy(c -> assertThat(c.sender()).contains(traore.id()));
    }

    /** A given name before a known person's surname that is not the known person's own names another person, also later by the surname alone. */
    @Test
    void aDifferentGivenNameBeforeAKnownSurnameIsANamesake() {
        Dispatch d = parse("Titre", "Le porte-parole du minist\u00e8re, Vincent Lagarde, a parl\u00e9 d'un \u00ab signal fort \u00bb.",
                "Lagarde a ensuite \u00e9voqu\u00e9 une \u00ab \u00e9tape \u00bb.");
        Actor vincent = actor(d, "Vincent Lagarde");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Christine Lagarde"));
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(c.sender()).contains(vincent.id()));
    }

    /** "X (ACR), r\u00e9uni mardi \u00e0 \u2026, a exig\u00e9 que \u2026": a meeting's participle set off after a body and its acronym is no main clause. */
    @Test
    void aMeetingParticipleAfterABodyAndItsAcronymLeavesTheBodyTheSubject() {
        Dispatch d = parse("Titre", "L'Organisation des Nations unies (ONU), r\u00e9unie lundi \u00e0 Gen\u00e8ve, a exig\u00e9 que le Mali lib\u00e8re les otages.");
        Actor onu = actor(d, "Organisation des Nations unies");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.source()).contains(onu.id());
            assertThat(x.content()).contains("lib\u00e8re les otages");
        });
    }

    /** "X alerte sur le sort des r\u00e9fugi\u00e9s et demande \u00ab \u2026 \u00bb": the quotation after a coordinated verb is the first verb's subject's. */
    @Test
    void aQuotationAfterACoordinatedVerbIsTheFirstVerbsSubjects() {
        Dispatch d = parse("Titre", "Dans une lettre adress\u00e9e au ministre, l'Unicef alerte sur le sort des enfants d\u00e9plac\u00e9s et r\u00e9clame un \u00ab acc\u00e8s sans entrave \u00bb.");
        Actor unicef = d.actors().stream().filter(a -> a.type() == ActorType.ORGANISATION).findFirst().orElseThrow();
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(unicef.id()));
    }

    /** A junta named with its state's adjective ("la junte guin\u00e9enne") is that state's government, so the state. */
    @Test
    void aJuntaWithItsStatesAdjectiveIsTheState() {
        Dispatch d = parse("Titre", "L'Union africaine a donn\u00e9 deux semaines \u00e0 la junte nig\u00e9rienne pour lib\u00e9rer le pr\u00e9sident d\u00e9chu.");
        Actor niger = actor(d, "Niger");
        assertThat(niger.type()).isEqualTo(ActorType.STATE);
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.target()).contains(niger.id()));
    }

    /** "Selon lui, X ont \u00e9t\u00e9 re\u00e7ues et Y seraient \u00ab \u2026 \u00bb": a passive verb in between is no one's speech; the words stay the source's. */
    @Test
    void aPassiveVerbAfterSelonLuiLeavesTheQuotationToTheSource() {
        Dispatch d = parse("Titre", "Le porte-parole de l'arm\u00e9e, Marc Dubois, a refus\u00e9 tout commentaire.",
                "Selon lui, des messages ont \u00e9t\u00e9 re\u00e7us dimanche et les marins seraient \u00ab sains et saufs \u00bb.");
        Actor dubois = actor(d, "Marc Dubois");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(dubois.id()));
    }

    /** "le secr\u00e9taire am\u00e9ricain \u00e0 la D\u00e9fense", "la secr\u00e9taire am\u00e9ricaine au Tr\u00e9sor": the office with the state's adjective inside is a title. */
    @Test
    void anAmericanSecretaryWithTheAdjectiveInsideIsATitle() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire am\u00e9ricain \u00e0 la D\u00e9fense s'est entretenu mardi avec le ministre japonais de la D\u00e9fense.",
                "La secr\u00e9taire am\u00e9ricaine au Tr\u00e9sor, Janet Brown, a jug\u00e9 les sanctions \u00ab efficaces \u00bb.");
        assertThat(d.communications()).anyMatch(c -> c.sender().map(id -> d.actors().stream()
                .anyMatch(a -> a.id().equals(id) && a.name().startsWith("secr\u00e9taire am\u00e9ricain"))).orElse(false));
        Actor brown = actor(d, "Janet Brown");
        assertThat(brown.role()).isPresent();
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("efficaces") && c.sender().orElse("").equals(brown.id()));
    }
}
