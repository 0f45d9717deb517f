package org.diplotext.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final List<HtmlReport.Doc> docs = ReportFixtures.docs();
    private final String html = new HtmlReport(docs, "Rapport <test>").render();

    @Test
    void everyLinkLeadsToAnAnchorOfThePage() {
        Set<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""));
        Set<String> targets = all(Pattern.compile("href=\"#([^\"]+)\""));
        assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(ids).contains(t));
        assertThat(targets).contains("d0-c1-0");
    }

    @Test
    void loadsNothingFromOutside() {
        assertThat(html).doesNotContain(" src=", "<link", "href=\"http", "@import", "url(http");
        assertThat(html).contains("<style>", "<script>\n(function");
    }

    @Test
    void escapesEverythingFromTheDispatches() {
        assertThat(html).doesNotContain("<script>alert", "<b>Moscou</b>", "hostile <name>", "<test>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; « guillemets »",
                "hostile &lt;name&gt;.txt", "la fin des frappes &lt;script&gt;", "Rapport &lt;test&gt;");
        assertThat(html.split("<script>", -1)).as("only the page's own script").hasSize(2);
    }

    @Test
    void drawsTheNetworkWithCountsAndTheTimeline() {
        assertThat(html).contains("<svg id=\"network-svg\"", "<svg id=\"timeline-svg\"");
        assertThat(html).contains(">DFAE</text>", ">ambassadeur de Russie</text>");
        // how many communications the built-in extraction adds to the extension's varies with it
        assertThat(html).containsPattern("DFAE → ambassadeur de Russie: [1-9]\\d* communications?, 0 demands");
        assertThat(html).containsPattern("Suisse → (Moscou|Russie): [1-9]\\d* communications?, [1-9]\\d* demands?");
        assertThat(html).contains("ambassadeur de Russie acts for Russie");
        assertThat(html).contains("<mark class=\"ev-comm\"", "<mark class=\"ev-comm ev-demand\"");
        assertThat(html).as("the communiqué's meeting on the timeline").contains("2024-03-12 meeting: DFAE → ambassadeur de Russie");
    }

    @Test
    void isDeterministic() {
        assertThat(new HtmlReport(ReportFixtures.docs(), "Rapport <test>").render()).isEqualTo(html);
    }

    @Test
    void saysSoWhenNothingWasFound() {
        String empty = new HtmlReport(List.of(), "vide").render();
        assertThat(empty).contains("No actors were found", "No dated communication or demand.");
    }

    private Set<String> all(Pattern p) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
