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
 * Forms of Wikinews-style articles on international politics and diplomacy (the sixteenth session's set
 * eval/extra14: summits, ceasefire talks, Security Council votes, sanctions, hostages, trade disputes,
 * elections abroad, state visits, border incidents), one construction per fixture, in sentences written for
 * the purpose.
 */
class DiplomacyFormsTest {

    /** A participle opening the sentence is no main clause: the subject apposed after it meets, and speaks next. */
    @Test
    void aFrontedParticipleLeavesTheSubjectToTheMainVerb() {
        Dispatch d = parse("Titre",
                "Invit\u00e9 au dernier jour des travaux, le pr\u00e9sident ukrainien, Volodymyr Zelensky, s'est entretenu avec la pr\u00e9sidente du Conseil italien, Giorgia Meloni, puis avec le chancelier allemand, Friedrich Merz.",
                "\u00ab Chaque jour compte \u00bb, a-t-il d\u00e9clar\u00e9 devant la presse.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Volodymyr Zelensky");
            assertThat(c.recipients()).extracting(r -> name(d, r)).contains("Giorgia Meloni", "Friedrich Merz");
        });
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Volodymyr Zelensky"));
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.INVITATION);
    }

    /** {@code X, qu'il a appel\u00e9 mardi matin}: a call to the antecedent of the relative, from the clause's subject. */
    @Test
    void aRelativeObjectOfCallingIsCalled() {
        Dispatch d = parse("Titre",
                "Le chancelier allemand, Friedrich Merz, a remerci\u00e9 l'\u00e9mir du Qatar, le cheikh Tamim ben Hamad Al Thani, qu'il a appel\u00e9 mardi matin.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Friedrich Merz");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Tamim ben Hamad Al-Thani"));
        });
        assertThat(d.demands()).isEmpty();
    }

    /** The day and the part of the day told between the verb and {@code au t\u00e9l\u00e9phone} keep the talks a call. */
    @Test
    void aTimeBeforeTheMediumKeepsTheCall() {
        Dispatch d = parse("Titre",
                "Le ministre iranien des Affaires \u00e9trang\u00e8res, Abbas Araghchi, s'est entretenu mardi apr\u00e8s-midi au t\u00e9l\u00e9phone avec son homologue omanais, Badr al-Boussa\u00efdi.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.CALL);
            assertThat(c.recipients()).extracting(r -> name(d, r)).contains("Badr al-Boussa\u00efdi");
        });
    }

    /** Envoys summoned together are met, as one envoy is: a meeting with their states, no invitation. */
    @Test
    void envoysSummonedTogetherAreMet() {
        Dispatch d = parse("Titre",
                "Le minist\u00e8re iranien des Affaires \u00e9trang\u00e8res a convoqu\u00e9 les ambassadeurs d'Allemagne, de France et d'Italie pour leur signifier une protestation.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re iranien des Affaires \u00e9trang\u00e8res");
            assertThat(c.recipients()).extracting(r -> name(d, r)).contains("Italie");
        });
    }

    /** {@code les Sept} is the G7 and {@code Port-Soudan} the seat of Sudan's government. */
    @Test
    void theSevenAndPortSudanAreKnown() {
        Dispatch d = parse("Titre",
                "Le chef de l'\u00c9tat a annonc\u00e9 que les Sept pr\u00eateraient 20 milliards de dollars \u00e0 Kiev.",
                "Le gouvernement de Port-Soudan s'est montr\u00e9 plus prudent.");
        assertThat(actor(d, "Groupe des Sept").aliases()).contains("les Sept");
        assertThat(actor(d, "Soudan").type()).isEqualTo(ActorType.STATE);
        assertThat(d.actors()).noneMatch(a -> a.name().startsWith("gouvernement"));
    }

    /** {@code le minist\u00e8re des Affaires \u00e9trang\u00e8res du Qatar}: a ministry named by its portfolio, then by its state. */
    @Test
    void aMinistryOfANamedStateIsThatStatesBody() {
        Dispatch d = parse("Titre",
                "L'humanitaire a \u00e9t\u00e9 lib\u00e9r\u00e9e lundi, a annonc\u00e9 mardi le minist\u00e8re des Affaires \u00e9trang\u00e8res du Qatar.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re des Affaires \u00e9trang\u00e8res du Qatar"));
        assertThat(actor(d, "minist\u00e8re des Affaires \u00e9trang\u00e8res du Qatar").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "minist\u00e8re des Affaires \u00e9trang\u00e8res du Qatar").affiliation()).isPresent();
    }
}
