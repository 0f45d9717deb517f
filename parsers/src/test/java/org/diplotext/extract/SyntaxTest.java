package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.actor;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subjects and objects of acts, in sentences written for the purpose, in agency style. */
class SyntaxTest {
    /** Representatives of a body, whom no mention holds, act for it: the body is the subject. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Des repr\u00e9sentants du CICR ont demand\u00e9 mardi aux autorit\u00e9s de lib\u00e9rer les d\u00e9tenus. | Comit\u00e9 international de la Croix-Rouge | lib\u00e9rer",
        "Une d\u00e9l\u00e9gation de l'ONU a exhort\u00e9 mardi les parties \u00e0 cesser les combats. | Organisation des Nations unies | cesser"})
    void representativesOfABodyAskForIt(String text, String body, String asked) {
        Dispatch d = parse("Titre", text);
        String id = actor(d, body).id();
        assertThat(d.demands()).anyMatch(x -> x.source().orElse("").equals(id) && x.content().contains(asked));
    }
}
