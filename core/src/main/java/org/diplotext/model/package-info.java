/**
 * The diplotext domain model: immutable values for a parsed dispatch.
 *
 * <p>A {@link org.diplotext.model.Dispatch} holds the {@link org.diplotext.model.Article} (the
 * dispatch's anatomy), its {@link org.diplotext.model.Segment}s with their offsets, the
 * {@link org.diplotext.model.Actor}s, {@link org.diplotext.model.Communication}s and
 * {@link org.diplotext.model.Demand}s found in it, and the {@link org.diplotext.model.ParseIssue}s
 * met while reading. Every extracted item carries {@link org.diplotext.model.Span}s: offsets into
 * the input exactly as given, with the text they cover.
 *
 * <pre>{@code
 * Dispatch dispatch = Diplotext.parse(text);
 * for (Demand demand : dispatch.demands()) {
 *     String who = demand.source().flatMap(dispatch::actor).map(Actor::name).orElse("?");
 *     System.out.println(who + " demands " + demand.content());
 * }
 * }</pre>
 *
 * <p>All values check their invariants when built and reject bad arguments with
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException} messages
 * that name the bad value. Collections are never null and never contain null; optional parts are
 * {@link java.util.Optional}.
 */
package org.diplotext.model;
