package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** A group counted by a collective number ({@code des milliers de manifestants}) can be a subject. */
class QuantifiedSubjectTest {

    @Test
    void thousandsOfProtestersAsk() {
        Dispatch d = parse("Titre", "Des milliers de manifestants ont r\u00e9clam\u00e9 dimanche la d\u00e9mission du gouvernement.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("manifestants");
            assertThat(x.content()).isEqualTo("la d\u00e9mission du gouvernement");
        });
    }

    @Test
    void tensOfThousandsToo() {
        Dispatch d = parse("Titre", "Des dizaines de milliers de manifestants ont exig\u00e9 la lib\u00e9ration des opposants.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(name(d, x.source().orElseThrow())).isEqualTo("manifestants"));
    }

    @Test
    void aCountedGroupAfterAPrepositionIsNoSubject() {
        Dispatch d = parse("Titre", "La police a parl\u00e9 avec des milliers de manifestants. Elle a r\u00e9clam\u00e9 le calme.");
        assertThat(d.demands()).noneMatch(x -> x.source().map(id -> "manifestants".equals(name(d, id))).orElse(false));
    }
}
