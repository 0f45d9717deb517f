package org.diplotext.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.diplotext.model.DiplotextException;

/**
 * Extra lexicon entries that add to the built-in ones: states, organisations, persons, titles,
 * verbs, nouns or groups, in the same formats as the built-in files.
 *
 * <pre>{@code
 * LexiconSource mine = LexiconSource.of(LexiconFile.ORGANISATIONS, """
 *     [{"id": "oeco", "name": "Organisation des États côtiers", "acronym": "OEC",
 *       "aliases": [], "kind": "INTERGOVERNMENTAL", "type": "ORGANISATION"}]""");
 * DiplotextParser parser = Diplotext.builder().lexicon(mine).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe. Besides the builder, a source can be registered in
 * {@code META-INF/services/org.diplotext.spi.LexiconSource} (it then needs a public no-argument
 * constructor) to be found by {@link java.util.ServiceLoader}.
 */
public interface LexiconSource {

    /**
     * The content of this source's file of the given kind, if it has one.
     *
     * @param file the kind of file
     * @return its content, or empty
     */
    Optional<String> content(LexiconFile file);

    /**
     * A source with one file's content.
     *
     * @param file    the kind of file
     * @param content its content, in the format of the built-in file
     * @return the source
     */
    static LexiconSource of(LexiconFile file, String content) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(content, "content must not be null");
        return f -> f == file ? Optional.of(content) : Optional.empty();
    }

    /**
     * A source reading the lexicon files found in {@code directory}, named as in
     * {@link LexiconFile#fileName()}; files it lacks are simply absent. The files are read now.
     *
     * @param directory the folder holding the files
     * @return the source
     * @throws DiplotextException if a file exists but cannot be read or is not UTF-8
     */
    static LexiconSource fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        Map<LexiconFile, String> contents = new EnumMap<>(LexiconFile.class);
        for (LexiconFile file : LexiconFile.values()) {
            Path path = directory.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                try {
                    contents.put(file, new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new DiplotextException(path + ": cannot read lexicon: " + e.getMessage(), e);
                }
            }
        }
        return f -> Optional.ofNullable(contents.get(f));
    }
}
