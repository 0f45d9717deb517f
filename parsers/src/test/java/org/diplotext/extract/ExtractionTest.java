package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;
import org.diplotext.spi.Layout;
import org.diplotext.spi.LexiconFile;
import org.diplotext.spi.LexiconSource;
import org.junit.jupiter.api.Test;

/** One fixture per construction, in short sentences written for the purpose. */
class ExtractionTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 2, 9);
    private static final Extraction EXTRACTION = Extraction.create(List.of());

    static Dispatch parse(Extraction extraction, String... paragraphs) {
        return parse(extraction, Article.builder("test").published(Published.on(WEDNESDAY)).build(), paragraphs);
    }

    /** Headline, lead and paragraphs of a dispatch with the given article fields. */
    static Dispatch parse(Extraction extraction, Article article, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            SegmentKind kind = i == 0 ? SegmentKind.HEADLINE : i == 1 ? SegmentKind.LEAD : SegmentKind.PARAGRAPH;
            segments.add(new Segment(kind, Span.of(text, at, at + paragraphs[i].length())));
            at += paragraphs[i].length() + 2;
        }
        Dispatch dispatch = extraction.extract(text, new Layout(article, segments, List.of()));
        assertSpansMatch(text, dispatch);
        return dispatch;
    }

    static Dispatch parse(String... paragraphs) {
        return parse(EXTRACTION, paragraphs);
    }

    static void assertSpansMatch(String text, Dispatch dispatch) {
        List<Span> spans = new ArrayList<>();
        dispatch.actors().forEach(a -> spans.addAll(a.mentions()));
        dispatch.communications().forEach(c -> spans.addAll(c.evidence()));
        dispatch.demands().forEach(d -> spans.addAll(d.evidence()));
        assertThat(spans).allSatisfy(s -> assertThat(s.matches(text)).as("span %s", s).isTrue());
    }

    static Actor actor(Dispatch d, String name) {
        return d.actorNamed(name).orElseThrow(() -> new AssertionError("no actor named " + name + " in " + d.actors()));
    }

    /** The first demand whose content starts with {@code content}; fails the test when there is none. */
    static Demand demandStartingWith(Dispatch d, String content) {
        return d.demands().stream().filter(x -> x.content().startsWith(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no demand '" + content + "' in " + d.demands()));
    }

    static String name(Dispatch d, String id) {
        return d.actor(id).map(Actor::name).orElse(null);
    }

    @Test
    void invertedQuotationIsAttributedToTheNamedSpeakerAndDatedByItsWeekday() {
        Dispatch d = parse("Titre", "\u00abNous ne c\u00e9derons jamais sur ce point\u00bb, a d\u00e9clar\u00e9 lundi le ministre russe Sergue\u00ef Lavrov.");
        Communication c = d.communications().get(0);
        assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
        assertThat(c.quote()).contains("Nous ne c\u00e9derons jamais sur ce point");
        assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Sergue\u00ef Lavrov");
        assertThat(c.date()).contains(LocalDate.of(2022, 2, 7));
    }

    @Test
    void invertedSpeakerAfterAPrepositionAndATitleInApposition() {
        Dispatch d = parse("Titre", "\u00abNous refusons tout compromis sur ce point\u00bb, a d\u00e9clar\u00e9 \u00e0 l'AFP le porte-parole de la pr\u00e9sidence, Jean Dupont.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Jean Dupont"));
        assertThat(actor(d, "Jean Dupont").role()).isPresent();
    }

    @Test
    void inversionWithAPronounGoesToThePreviousPluralSpeaker() {
        Dispatch d = parse("Titre", "\u00abNous sommes pr\u00eats \u00e0 poursuivre le dialogue avec Moscou\u00bb, assurent les 27.",
                "\u00abNous restons tr\u00e8s pr\u00e9occup\u00e9s par la situation actuelle\u00bb, insistent-ils.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Union europ\u00e9enne"));
    }

    @Test
    void speakerIntroducedByPourOrSelon() {
        Dispatch d = parse("Titre", "Pour Jean Dupont, \u00ab ce vote est une immense victoire pour nous tous \u00bb.",
                "Selon l'Otan, \u00ab les troupes ne se sont pas retir\u00e9es de la fronti\u00e8re \u00bb.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Jean Dupont", "Organisation du trait\u00e9 de l'Atlantique nord");
    }

    @Test
    void shortQuotedTermsAreNotStatements() {
        Dispatch d = parse("Titre", "Le ministre a \u00e9voqu\u00e9 le concept de \u00ab l'indivisibilit\u00e9 de la s\u00e9curit\u00e9 \u00bb.");
        assertThat(d.communications()).noneMatch(c -> c.quote().isPresent());
    }

    @Test
    void coordinatedNounDemandsAreSplitWithoutCuttingNames() {
        Dispatch d = parse("Titre", "Moscou exige le retrait des troupes de l'Ukraine et de la G\u00e9orgie, la lev\u00e9e des sanctions et la fin des exercices militaires.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly(
                "le retrait des troupes de l'Ukraine et de la G\u00e9orgie", "la lev\u00e9e des sanctions", "la fin des exercices militaires");
        assertThat(d.demands()).allSatisfy(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Russie"));
        assertThat(d.demands()).allSatisfy(x -> assertThat(x.direct()).isFalse());
    }

    @Test
    void nousInAQuotationIsTheSpeakerAndInfinitiveDemandsAreSplit() {
        Dispatch d = parse("Titre", "\u00abNous demandons \u00e0 l'Iran de lib\u00e9rer les otages et de cesser ses essais, ainsi qu'au Liban\u00bb, a d\u00e9clar\u00e9 l'Union europ\u00e9enne.");
        assertThat(d.demands()).hasSize(2);
        assertThat(d.demands()).extracting(Demand::content).containsExactly("lib\u00e9rer les otages", "cesser ses essais, ainsi qu'au Liban");
        assertThat(d.demands()).allSatisfy(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Union europ\u00e9enne");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Iran");
            assertThat(x.direct()).isTrue();
        });
    }

    @Test
    void theSameDemandInTheLeadAndInAQuotationIsOneDemandWithTwoSpans() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne a exig\u00e9 mercredi une d\u00e9sescalade de la Russie.",
                "\u00abNous demandons \u00e0 la Russie de proc\u00e9der \u00e0 une d\u00e9sescalade\u00bb, insistent les 27.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.evidence()).hasSize(2);
            assertThat(x.direct()).isTrue();
            assertThat(x.date()).contains(WEDNESDAY);
        });
    }

    @Test
    void capitalsActingAreTheirStatesButPlacesThatLocateAreNot() {
        Dispatch d = parse("Titre", "Washington a d\u00e9nonc\u00e9 mardi les essais. Les ministres se sont r\u00e9unis \u00e0 Bruxelles.");
        assertThat(actor(d, "\u00c9tats-Unis").type()).isEqualTo(ActorType.STATE);
        assertThat(d.actors()).noneMatch(a -> a.country().filter("BE"::equals).isPresent());
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("\u00c9tats-Unis"));
    }

    @Test
    void governmentWithAnAdjectiveIsTheState() {
        Dispatch d = parse("Titre", "Le gouvernement syrien a rejet\u00e9 le rapport.");
        assertThat(actor(d, "Syrie").aliases()).contains("gouvernement syrien");
    }

    @Test
    void aPersonNamedByFullNameSurnameCivilityAndTitleIsOneActor() {
        Dispatch d = parse("Titre", "Le chef de la diplomatie russe Sergue\u00ef Lavrov a \u00e9crit \u00e0 l'Otan.",
                "M. Lavrov a ensuite d\u00e9clar\u00e9 que rien ne changerait. Le ministre russe avait demand\u00e9 des garanties.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Sergue\u00ef Lavrov");
            assertThat(a.aliases()).contains("M. Lavrov", "Le ministre russe");
            assertThat(a.country()).contains("RU");
        });
    }

    @Test
    void aTitleInAppositionNamesTheRoleOfAnUnknownPerson() {
        Dispatch d = parse("Titre", "Amadou Kon\u00e9, d\u00e9put\u00e9 malien, a pr\u00e9cis\u00e9 que la situation restait grave.");
        Actor kone = actor(d, "Amadou Kon\u00e9");
        assertThat(kone.type()).isEqualTo(ActorType.PERSON);
        assertThat(kone.country()).contains("ML");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(c.sender()).contains(kone.id()));
    }

    @Test
    void letterWithRecipientAndIntermediary() {
        Dispatch d = parse("Titre", "L'Union europ\u00e9enne a adress\u00e9 mercredi une lettre au chef de la diplomatie russe Sergue\u00ef Lavrov.",
                "La lettre a \u00e9t\u00e9 remise \u00e0 l'ambassadeur de Russie \u00e0 Bruxelles.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.LETTER);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Union europ\u00e9enne");
            assertThat(c.recipients()).extracting(id -> name(d, id)).containsExactly("Sergue\u00ef Lavrov");
            assertThat(c.intermediaries()).extracting(id -> name(d, id)).containsExactly("ambassadeur de Russie \u00e0 Bruxelles");
            assertThat(c.evidence()).hasSize(2);
            assertThat(c.date()).contains(WEDNESDAY);
        });
    }

    @Test
    void invitingToTalksIsAnInvitationInvitingToActIsADemand() {
        Dispatch talks = parse("Titre", "La Chine a invit\u00e9 le Japon \u00e0 des pourparlers.");
        assertThat(talks.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.INVITATION);
            assertThat(c.recipients()).extracting(id -> name(talks, id)).containsExactly("Japon");
        });
        assertThat(talks.demands()).isEmpty();
        Dispatch act = parse("Titre", "La Chine a invit\u00e9 le Japon \u00e0 retirer ses navires.");
        assertThat(act.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("retirer ses navires");
            assertThat(name(act, x.target().orElseThrow())).isEqualTo("Japon");
        });
    }

    @Test
    void summitWithRepresentativesIsAMeeting() {
        Dispatch d = parse("Titre", "La CEDEAO a organis\u00e9 un sommet \u00e0 Abuja avec des repr\u00e9sentants du Mali.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(c.recipients()).isNotEmpty();
        });
    }

    @Test
    void callingForIsADemandNamingIsNot() {
        Dispatch d = parse("Titre", "L'ONU a appel\u00e9 au rejet du projet. Il avait appel\u00e9 Marine Le Pen \u00ab la bourgeoise du ch\u00e2teau \u00bb.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("rejet du projet");
    }

    @Test
    void demandThatWithASubjunctiveKeepsTheClause() {
        Dispatch d = parse("Titre", "Le Kremlin a demand\u00e9 que la r\u00e9ponse soit donn\u00e9e par chaque pays, a-t-il pr\u00e9cis\u00e9.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("la r\u00e9ponse soit donn\u00e9e par chaque pays"));
    }

    @Test
    void groupsAreReportedOnlyWhenTheyAct() {
        Dispatch d = parse("Titre", "Les rebelles ont attaqu\u00e9 la ville. Les manifestants r\u00e9clament la d\u00e9mission du gouvernement.");
        assertThat(d.actors()).extracting(Actor::name).contains("manifestants").doesNotContain("rebelles");
    }

    @Test
    void datesResolveAgainstTheDispatchDayWithAPastBias() {
        Dispatch d = parse("Titre", "La Russie a d\u00e9clar\u00e9 hier que rien ne changerait.", "L'Ukraine a affirm\u00e9 mercredi le contraire.",
                "La France avait d\u00e9clar\u00e9 que tout irait bien.", "Le Japon a d\u00e9clar\u00e9 le 3 f\u00e9vrier 2022 qu'il viendrait.");
        assertThat(d.communications()).extracting(c -> c.date().orElse(null))
                .containsExactly(LocalDate.of(2022, 2, 8), WEDNESDAY, null, LocalDate.of(2022, 2, 3));
    }

    @Test
    void aWeekdayWithItsDayNumberIsThatDayAndDernierOrProchainMoveIt() {
        Dispatch d = parse("Titre", "La Russie a d\u00e9clar\u00e9 jeudi 27 janvier qu'elle viendrait.",
                "L'Ukraine a affirm\u00e9 mercredi dernier le contraire.", "La France d\u00e9clarera lundi prochain son soutien.",
                "Le Japon a d\u00e9clar\u00e9 ce matin qu'il viendrait le 3 mars.", "La Chine a d\u00e9clar\u00e9 cet apr\u00e8s-midi son soutien.");
        assertThat(d.communications()).extracting(c -> c.date().orElse(null)).containsExactly(LocalDate.of(2022, 1, 27),
                WEDNESDAY.minusWeeks(1), LocalDate.of(2022, 2, 14), WEDNESDAY, WEDNESDAY);
    }

    @Test
    void aUserOrganisationGivenAsJsonIsRecognised() {
        LexiconSource mine = LexiconSource.of(LexiconFile.ORGANISATIONS, """
                [{"id": "oec", "name": "Organisation des \u00c9tats c\u00f4tiers", "acronym": "OEC",
                  "aliases": [], "kind": "INTERGOVERNMENTAL", "type": "ORGANISATION"}]""");
        Dispatch d = parse(Extraction.create(List.of(mine)), "Titre", "L'OEC a exig\u00e9 la fin de la p\u00eache ill\u00e9gale.");
        Actor oec = actor(d, "Organisation des \u00c9tats c\u00f4tiers");
        assertThat(oec.type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(oec.aliases()).contains("OEC");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.source()).contains(oec.id()));
    }

    @Test
    void aUserPersonGivenAsJsonIsRecognised() {
        LexiconSource mine = LexiconSource.of(LexiconFile.PERSONS, """
                [{"name": "Zo\u00e9 Exemple", "aliases": ["Exemple"], "country": "CH", "role": "ambassadrice", "affiliation": "CH"}]""");
        Dispatch d = parse(Extraction.create(List.of(mine)), "Titre", "Exemple a d\u00e9nonc\u00e9 l'accord.");
        assertThat(actor(d, "Zo\u00e9 Exemple").role()).contains("ambassadrice");
    }

    @Test
    void oddInputNeverThrows() {
        parse("x", "\u00ab", "\u00bb \u00bb , a-t-il", ". . .", "M.", "Pour , \u00ab \u00bb");
    }
}
