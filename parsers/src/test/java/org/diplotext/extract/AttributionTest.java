package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Statements and their speakers in constructions a journalist writes without a usual reporting
 * verb, and quotation marks that report nobody's words: one probe fixture per construction.
 */
class AttributionTest {

    @Test
    void wordsAssuredToSomeoneBeforeQueAreAStatement() {
        Dispatch d = parse("Titre", "Emmanuel Macron a assur\u00e9 \u00e0 Lula que la France restait oppos\u00e9e au texte.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron");
        });
        assertThat(parse("Titre", "La direction a garanti \u00e0 ses salari\u00e9s le maintien des emplois.").communications())
                .as("no clause follows: an act, no words reported").isEmpty();
    }

    @Test
    void theBareHeadOfStateIsTheDatelineStatesWhenTwoHeadsMeet() {
        Dispatch d = org.diplotext.Diplotext.builder().discoverServices(false).build().parse("Titre\n\nPARIS, 12 mars 2026 (AFP) - "
                + "Emmanuel Macron a re\u00e7u jeudi \u00e0 l'Elys\u00e9e son homologue br\u00e9silien Luiz Inacio Lula da Silva.\n\n"
                + "Le chef de l'Etat a assur\u00e9 que la France restait oppos\u00e9e au texte.\n");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron"));
    }

    @Test
    void aStateSpeakingInAClauseThatItsSpokesmanReportsIsOneStatement() {
        Dispatch d = parse("Titre", "Moscou juge ces sanctions inacceptables, a d\u00e9clar\u00e9 le porte-parole du Kremlin Dmitri Peskov.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Dmitri Peskov");
        });
        Dispatch ministry = parse("Titre", "Paris d\u00e9nonce une provocation, a indiqu\u00e9 le minist\u00e8re fran\u00e7ais des Affaires \u00e9trang\u00e8res.");
        assertThat(ministry.communications()).singleElement()
                .satisfies(c -> assertThat(name(ministry, c.sender().orElseThrow())).isEqualTo("minist\u00e8re fran\u00e7ais des Affaires \u00e9trang\u00e8res"));
        Dispatch other = parse("Titre", "Moscou juge ces sanctions inacceptables, a d\u00e9clar\u00e9 le ministre allemand des Affaires \u00e9trang\u00e8res.");
        assertThat(other.communications()).as("another state's minister reports Moscow's view: two acts").hasSize(2);
    }

    @Test
    void twoSpeakersOfOneSentenceEachMakeTheirOwnStatementWithParlerDe() {
        Dispatch d = parse("Titre", "Le ministre allemand des Affaires \u00e9trang\u00e8res Frank Walter a parl\u00e9 de la crise au Sahel, "
                + "tandis que son homologue italien Paolo Rossi a \u00e9voqu\u00e9 la situation en Libye.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow())).containsExactlyInAnyOrder("Frank Walter", "Paolo Rossi");
        Dispatch elided = parse("Titre", "Le ministre Hakan Fidan a parl\u00e9 d'une crise grave.");
        assertThat(elided.communications()).singleElement()
                .satisfies(c -> assertThat(name(elided, c.sender().orElseThrow())).isEqualTo("Hakan Fidan"));
    }

    @Test
    void aCapitalisedQuotationAfterTheNounOfAWorkIsItsTitleNoStatement() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident iranien Ebrahim Ra\u00efssi a re\u00e7u le tableau "
                + "\u00ab La Libert\u00e9 guidant le peuple vers la paix \u00bb offert par la France. "
                + "Le film \u00ab Nous ne sommes pas des num\u00e9ros \u00bb a \u00e9t\u00e9 projet\u00e9 devant le ministre.");
        assertThat(d.communications()).isEmpty();
    }

    @Test
    void aParticipleOfCallingAfterANounNamesAThingAndCallsNobody() {
        Dispatch d = parse("Titre", "La ministre k\u00e9nyane Aisha Jumwa est arriv\u00e9e mardi. "
                + "Elle se trouve dans un village proche appel\u00e9 Jean Moulin, dans le nord.",
                "Le ministre Hakan Fidan vit dans une maison appel\u00e9e Marie Curie.");
        assertThat(d.communications()).isEmpty();
        Dispatch called = parse("Titre", "Le pr\u00e9sident William Ruto a rencontr\u00e9 Antony Blinken et appel\u00e9 Sergue\u00ef Lavrov mardi.");
        assertThat(called.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(name(called, c.recipients().get(0))).isEqualTo("Sergue\u00ef Lavrov"));
    }

    @Test
    void aQuotationNamedByAParticipleAfterItsAuxiliaryIsItsSubjectsWords() {
        Dispatch d = parse("Titre", "Le navigateur Jean Dupont a \u00e9t\u00e9 reconnu par la f\u00e9d\u00e9ration lorsque le ministre des Sports "
                + "Paul Martin l'a surnomm\u00e9 \u00ab le plus grand marin de sa g\u00e9n\u00e9ration et de la n\u00f4tre \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Paul Martin");
            assertThat(c.quote()).hasValue("le plus grand marin de sa g\u00e9n\u00e9ration et de la n\u00f4tre");
        });
    }

    @Test
    void scientistsAsACollectiveSpeakAndPublishingTheirResultsIsAStatement() {
        Dispatch d = parse("Titre", "Des astronomes chiliens ont d\u00e9couvert une com\u00e8te. "
                + "Les astronomes ont publi\u00e9 leurs r\u00e9sultats dans la revue Nature.",
                "Selon les m\u00e9t\u00e9orologues, la temp\u00eate faiblira.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("astronomes chiliens", "m\u00e9t\u00e9orologues");
    }

    @Test
    void aPossessiveNounFirstApposedToAPersonNamesThatPersonLater() {
        Dispatch d = parse("Titre", "Le diplomate Jean Martin a longtemps travaill\u00e9 avec son complice de toujours, Paul Lenoir. "
                + "\u00ab Nous \u00e9tions comme des fr\u00e8res ! \u00bb, r\u00e9pondit alors son complice.",
                "Selon son complice, \u00ab il ne voulait plus voyager depuis des ann\u00e9es et pr\u00e9f\u00e9rait \u00e9crire \u00bb.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Paul Lenoir"));
    }

    @Test
    void aQuotationAfterAPassiveReportingVerbIsItsAgentsWords() {
        Dispatch d = parse("Titre", "Le ministre Hakan Fidan a \u00e9t\u00e9 accus\u00e9 par le chef de l'opposition \u00d6zg\u00fcr \u00d6zel "
                + "d'\u00eatre \u00ab le complice du r\u00e9gime syrien et de ses alli\u00e9s \u00bb.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("\u00d6zg\u00fcr \u00d6zel"));
    }

    @Test
    void aPressEventFramingAClauseIsItsSubjectsStatementWhateverTheVerb() {
        Dispatch d = parse("Titre", "Les dirigeants du parti pr\u00e9sentaient en conf\u00e9rence de presse leur programme pour les \u00e9lections.",
                "L'arm\u00e9e a bombard\u00e9 la ville en r\u00e9ponse aux attaques.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("dirigeants");
        });
    }

    @Test
    void anAudienceAfterDevantIsNotTheInvertedSpeaker() {
        Dispatch d = parse("Titre", "\u00ab Il faut agir vite et fort contre les groupes arm\u00e9s \u00bb, a martel\u00e9 devant la presse "
                + "le chef de la diplomatie nig\u00e9rienne Bakary Yaou Sangar\u00e9.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Bakary Yaou Sangar\u00e9"));
    }

    @Test
    void slogansChantedOrShoutedAndPredictionsAreStatements() {
        Dispatch d = parse("Titre", "Des milliers de manifestants ont d\u00e9fil\u00e9 \u00e0 Dakar. Les manifestants scandaient "
                + "\u00ab Lib\u00e9rez Sonko, lib\u00e9rez le S\u00e9n\u00e9gal tout entier \u00bb.",
                "Le pr\u00e9sident Bassirou Diomaye Faye a pr\u00e9dit que la croissance d\u00e9passerait 8 % cette ann\u00e9e.",
                "\u00ab Nous ne reculerons pas devant les menaces \u00bb, a ass\u00e9n\u00e9 le Premier ministre Ousmane Sonko.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("manifestants", "Bassirou Diomaye Faye", "Ousmane Sonko");
    }

    @Test
    void aPronounAfterASentenceOpenedByAPossessiveThingStillNamesTheOwner() {
        Dispatch d = parse("Titre", "Le journaliste Pierre Durand s'est \u00e9teint samedi. Son franc-parler lui a valu quelques ennuis "
                + "aupr\u00e8s des cha\u00eenes de t\u00e9l\u00e9vision. Il avait alors l\u00e2ch\u00e9 : \u00ab M. Smith, vous \u00eates un voleur ! \u00bb");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Pierre Durand"));
    }

    @Test
    void anInciseAfterAModalAndItsInfinitiveSpeaksOfItsOwnSubject() {
        Dispatch d = parse("Titre", "L'\u00e9missaire am\u00e9ricain Steve Witkoff doit rencontrer jeudi le n\u00e9gociateur russe Kirill Dmitriev, "
                + "a annonc\u00e9 la Maison Blanche.");
        // the White House is an organisation of the United States since session 29 (as the gold of extra14 and extra25)
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Maison Blanche"));
    }

    @Test
    void aQuotationAfterAVerbThatWarnsSomeoneIsAddressedToThem() {
        Dispatch d = parse("Titre", "Le porte-parole Lin Jian a mis en garde mardi les \u00c9tats-Unis contre toute \u00ab ing\u00e9rence \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.quote()).contains("ing\u00e9rence");
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("\u00c9tats-Unis"));
        });
    }
}
