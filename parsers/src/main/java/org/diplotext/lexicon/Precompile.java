package org.diplotext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the resources the build precompiles from the data files, once the classes and resources
 * are in place (Maven's {@code process-classes} phase): the {@link LexiconSnapshot} of the built-in
 * lexicons and the {@link CompiledJson} trees of the JSON files the formats read. Both make a
 * parser quicker to build in a fresh JVM; without them a parser reads the data files themselves.
 */
public final class Precompile {
    /** The JSON resources read while a parser is built, by their path on the class path. */
    private static final List<String> JSON = List.of("org/diplotext/format/format-fr.json",
            // the kicker rule's names of states and organisations (FormatLexicon)
            "org/diplotext/lexicon/fr/states.json", "org/diplotext/lexicon/fr/organisations.json");

    private Precompile() {
    }

    /**
     * Writes the precompiled resources under the class-path folder given as the only argument.
     *
     * @throws IOException when a data file cannot be read or a resource cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Precompile CLASSES-FOLDER");
        }
        Path classes = Path.of(args[0]);
        LexiconSnapshot.writeTo(classes.resolve(LexiconSnapshot.RESOURCE.substring(1)));
        for (String json : JSON) {
            try (InputStream in = Precompile.class.getResourceAsStream("/" + json)) {
                if (in == null) {
                    throw new IOException("no resource " + json + " to compile");
                }
                Path out = classes.resolve(json + CompiledJson.SUFFIX);
                Files.createDirectories(out.getParent());
                Files.write(out, CompiledJson.compile(in.readAllBytes()));
            }
        }
    }
}
