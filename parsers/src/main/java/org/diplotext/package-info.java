/**
 * The diplotext facade: {@link org.diplotext.Diplotext} parses dispatches with the built-in
 * formats and lexicons, and {@link org.diplotext.Diplotext#builder()} configures a reusable,
 * thread-safe {@link org.diplotext.DiplotextParser}.
 */
package org.diplotext;
