package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of bodies the lexicon does not list, cut or split on the readable sets of the twentieth session (eval/extra22,
 * eval/extra23): an adjective after the name's complement, a town glued by a hyphen, a second noun joined by {@code et}
 * without its own {@code de}. One construction per fixture, in sentences written for the purpose.
 */
class BodyNamesSession20Test {

    /** An adjective closing the complement of a body's name belongs to the name ({@code -iers}, {@code -ois}). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'Autorit\u00e9 des march\u00e9s financiers a exig\u00e9 des explications de la banque. | Autorit\u00e9 des march\u00e9s financiers",
        "L'Association des commer\u00e7ants spadois a r\u00e9clam\u00e9 une compensation. | Association des commer\u00e7ants spadois",
        "La F\u00e9d\u00e9ration des producteurs laitiers a d\u00e9nonc\u00e9 mardi la baisse des prix. | F\u00e9d\u00e9ration des producteurs laitiers"})
    void anAdjectiveAfterTheComplementIsPartOfTheName(String lead, String body) {
        Dispatch d = parse("Titre", lead);
        assertThat(actor(d, body).type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** A town whose name a hyphen glues ({@code Crans-Montana}) closes a body's name like a town of one word. */
    @Test
    void aHyphenatedTownClosesTheName() {
        Dispatch d = parse("Titre", "L'Association des h\u00f4teliers de Crans-Montana a demand\u00e9 \u00e0 la FIS de rembourser les frais.");
        assertThat(actor(d, "Association des h\u00f4teliers de Crans-Montana").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.actors()).noneMatch(a -> a.name().equals("Association des h\u00f4teliers"));
        assertThat(d.demands()).anyMatch(x -> x.source().equals(java.util.Optional.of(actor(d, "Association des h\u00f4teliers de Crans-Montana").id())));
    }

    /** A second noun joined by {@code et} without its {@code de}, vouched for by the complement after it. */
    @Test
    void aSecondNounWithoutItsOwnDeJoinsTheName() {
        Dispatch d = parse("Titre", "La Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec a demand\u00e9 au gouvernement de revoir sa d\u00e9cision.");
        assertThat(actor(d, "Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec").type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** {@code et} before a verb or a lone noun goes on with the sentence: the name ends before it. */
    @Test
    void andBeforeAVerbEndsTheName() {
        Dispatch d = parse("Titre", "La F\u00e9d\u00e9ration des producteurs a d\u00e9nonc\u00e9 la d\u00e9cision et demande au gouvernement de la revoir.");
        assertThat(actor(d, "F\u00e9d\u00e9ration des producteurs").type()).isEqualTo(ActorType.ORGANISATION);
    }

    /** A commune named with its town acts as a body, and {@code la commune} later is the same body. */
    @Test
    void aCommuneNamedWithItsTownIsABody() {
        Dispatch d = parse("Titre", "La commune de Crans-Montana, en Valais, exige de la F\u00e9d\u00e9ration internationale de ski (FIS) le "
                + "remboursement des frais. La commune a demand\u00e9 des explications.");
        assertThat(actor(d, "commune de Crans-Montana").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(d.demands()).hasSize(2).allMatch(x -> x.source().equals(java.util.Optional.of(actor(d, "commune de Crans-Montana").id())));
    }

    /** A commune named only as a place ({@code dans la commune}) or as a title's complement is no actor. */
    @Test
    void aCommuneAsAPlaceIsNoActor() {
        Dispatch d = parse("Titre", "Le maire de la commune a d\u00e9missionn\u00e9. Il vit dans la commune depuis 1990.");
        assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.ORGANISATION);
    }
}
