package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotext.model.ParseIssue;
import org.diplotext.spi.Layout;
import org.junit.jupiter.api.Test;

class WireXmlFormatTest {
    private final WireXmlFormat format = new WireXmlFormat(FormatLexicon.get());

    private List<Layout> read(String xml) {
        List<Layout> layouts = format.read(xml);
        LayoutChecks.check(xml, layouts);
        return layouts;
    }

    private static ParseIssue error(List<Layout> layouts) {
        return layouts.get(0).issues().stream().filter(i -> i.severity() == ParseIssue.Severity.ERROR)
                .findFirst().orElseThrow(() -> new AssertionError("no ERROR issue in " + layouts.get(0).issues()));
    }

    @Test
    void recognisesNitfAndNewsMl() {
        assertThat(format.confidence("\uFEFF<?xml version=\"1.0\"?>\n<nitf><body/></nitf>")).isEqualTo(95);
        assertThat(format.confidence("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>")).isEqualTo(95);
        assertThat(format.confidence("<?xml version=\"1.0\"?><rss/>")).isEqualTo(60);
        assertThat(format.confidence("PARIS (AFP) - <b>texte</b>")).isZero();
    }

    @Test
    void refusesExternalEntityWithoutReadingTheFile() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<nitf><body><body.head><hedline><hl1>&x;</hl1></hedline></body.head></body></nitf>";
        List<Layout> layouts = read(xml);
        assertThat(error(layouts).message()).contains("DOCTYPE");
        assertThat(layouts.get(0).article().format()).isEqualTo("generic");
        assertThat(layouts.get(0).article().headline()).hasValue("<?xml version=\"1.0\"?>");
        assertThat(layouts.get(0).article().paragraphs()).noneMatch(p -> p.contains("root:"));
    }

    @Test
    void neverReadsALocalFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "MARQUEUR-SECRET-4242");
        String uri = secret.toUri().toString();
        for (String xml : List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY s SYSTEM \"" + uri + "\">]><nitf><body><body.content><p>&s;</p></body.content></body></nitf>",
                "<?xml version=\"1.0\"?><!DOCTYPE n SYSTEM \"" + uri + "\"><nitf/>",
                "<nitf xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><body.content><p>a</p>"
                        + "<xi:include href=\"" + uri + "\" parse=\"text\"/></body.content></body></nitf>")) {
            for (Layout layout : read(xml)) {
                assertThat(layout.article().toString()).doesNotContain("MARQUEUR-SECRET");
                assertThat(layout.issues()).allSatisfy(i -> assertThat(i.message()).doesNotContain("MARQUEUR-SECRET"));
            }
        }
    }

    @Test
    void refusesBillionLaughsAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>");
        List<Layout> layouts = read(xml.toString());
        assertThat(error(layouts).message()).contains("DOCTYPE");
    }

    @Test
    void refusesExternalDtdAndParameterEntities() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"http://example.invalid/nitf.dtd\">\n<nitf/>";
        assertThat(error(read(xml)).message()).contains("DOCTYPE");
        String param = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>\n<nitf/>";
        assertThat(error(read(param)).message()).contains("DOCTYPE");
    }

    @Test
    void doesNotFollowXInclude() {
        String xml = "<?xml version=\"1.0\"?>\n<nitf xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><body.content>"
                + "<p>Texte.</p><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></body.content></body></nitf>";
        List<Layout> layouts = read(xml);
        assertThat(layouts.get(0).article().lead()).hasValue("Texte.");
        assertThat(layouts.get(0).article().paragraphs()).isEmpty();
    }

    @Test
    void reportsMalformedXmlWithItsPosition() {
        String xml = "<?xml version=\"1.0\"?>\n<nitf><body><p>ouvert</body></nitf>";
        ParseIssue issue = error(read(xml));
        assertThat(issue.message()).startsWith("wire XML refused (line 2");
        assertThat(issue.end()).isEqualTo(xml.length());
    }

    @Test
    void refusesExcessiveNestingInsteadOfOverflowing() {
        StringBuilder xml = new StringBuilder("<nitf>");
        xml.append("<a>".repeat(5000)).append("x").append("</a>".repeat(5000)).append("</nitf>");
        assertThat(error(read(xml.toString())).severity()).isEqualTo(ParseIssue.Severity.ERROR);
    }

    @Test
    void readsNitfWithEntitiesAndInlineMarkup() {
        String xml = "<nitf><body><body.head><hedline><hl1>L&#8217;UE &amp; la Russie</hl1></hedline>"
                + "<dateline><location>BRUXELLES</location></dateline></body.head>"
                + "<body.content><p>Premier <em>paragraphe</em>.</p><!-- <p>commentaire</p> --><p>Second.</p>"
                + "</body.content></body></nitf>";
        Layout layout = read(xml).get(0);
        assertThat(layout.article().headline()).hasValue("L\u2019UE & la Russie");
        assertThat(layout.article().dateline()).hasValue("BRUXELLES");
        assertThat(layout.article().lead()).hasValue("Premier paragraphe.");
        assertThat(layout.article().paragraphs()).containsExactly("Second.");
    }

    @Test
    void readsBasicAndExtendedIsoDates() {
        assertThat(WireXmlFormat.published("20230412T163000+0200")).hasValueSatisfying(
                p -> assertThat(p.toString()).isEqualTo("2023-04-12T16:30+02:00"));
        assertThat(WireXmlFormat.published("2023-09-15T18:12:00+02:00")).hasValueSatisfying(
                p -> assertThat(p.toString()).isEqualTo("2023-09-15T18:12+02:00"));
        assertThat(WireXmlFormat.published("20230412")).hasValueSatisfying(
                p -> assertThat(p.toString()).isEqualTo("2023-04-12"));
        assertThat(WireXmlFormat.published("hier")).isEmpty();
    }
}
