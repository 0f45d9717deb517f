package org.diplotext.spi;

import org.diplotext.model.Dispatch;

/**
 * Adds to or refines what the built-in extraction found in a dispatch: actors, communications
 * and demands.
 *
 * <p>The parser runs the built-in extraction first, then every extractor in the order they were
 * registered ({@link org.diplotext.DiplotextParser.Builder#extractor(Extractor)} first, then those
 * found by {@link java.util.ServiceLoader}), each receiving what the previous one returned. An
 * extractor derives its result from {@code soFar} with a {@link DispatchEditor}, which hands out
 * fresh ids and keeps the invariants of {@link Dispatch}:
 *
 * <pre>{@code
 * public final class RecallExtractor implements Extractor {
 *     public Dispatch extract(ExtractionInput input, Dispatch soFar) {
 *         DispatchEditor editor = DispatchEditor.of(soFar);
 *         for (Span sentence : input.sentences()) {
 *             if (sentence.text().contains("rappelle son ambassadeur")) {
 *                 Actor state = editor.findOrAddActor(ActorType.STATE, "Suisse", sentence);
 *                 editor.communication(CommunicationType.STATEMENT).sender(state).evidence(sentence).add();
 *             }
 *         }
 *         return editor.build();
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe (one parser serves many threads) and should not throw
 * on odd content. If one throws a {@link RuntimeException} anyway, the parser keeps the dispatch
 * as it was before that extractor, adds an {@code ERROR} {@link org.diplotext.model.ParseIssue}
 * naming it and goes on; a strict parser throws a
 * {@link org.diplotext.model.DiplotextException} instead. To be found by
 * {@link java.util.ServiceLoader}, list the class in
 * {@code META-INF/services/org.diplotext.spi.Extractor} (class path) or declare it with
 * {@code provides org.diplotext.spi.Extractor with ...} (module path); it then needs a public
 * no-argument constructor.
 */
public interface Extractor {

    /**
     * A short name for the extractor, used in issues and logs; the class name by default.
     *
     * @return the name, never blank
     */
    default String name() {
        return getClass().getName();
    }

    /**
     * Returns the dispatch with what this extractor adds or changes.
     *
     * @param input the text, its layout and its date
     * @param soFar what the built-in extraction and the earlier extractors found
     * @return the changed dispatch, or {@code soFar} itself when there is nothing to change; never null
     */
    Dispatch extract(ExtractionInput input, Dispatch soFar);
}
