package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Forms of international news written the way the 2012 Wikinews articles are (session 21): a probe round of the
 * coordinator's own sentences on the constructions those articles use.
 */
class InternationalNewsFormsTest {

    @Test
    void aStateBroadcasterIsNoNewsAgencyNamedBefore() {
        Dispatch d = parse("Titre", "Selon l'Agence France-Presse, le ministre a affirm\u00e9 \u00e0 la t\u00e9l\u00e9vision nationale que l'arm\u00e9e "
                + "\u00ab n'a pas besoin de soldats \u00bb.");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("Agence France-Presse"))
                .allSatisfy(a -> assertThat(a.aliases()).noneMatch(x -> x.contains("t\u00e9l\u00e9vision")));
    }

    @Test
    void representativesOfABodyNamedAfterItsNounAreTheBody() {
        for (String text : new String[] {"Le pr\u00e9sident a re\u00e7u dimanche des repr\u00e9sentants du groupe islamiste Ansar Dine.",
                "Le pr\u00e9sident a re\u00e7u dimanche une d\u00e9l\u00e9gation du groupe Ansar Dine."}) {
            Dispatch d = parse("Titre", text);
            assertThat(d.communications()).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
                assertThat(c.recipients()).extracting(r -> name(d, r)).containsExactly("Ansar Dine");
            });
        }
    }

    @Test
    void aGovernmentNamedByItsKindAndAdjectiveIsTheState() {
        Dispatch d = parse("Titre", "Les chefs d'\u00c9tat ont demand\u00e9 au gouvernement de transition malien de former un gouvernement "
                + "d'union nationale.");
        assertThat(d.demands()).singleElement().satisfies(m -> assertThat(name(d, m.target().orElseThrow())).isEqualTo("Mali"));
        assertThat(d.actors()).anyMatch(a -> a.type() == ActorType.STATE && a.name().equals("Mali"));
    }

    @Test
    void condolencesAndSupportOfferedAreStatements() {
        Dispatch d = parse("Titre", "Le pape Beno\u00eet XVI a pr\u00e9sent\u00e9 ses condol\u00e9ances au peuple syrien.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Beno\u00eet XVI");
        });
        Dispatch support = parse("Titre", "Les ministres europ\u00e9ens ont apport\u00e9 leur soutien \u00e0 la Gr\u00e8ce.");
        assertThat(support.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
        Dispatch sent = parse("Titre", "Le ministre a adress\u00e9 ses condol\u00e9ances aux familles des victimes.");
        assertThat(sent.communications()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    @Test
    void aDetachedGerundAfterAThatClauseIsTheMainSubjects() {
        Dispatch d = parse("Titre", "Le n\u00e9gociateur iranien Sa\u00efd Jalili a d\u00e9clar\u00e9 que T\u00e9h\u00e9ran \u00e9tait pr\u00eat \u00e0 coop\u00e9rer, "
                + "tout en rappelant le \u00ab droit inali\u00e9nable \u00bb de son pays \u00e0 l'enrichissement.");
        assertThat(d.communications()).filteredOn(c -> c.quote().isPresent())
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Sa\u00efd Jalili"));
    }

    @Test
    void aDetachedGerundAfterAnObjectIsTheSubjects() {
        Dispatch d = parse("Titre", "Le ministre a re\u00e7u le pr\u00e9sident syrien, tout en appelant l'opposition \u00e0 d\u00e9poser les armes.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("ministre");
            assertThat(name(d, m.target().orElseThrow())).isEqualTo("opposition");
        });
    }

    @Test
    void theNewspaperOfAFrontedInterviewIsNotTheSubjectAPronounTakesUp() {
        Dispatch d = parse("Titre", "Dans un entretien accord\u00e9 au quotidien Le Monde, le Premier ministre grec Antonis Samaras a appel\u00e9 ses "
                + "partenaires \u00e0 \u00ab tenir leurs promesses \u00bb. Il a \u00e9galement demand\u00e9 \u00e0 la tro\u00efka de ne pas imposer de nouvelles mesures.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("Antonis Samaras"));
    }

    @Test
    void aDayInTheClauseASpeakerReportsDatesNeitherTheSpeechNorTheStory() {
        Dispatch d = parse("Titre", "Les ministres ne sont pas parvenus mardi \u00e0 un accord. Le pr\u00e9sident de l'Eurogroupe, Jean-Claude Juncker, a indiqu\u00e9 "
                + "\u00e0 l'issue de la r\u00e9union que les discussions reprendraient lundi. Le ministre allemand Wolfgang Sch\u00e4uble a reconnu "
                + "que \u00ab les positions restent \u00e9loign\u00e9es \u00bb.");
        assertThat(d.communications()).extracting(c -> c.date().map(Object::toString).orElse("none"))
                .containsOnly("2022-02-08");
    }

    @Test
    void aVerbFormAfterAnArticleAndAnAdjectiveIsANoun() {
        Dispatch d = parse("Titre", "Les ministres de la zone euro ne sont pas parvenus \u00e0 un accord sur une nouvelle tranche d'aide.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void aGivenNameInsideATitledPersonsNameOpensNoSecondPerson() {
        for (String text : new String[] {"Le repr\u00e9sentant soudanais Daffa-Alla Elhag Ali Osman a d\u00e9clar\u00e9 que la paix \u00e9tait proche.",
                "Le repr\u00e9sentant soudanais, Daffa-Alla Elhag Ali Osman, a d\u00e9clar\u00e9 que la paix \u00e9tait proche."}) {
            Dispatch d = parse("Titre", text);
            assertThat(d.actors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Daffa-Alla Elhag Ali Osman"));
        }
    }

    @Test
    void aTextAdoptedBeforeAsksForItsIssuer() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a adopt\u00e9 mercredi une r\u00e9solution. Le texte, propos\u00e9 par les \u00c9tats-Unis, exige "
                + "aussi le retrait des troupes et la reprise des n\u00e9gociations.");
        assertThat(d.demands()).extracting(m -> name(d, m.source().orElseThrow()) + ": " + m.content())
                .containsExactly("Conseil de s\u00e9curit\u00e9 des Nations unies: le retrait des troupes",
                        "Conseil de s\u00e9curit\u00e9 des Nations unies: la reprise des n\u00e9gociations");
    }

    @Test
    void claimingATerritoryAsksNothing() {
        Dispatch d = parse("Titre", "Le gouvernement ta\u00efwanais, qui revendique lui aussi l'archipel, a protest\u00e9 aupr\u00e8s du Japon.");
        assertThat(d.demands()).isEmpty();
        assertThat(parse("Titre", "Le parti revendique la victoire aux \u00e9lections.").demands()).isEmpty();
    }

    @Test
    void theTwoCountriesAreTheStatesNamedTogetherBefore() {
        Dispatch d = parse("Titre", "Le Japon et la Chine se disputent un archipel. Le ministre a re\u00e7u mardi les deux pays.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.recipients()).extracting(r -> name(d, r))
                .containsExactlyInAnyOrder("Japon", "Chine"));
    }
}
