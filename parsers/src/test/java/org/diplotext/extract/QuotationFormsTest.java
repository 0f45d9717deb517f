package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * How agency copy attributes quoted words, forms an audit of probe dispatches found missed
 * (fifteenth session, helper quotes15): quotations over two paragraphs, verbs that report words
 * only next to a quotation, narrative infinitives, sources named by a phrase, verbs after "et"
 * sharing the first verb's subject, single and Swiss or German quotation marks. One short fixture
 * per form.
 */
class QuotationFormsTest {

    /** The one statement whose quote starts with {@code start}: its sender's name. */
    private static String speakerOf(Dispatch d, String start) {
        return d.communications().stream()
                .filter(c -> c.type() == CommunicationType.STATEMENT && c.quote().filter(q -> q.startsWith(start)).isPresent())
                .reduce((a, b) -> {
                    throw new AssertionError("two statements quote " + start);
                })
                .map(c -> c.sender().map(id -> name(d, id)).orElse(null))
                .orElseThrow(() -> new AssertionError("no statement quotes " + start + ": " + d.communications()));
    }

    @Test
    void aQuotationOverTwoParagraphsIsItsSpeakersInBoth() {
        Dispatch after = parse("Titre", "\u00abNous voulons la paix. Nous d\u00e9fendrons notre neutralit\u00e9.",
                "\u00abLe peuple suisse y tient\u00bb, a d\u00e9clar\u00e9 Ignazio Cassis.");
        assertThat(speakerOf(after, "Nous voulons la paix. Nous d\u00e9fendrons notre neutralit\u00e9.")).isEqualTo("Ignazio Cassis");
        assertThat(speakerOf(after, "Le peuple suisse y tient")).isEqualTo("Ignazio Cassis");
        Dispatch before = parse("Titre", "Emmanuel Macron a d\u00e9clar\u00e9: \u00ab Nous voulons la paix.",
                "\u00ab Nous la construirons avec nos partenaires. \u00bb");
        assertThat(speakerOf(before, "Nous voulons la paix.")).isEqualTo("Emmanuel Macron");
        assertThat(speakerOf(before, "Nous la construirons")).isEqualTo("Emmanuel Macron");
    }

    @Test
    void aQuotationLeftOpenBeforeAParagraphOfOtherWordsStaysIgnored() {
        Dispatch d = parse("Titre", "Emmanuel Macron a d\u00e9clar\u00e9: \u00abNous voulons la paix.",
                "Le pr\u00e9sident a ensuite quitt\u00e9 la salle sans r\u00e9pondre aux questions.");
        assertThat(d.communications()).allSatisfy(c -> assertThat(c.quote()).isEmpty());
    }

    @Test
    void verbsThatReportWordsOnlyNextToAQuotation() {
        assertThat(speakerOf(parse("Titre", "\u00abC'est une rupture historique\u00bb, analyse Jean Dupont, chercheur \u00e0 l'IRIS."), "C'est une rupture"))
                .isEqualTo("Jean Dupont");
        assertThat(speakerOf(parse("Titre", "\u00abLa Suisse restera neutre\u00bb, a temp\u00e9r\u00e9 Ignazio Cassis."), "La Suisse")).isEqualTo("Ignazio Cassis");
        assertThat(speakerOf(parse("Titre", "Jean Dupont suit le dossier. \u00abCe sera long\u00bb, avance-t-il."), "Ce sera long")).isEqualTo("Jean Dupont");
        assertThat(parse("Titre", "Jean Dupont analyse la situation depuis Paris.").communications()).isEmpty();
        assertThat(parse("Titre", "L'arm\u00e9e russe avance vers Kiev et la banque centrale a rassur\u00e9 les march\u00e9s.").communications()).isEmpty();
    }

    @Test
    void aNarrativeInfinitiveIsTheLastSpeakersOrItsSubjects() {
        Dispatch d = parse("Titre", "\u00abNous soutiendrons l'Ukraine\u00bb, a d\u00e9clar\u00e9 Emmanuel Macron. Et d'ajouter: \u00abLa paix ne se fera pas sans elle.\u00bb");
        assertThat(speakerOf(d, "La paix ne se fera pas")).isEqualTo("Emmanuel Macron");
        Dispatch subject = parse("Titre", "Olaf Scholz a parl\u00e9 le premier. Et Emmanuel Macron de conclure: \u00abLa paix ne se fera pas sans l'Ukraine.\u00bb");
        assertThat(speakerOf(subject, "La paix ne se fera pas")).isEqualTo("Emmanuel Macron");
    }

    @Test
    void aSourceNamedByAPhraseSpeaksAsAfterSelon() {
        assertThat(speakerOf(parse("Titre", "Aux yeux de Viktor Orban, \u00ables sanctions ont \u00e9chou\u00e9\u00bb."), "les sanctions")).isEqualTo("Viktor Orban");
        assertThat(speakerOf(parse("Titre", "De l'avis de Josep Borrell, \u00abl'Europe doit se r\u00e9veiller\u00bb."), "l'Europe")).isEqualTo("Josep Borrell");
        Dispatch unquoted = parse("Titre", "Aux yeux de Viktor Orban, les sanctions ont \u00e9chou\u00e9.");
        assertThat(unquoted.communications()).singleElement().satisfies(c -> assertThat(name(unquoted, c.sender().orElseThrow())).isEqualTo("Viktor Orban"));
        assertThat(parse("Titre", "Le Conseil f\u00e9d\u00e9ral a pris acte de l'avis de la commission.").communications()).isEmpty();
    }

    @Test
    void aVerbAfterEtWithoutASubjectSharesTheFirstVerbsSubject() {
        Dispatch d = parse("Titre", "Ignazio Cassis a rencontr\u00e9 Sergue\u00ef Lavrov et a d\u00e9clar\u00e9 \u00e0 la presse: \u00abNous avons eu un \u00e9change franc.\u00bb");
        assertThat(speakerOf(d, "Nous avons eu")).isEqualTo("Ignazio Cassis");
        Dispatch own = parse("Titre", "Ignazio Cassis a rencontr\u00e9 Sergue\u00ef Lavrov, qui a d\u00e9clar\u00e9 \u00e0 la presse: \u00abNous avons eu un \u00e9change franc.\u00bb");
        assertThat(speakerOf(own, "Nous avons eu")).isEqualTo("Sergue\u00ef Lavrov");
    }

    @Test
    void anImpersonalOnSpeaksForTheBodyItIsToldAt() {
        assertThat(speakerOf(parse("Titre", "\u00abNous n'avons pas re\u00e7u de proposition\u00bb, a-t-on indiqu\u00e9 au DFAE."), "Nous n'avons"))
                .isEqualTo("D\u00e9partement f\u00e9d\u00e9ral des affaires \u00e9trang\u00e8res");
        assertThat(speakerOf(parse("Titre", "\u00abNous suivons la situation\u00bb, indique-t-on \u00e0 l'ONU."), "Nous suivons"))
                .isEqualTo("Organisation des Nations unies");
    }

    @Test
    void singleSwissAndGermanQuotationMarksQuote() {
        assertThat(speakerOf(parse("Titre", "'Nous ne c\u00e9derons pas', a d\u00e9clar\u00e9 Dmitri Peskov aux journalistes."), "Nous ne c\u00e9derons pas"))
                .isEqualTo("Dmitri Peskov");
        assertThat(speakerOf(parse("Titre", "\u2039Nous ne c\u00e9derons pas\u203a, a d\u00e9clar\u00e9 Ignazio Cassis."), "Nous ne c\u00e9derons pas")).isEqualTo("Ignazio Cassis");
        assertThat(speakerOf(parse("Titre", "\u201eNous ne c\u00e9derons pas\u201c, a d\u00e9clar\u00e9 Emmanuel Macron."), "Nous ne c\u00e9derons pas")).isEqualTo("Emmanuel Macron");
        Dispatch elisions = parse("Titre", "L'Union europ\u00e9enne n'a pas r\u00e9agi \u00e0 l\u2019annonce d'aujourd'hui.");
        assertThat(elisions.communications()).isEmpty();
    }

    @Test
    void aDocumentIssuedBySomeoneSpeaksItsWordsLater() {
        Dispatch d = parse("Titre", "Le DFAE a publi\u00e9 un communiqu\u00e9 mardi. Le communiqu\u00e9 indique: \u00abLa Suisse condamne cette attaque.\u00bb");
        assertThat(speakerOf(d, "La Suisse condamne")).isEqualTo("D\u00e9partement f\u00e9d\u00e9ral des affaires \u00e9trang\u00e8res");
    }

    @Test
    void aHeadlineCallsTheSpeakerByTheSurnameTheLeadGivesInFull() {
        Dispatch colon = parse("Cassis: \u00abLa Suisse ne sera pas neutre face \u00e0 l'agression\u00bb",
                "Le chef du DFAE Ignazio Cassis s'est exprim\u00e9 mardi \u00e0 Berne.");
        assertThat(speakerOf(colon, "La Suisse ne sera pas")).isEqualTo("Ignazio Cassis");
        assertThat(speakerOf(parse("Maillard: \u00abLes salaires doivent suivre\u00bb", "Le pr\u00e9sident de l'USS Pierre-Yves Maillard a plaid\u00e9 mardi pour une hausse."),
                "Les salaires")).isEqualTo("Pierre-Yves Maillard");
        Dispatch inverted = parse("Guerre en Ukraine: \u00abLa Suisse doit agir\u00bb, estime Cassis", "Le conseiller f\u00e9d\u00e9ral Ignazio Cassis a plaid\u00e9 mardi pour une aide accrue.");
        assertThat(speakerOf(inverted, "La Suisse doit agir")).isEqualTo("Ignazio Cassis");
        assertThat(inverted.actors()).filteredOn(a -> a.name().equals("Cassis")).isEmpty();
        Dispatch topic = parse("Climat: \u00abLes salaires doivent suivre\u00bb", "Le pr\u00e9sident de l'USS Pierre-Yves Maillard a plaid\u00e9 mardi pour une hausse.");
        assertThat(topic.communications()).isEmpty();
    }

    @Test
    void anInvertedSpeakerAfterACircumstanceSetOffByCommas() {
        Dispatch d = parse("Titre", "\u00abNous ne laisserons pas faire\u00bb, a pr\u00e9venu mardi soir, dans une allocution t\u00e9l\u00e9vis\u00e9e, le pr\u00e9sident fran\u00e7ais Emmanuel Macron.");
        assertThat(speakerOf(d, "Nous ne laisserons pas faire")).isEqualTo("Emmanuel Macron");
        Dispatch selon = parse("Titre", "\u00abNous ne c\u00e9derons jamais sur ce point\u00bb, a d\u00e9clar\u00e9, selon l'agence Tass, Sergue\u00ef Lavrov.");
        assertThat(speakerOf(selon, "Nous ne c\u00e9derons")).isEqualTo("Sergue\u00ef Lavrov");
    }

    @Test
    void aBareForeignMinistersTitleIsTheHolderJustNamedWhateverTheWording() {
        Dispatch d = parse("Titre", "La cheffe de la diplomatie europ\u00e9enne Kaja Kallas a r\u00e9agi mardi. \u00abNous n'accepterons pas cela\u00bb, a d\u00e9clar\u00e9 la cheffe de la diplomatie.");
        assertThat(speakerOf(d, "Nous n'accepterons pas")).isEqualTo("Kaja Kallas");
        assertThat(d.actors()).filteredOn(a -> a.name().equals("cheffe de la diplomatie")).isEmpty();
    }
}
