package org.diplotext.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbedTest {

    @Test
    void printsTheHeadlineAndTheCommunications() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Embed.main(new String[] {"src/test/resources/org/diplotext/examples/communique/dfae-convocation-russie.txt"});
        } finally {
            System.setOut(saved);
        }
        // the example extension is on the class path, so the default parser reads the meeting
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .startsWith("Le DFAE convoque l'ambassadeur de Russie après la frappe sur Odessa")
                .contains("MEETING: Département fédéral des affaires étrangères on 2024-03-12");
    }
}
