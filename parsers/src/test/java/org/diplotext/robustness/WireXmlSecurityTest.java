package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.json.DispatchJson;
import org.diplotext.model.Dispatch;
import org.diplotext.model.ParseIssue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile wire XML is refused with an ERROR issue that says why, through the ordinary entry
 * points: no exception, no hang, no file read, no entity expansion. Each attack comes in an NITF
 * and a NewsML-G2 wrapper, since the format is recognised from the document.
 */
class WireXmlSecurityTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String SECRET = "diplotext-secret-7f3a9c";

    @TempDir
    static Path dir;

    static Stream<String> roots() {
        return Stream.of("nitf", "newsml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void anExternalEntityReadingALocalFileIsRefused(String root) throws IOException {
        Path secret = secretFile();
        String doc = document(root, "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        assertRefused(doc);
        // The same document read from a file.
        Path file = dir.resolve(root + "-xxe.xml");
        Files.writeString(file, doc, StandardCharsets.UTF_8);
        Dispatch fromFile = assertTimeoutPreemptively(LIMIT, () -> Diplotext.parse(file));
        assertThat(DispatchJson.toJson(fromFile)).doesNotContain(SECRET);
        assertThat(errors(List.of(fromFile))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void aParameterEntityReadingALocalFileIsRefused(String root) throws IOException {
        Path secret = secretFile();
        String doc = document(root, "<!DOCTYPE %s [<!ENTITY % file SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY % wrap \"<!ENTITY leak '%file;'>\">%wrap;]>", "&leak;");
        assertRefused(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void anExternalDtdIsNotLoaded(String root) throws IOException {
        Path secret = secretFile();
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY word \"" + SECRET + "\">\n",
                StandardCharsets.UTF_8);
        String doc = document(root, "<!DOCTYPE %s SYSTEM \"" + dtd.toUri() + "\">", "&leak; &word;");
        assertRefused(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void aBillionLaughsDocumentIsRefusedQuickly(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE %s [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertRefused(document(root, dtd.toString(), "&lol9;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void aQuadraticBlowupDocumentIsRefused(String root) {
        String doc = document(root, "<!DOCTYPE %s [<!ENTITY big \"" + "x".repeat(50_000) + "\">]>", "&big;".repeat(50_000));
        assertRefused(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void anXIncludeOfALocalFileIsNotFollowed(String root) throws IOException {
        Path secret = secretFile();
        String doc = document(root, "", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                + secret.toUri() + "\" parse=\"text\"/>");
        List<Dispatch> result = assertTimeoutPreemptively(LIMIT, () -> Diplotext.parseAll(doc));
        assertThat(result.stream().map(DispatchJson::toJson)).noneMatch(json -> json.contains(SECRET));
    }

    private static void assertRefused(String doc) {
        List<Dispatch> result = assertTimeoutPreemptively(LIMIT, () -> Diplotext.parseAll(doc),
                "parsing hostile XML did not return in time");
        assertThat(result.stream().map(DispatchJson::toJson)).noneMatch(json -> json.contains(SECRET));
        assertThat(result.stream().map(DispatchJson::toJson)).noneMatch(json -> json.contains("lollollollollol"));
        assertThat(errors(result))
                .as("ERROR issues naming the DTD or entity refused")
                .isNotEmpty()
                .anySatisfy(issue -> assertThat(issue.message().toLowerCase(Locale.ROOT))
                        .containsAnyOf("dtd", "doctype", "document type", "entit"));
        // Dispatch.first() is what most callers use: it must carry the error too.
        Dispatch first = assertTimeoutPreemptively(LIMIT, () -> Diplotext.parse(doc));
        assertThat(errors(List.of(first))).isNotEmpty();
    }

    private static List<ParseIssue> errors(List<Dispatch> result) {
        return result.stream().flatMap(d -> d.issues().stream())
                .filter(i -> i.severity() == ParseIssue.Severity.ERROR).toList();
    }

    private static Path secretFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
        return secret;
    }

    /** A news item in the given wrapper, with a DOCTYPE (its %s the root name) and a body. */
    private static String document(String root, String doctype, String body) {
        String name = root.equals("nitf") ? "nitf" : "newsItem";
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype.replaceFirst("%s", name) + "\n";
        if (root.equals("nitf")) {
            return head + "<nitf><head><title>L'UE invite la Russie</title>"
                    + "<docdata><date.issue norm=\"20220209T171700+0100\"/></docdata></head>"
                    + "<body><body.head><hedline><hl1>L'UE invite la Russie " + body + "</hl1></hedline>"
                    + "<byline>ATS</byline><dateline><location>Bruxelles</location></dateline></body.head>"
                    + "<body.content><p>L'Union européenne a invité la Russie. " + body + "</p></body.content>"
                    + "</body></nitf>\n";
        }
        return head + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:diplotext:test\" version=\"1\""
                + " standard=\"NewsML-G2\" standardversion=\"2.29\"><itemMeta><itemClass qcode=\"ninat:text\"/>"
                + "<provider qcode=\"nprov:AFP\"/><versionCreated>2022-02-09T17:17:00+01:00</versionCreated></itemMeta>"
                + "<contentMeta><headline>L'UE invite la Russie " + body + "</headline></contentMeta>"
                + "<contentSet><inlineXML contenttype=\"application/nitf+xml\">"
                + "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content>"
                + "<p>L'Union européenne a invité la Russie. " + body + "</p></body.content></body></nitf>"
                + "</inlineXML></contentSet></newsItem>\n";
    }
}
