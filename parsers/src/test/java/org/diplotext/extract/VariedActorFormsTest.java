package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Actors of every kind as Wikinews articles name them (the twenty-second session's set eval/extra27): local organs of
 * towns the lexicon does not know, surnames of several words after a civility, venues named after people, plants named
 * by their company, one construction per fixture, in sentences written for the purpose.
 */
class VariedActorFormsTest {

    /** "M. Dubois-Fernandez" after "Paul Dubois-Fernandez": a hyphenated surname after a civility is the same person. */
    @Test
    void aCivilityBeforeAHyphenatedSurnameIsThePersonNamedInFull() {
        Dispatch d = parse("Titre", "Le tribunal a condamn\u00e9 mardi Paul Dubois-Fernandez \u00e0 un an de prison.",
                "M. Dubois-Fernandez a annonc\u00e9 qu'il ferait appel.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Paul Dubois-Fernandez"));
    }

    /** "Mme Ben Amor" after "Le\u00efla Ben Amor": a surname of two words is the whole surname, though "Ben" is also a given name. */
    @Test
    void aCivilityBeforeASurnameOfTwoWordsIsThePersonNamedInFull() {
        Dispatch d = parse("Titre", "\u00ab Je ne me tairai pas \u00bb, a d\u00e9clar\u00e9 Le\u00efla Ben Amor devant le palais de justice.",
                "Mme Ben Amor a remerci\u00e9 ses soutiens.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Le\u00efla Ben Amor"));
    }

    /** A local organ of a town or department the lexicon does not know, after "de", "d'" or "du", is one body that acts. */
    @Test
    void aLocalOrganOfAnUnknownTownIsOneBody() {
        Dispatch d = parse("Titre", "Le parquet de Saint-Nazaire a ouvert mardi une enqu\u00eate pour homicide involontaire.",
                "La pr\u00e9fecture du Val-de-Marne a interdit la manifestation.", "La mairie d'Aubagne a \u00e9crit au ministre de l'Int\u00e9rieur.");
        assertThat(actor(d, "parquet de Saint-Nazaire").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "pr\u00e9fecture du Val-de-Marne").type()).isEqualTo(ActorType.ORGANISATION);
        Actor mairie = actor(d, "mairie d'Aubagne");
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(mairie.id()));
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Val-de-Marne") || a.name().equals("Saint-Nazaire"));
    }

    /** "La mairie d'Aubagne, elle, a écrit": a pronoun set off by commas takes up the organ, which stays the subject. */
    @Test
    void aLocalOrganTakenUpByAPronounIsTheSubject() {
        Dispatch d = parse("Titre", "Le préfet a fermé la route. La mairie d'Aubagne, elle, a écrit au ministre de l'Intérieur.");
        Actor mairie = actor(d, "mairie d'Aubagne");
        assertThat(d.communications()).anyMatch(c -> c.sender().orElse("").equals(mairie.id()));
    }

    /** "le tribunal de commerce de Nevers": the court's complement, then its town. */
    @Test
    void aCommercialCourtOfATownIsOneBody() {
        Dispatch d = parse("Titre", "Le tribunal de commerce de Nevers a prononc\u00e9 jeudi la liquidation de l'entreprise.");
        assertThat(actor(d, "tribunal de commerce de Nevers").type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** ", selon la préfecture de Haute-Savoie.": the organ of an unknown department is the source of the sentence. */
    @Test
    void theOrganOfAnUnknownDepartmentIsASource() {
        Dispatch d = parse("Titre", "Trois randonneurs ont \u00e9t\u00e9 secourus dans la nuit, selon la pr\u00e9fecture de Haute-Savoie.");
        Actor prefecture = actor(d, "pr\u00e9fecture de Haute-Savoie");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(prefecture.id()));
    }

    /** "quai Jean-Moulin", "salle Pierre-Mend\u00e8s": a quay or a hall named after someone is no person. */
    @Test
    void aQuayOrAHallNamedAfterSomeoneIsNoPerson() {
        Dispatch d = parse("Titre", "Les gr\u00e9vistes se sont rassembl\u00e9s quai Jean-Moulin, puis salle Pierre-Mend\u00e8s, o\u00f9 le syndicat a vot\u00e9 "
                + "la poursuite du mouvement.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    /** "l'usine chimique Vernolys": a plant named by its company is that company. */
    @Test
    void aPlantNamedByItsCompanyIsTheCompany() {
        Dispatch d = parse("Titre", "Un incendie a ravag\u00e9 lundi un entrep\u00f4t de l'usine chimique Vernolys, pr\u00e8s de Lyon.",
                "Vernolys a promis d'indemniser les riverains.");
        assertThat(actor(d, "Vernolys").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).filteredOn(a -> a.name().contains("Vernolys")).hasSize(1);
    }

    /** "l'usine" with no name after it is a place: it takes up no organisation named before. */
    @Test
    void aPlantNounAloneIsAPlace() {
        Dispatch d = parse("Titre", "Le syndicat CGT a appelé à la grève. Les salariés occupent l'usine depuis lundi.");
        assertThat(d.actors()).noneMatch(a -> a.aliases().stream().anyMatch(x -> x.contains("usine")));
    }

    /** "a rappelé à la télévision publique ORTM le ministre …, X": the medium where one speaks is not the inverted speaker. */
    @Test
    void aMediumAfterAPrepositionIsNotTheInvertedSpeaker() {
        Dispatch d = parse("Titre", "« Le dialogue reste ouvert », a rappelé mardi à la radio publique Kanal Sud le ministre de l'Intérieur, "
                + "Oumar Traoré-Diallo.");
        Actor minister = actor(d, "Oumar Traoré-Diallo");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(minister.id()));
    }

    /** "la ministre des Affaires sociales et de la Santé": a second portfolio after "et" belongs to the lexicon's title. */
    @Test
    void aSecondPortfolioAfterEtBelongsToTheMinistersTitle() {
        Dispatch d = parse("Titre", "La ministre des Affaires sociales et de la Santé a reçu mardi les syndicats de médecins.");
        assertThat(d.actors()).anyMatch(a -> a.name().equals("ministre des Affaires sociales et de la Santé"));
        assertThat(d.actors()).noneMatch(a -> a.name().equals("ministre des Affaires sociales"));
    }

    /** "le militant surnommé « Tango »": a name in guillemets after a title and a naming word is the person's, who speaks. */
    @Test
    void aNicknameInGuillemetsAfterATitleIsThePersonsName() {
        Dispatch d = parse("Titre", "Le militant surnommé « Tango » par ses proches a appelé à « tenir bon ».",
                "Le blogueur connu sous le pseudonyme de « Zorba77 » a été arrêté mardi.");
        Actor tango = actor(d, "Tango");
        assertThat(tango.type()).isEqualTo(ActorType.PERSON);
        assertThat(d.communications()).anyMatch(c -> c.quote().orElse("").equals("tenir bon") && c.sender().orElse("").equals(tango.id()));
        assertThat(actor(d, "Zorba77").type()).isEqualTo(ActorType.PERSON);
        assertThat(d.actors()).noneMatch(a -> a.name().contains("surnomm"));
    }

    /** A phrase of occasion between the verb of speech and its inverted speaker ("a déclaré lors d'une conférence de presse la ministre …, X"). */
    @Test
    void anOccasionBeforeAnInvertedSpeakerKeepsTheSpeaker() {
        Dispatch d = parse("Titre", "« Nous ne renoncerons pas », a déclaré lors d'une conférence de presse la ministre de la Culture, "
                + "Claire Vasseur-Dumont.");
        Actor minister = actor(d, "Claire Vasseur-Dumont");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(minister.id()));
    }

    /** Real bodies of public health and of exile, and common given names, that the lexicons did not know. */
    @Test
    void realBodiesAndGivenNamesTheLexiconsKnowNow() {
        Dispatch d = parse("Titre", "L'Institut de veille sanitaire (InVS) a recens\u00e9 douze cas de rougeole.",
                "Le gouvernement tib\u00e9tain en exil a d\u00e9nonc\u00e9 une vague d'arrestations.",
                "Le d\u00e9l\u00e9gu\u00e9 r\u00e9gional, Ga\u00ebtan Morel, a rencontr\u00e9 le pr\u00e9fet.");
        assertThat(actor(d, "Institut de veille sanitaire").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Administration centrale tib\u00e9taine").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(actor(d, "Ga\u00ebtan Morel").type()).isEqualTo(ActorType.PERSON);
    }
}
