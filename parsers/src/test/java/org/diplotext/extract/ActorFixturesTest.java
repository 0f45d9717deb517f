package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.Actor;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agency dispatches written for the purpose (ATS, AFP, Belga, Reuters, La Presse Canadienne
 * style), each with the actors a careful reader finds: {@code <case>.txt} and
 * {@code <case>.expected.tsv} under {@code org/diplotext/extract/actors}. An expected line is
 * {@code TYPE<TAB>name or alias[<TAB>country[<TAB>role]]}; a line {@code !<TAB>name[<TAB>TYPE]}
 * names what no actor (of that type) may be called.
 */
class ActorFixturesTest {
    private static final DiplotextParser PARSER = Diplotext.builder().discoverServices(false).build();

    static Stream<String> cases() throws IOException, URISyntaxException {
        URL folder = ActorFixturesTest.class.getResource("actors");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheActorsOfTheDispatch(String name) throws IOException {
        Dispatch d = PARSER.parse(read(name + ".txt"));
        List<String> lines = read(name + ".expected.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells[0].equals("!")) {
                assertThat(d.actors()).as("%s: no actor named %s", name, cells[1])
                        .noneMatch(a -> a.names().stream().anyMatch(cells[1]::equalsIgnoreCase)
                                && (cells.length < 3 || a.type().name().equals(cells[2])));
                continue;
            }
            Actor a = d.actorNamed(cells[1]).orElseThrow(() -> new AssertionError(name + ": no actor named " + cells[1] + " in " + d.actors()));
            assertThat(a.type().name()).as("%s: type of %s", name, cells[1]).isEqualTo(cells[0].toUpperCase(Locale.ROOT));
            if (cells.length > 2 && !cells[2].isEmpty()) {
                assertThat(a.country()).as("%s: country of %s", name, cells[1]).contains(cells[2]);
            }
            if (cells.length > 3) {
                assertThat(a.role()).as("%s: role of %s", name, cells[1]).contains(cells[3]);
            }
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ActorFixturesTest.class.getResourceAsStream("actors/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
