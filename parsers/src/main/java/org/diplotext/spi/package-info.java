/**
 * Interfaces users implement to extend diplotext, and the values they exchange with the parser.
 *
 * <ul>
 *   <li>{@link org.diplotext.spi.DispatchFormat}: recognises a way dispatches are written and
 *       reads their anatomy into {@link org.diplotext.spi.Layout}s.</li>
 *   <li>{@link org.diplotext.spi.Extractor}: adds or refines actors, communications and demands
 *       after the built-in extraction, reading an {@link org.diplotext.spi.ExtractionInput} and
 *       deriving its result with a {@link org.diplotext.spi.DispatchEditor}.</li>
 *   <li>{@link org.diplotext.spi.LexiconSource}: adds entries to the built-in lexicons, in the
 *       formats of {@link org.diplotext.spi.LexiconFile}.</li>
 * </ul>
 *
 * <p>Register an extension on the builder, or let {@link java.util.ServiceLoader} find it:
 *
 * <pre>{@code
 * // programmatically
 * DiplotextParser parser = Diplotext.builder()
 *         .format(new CommuniqueFormat())
 *         .extractor(new ConvocationExtractor())
 *         .build();
 *
 * // or on the class path, in META-INF/services/org.diplotext.spi.Extractor:
 * //     com.example.ConvocationExtractor
 * // or on the module path, in module-info.java:
 * //     provides org.diplotext.spi.Extractor with com.example.ConvocationExtractor;
 * }</pre>
 *
 * <p>Implementations must be thread-safe, since one parser serves many threads. The test kit
 * ({@code org.diplotext:diplotext-testkit}) helps unit-test them against expected JSON files.
 */
package org.diplotext.spi;
