package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Constructions met in unseen dispatches, one short fixture each, written for the purpose. */
class GeneralisationTest {
    @Test
    void aSecondQuotationInTheSentenceKeepsTheFirstOnesSpeaker() {
        Dispatch d = parse("Titre", "Le ministre Jean Dupont a estim\u00e9 que la hausse \u00e9tait un \u00ab signal fort \u00bb du fait que l'\u00e9conomie est \u00ab presque \u00e0 l'arr\u00eat \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).hasSize(2)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void bruxellesActingIsTheCommissionButLocatesAfterAPreposition() {
        Dispatch d = parse("Titre", "Bruxelles a salu\u00e9 l'accord sur la dette.", "Les ministres se sont r\u00e9unis \u00e0 Bruxelles.");
        assertThat(actor(d, "Commission europ\u00e9enne").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Commission europ\u00e9enne").mentions()).hasSize(1);
        assertThat(d.actors()).noneMatch(a -> a.country().filter("BE"::equals).isPresent());
    }

    @Test
    void aVerbFormAfterDeIsANoun() {
        Dispatch d = parse("Titre", "L'ONU a publi\u00e9 un communiqu\u00e9 de presse affirmant que la tr\u00eave tenait.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void laAtTheHeadOfAClauseIsAnArticleNotAClitic() {
        Dispatch d = parse("Titre", "La presse internationale a repris l'information du Kremlin.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aGerundSharesTheSubjectOfItsClause() {
        Dispatch d = parse("Titre", "Jean Dupont est intervenu, en demandant au pr\u00e9sident Paul Martin une suspension de s\u00e9ance.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void askingAnActorInOrderToObtainDemandsWhatIsObtained() {
        Dispatch d = parse("Titre", "Jean Dupont a sollicit\u00e9 P\u00e9kin afin d'obtenir la visite d'observateurs ind\u00e9pendants.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("la visite d'observateurs ind\u00e9pendants");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Chine");
        });
    }

    @Test
    void aDemandWithoutSourceIsNotReported() {
        Dispatch d = parse("Titre", "\u00ab Je veux demander \u00e0 ce que le dossier soit rouvert \u00bb.");
        assertThat(d.demands()).isEmpty();
    }

    @Test
    void aNationalParliamentIsAnOrganisationOfItsState() {
        Dispatch d = parse("Titre", "L'Assembl\u00e9e nationale a adopt\u00e9 le budget, a d\u00e9clar\u00e9 le gouvernement.");
        assertThat(actor(d, "Assembl\u00e9e nationale").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Assembl\u00e9e nationale").country()).contains("FR");
    }

    @Test
    void aQuotationAfterAGerundBelongsToTheClauseSubject() {
        Dispatch d = parse("Titre", "Jean Dupont est intervenu, en demandant au pr\u00e9sident Paul Martin une pause, afin de \u00ab retrouver le calme dans la salle \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
    }

    @Test
    void aBodyOfAStateIsAnOrganisationAffiliatedToTheState() {
        String body = "L'arm\u00e9e malienne a repris la ville. L'ambassade de France au Caire a publi\u00e9 un communiqu\u00e9. "
                + "Les forces ukrainiennes ont r\u00e9pliqu\u00e9, selon l'arm\u00e9e malienne.";
        Dispatch d = parse("Titre", body);
        Actor army = actor(d, "arm\u00e9e malienne");
        assertThat(army.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(army.country()).contains("ML");
        assertThat(name(d, army.affiliation().orElseThrow())).isEqualTo("Mali");
        assertThat(army.mentions()).extracting(m -> m.text()).containsExactly("arm\u00e9e malienne", "arm\u00e9e malienne");
        Actor embassy = actor(d, "ambassade de France");
        assertThat(embassy.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(name(d, embassy.affiliation().orElseThrow())).isEqualTo("France");
        assertThat(embassy.mentions()).extracting(m -> m.text()).containsExactly("ambassade de France");
        assertThat(actor(d, "forces ukrainiennes").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(name(d, actor(d, "forces ukrainiennes").affiliation().orElseThrow())).isEqualTo("Ukraine");
    }
}
