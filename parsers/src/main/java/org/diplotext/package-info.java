/**
 * The diplotext facade: {@link org.diplotext.Diplotext} parses French news dispatches with the
 * built-in formats and lexicons, and {@link org.diplotext.Diplotext#builder()} configures a
 * reusable, thread-safe {@link org.diplotext.DiplotextParser}.
 *
 * <pre>{@code
 * // once, at start-up
 * DiplotextParser parser = Diplotext.builder()
 *         .zone(ZoneId.of("Europe/Paris"))
 *         .extractor(new MyExtractor())
 *         .build();
 *
 * // any number of times, from any thread
 * Dispatch dispatch = parser.parse(Path.of("depeche.txt"));
 * Actor eu = dispatch.actorNamed("UE").orElseThrow();
 * for (Demand demand : dispatch.demandsBy(eu)) {
 *     String target = demand.target().flatMap(dispatch::actor).map(Actor::name).orElse("?");
 *     System.out.println("UE -> " + target + ": " + demand.content());
 * }
 * dispatch.issues().forEach(System.err::println);
 * System.out.println(DispatchJson.toJson(dispatch));
 * }</pre>
 *
 * <p>Everything a parse returns is an immutable value of {@link org.diplotext.model}; its JSON
 * form is {@link org.diplotext.json.DispatchJson}. Extensions implement the interfaces of
 * {@link org.diplotext.spi}.
 */
package org.diplotext;
