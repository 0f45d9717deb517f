package org.diplotext.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples are written as a user would: against the exported packages of diplotext only. */
class ApiBoundaryTest {
    private static final Set<String> EXPORTED = Set.of("org.diplotext", "org.diplotext.spi", "org.diplotext.model",
            "org.diplotext.json");
    /** Any qualified name of a diplotext class: in an import, a static import or inline code. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.diplotext((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void examplesUseOnlyExportedPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(5);
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = REFERENCE.matcher(lines.get(i));
                while (m.find()) {
                    String pkg = "org.diplotext" + m.group(1);
                    if (!EXPORTED.contains(pkg) && !pkg.startsWith("org.diplotext.examples")) {
                        violations.add(source + ":" + (i + 1) + ": " + pkg);
                    }
                }
            }
        }
        assertThat(violations).as("references to packages that are not exported").isEmpty();
    }

    @Test
    void theCheckCatchesAnInternalImport() {
        Matcher m = REFERENCE.matcher("import org.diplotext.format.Formats;");
        assertThat(m.find()).isTrue();
        assertThat("org.diplotext" + m.group(1)).isEqualTo("org.diplotext.format");
        Matcher ok = REFERENCE.matcher("import org.diplotext.spi.DispatchEditor;");
        assertThat(ok.find()).isTrue();
        assertThat(EXPORTED).contains("org.diplotext" + ok.group(1));
    }
}
