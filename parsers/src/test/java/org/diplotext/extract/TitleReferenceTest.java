package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Whom a title stands for (session 19): a name in apposition followed by a party in brackets, the head of a body
 * called by a leader's word, and the head of another body. On the readable sets these people were split in two or
 * merged with someone else.
 */
class TitleReferenceTest {

    @Test
    void aNameInAppositionMayCarryItsPartyInBrackets() {
        Dispatch d = parse("Titre", "Les enseignants ont manifest\u00e9 devant le cabinet de la ministre de l'\u00c9ducation, Val\u00e9rie "
                + "Glatigny (MR), o\u00f9 quelque 300 personnes se sont rassembl\u00e9es.");
        assertThat(actor(d, "Val\u00e9rie Glatigny").aliases()).contains("ministre de l'\u00c9ducation");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
    }

    @Test
    void theChiefOfABodyIsItsHeadNamedBefore() {
        Dispatch d = parse("Titre", "Le directeur g\u00e9n\u00e9ral de l'AIEA, Rafael Grossi, a rencontr\u00e9 mardi le ministre iranien des "
                + "Affaires \u00e9trang\u00e8res. Le chef de l'AIEA a ensuite d\u00e9clar\u00e9 que les inspecteurs devaient revenir.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Rafael Grossi"));
    }

    @Test
    void theChiefOfAnotherBodyIsSomeoneElse() {
        Dispatch d = parse("Titre", "Le chef de l'AIEA a d\u00e9clar\u00e9 que les inspecteurs devaient revenir. Le chef de l'OMS a ajout\u00e9 "
                + "que la situation restait grave.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("chef de l'AIEA", "chef de l'OMS");
    }

    @Test
    void aBodysPresidentAndItsDirectorGeneralStayTwoPeople() {
        Dispatch d = parse("Titre", "Le directeur g\u00e9n\u00e9ral de l'OMS, Tedros Adhanom Ghebreyesus, a salu\u00e9 l'accord. Le "
                + "pr\u00e9sident de l'OMS a ajout\u00e9 que la situation restait grave.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Tedros Adhanom Ghebreyesus", "pr\u00e9sident de l'OMS");
    }

    @Test
    void aLaterTitleMayNameAnyRoleThePersonWasGiven() {
        Dispatch d = parse("Titre", "Le ministre saoudien des Affaires \u00e9trang\u00e8res, le prince Faisal ben Farhane, a re\u00e7u mardi les "
                + "deux d\u00e9l\u00e9gations. \u00ab C'est un premier pas \u00bb, a ajout\u00e9 le chef de la diplomatie saoudienne.");
        assertThat(d.communications()).anySatisfy(c -> {
            assertThat(c.quote()).hasValue("C'est un premier pas");
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Faisal ben Farhane");
        });
    }

    @Test
    void aMinistryMayHaveTwoPortfolios() {
        Dispatch d = parse("Titre", "Le minist\u00e8re ha\u00eftien de la Sant\u00e9 publique et de la Population a annonc\u00e9 mardi 40 nouveaux cas.");
        assertThat(actor(d, "minist\u00e8re ha\u00eftien de la Sant\u00e9 publique et de la Population").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Population"));
    }

    @Test
    void anOfficialNamedOnlyByTheOfficeIsMet() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident a rencontr\u00e9 mardi le ministre de la Sant\u00e9.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("ministre de la Sant\u00e9");
        });
        assertThat(parse("Titre", "Le ministre de la Sant\u00e9 a re\u00e7u un photographe.").communications()).isEmpty();
    }

    @Test
    void aTitlesArticleTellsWhichPersonItIs() {
        Dispatch d = parse("Titre", "La pr\u00e9sidente moldave Maia Sandu a remport\u00e9 l'\u00e9lection. La pr\u00e9sidente de la Commission "
                + "europ\u00e9enne a salu\u00e9 sa victoire. Le pr\u00e9sident roumain, Radu Ionescu, s'est rendu mercredi \u00e0 Chisinau, o\u00f9 "
                + "il a rencontr\u00e9 la pr\u00e9sidente.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Radu Ionescu");
            assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Maia Sandu");
        });
    }

    @Test
    void aCompanysBoardIsABody() {
        Dispatch d = parse("Titre", "Le conseil d'administration de Renault a annonc\u00e9 mardi le d\u00e9part du directeur g\u00e9n\u00e9ral.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("conseil d'administration"));
    }
}
