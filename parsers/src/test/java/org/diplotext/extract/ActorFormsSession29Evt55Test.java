package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import java.util.List;
import org.diplotext.model.Actor;
import org.diplotext.model.Article;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.junit.jupiter.api.Test;

/**
 * Actors of wire dispatches the library split or merged wrongly (session 29, helper evt55, set extra39). Sentences
 * written for the tests.
 */
class ActorFormsSession29Evt55Test {

    @Test
    void aCapitalisedParticleAfterAGivenNameNoLexiconKnowsOpensTheSurname() {
        Dispatch d = parse("Titre", "Le ministre libyen des Affaires \u00e9trang\u00e8res, Ashour Ben Khalifa, a \u00e9t\u00e9 re\u00e7u mercredi \u00e0 Bruxelles.");
        assertThat(d.actors()).extracting(Actor::name).contains("Ashour Ben Khalifa").doesNotContain("Ashour", "Ben Khalifa");
    }

    @Test
    void anUnnamedTitleOfANationalAgencysHeadlineIsItsOwnStatesHolderNotTheForeignGuest() {
        Article article = Article.builder("test").agency("Belga").published(Published.on(LocalDate.of(2012, 2, 15))).build();
        Dispatch d = parse(Extraction.create(List.of()), article,
                "Libye : le ministre des Affaires \u00e9trang\u00e8res re\u00e7oit son homologue libyen",
                "Le vice-Premier ministre et ministre des Affaires \u00e9trang\u00e8res, Didier Vandamme, a re\u00e7u mercredi \u00e0 Bruxelles le "
                        + "ministre libyen des Affaires \u00e9trang\u00e8res, Ashour Ben Khalifa.");
        assertThat(d.actors()).extracting(Actor::name).doesNotContain("ministre des Affaires \u00e9trang\u00e8res");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Didier Vandamme"));
    }
}
