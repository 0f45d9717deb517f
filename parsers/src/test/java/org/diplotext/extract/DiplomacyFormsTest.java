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

    /** After a colon, the pronoun of an incise is the sentence's subject, who speaks the words the colon opens. */
    @Test
    void anInciseAfterAColonIsTheSubjects() {
        Dispatch d = parse("Titre",
                "Son homologue panam\u00e9en a soulign\u00e9 que la force serait financ\u00e9e.",
                "Le repr\u00e9sentant permanent adjoint de la Russie, Dmitri Polianski, a justifi\u00e9 l'abstention de Moscou : la r\u00e9solution, a-t-il dit, \u00ab ne pr\u00e9voit aucun m\u00e9canisme s\u00e9rieux \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Dmitri Polianski"));
    }

    /** The spokesman of another state's ministry is not the spokesman named before: a German official, not Iran's. */
    @Test
    void theSpokesmanOfAnotherStatesMinistryIsSomeoneElse() {
        Dispatch d = parse("Titre",
                "Son porte-parole, Esma\u00efl Bagha\u00ef, a d\u00e9nonc\u00e9 des mesures \u00ab ill\u00e9gales et hypocrites \u00bb.",
                "\u00c0 Berlin, le porte-parole du minist\u00e8re allemand des Affaires \u00e9trang\u00e8res a appel\u00e9 T\u00e9h\u00e9ran \u00e0 lib\u00e9rer \u00ab sans d\u00e9lai \u00bb les ressortissants europ\u00e9ens d\u00e9tenus en Iran.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").equals("sans d\u00e9lai")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("porte-parole du minist\u00e8re allemand des Affaires \u00e9trang\u00e8res"));
    }

    /** A person handed over (a passive verb of sending) and an agreement signed at a place make no letter. */
    @Test
    void aPersonHandedOverAndAnAgreementSignedAreNoLetters() {
        Dispatch d = parse("Titre",
                "L'humanitaire allemande Katrin Vogel a \u00e9t\u00e9 lib\u00e9r\u00e9e lundi et remise aux autorit\u00e9s qatariennes \u00e0 Niamey.",
                "Les d\u00e9l\u00e9gations de l'arm\u00e9e soudanaise et des Forces de soutien rapide ont sign\u00e9 mardi soir \u00e0 Djeddah un accord de cessez-le-feu.");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
    }

    /** {@code M. Xi}, {@code M. Lee}: the family name written first is the one after the civility. */
    @Test
    void aFamilyNameWrittenFirstIsTheSamePerson() {
        Dispatch d = parse("Titre",
                "Le pr\u00e9sident chinois Xi Jinping a re\u00e7u mardi le pr\u00e9sident br\u00e9silien.",
                "M. Xi a d\u00e9clar\u00e9 que la coop\u00e9ration progressait.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON && a.name().startsWith("Xi")).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Xi Jinping"));
    }

    /** A guest received after the place and the manner of the welcome: {@code a \u00e9t\u00e9 accueilli ... au ch\u00e2teau de Bellevue par X}. */
    @Test
    void aWelcomeTellsThePlaceBeforeTheHost() {
        Dispatch d = parse("Titre",
                "Le pr\u00e9sident de la R\u00e9publique de Cor\u00e9e, Lee Jae-myung, a \u00e9t\u00e9 accueilli lundi avec les honneurs militaires au ch\u00e2teau de Bellevue par le pr\u00e9sident f\u00e9d\u00e9ral allemand, Frank-Walter Steinmeier.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Frank-Walter Steinmeier");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Lee Jae-myung"));
        });
    }

    /** The EU's election observation mission is a body of the lexicon, which speaks. */
    @Test
    void theElectionObservationMissionSpeaks() {
        Dispatch d = parse("Titre",
                "La mission d'observation \u00e9lectorale de l'Union europ\u00e9enne a jug\u00e9 le scrutin \u00ab libre et transparent \u00bb.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Mission d'observation \u00e9lectorale de l'Union europ\u00e9enne"));
    }

    /** {@code le commissaire europ\u00e9en aux Affaires int\u00e9rieures et \u00e0 la Migration, X}: two portfolios, then the name. */
    @Test
    void aTitleWithTwoPortfoliosNamesThePersonAfterIt() {
        Dispatch d = parse("Titre",
                "Le commissaire europ\u00e9en aux Affaires int\u00e9rieures et \u00e0 la Migration, Magnus Brunner, a salu\u00e9 l'accord.",
                "Il a rappel\u00e9 que la Commission pourrait saisir la Cour.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Magnus Brunner"));
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Magnus Brunner"));
    }
}
