package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.diplotext.model.ParseIssue;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd content never makes a format throw: every built-in format reads it, with issues. */
class RobustnessTest {

    static Stream<String> oddTexts() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 32; c++) {
            controls.append(c).append("x");
        }
        return Stream.of(
                "",
                "   \n\r\n\t\u00a0\u202f\uFEFF  ",
                "\uFEFF",
                "a",
                "\n\n\n",
                controls.toString(),
                "Titre \uD800 orphelin\n\nPARIS (AFP) - Texte \uDC00 avec surrogates isolés.\n\n\uDBFF",
                "(",
                "(AFP)",
                "PARIS (AFP) -",
                "4 juillet 2012. -",
                "31 février 2012. - Date impossible.",
                "99.99.2022 - 25:61\n\nTexte.",
                "<nitf>",
                "<?xml version=\"1.0\"?>",
                "Titre\r\rATS\r\r9.2.2022 - 17:17\r\rLead\r\rLead\r",
                "ats/pym",
                "Partager\nPartager\nPartager",
                "x\n".repeat(10_000),
                "(".repeat(50_000),
                "PARIS (" + "A".repeat(100_000) + ") - texte",
                "A ".repeat(200_000),
                "«".repeat(10_000) + "»".repeat(10_000));
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void everyFormatReadsOddText(String text) {
        for (DispatchFormat format : Formats.builtIn()) {
            int confidence = format.confidence(text);
            assertThat(confidence).as(format.id()).isBetween(0, 100);
            List<Layout> layouts = format.read(text);
            LayoutChecks.check(text, layouts);
        }
    }

    @ParameterizedTest
    @MethodSource("oddTexts")
    void chosenFormatReadsOddText(String text) {
        List<Layout> layouts = Formats.choose(text, Formats.builtIn()).read(text);
        LayoutChecks.check(text, layouts);
    }

    @org.junit.jupiter.api.Test
    void emptyTextGetsAWarning() {
        List<Layout> layouts = Formats.choose("", Formats.builtIn()).read("");
        assertThat(layouts).hasSize(1);
        assertThat(layouts.get(0).issues()).extracting(ParseIssue::severity).contains(ParseIssue.Severity.WARNING);
        assertThat(layouts.get(0).segments()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void oneTenMegabyteLineIsReadAsOneHeadline() {
        String text = "Un titre sans fin ".repeat(600_000);
        List<Layout> layouts = Formats.choose(text, Formats.builtIn()).read(text);
        LayoutChecks.check(text, layouts);
        assertThat(layouts.get(0).article().headline()).hasValueSatisfying(h -> assertThat(h).hasSize(text.strip().length()));
    }
}
