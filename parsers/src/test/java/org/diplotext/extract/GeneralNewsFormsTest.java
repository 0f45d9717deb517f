package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of general news (session 17's set eval/extra16: sport, courts, companies and regulators, strikes, museums,
 * disasters, local politics, health), one construction per fixture, in sentences written for the purpose.
 */
class GeneralNewsFormsTest {

    /** A bare epithet ({@code l'élu}, {@code le diplomate}, {@code le syndicaliste}) is the person just named, not an unnamed official. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le pr\u00e9sident de la commune, L\u00e9onard Bender, a parl\u00e9 aux habitants. \u00ab Le village a tout perdu \u00bb, a confi\u00e9 l'\u00e9lu. | L\u00e9onard Bender",
        "Le directeur du mus\u00e9e, Bart Ouvry, a guid\u00e9 la visite. Le diplomate a reconnu que la provenance restait \u00e0 \u00e9tablir. | Bart Ouvry",
        "Guillaume Schmid a pris la parole mardi. D'apr\u00e8s le syndicaliste, ce transfert menace 600 postes. | Guillaume Schmid"})
    void aBareEpithetIsThePersonJustNamed(String lead, String person) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo(person));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(person));
    }

    /** A body's noun and what the body does or is for, then its name: the name is the body's, not a person's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'association de supporters Brigade Loire exige la d\u00e9mission du pr\u00e9sident. | Brigade Loire",
        "Le groupe d'\u00e9nergie solaire Solv\u00e9o a ni\u00e9 les faits. | Solv\u00e9o",
        "L'ancien PDG du groupe d'\u00e9nergie solaire Solv\u00e9o, Marc Dessaix, a ni\u00e9 les faits. | Solv\u00e9o"})
    void aBodyNamedAfterWhatItDoesIsAnOrganisation(String lead, String organisation) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, organisation).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.name().equals(organisation));
    }

    /** {@code moment-là dirigeant}: a {@code là} joined by a hyphen is no article, so no epithet (coordinator, from the corpus). */
    @Test
    void aLaAfterAHyphenOpensNoEpithet() {
        Dispatch d = parse("Titre", "Le directeur a choisi Julio Somoano qui, jusqu'\u00e0 ce moment-l\u00e0 dirigeant, \u00e9tait le pr\u00e9sentateur.");
        assertThat(actor(d, "Julio Somoano").aliases()).isEmpty();
    }

    /** {@code X, ancien PDG du groupe Y,}: an adjective before the title keeps the apposition, as an article would. */
    @Test
    void aFormerTitleInAppositionDescribesTheName() {
        Dispatch d = parse("Titre", "Marc Dupont, ancien PDG du groupe p\u00e9trolier Veltra, a \u00e9t\u00e9 jug\u00e9 mardi.");
        assertThat(actor(d, "Marc Dupont").role()).contains("PDG");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
    }

    /** {@code les représentants du SNPL}: representatives of a body the text spelt out by its acronym are that body. */
    @Test
    void representativesOfAnAcronymAreTheBody() {
        Dispatch d = parse("Titre",
                "Le Syndicat national des pilotes de ligne (SNPL) a d\u00e9pos\u00e9 un pr\u00e9avis. Philippe Tabarot a re\u00e7u mercredi les repr\u00e9sentants du SNPL.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement()
                        .satisfies(r -> assertThat(name(d, r)).isEqualTo("Syndicat national des pilotes de ligne")));
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
    }

    /** {@code a exigé des excuses et rappelé que …}: a participle sharing a demand's auxiliary still reports words. */
    @Test
    void aParticipleSharingADemandsAuxiliaryReports() {
        Dispatch d = parse("Titre", "Johanna Rolland a exig\u00e9 des excuses et rappel\u00e9 que la Ville restait propri\u00e9taire du stade.");
        assertThat(d.demands()).hasSize(1);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Johanna Rolland"));
    }

    /** Regulators, prosecutors, agencies and bodies of French, Belgian and Swiss news are organisations of the lexicon. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'Autorit\u00e9 de la concurrence a pr\u00e9venu mardi que l'examen prendrait des mois. | Autorit\u00e9 de la concurrence",
        "Le Parquet national financier (PNF) a requis quatre ans de prison. | Parquet national financier",
        "L'Agence fran\u00e7aise anticorruption a publi\u00e9 un avis. | Agence fran\u00e7aise anticorruption",
        "Les n\u00e9gociations reprendront lundi, a fait savoir Bercy. | Minist\u00e8re de l'\u00c9conomie et des Finances",
        "L'association UFC-Que Choisir a demand\u00e9 \u00e0 la compagnie d'indemniser les passagers. | UFC-Que Choisir",
        "L'ordre des m\u00e9decins a rappel\u00e9 aux praticiens leur obligation. | Ordre des m\u00e9decins",
        "Sciensano a d\u00e9nombr\u00e9 1 340 cas depuis janvier. | Sciensano",
        "L'Office de la naissance et de l'enfance (ONE) a envoy\u00e9 une lettre aux parents. | Office de la naissance et de l'enfance",
        "Le Mus\u00e9e royal de l'Afrique centrale va restituer 140 objets. | Mus\u00e9e royal de l'Afrique centrale",
        "La Chancellerie f\u00e9d\u00e9rale a pr\u00e9cis\u00e9 que le pr\u00e9sident se rendrait sur place. | Chancellerie f\u00e9d\u00e9rale",
        "L'Agence spatiale italienne (ASI) financera une part du t\u00e9lescope. | Agence spatiale italienne"})
    void regulatorsAndAgenciesAreOrganisations(String lead, String organisation) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, organisation).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE || a.type() == ActorType.PERSON);
    }

    /** A union's acronym hyphenated to a word no lexicon knows names a branch, a body of its own; SpaceX-Dragon stays the company's thing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'UNSA-PNC d\u00e9nonce \u00ab une prise d'otage des vacanciers \u00bb. | UNSA-PNC",
        "La CGT-M\u00e9tallurgie a r\u00e9clam\u00e9 des n\u00e9gociations. | CGT-M\u00e9tallurgie"})
    void aHyphenatedBranchOfAnAcronymIsABody(String lead, String organisation) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.actors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo(organisation);
            assertThat(a.type()).isEqualTo(ActorType.ORGANISATION);
        });
    }

    /** A state after the hyphen keeps both actors: {@code le sommet UE-Chine}. */
    @Test
    void aHyphenBeforeAKnownNameKeepsBoth() {
        Dispatch d = parse("Titre", "Lors du sommet UE-Chine, l'UE a r\u00e9clam\u00e9 des garanties \u00e0 P\u00e9kin.");
        assertThat(d.actors()).noneMatch(a -> a.name().contains("-"));
    }

    /** An epithet with an adjective before or after it ({@code l'ancien dirigeant}, {@code le leader souverainiste}) is the person too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Paul St-Pierre Plamondon a parl\u00e9. \u00ab Nous ferons ce que nous disons \u00bb, a lanc\u00e9 le leader souverainiste. | Paul St-Pierre Plamondon",
        "Marc Dessaix a quitt\u00e9 le groupe. L'ancien dirigeant a toujours ni\u00e9 avoir eu connaissance des versements. | Marc Dessaix"})
    void anEpithetWithAnAdjectiveIsThePerson(String lead, String person) {
        Dispatch d = parse("Titre", lead);
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo(person));
    }

    /** {@code a accusé X de vouloir « … »}: what X is accused of wanting is no demand of X's, and the words are the accuser's. */
    @Test
    void anAccusationIsNoDemandOfTheAccused() {
        Dispatch d = parse("Titre", "Christine Fr\u00e9chette a accus\u00e9 lundi le PQ de vouloir \u00ab replonger le Qu\u00e9bec dans l'instabilit\u00e9 \u00bb.");
        assertThat(d.demands()).isEmpty();
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Christine Fr\u00e9chette"));
    }

    /** {@code « … », écrivent ses responsables}: a body's officials after a possessive speak for the body named last. */
    @Test
    void possessiveOfficialsSpeakForTheBody() {
        Dispatch d = parse("Titre",
                "L'association Brigade Loire a \u00e9crit au club. \u00ab Le probl\u00e8me, c'est la gestion \u00bb, \u00e9crivent ses responsables.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Brigade Loire"));
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
    }

    /** {@code le tribunal correctionnel de Paris a condamné}: a court of a town, named by its noun, adjective and town, acts. */
    @Test
    void aCourtOfATownActs() {
        Dispatch d = parse("Titre", "Le tribunal correctionnel de Paris a condamn\u00e9 mardi l'ancien ministre.");
        assertThat(actor(d, "tribunal correctionnel de Paris").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.STATE);
    }

    /** {@code a indiqué l'instance}: a governing body referred back to by {@code l'instance} speaks. */
    @Test
    void anInstanceIsTheBodyNamedLast() {
        Dispatch d = parse("Titre",
                "La Ligue de football professionnel (LFP) a ouvert une proc\u00e9dure. Le club risque un match \u00e0 huis clos, a indiqu\u00e9 mardi l'instance.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ligue de football professionnel"));
    }

    /** {@code X (ACR), qui …, réclame}: the acronym in brackets before a relative clause leaves X the subject. */
    @Test
    void anAcronymInBracketsBeforeARelativeKeepsTheSubject() {
        Dispatch d = parse("Titre",
                "M\u00e9decins sans fronti\u00e8res (MSF), qui soutient des centres de sant\u00e9 \u00e0 Bruxelles, a d\u00e9clar\u00e9 que la situation \u00e9tait grave.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("M\u00e9decins sans fronti\u00e8res"));
    }
}
