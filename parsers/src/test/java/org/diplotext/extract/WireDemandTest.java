package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.demandStartingWith;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import java.time.LocalDate;
import java.util.List;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.junit.jupiter.api.Test;

/**
 * Demands as agency wires word them (eleventh session's set eval/extra9): the document or a long
 * incise between the verb and what is asked, a threat after what is asked, coalitions of unions,
 * a region's government and the federal government of the agency's own state.
 */
class WireDemandTest {
    private static final Extraction EXTRACTION = Extraction.create(List.of());

    /** A dispatch of the agency {@code agency}, without a dateline: headline, lead, paragraphs. */
    private static Dispatch parseFrom(String agency, String... paragraphs) {
        Article article = Article.builder("test").agency(agency).published(Published.on(LocalDate.of(2026, 4, 14))).build();
        return ExtractionTest.parse(EXTRACTION, article, paragraphs);
    }

    @Test
    void theDocumentBetweenTheVerbAndWhatIsAskedIsSkipped() {
        Dispatch d = parse("Titre", "La CGT a exig\u00e9 dans un communiqu\u00e9 commun le retrait du texte et l'ouverture d'une concertation.");
        assertThat(d.demands()).extracting(Demand::content).containsExactly("le retrait du texte", "l'ouverture d'une concertation");
    }

    @Test
    void aLongInciseBetweenTheVerbAndTheClauseIsSkipped() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a exig\u00e9 mercredi, dans une d\u00e9claration adopt\u00e9e \u00e0 l'unanimit\u00e9, "
                + "que les rebelles du M23 se retirent des localit\u00e9s conquises.");
        Demand x = demandStartingWith(d, "les rebelles du M23 se retirent");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Mouvement du 23 mars");
    }

    @Test
    void aThreatAfterACommaIsNotAsked() {
        Dispatch d = parse("Titre", "La CGT a donn\u00e9 mardi au gouvernement jusqu'au 15 d\u00e9cembre pour renoncer \u00e0 la r\u00e9forme, "
                + "faute de quoi une gr\u00e8ve sera organis\u00e9e.");
        assertThat(demandStartingWith(d, "renoncer").content()).isEqualTo("renoncer \u00e0 la r\u00e9forme");
    }

    @Test
    void aCoalitionOfUnionsIsAGroupThatAsks() {
        Dispatch d = parse("Titre", "L'intersyndicale a r\u00e9clam\u00e9 jeudi l'indexation des pensions.",
                "Le front commun syndical a exig\u00e9 la r\u00e9ouverture des n\u00e9gociations.");
        assertThat(name(d, demandStartingWith(d, "l'indexation").source().orElseThrow())).isEqualTo("intersyndicale");
        assertThat(name(d, demandStartingWith(d, "la r\u00e9ouverture").source().orElseThrow())).isEqualTo("front commun syndical");
        assertThat(d.actorNamed("intersyndicale").orElseThrow().type()).isEqualTo(ActorType.GROUP);
    }

    @Test
    void aRegionsGovernmentIsABodyNotTheState() {
        Dispatch d = parse("Titre", "Des ONG ont press\u00e9 l'Arabie saoudite de cesser les frappes.",
                "Amnesty International a exig\u00e9 du gouvernement wallon qu'il suspende les licences.");
        Demand x = demandStartingWith(d, "il suspende");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("gouvernement wallon");
        assertThat(d.actorNamed("gouvernement wallon").orElseThrow().type()).isEqualTo(ActorType.ORGANISATION);
    }

    @Test
    void theFederalGovernmentOfABelgaDispatchIsBelgiumsEvenAfterAnotherState() {
        Dispatch d = parseFrom("Belga", "Titre", "Des ONG ont press\u00e9 l'Arabie saoudite de cesser les frappes.",
                "Le ministre-pr\u00e9sident a demand\u00e9 au gouvernement f\u00e9d\u00e9ral de clarifier sa position.");
        assertThat(name(d, demandStartingWith(d, "clarifier").target().orElseThrow())).isEqualTo("Belgique");
    }

    @Test
    void anUltimatumGivenInAParticipleIsTheSubjectsDemandOfTheOneBeforeTheClitic() {
        Dispatch d = parse("Retraites: l'intersyndicale lance un ultimatum au gouvernement",
                "Les huit principaux syndicats fran\u00e7ais ont lanc\u00e9 jeudi un ultimatum au gouvernement, "
                + "lui donnant jusqu'au 1er novembre pour retirer le projet de d\u00e9cret.");
        Demand x = demandStartingWith(d, "retirer le projet");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("syndicats fran\u00e7ais");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("France");
        assertThat(d.demands()).extracting(Demand::content).doesNotContain("gouvernement"); // the headline names whom, not what
    }

    @Test
    void theHeadlinesDemandOfTheWholeIsTheLeadsDemandOfItsBody() {
        Dispatch d = parse("L'UE presse P\u00e9kin de lever ses restrictions sur les terres rares",
                "La Commission europ\u00e9enne a press\u00e9 mardi la Chine de lever les restrictions impos\u00e9es sur ses exportations de terres rares.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(2));
    }

    @Test
    void nobodyAsksThemselves() {
        Dispatch d = parse("Titre", "L'AIEA a adopt\u00e9 une r\u00e9solution sur l'Iran.",
                "Le texte, pr\u00e9sent\u00e9 par la France, appelle aussi T\u00e9h\u00e9ran \u00e0 fournir des informations sur son stock d'uranium.");
        Demand x = demandStartingWith(d, "fournir");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Iran");
        assertThat(x.source().map(id -> name(d, id))).isNotEqualTo(java.util.Optional.of("Iran"));
    }

    @Test
    void theGovernmentAskedToDoWhatIsQuotedIsTheState() {
        Dispatch d = parse("Titre", "La France a exig\u00e9 des excuses.",
                "Le Medef a press\u00e9 le gouvernement de \u00ab tenir bon \u00bb et de ne pas c\u00e9der \u00e0 la pression de la rue.",
                "Thomas Gu\u00e9rin a plaid\u00e9 pour \u00ab un compromis \u00bb et invit\u00e9 l'ex\u00e9cutif \u00e0 \u00ab ne pas jouer la montre \u00bb.");
        assertThat(name(d, demandStartingWith(d, "tenir bon").target().orElseThrow())).isEqualTo("France");
        assertThat(name(d, demandStartingWith(d, "ne pas c\u00e9der").target().orElseThrow())).isEqualTo("France");
        assertThat(name(d, demandStartingWith(d, "ne pas jouer").target().orElseThrow())).isEqualTo("France");
    }

    @Test
    void aTextAsksOnItsAuthorsBehalf() {
        Dispatch d = parse("Titre", "Le Conseil de s\u00e9curit\u00e9 a adopt\u00e9 mardi une r\u00e9solution qui somme l'Iran de r\u00e9tablir l'acc\u00e8s des inspecteurs.");
        assertThat(name(d, demandStartingWith(d, "r\u00e9tablir").source().orElseThrow())).isEqualTo("Conseil de s\u00e9curit\u00e9 des Nations unies");
    }

    @Test
    void theMotionAdoptedByAnAssemblyAsksForItAndLeFederalIsTheAgencysState() {
        Dispatch d = parseFrom("La Presse Canadienne", "Titre", "Le Qu\u00e9bec r\u00e9clame des pouvoirs \u00e0 la France.",
                "La motion adopt\u00e9e la semaine derni\u00e8re par l'Assembl\u00e9e nationale exhortait d\u00e9j\u00e0 le f\u00e9d\u00e9ral \u00e0 agir avant la fin de l'ann\u00e9e.");
        Demand x = demandStartingWith(d, "agir");
        assertThat(name(d, x.source().orElseThrow())).isEqualTo("Assembl\u00e9e nationale");
        assertThat(name(d, x.target().orElseThrow())).isEqualTo("Canada");
    }
}
