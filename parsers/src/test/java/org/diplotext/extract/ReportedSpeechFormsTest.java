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
 * Communications told without quotation marks (reported speech, reactions, channels, the passive, unnamed officials) as
 * the twenty-second session's set eval/extra26 writes them, one construction per fixture, in sentences written for the purpose.
 */
class ReportedSpeechFormsTest {

    /** A surname of two words ("M. Ould Sidi") after the full name ("Ousmane Ould Sidi") is the same person. */
    @Test
    void aSurnameOfTwoWordsIsThePersonNamedInFull() {
        Dispatch d = parse("Titre", "Le ministre malien de la Justice, Ousmane Ould Sidi, a re\u00e7u mardi l'ambassadeur de France.",
                "M. Ould Sidi a ensuite t\u00e9l\u00e9phon\u00e9 au ministre nig\u00e9rien de l'Int\u00e9rieur.");
        Actor sidi = actor(d, "Ousmane Ould Sidi");
        assertThat(d.actors()).filteredOn(a -> a.name().contains("Sidi")).hasSize(1);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(sidi.id()));
    }

    /** "juge que" without an article of its own is the verb of saying, not the title of a judge. */
    @Test
    void judgesThatIsAVerbOfSaying() {
        Dispatch d = parse("Titre", "La CGT a d\u00e9nonc\u00e9 mardi la r\u00e9forme des retraites.",
                "Son porte-parole, Marc Petit, juge que le texte est injuste. Le syndicat juge que la concertation a \u00e9chou\u00e9.");
        Actor petit = actor(d, "Marc Petit");
        assertThat(petit.aliases()).doesNotContain("juge");
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(petit.id()));
        assertThat(d.communications()).filteredOn(c -> c.evidence().get(0).text().startsWith("Le syndicat juge"))
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail"));
    }

    /** "Son pr\u00e9sident a reconnu" after a body that opened the sentence before: the body's head, not a president named earlier. */
    @Test
    void itsPresidentIsTheHeadOfTheBodyJustNamed() {
        Dispatch d = parse("Titre", "Le m\u00e9diateur, Paul Ndiaye, a rencontr\u00e9 lundi le pr\u00e9sident de la Transition.",
                "La Commission \u00e9lectorale nationale ind\u00e9pendante a confirm\u00e9 mercredi la date du scrutin. Son pr\u00e9sident a reconnu "
                        + "que le financement n'\u00e9tait pas boucl\u00e9.");
        assertThat(d.communications()).filteredOn(c -> c.evidence().get(0).text().startsWith("Son pr\u00e9sident"))
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isNotEqualTo("pr\u00e9sident de la Transition"));
    }

    /** "le pr\u00e9sident de la R\u00e9publique" is the state's head, not the president of a federation named before. */
    @Test
    void thePresidentOfTheRepublicIsNotABodysPresident() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident de la F\u00e9d\u00e9ration ghan\u00e9enne de football (GFA), Aminu Ibrahim, s'est dit soulag\u00e9.",
                "Plusieurs joueurs ont \u00e9crit au pr\u00e9sident de la R\u00e9publique pour lui demander d'intervenir.");
        assertThat(actor(d, "Aminu Ibrahim").aliases()).noneMatch(a -> a.contains("R\u00e9publique"));
    }

    /** "a revendiqu\u00e9 les destructions": claiming an act done asks nothing. */
    @Test
    void claimingDestructionsAsksNothing() {
        Dispatch d = parse("Titre", "Le groupe Ansar Dine, qui contr\u00f4le la ville, a revendiqu\u00e9 les destructions de lundi.");
        assertThat(d.demands()).isEmpty();
    }

    /** "Sur sa page Facebook, il a d\u00e9nonc\u00e9 \u2026": the network is the channel, the pronoun the speaker. */
    @Test
    void aNetworksPageIsTheChannelNotTheSpeaker() {
        Dispatch d = parse("Titre", "Le maire de Lyon, Paul Durand, a r\u00e9agi mardi \u00e0 la d\u00e9cision.",
                "Sur sa page Facebook, il a d\u00e9nonc\u00e9 une mesure injuste.");
        Actor durand = actor(d, "Paul Durand");
        assertThat(d.communications()).filteredOn(c -> c.evidence().get(0).text().startsWith("Sur sa page"))
                .singleElement().satisfies(c -> assertThat(c.sender()).contains(durand.id()));
    }

    /** "La pr\u00e9fecture du Rh\u00f4ne a annonc\u00e9" and "Le pr\u00e9fet de Seine-et-Marne a annonc\u00e9": the organ of a named place speaks. */
    @Test
    void thePrefectureOfANamedPlaceSpeaks() {
        Dispatch d = parse("Titre", "La pr\u00e9fecture du Rh\u00f4ne a annonc\u00e9 mardi l'interdiction des feux de plein air.",
                "Le pr\u00e9fet de Seine-et-Marne a annonc\u00e9 mercredi la fermeture de deux routes.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("pr\u00e9fecture du Rh\u00f4ne", "pr\u00e9fet de Seine-et-Marne");
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Marne"));
    }

    /** "Selon le procureur de la R\u00e9publique, \u2026", "Selon un porte-parole de la police, \u2026": an official's account is a statement. */
    @Test
    void accordingToAnUnnamedOfficialIsAStatement() {
        Dispatch d = parse("Titre", "Selon le procureur de la R\u00e9publique, les faits porteraient sur deux millions d'euros.",
                "Selon un porte-parole de la police, trois suspects ont \u00e9t\u00e9 interpell\u00e9s. Selon le chercheur, la m\u00e9thode est fiable.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("procureur de la R\u00e9publique", "porte-parole de la police");
    }

    /** "la ministre des Affaires sociales et de la Sant\u00e9": one minister of two portfolios. */
    @Test
    void aMinisterOfTwoPortfoliosIsOneTitle() {
        Dispatch d = parse("Titre", "La ministre des Affaires sociales et de la Sant\u00e9 a annonc\u00e9 mardi que le plan canicule \u00e9tait activ\u00e9.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ministre des Affaires sociales et de la Sant\u00e9"));
    }

    /** "au ministre" after "le Premier ministre" and a minister: the minister, never the head of government. */
    @Test
    void theMinisterIsNotTheHeadOfGovernment() {
        Dispatch d = parse("Titre", "Le ministre de la Mobilit\u00e9, Pierre Lebrun, a pr\u00e9sent\u00e9 mardi son plan. Le Premier ministre s'est "
                + "entretenu mercredi avec le ministre Lebrun.", "La pr\u00e9sidente de l'association, Anne Colin, a adress\u00e9 une lettre au ministre.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.LETTER).singleElement()
                .satisfies(c -> assertThat(c.recipients()).containsExactly(actor(d, "Pierre Lebrun").id()));
    }

    /** "La d\u00e9cision a \u00e9t\u00e9 confirm\u00e9e mercredi par le minist\u00e8re \u2026": the agent of a verb of announcing in the passive speaks. */
    @Test
    void theAgentOfAnAnnouncementInThePassiveSpeaks() {
        Dispatch d = parse("Titre", "La fermeture de la base a \u00e9t\u00e9 confirm\u00e9e mercredi par le minist\u00e8re de la D\u00e9fense.",
                "L'ancien maire a \u00e9t\u00e9 condamn\u00e9 mardi par le tribunal correctionnel.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("minist\u00e8re de la D\u00e9fense"));
    }

    /** "Le syndicat estime que \u2026" after the UGTT: the union named before speaks. */
    @Test
    void theUnionAfterAnAcronymOfUnionsIsThatUnion() {
        Dispatch d = parse("Titre", "L'UGTT a r\u00e9clam\u00e9 le rapatriement des travailleurs.",
                "Le syndicat estime que leur s\u00e9curit\u00e9 n'est plus assur\u00e9e.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Union g\u00e9n\u00e9rale tunisienne du travail"));
    }


    /** "les autorit\u00e9s libyennes": the feminine of "libyen" is "libyenne", so the authorities are the state. */
    @Test
    void theLibyanAuthoritiesAreTheState() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident tunisien a demand\u00e9 aux autorit\u00e9s libyennes de prot\u00e9ger les diplomates.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.target().orElseThrow())).isEqualTo("Libye"));
    }

    /** "X, le maire, a \u00e9t\u00e9 mis en examen mardi, a annonc\u00e9 le parquet": after a passive main clause, the inverted body speaks. */
    @Test
    void theInvertedSpeakerAfterAPassiveMainClauseSpeaks() {
        Dispatch d = parse("Titre", "L'ancien maire, Jean Coste, a \u00e9t\u00e9 mis en examen mardi, a annonc\u00e9 mercredi le parquet de Bordeaux.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("parquet de Bordeaux"));
    }

    /** "\u2026, a pr\u00e9cis\u00e9 son cabinet.", "\u2026, a indiqu\u00e9 le bureau du Premier ministre.": the office's holder speaks. */
    @Test
    void anOfficeAfterAnInciseVerbSpeaksForItsHolder() {
        Dispatch d = parse("Titre", "La ministre de la Culture, Claire Dufour, a re\u00e7u mardi les syndicats du spectacle.",
                "La r\u00e9union a dur\u00e9 deux heures, a pr\u00e9cis\u00e9 son cabinet.");
        Actor dufour = actor(d, "Claire Dufour");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(c.sender()).contains(dufour.id()));
    }
}
