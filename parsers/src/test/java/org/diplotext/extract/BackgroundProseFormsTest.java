package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Acts that long, background-heavy articles tell in subordinate positions (relative clauses, fronted clauses, appositions,
 * a letter's frame) and officials of regions beside those of their state, as the twenty-third session's set eval/extra29
 * writes them, one construction per fixture, in sentences written for the purpose.
 */
class BackgroundProseFormsTest {

    /** "X, qui s'est entretenu avec Y, a appel\u00e9 Z \u00e0 \u00ab \u2026 \u00bb": Y belongs to the relative clause; X speaks and asks. */
    @Test
    void aRelativeClauseBetweenTheSubjectAndItsVerbGivesNoSpeaker() {
        Dispatch d = parse("Titre", "Le ministre belge de l'Int\u00e9rieur, Jean Dupont, qui s'est entretenu mercredi par t\u00e9l\u00e9phone avec M. Martin, "
                + "a appel\u00e9 la France \u00e0 \u00ab respecter la parole donn\u00e9e \u00bb.");
        Actor dupont = actor(d, "Jean Dupont");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(dupont.id()));
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(m.source()).contains(dupont.id()));
    }

    /** "X, qui a rencontr\u00e9 lundi le pr\u00e9sident Y, a d\u00e9clar\u00e9 que \u2026 \u00ab \u2026 \u00bb": the words are X's, not the one X met. */
    @Test
    void theOneMetInARelativeClauseDoesNotTakeTheWords() {
        Dispatch d = parse("Titre", "Le ministre espagnol, Pedro Alvarez, qui a rencontr\u00e9 lundi le pr\u00e9sident Paul Durand, a d\u00e9clar\u00e9 "
                + "que l'accord \u00e9tait \u00ab solide \u00bb.");
        Actor alvarez = actor(d, "Pedro Alvarez");
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.MEETING && c.sender().orElse("").equals(alvarez.id()));
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(alvarez.id()));
    }

    /** "Apr\u00e8s avoir re\u00e7u Y, il a appel\u00e9 \u2026": the pronoun is the one spoken of before, never the Y of its own fronted clause. */
    @Test
    void aPronounAfterAFrontedPastInfinitiveIsNotItsObject() {
        Dispatch d = parse("Titre", "Le chef du parti conservateur, Antoine Rocher, a d\u00e9nonc\u00e9 une \u00ab trahison \u00bb.",
                "Apr\u00e8s avoir re\u00e7u lundi soir le dirigeant socialiste Marc Petit, il a appel\u00e9 les \u00e9lecteurs \u00e0 \u00ab choisir l'Europe \u00bb.");
        Actor rocher = actor(d, "Antoine Rocher");
        Actor petit = actor(d, "Marc Petit");
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.MEETING && c.sender().orElse("").equals(rocher.id())
                && c.recipients().contains(petit.id()));
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").equals("choisir l'Europe")).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(rocher.id()));
    }

    /** "Apr\u00e8s avoir re\u00e7u lundi \u00e0 Lyon Y, X a annonc\u00e9 \u2026": the place of the meeting is no object; X met Y and speaks. */
    @Test
    void aFrontedMeetingKeepsItsObjectPastThePlace() {
        Dispatch d = parse("Titre", "Apr\u00e8s avoir re\u00e7u lundi \u00e0 Lyon le ministre suisse Hans Muller, le ministre fran\u00e7ais de "
                + "l'Int\u00e9rieur, Luc Bernard, a annonc\u00e9 que la France signerait l'accord.");
        Actor bernard = actor(d, "Luc Bernard");
        Actor muller = actor(d, "Hans Muller");
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.MEETING && c.sender().orElse("").equals(bernard.id())
                && c.recipients().contains(muller.id()));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(bernard.id()));
    }

    /** "Pour l'\u00e9conomiste X, de l'institut Y, \u00ab \u2026 \u00bb" and "X, devenu consultant pour la cha\u00eene Y, \u00ab \u2026 \u00bb": X speaks. */
    @Test
    void aBodyInThePersonsAppositionDoesNotTakeTheQuotation() {
        Dispatch d = parse("Titre", "Pour l'\u00e9conomiste Julia Marchand, de l'institut Ifo de Munich, \u00ab la reprise est fragile \u00bb.",
                "Pour l'ancien coureur Laurent Rival, devenu consultant pour la cha\u00eene France 2, \u00ab le sport paie son silence \u00bb.");
        assertThat(d.communications()).hasSize(2).allMatch(c -> c.type() == CommunicationType.STATEMENT);
        assertThat(d.communications()).anyMatch(c -> name(d, c.sender().orElseThrow()).equals("Julia Marchand"));
        assertThat(d.communications()).anyMatch(c -> name(d, c.sender().orElseThrow()).equals("Laurent Rival"));
    }

    /** "Selon une lettre dont l'AFP a obtenu copie, il avait \u00e9crit \u2026": the agency that saw the letter did not write it. */
    @Test
    void theAgencyThatObtainedALetterIsNotItsWriter() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la f\u00e9d\u00e9ration, Patrick Moser, a rejet\u00e9 ces accusations.",
                "Selon une lettre dont l'AFP a obtenu copie, il avait pourtant \u00e9crit en janvier au directeur de l'agence pour lui demander "
                        + "de retarder l'enqu\u00eate.");
        Actor moser = actor(d, "Patrick Moser");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(moser.id()));
    }

    /** "le Premier ministre britannique" is not "le Premier ministre \u00e9cossais, X" named before: two offices. */
    @Test
    void aStatesHeadOfGovernmentIsNotARegionsNamedBefore() {
        Dispatch d = parse("Titre", "Le Premier ministre \u00e9cossais, Alasdair Craig, a d\u00e9nonc\u00e9 une tentative de \u00ab dicter les r\u00e8gles \u00bb.",
                "Le 8 janvier, le Premier ministre britannique avait affirm\u00e9 que l'incertitude nuisait \u00e0 l'\u00e9conomie.");
        Actor craig = actor(d, "Alasdair Craig");
        assertThat(craig.aliases()).noneMatch(a -> a.contains("britannique"));
        assertThat(d.communications()).filteredOn(c -> c.quote().isEmpty()).singleElement()
                .satisfies(c -> assertThat(c.sender()).isPresent().get().isNotEqualTo(craig.id()));
    }
    /** "X s'est entretenu avec la ministre de la Culture, qui lui a promis « … »": the quoted words are hers, met after a preposition. */
    @Test
    void aQuotingRelativeClauseSpeaksForThePersonBeforeIt() {
        Dispatch d = parse("Titre", "Le maire, Paul Morel, s'est entretenu lundi avec la ministre de la Culture, qui lui a promis \u00ab une aide rapide \u00bb.");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").equals("une aide rapide")).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).contains("ministre"));
    }

    /** "X a rencontré la ministre. Elle a jugé …": "elle" is the woman named since the man spoke, not him. */
    @Test
    void elleIsTheWomanJustNamedRatherThanTheMan() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Marc Aubry a rencontr\u00e9 mardi la ministre de la Culture.",
                "Elle a jug\u00e9 la rencontre \u00ab constructive \u00bb.");
        Actor aubry = actor(d, "Marc Aubry");
        assertThat(d.communications()).filteredOn(c -> c.quote().orElse("").equals("constructive")).singleElement()
                .satisfies(c -> assertThat(c.sender()).isPresent().get().isNotEqualTo(aubry.id()));
    }

    /** "le ministre fédéral de la Santé": the level of government between the title and its portfolio keeps the portfolio. */
    @Test
    void aFederalMinisterKeepsHisPortfolio() {
        Dispatch d = parse("Titre", "Le ministre f\u00e9d\u00e9ral de la Sant\u00e9 a annonc\u00e9 mercredi un plan contre la grippe.");
        assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.role()).contains("ministre de la Sant\u00e9"));
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    /** "le Sénat de la ville-État": the word after the hyphen ends a compound noun; no state is named. */
    @Test
    void theStateWordInACompoundNounIsNoState() {
        Dispatch d = parse("Titre", "\u00c0 Hambourg, le S\u00e9nat de la ville-\u00c9tat a fait savoir qu'il soutiendrait le projet.");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("\u00c9tat"));
    }
    /** "son homologue fédéral", met before the federal minister is named with his portfolio, is that minister. */
    @Test
    void aCounterpartIsTheMinisterNamedLaterWithHisPortfolio() {
        Dispatch d = parse("Titre", "La ministre qu\u00e9b\u00e9coise de la Culture, Anne Roy, qui a rencontr\u00e9 lundi \u00e0 Ottawa son homologue "
                + "f\u00e9d\u00e9ral, a dit vouloir \u00ab \u00e9viter un conflit \u00bb.",
                "Le ministre f\u00e9d\u00e9ral du Patrimoine, Paul Gagn\u00e9, a rappel\u00e9 que le dossier restait \u00ab f\u00e9d\u00e9ral \u00bb.");
        Actor gagne = actor(d, "Paul Gagn\u00e9");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).containsExactly(gagne.id()));
    }
    /** "Selon une lettre dont le journal a obtenu copie, X a écrit à Y": one letter, no statement of its own besides. */
    @Test
    void writingToSomeoneInANamedLetterIsTheLetterOnly() {
        Dispatch d = parse("Titre", "Selon une lettre dont le journal a obtenu copie, le ministre Luc Petit a \u00e9crit au pr\u00e9sident Marc Roux.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.LETTER);
            assertThat(c.recipients()).containsExactly(actor(d, "Marc Roux").id());
        });
    }
    /** "X a dit vouloir « éviter … »": the speaker's own intention, a statement and no demand; "X veut que Y …" still asks. */
    @Test
    void sayingOnesOwnIntentionIsNoDemand() {
        Dispatch d = parse("Titre", "La ministre de la Culture, H\u00e9l\u00e8ne Roy, a dit vouloir \u00ab \u00e9viter un conflit \u00bb.",
                "Le ministre Paul Roux veut que la France signe l'accord.");
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("\u00e9viter un conflit"));
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Paul Roux"));
    }
}
