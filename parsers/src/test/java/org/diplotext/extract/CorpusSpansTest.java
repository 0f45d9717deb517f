package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/** Every span of every result on the shared corpus and dev texts matches its input. */
class CorpusSpansTest {

    @Test
    void spansMatchTheInputOnEveryCorpusText() throws IOException {
        Path shared = Path.of("..", "..", "shared");
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "../shared is absent: corpus span check skipped");
        DiplotextParser parser = Diplotext.parser();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(shared.resolve("corpus")), Files.walk(shared.resolve("eval").resolve("dev")))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (Dispatch dispatch : parser.parseAll(text)) {
                ExtractionTest.assertSpansMatch(text, dispatch);
            }
        }
    }
}
