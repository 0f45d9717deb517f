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
 * Forms of communication in general news (session 18's set eval/extra18: a transfer, a doping case, an exoplanet, a
 * strike, a merger, a festival, a trial, forest fires, a cholera alert, a town council), one construction per fixture,
 * in sentences written for the purpose.
 */
class CommunicationRichNewsTest {

    /** {@code une délégation de l'Organisation …}: a delegation of a body the lexicon lacks is that body, met as such. */
    @Test
    void aDelegationOfAnUnknownBodyIsTheBody() {
        Dispatch d = parse("Titre", "L'Organisation panam\u00e9ricaine de la sant\u00e9 (OPS) a envoy\u00e9 des experts. "
                + "Nathalie Pierre-Louis a re\u00e7u mardi une d\u00e9l\u00e9gation de l'Organisation panam\u00e9ricaine de la sant\u00e9.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement()
                        .satisfies(r -> assertThat(name(d, r)).isEqualTo("Organisation panam\u00e9ricaine de la sant\u00e9")));
    }

    /**
     * A portfolio of capitalised words the lexicon lacks after {@code de la} or {@code à la} belongs to the title, so the
     * name in apposition is the title holder's ({@code scientifique} qualifies {@code Politique}, it is no title).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Claire Vanderhaegen a parl\u00e9. Elle a re\u00e7u mardi la ministre de la Politique scientifique, H\u00e9l\u00e8ne Mertens.",
        "Claire Vanderhaegen a parl\u00e9. Elle a re\u00e7u mardi la secr\u00e9taire d'\u00c9tat \u00e0 la Mobilit\u00e9, H\u00e9l\u00e8ne Mertens."})
    void aPortfolioOfUnknownWordsKeepsTheApposition(String lead) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, "H\u00e9l\u00e8ne Mertens").role()).hasValueSatisfying(r -> assertThat(r).doesNotContain("scientifique"));
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Claire Vanderhaegen"));
    }

    /** {@code L'élu Les Républicains a annoncé avoir écrit au préfet}: the party qualifies the person, who speaks and writes. */
    @Test
    void aPartyAfterABareEpithetIsNoSubject() {
        Dispatch d = parse("Titre", "Mathieu Rostaing a d\u00e9nonc\u00e9 \u00ab un cadeau \u00bb. L'\u00e9lu Les R\u00e9publicains a annonc\u00e9 jeudi "
                + "avoir \u00e9crit au pr\u00e9fet de l'Is\u00e8re pour lui demander de saisir le tribunal administratif.");
        assertThat(d.communications()).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Mathieu Rostaing"));
        assertThat(d.communications()).anyMatch(c -> c.type() == CommunicationType.LETTER);
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("Mathieu Rostaing"));
    }

    /**
     * {@code Dans un message adressé mardi à ses clients, le PDG …, X, assure}: the participle after the document's noun
     * is no main clause, so the title and name in apposition after the comma are the subject, who writes and says.
     */
    @Test
    void aParticipleAfterTheDocumentsNounOpensNoClause() {
        Dispatch d = parse("Titre", "Dans un message adress\u00e9 mardi soir \u00e0 ses clients, le PDG de la SAQ, Alain Rousseau, "
                + "assure que les achats en ligne resteront possibles.");
        assertThat(d.communications()).extracting(c -> c.type())
                .containsExactlyInAnyOrder(CommunicationType.LETTER, CommunicationType.STATEMENT);
        assertThat(d.communications()).allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Alain Rousseau"));
    }

    /** Bodies of sport, consumers, unions and relief added to the lexicon: their acts have a body, not a person, as sender. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Swiss Athletics s'est dit \u00ab constern\u00e9 \u00bb mercredi. | Swiss Athletics",
        "L'Unit\u00e9 d'int\u00e9grit\u00e9 de l'athl\u00e9tisme (AIU) a fait savoir qu'elle suivait le dossier. | Unit\u00e9 d'int\u00e9grit\u00e9 de l'athl\u00e9tisme",
        "L'association de consommateurs Test-Achats d\u00e9nonce \u00ab un recul de la concurrence \u00bb. | Test-Achats"})
    void aLexiconBodySpeaks(String lead, String body) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, body).type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT).singleElement()
                .satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo(body));
    }

    /** {@code a appelé mercredi soir le directeur du festival pour lui proposer …}: a title called, with its complement, is a call. */
    @Test
    void aTitleCalledWithItsComplementIsACall() {
        Dispatch d = parse("Titre", "Le directeur du festival, Olivier Dufaux, a parl\u00e9. "
                + "Jean-Marc Rochat a appel\u00e9 mercredi soir le directeur du festival pour lui proposer son aide.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.CALL).singleElement()
                .satisfies(c -> assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo("Olivier Dufaux")));
        assertThat(parse("Titre", "Le ministre a appel\u00e9 le directeur de l'h\u00f4pital \u00e0 la prudence.").communications())
                .noneMatch(c -> c.type() == CommunicationType.CALL);
    }

    /**
     * {@code a écrit aux écoles de la région}, {@code a, de son côté, écrit aux écoles}: people written to, plural and with a
     * complement, make a letter, also past an incise after the auxiliary; {@code au nom de} none.
     */
    @Test
    void writingToPeopleOfAPlaceIsALetter() {
        Dispatch d = parse("Titre", "L'UNICEF a \u00e9crit mardi aux \u00e9coles de la r\u00e9gion.");
        assertThat(d.communications()).extracting(c -> c.type()).containsExactly(CommunicationType.LETTER);
        assertThat(parse("Titre", "L'UNICEF a, de son c\u00f4t\u00e9, \u00e9crit aux \u00e9coles de la r\u00e9gion.").communications())
                .extracting(c -> c.type()).containsExactly(CommunicationType.LETTER); // the auxiliary before an incise has the subject
        assertThat(parse("Titre", "L'UNICEF a \u00e9crit au nom de ses membres que la situation empirait.").communications())
                .extracting(c -> c.type()).containsExactly(CommunicationType.STATEMENT);
    }
}
