/**
 * Test helpers for diplotext and its extensions; add {@code org.diplotext:diplotext-testkit} in
 * test scope.
 *
 * <pre>{@code
 * class MyFormatTest {
 *     private final DiplotextParser parser =
 *             Diplotext.builder().discoverServices(false).format(new MyFormat()).build();
 *
 *     static List<Fixtures.Case> cases() {
 *         return Fixtures.cases(Path.of("src/test/resources/my-format"));
 *     }
 *
 *     @ParameterizedTest
 *     @MethodSource("cases")
 *     void readsEachCase(Fixtures.Case c) {
 *         // mvn test -Ddiplotext.golden.update=true writes the expected files
 *         Golden.parts(Golden.Part.ARTICLE, Golden.Part.SEGMENTS)
 *               .assertMatches(parser.parse(Fixtures.text(c.input())), c.expected());
 *     }
 *
 *     @Test
 *     void findsTheMeeting() {
 *         ExpectedDispatch.builder()
 *                 .communication(CommunicationType.MEETING, m -> m.sender("DFAE").recipient("ambassadeur de Russie"))
 *                 .build()
 *                 .assertFoundIn(parser.parse(Fixtures.text(getClass(), "dfae.txt")));
 *     }
 * }
 * }</pre>
 *
 * <p>{@link org.diplotext.testkit.Golden} compares with expected JSON files and prints a line
 * diff; {@link org.diplotext.testkit.ExpectedDispatch} states expectations by actors' names;
 * {@link org.diplotext.testkit.Fixtures} reads fixtures and lists golden cases.
 */
package org.diplotext.testkit;
