/**
 * The dispatch formats: recognising how a text is written and reading its anatomy.
 *
 * <p>Text formats share one pipeline: {@code Line} cuts the input into trimmed lines that keep
 * their offsets, {@code LineKind} says what a short line is on its own (noise, agency, credit,
 * by-line, signature), {@code Evidence} gathers what the text shows of its agency so that each
 * format can rate its confidence, {@code Splitter} cuts texts holding several dispatches, and
 * {@code TextReader} walks the lines through its header, lead and body states, with
 * {@code KickerSplitter}, {@code Stamp} and {@code Dateline} reading the parts that need it.
 * Wire XML goes through {@code SafeXml} and {@code XmlLocator}. French data lives in
 * {@code format-fr.json} beside these classes. Only {@link org.diplotext.format.Formats} is public.
 */
package org.diplotext.format;
