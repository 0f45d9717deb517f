package org.diplotext;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplotext.model.Dispatch;

/**
 * The entry point of diplotext: parses French news dispatches into {@link Dispatch} values.
 *
 * <pre>{@code
 * Dispatch dispatch = Diplotext.parse(Path.of("dispatch.txt"));
 * for (Demand demand : dispatch.demands()) {
 *     String who = demand.source().flatMap(dispatch::actor).map(Actor::name).orElse("?");
 *     System.out.println(who + " demands " + demand.content());
 * }
 * }</pre>
 *
 * <p>The static methods use a shared lenient parser with the built-in formats and lexicons and
 * the extensions found by {@link java.util.ServiceLoader}. For extra formats, lexicons or
 * extractors, a default time zone or strictness, build a parser once with {@link #builder()} and
 * reuse it: parsers are immutable and thread-safe. All methods are thread-safe.
 */
public final class Diplotext {
    private Diplotext() {
    }

    /**
     * A builder for a configured parser.
     *
     * @return a new builder with the defaults described in {@link DiplotextParser.Builder}
     */
    public static DiplotextParser.Builder builder() {
        return DiplotextParser.builder();
    }

    /**
     * The shared parser with the built-in formats and lexicons and the discovered extensions.
     * Built on first use.
     *
     * @return the shared parser
     * @throws org.diplotext.model.DiplotextException on first use, if a discovered provider cannot be loaded
     */
    public static DiplotextParser parser() {
        return DiplotextParser.shared();
    }

    /**
     * Parses a dispatch held in a string. Never throws on odd content: what could not be read is
     * reported in {@link Dispatch#issues()}. When the text holds several dispatches, this returns
     * the first and reports the others as an issue; use {@link #parseAll(String)} to get them all.
     *
     * @param text the dispatch
     * @return the parsed dispatch, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static Dispatch parse(String text) {
        return parser().parse(text);
    }

    /**
     * Parses a dispatch held in a string with a date known outside the text (a feed's wire date)
     * standing in for the publication date the dispatch does not give, such as the year of
     * {@code PARIS, 14 mars (AFP) -}; a date the text gives in full wins. See
     * {@link DiplotextParser#parse(String, LocalDate)}.
     *
     * <pre>{@code
     * Dispatch d = Diplotext.parse("PARIS, 14 mars (AFP) - Moscou a exigé mardi ...", LocalDate.of(2024, 3, 14));
     * d.article().published(); // 2024-03-14; "mardi" is 2024-03-12
     * }</pre>
     *
     * @param text          the dispatch
     * @param referenceDate the day the dispatch is known to have been published
     * @return the parsed dispatch, never null
     * @throws NullPointerException if {@code text} or {@code referenceDate} is null
     */
    public static Dispatch parse(String text, LocalDate referenceDate) {
        return parser().parse(text, referenceDate);
    }

    /**
     * Parses the UTF-8 text file at {@code path}; see {@link #parse(String)}.
     *
     * @param path a UTF-8 text file
     * @return the parsed dispatch, never null
     * @throws org.diplotext.model.DiplotextException if the file cannot be read or is not UTF-8
     */
    public static Dispatch parse(Path path) {
        return parser().parse(path);
    }

    /**
     * Parses everything {@code reader} yields, then leaves it open; see {@link #parse(String)}.
     *
     * @param reader the source
     * @return the parsed dispatch, never null
     * @throws org.diplotext.model.DiplotextException if reading fails
     */
    public static Dispatch parse(Reader reader) {
        return parser().parse(reader);
    }

    /**
     * Parses every dispatch a string holds, in order.
     *
     * @param text one or more dispatches
     * @return at least one dispatch
     * @throws NullPointerException if {@code text} is null
     */
    public static List<Dispatch> parseAll(String text) {
        return parser().parseAll(text);
    }

    /**
     * Parses every dispatch a string holds, in order, each with {@code referenceDate} standing in
     * for the publication date it does not give; see {@link #parse(String, LocalDate)}.
     *
     * @param text          one or more dispatches
     * @param referenceDate the day the dispatches are known to have been published
     * @return at least one dispatch
     * @throws NullPointerException if {@code text} or {@code referenceDate} is null
     */
    public static List<Dispatch> parseAll(String text, LocalDate referenceDate) {
        return parser().parseAll(text, referenceDate);
    }

    /**
     * Parses every dispatch in the UTF-8 text file at {@code path}.
     *
     * @param path a UTF-8 text file
     * @return at least one dispatch
     * @throws org.diplotext.model.DiplotextException if the file cannot be read or is not UTF-8
     */
    public static List<Dispatch> parseAll(Path path) {
        return parser().parseAll(path);
    }

    /**
     * Parses every dispatch {@code reader} yields, then leaves it open.
     *
     * @param reader the source
     * @return at least one dispatch
     * @throws org.diplotext.model.DiplotextException if reading fails
     */
    public static List<Dispatch> parseAll(Reader reader) {
        return parser().parseAll(reader);
    }
}
