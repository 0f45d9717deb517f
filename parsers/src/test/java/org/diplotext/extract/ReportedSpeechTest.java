package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in statements, quoted or reported without quotation marks: one short fixture per
 * construction, written for the purpose from sentences the extraction misread.
 */
class ReportedSpeechTest {

    @Test
    void twoCoordinatedSpeakersMakeOneStatementOfTheFirstNamed() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident fran\u00e7ais Emmanuel Macron et le chancelier allemand Olaf Scholz ont d\u00e9clar\u00e9 mardi "
                + "qu'ils soutiendraient l'Ukraine \u00ab aussi longtemps qu'il le faudra \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron");
            assertThat(c.quote()).contains("aussi longtemps qu'il le faudra");
        });
        Dispatch reported = parse("Titre", "L'Union europ\u00e9enne et les Etats-Unis ont affirm\u00e9 mercredi que les sanctions resteraient en place.");
        assertThat(reported.communications()).singleElement()
                .satisfies(c -> assertThat(name(reported, c.sender().orElseThrow())).isEqualTo("Union europ\u00e9enne"));
        Dispatch counterpart = parse("Titre", "Le pr\u00e9sident turc Recep Tayyip Erdogan et son homologue ukrainien Volodymyr Zelensky "
                + "ont dit souhaiter une reprise des pourparlers.");
        assertThat(counterpart.communications()).singleElement()
                .satisfies(c -> assertThat(name(counterpart, c.sender().orElseThrow())).isEqualTo("Recep Tayyip Erdogan"));
    }

    @Test
    void aSingleSpeakerBeforeAnotherActorNamedAsObjectStaysTheSpeaker() {
        Dispatch d = parse("Titre", "La rencontre entre Emmanuel Macron et Olaf Scholz a eu lieu mardi.",
                "Le chancelier Olaf Scholz a d\u00e9clar\u00e9 que Berlin et Paris restaient unis.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Olaf Scholz"));
    }

    @Test
    void aSayingClosedByAColonAndTheQuotationInTheNextParagraphAreOneStatement() {
        Dispatch d = parse("Titre", "Le secr\u00e9taire d'Etat am\u00e9ricain Antony Blinken a d\u00e9clar\u00e9 lundi :",
                "\u00ab L'Iran doit cesser l'enrichissement d'uranium. Nous ne laisserons pas T\u00e9h\u00e9ran se doter de l'arme nucl\u00e9aire. \u00bb");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Antony Blinken");
            assertThat(c.quote()).hasValueSatisfying(q -> assertThat(q).startsWith("L'Iran doit cesser"));
            assertThat(c.evidence()).hasSize(2);
            assertThat(c.evidence().get(1).text()).endsWith("a d\u00e9clar\u00e9 lundi :");
        });
    }

    @Test
    void aNameInAppositionAfterATitlesComplementIsTheSourceAfterSelon() {
        Dispatch d = parse("Titre", "Selon le porte-parole du Kremlin, Dmitri Peskov, aucune n\u00e9gociation n'est pr\u00e9vue \u00e0 ce stade.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Dmitri Peskov");
        });
    }

    @Test
    void anInvertedPronounAfterAClauseWithoutQuotationMarksSpeaks() {
        Dispatch d = parse("Titre", "Le conseiller f\u00e9d\u00e9ral Ignazio Cassis a r\u00e9affirm\u00e9 lundi que Berne restait neutre.",
                "La Suisse est pr\u00eate \u00e0 accueillir une conf\u00e9rence, a-t-il assur\u00e9 devant la presse \u00e0 Gen\u00e8ve.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Ignazio Cassis");
        });
        assertThat(d.communications().get(1).evidence().get(0).text()).startsWith("La Suisse est pr\u00eate");
    }

    @Test
    void aQuotationObjectOfAReportingVerbIsItsSubjectsEvenWithASourceAfterSelon() {
        Dispatch d = parse("Titre", "Varsovie a d\u00e9nonc\u00e9 une \u00ab attaque hybride \u00bb, selon le vice-ministre polonais de l'Int\u00e9rieur Maciej Wasik.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Pologne");
            assertThat(c.quote()).hasValue("attaque hybride");
        });
        Dispatch source = parse("Titre", "\u00ab La fronti\u00e8re restera ferm\u00e9e \u00bb, selon le vice-ministre polonais de l'Int\u00e9rieur Maciej Wasik.");
        assertThat(source.communications()).singleElement()
                .satisfies(c -> assertThat(name(source, c.sender().orElseThrow())).isEqualTo("Maciej Wasik"));
    }

    @Test
    void aNameApposedAfterATitleAndItsPlaceSpeaksInsteadOfTheTitle() {
        Dispatch d = parse("Titre", "Isra\u00ebl n'acceptera aucune tr\u00eave, a d\u00e9clar\u00e9 vendredi l'ambassadeur isra\u00e9lien \u00e0 l'ONU, Gilad Erdan.",
                "\u00ab Le Hamas porte l'enti\u00e8re responsabilit\u00e9 de cette guerre \u00bb, a r\u00e9pondu l'ambassadeur isra\u00e9lien \u00e0 l'ONU, Gilad Erdan.");
        assertThat(d.communications()).hasSize(2)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Gilad Erdan"));
    }

    @Test
    void aFewWordsQuotedAfterSEstDitAreTheSubjectsWords() {
        Dispatch d = parse("Titre", "La ministre japonaise des Affaires \u00e9trang\u00e8res, Yoko Kamikawa, s'est dite \u00ab profond\u00e9ment d\u00e9\u00e7ue \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Yoko Kamikawa");
            assertThat(c.quote()).hasValue("profond\u00e9ment d\u00e9\u00e7ue");
        });
        Dispatch named = parse("Titre", "Le projet, dit \u00ab Nord Stream \u00bb, a \u00e9t\u00e9 abandonn\u00e9.");
        assertThat(named.communications()).isEmpty();
    }

    @Test
    void theManagementSpeaksForTheCompanyNamedBeforeIt() {
        Dispatch d = parse("Titre", "Le constructeur automobile Renault r\u00e9duit ses effectifs.",
                "Quelque 1 200 postes seront supprim\u00e9s en Belgique d'ici \u00e0 2026, a indiqu\u00e9 la direction.",
                "Chez Danone, la direction a confirm\u00e9 jeudi un plan de d\u00e9parts volontaires.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
        assertThat(name(d, d.communications().get(0).sender().orElseThrow())).isEqualTo("Renault");
        assertThat(name(d, d.communications().get(1).sender().orElseThrow())).isEqualTo("Danone");
        Dispatch sourced = parse("Titre", "Le groupe Renault veut fermer son usine de Flins.", "Selon la CGT, la direction a confirm\u00e9 la fermeture.");
        assertThat(sourced.communications()).extracting(c -> name(sourced, c.sender().orElseThrow()))
                .containsExactlyInAnyOrder("Renault", "Conf\u00e9d\u00e9ration g\u00e9n\u00e9rale du travail");
        Dispatch elsewhere = parse("Titre", "Les manifestants ont d\u00e9fil\u00e9 en direction du Parlement sous la direction de leurs d\u00e9l\u00e9gu\u00e9s.");
        assertThat(elsewhere.communications()).isEmpty();
    }

    @Test
    void aCollectiveOrADocumentAfterSelonSpeaksWithoutQuotationMarks() {
        Dispatch group = parse("Titre", "Selon plusieurs associations serbes, cette r\u00e9forme menace la libert\u00e9 de la presse.");
        assertThat(group.communications()).singleElement()
                .satisfies(c -> assertThat(name(group, c.sender().orElseThrow())).isEqualTo("associations serbes"));
        Dispatch described = parse("Titre", "Le projet de loi est contest\u00e9, selon un collectif de d\u00e9fense des locataires.");
        assertThat(described.communications()).singleElement()
                .satisfies(c -> assertThat(name(described, c.sender().orElseThrow())).isEqualTo("collectif de d\u00e9fense des locataires"));
        Dispatch document = parse("Titre", "Selon le rapport annuel publi\u00e9 mardi par Amnesty International, les ex\u00e9cutions ont doubl\u00e9.");
        assertThat(document.communications()).singleElement()
                .satisfies(c -> assertThat(name(document, c.sender().orElseThrow())).isEqualTo("Amnesty International"));
        Dispatch analysts = parse("Titre", "Selon les analystes, la croissance ralentira.");
        assertThat(analysts.communications()).isEmpty();
    }

    @Test
    void aLightVerbWithANounOfSpeechOrFeelingIsAStatement() {
        Dispatch d = parse("Titre", "Le d\u00e9put\u00e9 Jean Dupont a fait des remarques pol\u00e9miques sur l'immigration.",
                "Le Parti socialiste faisait part lundi de son \u00e9tonnement ; le parti estime qu'il s'agit de \u00ab propos malheureux \u00bb.");
        assertThat(d.communications()).extracting(c -> name(d, c.sender().orElseThrow()))
                .containsExactly("Jean Dupont", "Parti socialiste", "Parti socialiste");
        assertThat(d.communications().get(2).quote()).hasValue("propos malheureux");
        assertThat(d.communications().get(1).quote()).isEmpty();
        Dispatch feeling = parse("Titre", "La f\u00e9d\u00e9ration FO a manifest\u00e9 mardi sa vive inqui\u00e9tude.",
                "Des milliers de salari\u00e9s ont manifest\u00e9 dans les rues de Lyon. Le groupe affiche une baisse de 3 %.");
        assertThat(feeling.communications()).singleElement()
                .satisfies(c -> assertThat(name(feeling, c.sender().orElseThrow())).isEqualTo("Force ouvri\u00e8re"));
    }

    @Test
    void theSpeakerOfARelativeClauseAfterAnAppositionIsTheNameBeforeIt() {
        Dispatch d = parse("Titre", "Paul Martin, un ancien candidat conservateur qui a fait des d\u00e9clarations controvers\u00e9es sur la peine de mort, "
                + "a perdu son si\u00e8ge.");
        assertThat(d.communications()).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Paul Martin"));
    }

    @Test
    void aQuotationAfterPourOpeningTheSentenceIsTheDescribedBodysWords() {
        Dispatch d = parse("Titre", "Des milliers de locataires ont manifest\u00e9 samedi \u00e0 Lyon.",
                "Pour le collectif de d\u00e9fense des locataires, il s'agit d'\u00ab un recul historique \u00bb.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("collectif de d\u00e9fense des locataires");
            assertThat(c.quote()).hasValue("un recul historique");
        });
    }

    @Test
    void aQuotationOpeningWithItsVerbIsItsSubjectsPastAFramingPhraseOrAnIncise() {
        Dispatch d = parse("Titre", "Dans un communiqu\u00e9, l'OMS \u00ab salue la rapidit\u00e9 de la r\u00e9action \u00bb du gouvernement.",
                "Le CICR, dans un communiqu\u00e9, \u00ab d\u00e9plore les violences contre les civils \u00bb.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> assertThat(c.sender()).isPresent());
        assertThat(name(d, d.communications().get(0).sender().orElseThrow())).isEqualTo("Organisation mondiale de la sant\u00e9");
        assertThat(name(d, d.communications().get(1).sender().orElseThrow())).isEqualTo("Comit\u00e9 international de la Croix-Rouge");
    }

    @Test
    void thePrefectureNamedAloneAsTheInvertedSpeakerSpeaks() {
        Dispatch d = parse("Titre", "La police a interpell\u00e9 une vingtaine de manifestants, a indiqu\u00e9 la pr\u00e9fecture.");
        assertThat(d.communications()).singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("pr\u00e9fecture"));
    }
}
