package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    private final FormatLexicon lexicon = FormatLexicon.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "PARIS (AFP) - Le texte.|PARIS (AFP) -|PARIS|AFP|-",
        "Paris (AFP) – Le texte.|Paris (AFP) –|Paris|AFP|-",
        "LONDRES, 11 juillet (Reuters) — Le texte.|LONDRES, 11 juillet (Reuters) —|LONDRES|Reuters|-",
        "11 avril (Reuters) - Le texte.|11 avril (Reuters) -|-|Reuters|-",
        "BRUXELLES (Belgique) (Belga) - Le texte.|BRUXELLES (Belgique) (Belga) -|BRUXELLES|Belga|-",
        "BRUXELLES (Belgique) - Le texte.|BRUXELLES (Belgique) -|BRUXELLES|-|-",
        "(Belga) Le texte.|(Belga)|-|Belga|-",
        "OTTAWA — Le texte.|OTTAWA —|OTTAWA|-|-",
        "SAINT-JEAN-SUR-RICHELIEU — Le texte.|SAINT-JEAN-SUR-RICHELIEU —|SAINT-JEAN-SUR-RICHELIEU|-|-",
        "(Ottawa) Le texte.|(Ottawa)|Ottawa|-|-",
        "GENÈVE (Keystone-ATS) - Le texte.|GENÈVE (Keystone-ATS) -|GENÈVE|ATS|-",
        "4 juillet 2012. - Le texte.|4 juillet 2012. -|-|-|2012-07-04",
        "1er août 2012. – Le texte.|1er août 2012. –|-|-|2012-08-01",
        "22 août 2012, Espagne. - Le texte.|22 août 2012, Espagne. -|Espagne|-|2012-08-22",
        "2 juillet 2012. - Québec - Le texte.|2 juillet 2012. - Québec -|Québec|-|2012-07-02",
        "2 juillet 2012. - Saint-Jean - Le texte.|2 juillet 2012. - Saint-Jean -|Saint-Jean|-|2012-07-02",
        "4\u00a0juillet\u00a02012.\u00a0- Le texte.|4\u00a0juillet\u00a02012.\u00a0-|-|-|2012-07-04",
        "BRUXELLES 12/03 (BELGA) = Le texte.|BRUXELLES 12/03 (BELGA) =|BRUXELLES|Belga|-",
        "BRUXELLES 12/03/2024 (BELGA) - Le texte.|BRUXELLES 12/03/2024 (BELGA) -|BRUXELLES|Belga|2024-03-12",
    })
    void readsDatelines(String line, String prefix, String place, String agency, String date) {
        Optional<Dateline> d = Dateline.read(line, lexicon);
        assertThat(d).isPresent();
        assertThat(line.substring(0, d.get().length())).isEqualTo(prefix);
        assertThat(line.substring(d.get().leadStart())).isEqualTo("Le texte.");
        assertThat(d.get().place().orElse(null)).isEqualTo(place);
        assertThat(d.get().agency().map(FormatLexicon.Agency::name).orElse(null)).isEqualTo(agency);
        assertThat(d.get().published().map(Object::toString).orElse(null)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le ministre a dit - en substance - que rien ne change.",
        "Les Etats-Unis (USA) ont réagi.",
        "L'OSCE (Organisation pour la sécurité) est l'instance appropriée.",
        "31 février 2012. - Une date impossible.",
        "4 juillet 2012, le Parlement a voté.",
        "UE - Le texte",
    })
    void leavesOrdinaryTextAlone(String line) {
        Optional<Dateline> d = Dateline.read(line, lexicon);
        assertThat(d.filter(x -> x.place().isPresent() || x.agency().isPresent() || x.published().isPresent())
                .filter(x -> !line.startsWith("UE"))).isEmpty();
    }

    @Test
    void takesNoSentenceWithADashForAPlaceAfterTheDate() {
        String line = "4 juillet 2012. - Le ministre - en substance - a dit non.";
        Optional<Dateline> d = Dateline.read(line, lexicon);
        assertThat(d).isPresent();
        assertThat(d.get().place()).isEmpty();
        assertThat(line.substring(d.get().leadStart())).startsWith("Le ministre");
    }

    @Test
    void ignoresAnythingPastItsWindow() {
        String line = "x".repeat(200) + " PARIS (AFP) - texte";
        assertThat(Dateline.read(line, lexicon)).isEmpty();
    }
}
