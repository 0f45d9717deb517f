package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Forms of real French news prose that a probe round found unread (session 20): sentences written for the tests
 * after constructions seen in published dispatches, not copied from them.
 */
class RealProseFormsTest {

    @Test
    void aQuotationOpeningOnTheParticipleIsTheSubjectsWords() {
        Dispatch d = parse("Titre", "Antonio Guterres a \u00ab condamn\u00e9 avec force l'attaque de l'Iran contre Isra\u00ebl \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.quote()).hasValue("condamn\u00e9 avec force l'attaque de l'Iran contre Isra\u00ebl");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Antonio Guterres");
        });
    }

    @Test
    void aQuotationAfterTheInfinitivesPrepositionIsNoParticiples() {
        Dispatch d = parse("Titre", "Le premier ministre a exhort\u00e9 les gr\u00e9vistes \u00e0 \u00ab penser aux r\u00e9gions \u00bb.");
        assertThat(d.communications()).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("premier ministre"));
    }

    @Test
    void aRenewedInvitationIsAnInvitationAndNoStatement() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident fran\u00e7ais a r\u00e9it\u00e9r\u00e9 son invitation au pr\u00e9sident Tebboune pour une visite d'\u00c9tat.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.INVITATION);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Abdelmadjid Tebboune");
        });
        assertThat(parse("Titre", "Le pr\u00e9sident a renouvel\u00e9 son invitation au pape Fran\u00e7ois \u00e0 se rendre au Liban.").communications())
                .singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.INVITATION));
    }

    @Test
    void aRepeatedAppealIsADemand() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire g\u00e9n\u00e9ral de l'ONU, Ban Ki-moon, a r\u00e9p\u00e9t\u00e9 vendredi son appel \u00e0 la lib\u00e9ration de tous "
                + "les prisonniers.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Ban Ki-moon");
            assertThat(m.content()).contains("lib\u00e9ration de tous les prisonniers");
        });
    }

    @Test
    void aFrontedPastInfinitiveMeetingIsTheMainSubjects() {
        Dispatch d = parse("Titre", "Apr\u00e8s avoir re\u00e7u Theresa May au fort de Br\u00e9gan\u00e7on, Emmanuel Macron a appel\u00e9 Donald Trump vendredi.");
        assertThat(d.communications()).extracting(c -> c.type() + " " + name(d, c.sender().orElseThrow()) + " -> "
                + name(d, c.recipients().get(0)))
                .containsExactlyInAnyOrder("MEETING Emmanuel Macron -> Theresa May", "CALL Emmanuel Macron -> Donald Trump");
    }

    @Test
    void aSecondVerbAfterItsCliticEndsTheDemandAndAsksTheOneNamedInTheSingular() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident am\u00e9ricain a r\u00e9clam\u00e9 mardi de la Syrie la lib\u00e9ration des prisonniers politiques et l'a "
                + "exhort\u00e9e \u00e0 cesser de r\u00e9primer les libert\u00e9s.");
        assertThat(d.demands()).extracting(m -> name(d, m.target().orElseThrow()) + ": " + m.content())
                .containsExactly("Syrie: la lib\u00e9ration des prisonniers politiques", "Syrie: cesser de r\u00e9primer les libert\u00e9s");
    }

    @Test
    void aContrastClauseEndsTheDemand() {
        Dispatch d = parse("Titre", "Les gr\u00e9vistes demandent une augmentation de salaire de 4 % alors que la direction propose une hausse de 2 %.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("une augmentation de salaire de 4 %"));
    }

    @Test
    void declaringAStateOfEmergencyOrAWarIsNoStatement() {
        assertThat(parse("Titre", "Le gouverneur a d\u00e9clar\u00e9 l'\u00e9tat d'urgence dans la r\u00e9gion.").communications()).isEmpty();
        assertThat(parse("Titre", "La Russie a d\u00e9clar\u00e9 la guerre \u00e0 l'Ukraine.").communications()).isEmpty();
        assertThat(parse("Titre", "Le ministre a d\u00e9nonc\u00e9 la guerre.").communications()).hasSize(1);
    }

    @Test
    void twoGovernmentsSharingTheirNounAreTwoStates() {
        Dispatch d = parse("Titre", "Le Nobel de la paix Jos\u00e9 Ramos Horta a appel\u00e9 les gouvernements espagnol et marocain \u00e0 faciliter "
                + "le retour de la militante.");
        assertThat(d.actors()).extracting(a -> a.name()).contains("Espagne", "Maroc");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.target().orElseThrow())).isEqualTo("Espagne"));
    }

    @Test
    void aProsecutorsCapitalIsHisTownAndNoState() {
        Dispatch d = parse("Titre", "Le procureur de la R\u00e9publique de Paris, Jean-Claude Marin, avait indiqu\u00e9 vendredi que l'homme \u00e9tait arm\u00e9.");
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Jean-Claude Marin");
            assertThat(a.aliases()).contains("procureur de la R\u00e9publique");
        });
        assertThat(parse("Titre", "Le procureur de Paris, Jean Martin, a indiqu\u00e9 que l'enqu\u00eate continuait.").actors())
                .extracting(a -> a.name()).containsExactly("Jean Martin");
    }

    @Test
    void theOneTheNewsWasLearntFromToldIt() {
        Dispatch d = parse("Titre", "Trois personnes ont \u00e9t\u00e9 arr\u00eat\u00e9es, a-t-on appris mardi aupr\u00e8s du minist\u00e8re de l'Int\u00e9rieur.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re de l'Int\u00e9rieur");
        });
        assertThat(parse("Titre", "Le ministre a appris la nouvelle aupr\u00e8s de Paul Martin.").communications()).isEmpty();
    }

    @Test
    void aParticipleInAppositionLeavesTheNameTheSubject() {
        Dispatch d = parse("Titre", "La CEDEAO, r\u00e9unie lundi en sommet extraordinaire \u00e0 Abuja, a demand\u00e9 \u00e0 la junte de lib\u00e9rer l'opposant "
                + "Alpha Sylla.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("Communaut\u00e9 \u00e9conomique des \u00c9tats d'Afrique de l'Ouest");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("junte");
        });
    }

    @Test
    void aBodyNamedAloneAfterItsVerbAndTheDaySpeaks() {
        Dispatch d = parse("Titre", "\u00ab Nous sommes inquiets \u00bb, a indiqu\u00e9 mardi soir le parquet.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("parquet"));
        assertThat(parse("Titre", "\u00ab Nous sommes inquiets \u00bb, a indiqu\u00e9 mardi la police.").communications()).singleElement()
                .satisfies(c -> assertThat(c.sender()).isPresent());
    }
}
