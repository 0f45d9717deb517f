package org.diplotext;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import org.diplotext.model.Dispatch;

/**
 * The entry point of diplotext: parses French news dispatches into {@link Dispatch} values.
 *
 * <pre>{@code
 * Dispatch dispatch = Diplotext.parse(Path.of("dispatch.txt"));
 * dispatch.demands().forEach(d -> System.out.println(d.content()));
 * }</pre>
 *
 * <p>The static methods use a shared parser with the built-in formats and lexicons. For extra
 * formats, lexicons or a default time zone, build a parser once with {@link #builder()} and reuse
 * it: parsers are immutable and thread-safe.
 */
public final class Diplotext {
    private Diplotext() {
    }

    /** A builder for a configured parser. */
    public static DiplotextParser.Builder builder() {
        return DiplotextParser.builder();
    }

    /** The shared parser with the built-in formats and lexicons. */
    public static DiplotextParser parser() {
        return DiplotextParser.DefaultHolder.INSTANCE;
    }

    /**
     * Parses a dispatch held in a string. Never throws on odd content: what could not be read is
     * reported in {@link Dispatch#issues()}. When the text holds several dispatches, this returns
     * the first and reports the others as an issue; use {@link #parseAll(String)} to get them all.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static Dispatch parse(String text) {
        return parser().parse(text);
    }

    /**
     * Parses the UTF-8 text file at {@code path}.
     *
     * @throws org.diplotext.model.DiplotextException if the file cannot be read or is not UTF-8
     */
    public static Dispatch parse(Path path) {
        return parser().parse(path);
    }

    /**
     * Parses everything {@code reader} yields, then leaves it open.
     *
     * @throws org.diplotext.model.DiplotextException if reading fails
     */
    public static Dispatch parse(Reader reader) {
        return parser().parse(reader);
    }

    /** Parses every dispatch a string holds, in order; at least one. */
    public static List<Dispatch> parseAll(String text) {
        return parser().parseAll(text);
    }
}
