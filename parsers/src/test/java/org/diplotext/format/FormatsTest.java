package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotext.spi.DispatchFormat;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void builtInFormatsEndWithTheGenericFallback() {
        List<DispatchFormat> formats = Formats.builtIn();
        assertThat(formats).extracting(DispatchFormat::id).containsExactly("ats-web", "afp", "reuters", "belga",
                "presse-canadienne", "dated-news", "wire-xml", "generic");
    }

    @Test
    void choosesByEvidence() {
        assertThat(chosen("Titre\n\nATS\n\n9.2.2022 - 17:17\n\nTexte.")).isEqualTo("ats-web");
        assertThat(chosen("Titre\n\nPARIS (AFP) - Texte.")).isEqualTo("afp");
        assertThat(chosen("Titre\n\nLONDRES, 11 juillet (Reuters) - Texte.")).isEqualTo("reuters");
        assertThat(chosen("Titre\n\nLe texte, dit-il. (Belga)")).isEqualTo("belga");
        assertThat(chosen("Titre\n\nOTTAWA — Texte.")).isEqualTo("presse-canadienne");
        assertThat(chosen("Titre\n\n4 juillet 2012. - Texte.")).isEqualTo("dated-news");
        assertThat(chosen("<nitf><body/></nitf>")).isEqualTo("wire-xml");
        assertThat(chosen("Titre\n\nTexte sans marque.")).isEqualTo("generic");
    }

    @Test
    void theDesksInitialsClosingAnAfpDispatchAreItsSignatureNoParagraph() {
        String text = "Titre\n\nVIENNE, 9 juin 2026 (AFP) - Le texte.\n\nUn paragraphe.\n\nbur-ob/gmo/cls";
        org.diplotext.model.Article article = Formats.choose(text, Formats.builtIn()).read(text).get(0).article();
        assertThat(article.signature()).contains("bur-ob/gmo/cls");
        assertThat(article.paragraphs()).containsExactly("Un paragraphe.");
    }

    @Test
    void userFormatsWinTies() {
        DispatchFormat mine = new DispatchFormat() {
            @Override
            public String id() {
                return "mine";
            }

            @Override
            public int confidence(String text) {
                return 100;
            }

            @Override
            public List<org.diplotext.spi.Layout> read(String text) {
                return new GenericFormat().read(text);
            }
        };
        List<DispatchFormat> all = new java.util.ArrayList<>(List.of(mine));
        all.addAll(Formats.builtIn());
        assertThat(Formats.choose("<nitf/>", all)).isSameAs(mine);
    }

    private static String chosen(String text) {
        return Formats.choose(text, Formats.builtIn()).id();
    }
}
