package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of communication in international and national political news (session 19's set eval/extra21: a border
 * incident, a state visit, a Security Council vote, EU sanctions, a hostage release, an election abroad, an embassy
 * attack, the IAEA and Iran, a reshuffle, a party leader's resignation), one construction per fixture, in sentences
 * written for the purpose.
 */
class DiplomaticNewsFormsTest {

    /**
     * {@code Le directeur de l'AIEA, l'Argentin Rafael Ortiz, a demandé}: a demonym between the article and the name in
     * apposition stands where an article would, so the title is the named person's and the later pronoun speaks for him.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le directeur g\u00e9n\u00e9ral de l'Agence internationale de l'\u00e9nergie atomique (AIEA), l'Argentin Rafael Ortiz, a demand\u00e9 "
            + "mercredi \u00e0 l'Iran de coop\u00e9rer. \u00ab Nous avons perdu la continuit\u00e9 \u00bb, a-t-il averti. | Rafael Ortiz",
        "La cheffe de la MINUSS, la Ghan\u00e9enne Abena Owusu, a parl\u00e9. \u00ab Le dialogue reprendra \u00bb, a-t-elle dit. | Abena Owusu"})
    void aDemonymBeforeANameInAppositionIsNoBarrier(String lead, String person) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, person).role()).isPresent();
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(person));
    }

    /**
     * {@code Dans une lettre adressée à X, le représentant … auprès de l'ONU, Y, accuse}: a long title with its body and
     * the name in apposition before the verb is the writer, and a title followed by its own name is not the recipient's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dans une lettre adress\u00e9e mardi au secr\u00e9taire g\u00e9n\u00e9ral des Nations unies, le repr\u00e9sentant permanent de "
            + "l'Azerba\u00efdjan aupr\u00e8s de l'ONU, Tofig Alasgarov, accuse Erevan de \u00ab violations r\u00e9p\u00e9t\u00e9es \u00bb.",
        "Dans une lettre adress\u00e9e mardi \u00e0 Antonio Guterres, le repr\u00e9sentant permanent de l'Azerba\u00efdjan, Tofig Alasgarov, "
            + "accuse Erevan de \u00ab violations r\u00e9p\u00e9t\u00e9es \u00bb."})
    void aLetterFrontedBeforeALongApposedSubject(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> {
                    assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Tofig Alasgarov");
                    assertThat(c.recipients()).hasSize(1);
                });
    }

    /** {@code … publié sur X. Le président …}: the network's one-letter name ends the sentence; it is no initial. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La pr\u00e9sidente de la Commission a f\u00e9licit\u00e9 le PAS dans un message publi\u00e9 sur X. Le pr\u00e9sident du Conseil "
            + "europ\u00e9en, Ant\u00f3nio Ferreira, a t\u00e9l\u00e9phon\u00e9 lundi \u00e0 Maia Sandu."})
    void theNetworkXEndsASentence(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ant\u00f3nio Ferreira"));
    }

    /** {@code le sultan d'Oman, X, avec qui il s'est entretenu par téléphone}: the call is with the one named before "avec qui". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wouter Claes a remerci\u00e9 le sultan d'Oman, Ha\u00eftham ben Tarik, avec qui il s'est entretenu par t\u00e9l\u00e9phone dans la matin\u00e9e."})
    void aCallWithTheAntecedentOfAvecQui(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> {
                    assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Wouter Claes");
                    assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Ha\u00eftham ben Tarik"));
                });
    }

    /** {@code Selon X, les observateurs n'ont « … »}: the words quoted after a fronted source are the source's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon le chef de la mission europ\u00e9enne, l'Allemand Stefan Kroll, les observateurs n'ont \u00ab pas pu acc\u00e9der au secteur \u00bb. | Stefan Kroll"})
    void aQuotationAfterAFrontedSourceIsTheSources(String lead, String source) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(source));
    }

    /** {@code a rendu hommage à un adversaire « … »}: paying tribute is a statement, with the words quoted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le premier ministre, Daniel Whitmore, a rendu hommage mardi \u00e0 un adversaire \u00ab int\u00e8gre et combatif \u00bb. | Daniel Whitmore"})
    void payingTributeIsAStatement(String lead, String speaker) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(speaker));
    }

    /**
     * {@code a écrit aux députés pour leur demander de « … »}: the words quoted in the demand do not take the verb of
     * writing from the letter; both the letter and the quotation are the writer's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bea Bruske a \u00e9crit aux d\u00e9put\u00e9s lib\u00e9raux pour leur demander de \u00ab revoir leur position \u00bb.",
        "Bea Bruske a \u00e9crit au ministre Paul Martin pour lui demander de \u00ab revoir sa position \u00bb."})
    void aQuotationInTheDemandLeavesTheLetter(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Bea Bruske"));
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Bea Bruske"));
    }

    /** {@code La Britanno-Colombienne a elle-même dit}: a province's demonym stands for the person just named, as a state's does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "D'apr\u00e8s la d\u00e9put\u00e9e Leah Gazan, plusieurs candidats se pr\u00e9parent. La Britanno-Colombienne a elle-m\u00eame dit r\u00e9fl\u00e9chir "
            + "\u00ab s\u00e9rieusement \u00bb \u00e0 une candidature."})
    void aProvincialDemonymIsThePersonNamed(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("Britanno"));
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Leah Gazan"));
    }

    /**
     * {@code la présidente de la Commission européenne} after {@code la présidente Maia Sandu}: a body's office is
     * another office than a head of state's, so it is no alias of her and her acts stay hers.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La formation de la pr\u00e9sidente Maia Sandu conserve la majorit\u00e9. La pr\u00e9sidente de la Commission europ\u00e9enne a "
            + "f\u00e9licit\u00e9 le PAS."})
    void aBodysOfficeIsNotTheHeadOfState(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, "Maia Sandu").aliases()).noneMatch(a -> a.contains("Commission"));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isNotEqualTo("Maia Sandu"));
    }

    /**
     * {@code Selon le Bureau … (OCHA), …} and {@code Selon le sénateur LR Marc Dufresne, …}: the source's acronym in
     * brackets, or a party's acronym between the title and the name, still lead to the comma that closes the source.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Selon le Bureau de la coordination des affaires humanitaires (OCHA), plus de 40 000 personnes ont fui les combats. "
            + "| Bureau de la coordination des affaires humanitaires",
        "Bruno Retailleau a parl\u00e9. Selon le s\u00e9nateur LR Marc Dufresne, plusieurs \u00e9lus ont \u00e9t\u00e9 sollicit\u00e9s. | Marc Dufresne"})
    void aSourceWithAnAcronymSpeaks(String lead, String source) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(source));
    }

    /** {@code le vice-président X, chef du SPLM-IO, qui s'est dit prêt}: a second title after the name is his, so he speaks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Abena Owusu s'est entretenue mardi par t\u00e9l\u00e9phone avec le vice-pr\u00e9sident Riek Gatdet, chef du SPLM-IO, qui s'est dit "
            + "pr\u00eat \u00e0 retourner \u00e0 la table des n\u00e9gociations."})
    void aSecondTitleAfterATitledNameIsHis(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("chef"));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Riek Gatdet"));
    }

    /** {@code Elle a dit vouloir remercier Y, qui l'a invitée à …}: the one invited is the one who spoke of Y before "qui". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sarah Verlinden a racont\u00e9 son angoisse. Elle a dit vouloir remercier Badr al-Hinai, qui l'a invit\u00e9e \u00e0 Mascate \u00e0 l'automne."})
    void theCliticInvitedInARelativeIsTheSpeaker(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.INVITATION).singleElement()
                .satisfies(c -> {
                    assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Badr al-Hinai");
                    assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Sarah Verlinden"));
                });
    }
}
