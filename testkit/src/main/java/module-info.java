/**
 * Test helpers for diplotext and its extensions: {@link org.diplotext.testkit.Golden} compares a
 * parse with an expected JSON file, {@link org.diplotext.testkit.ExpectedDispatch} states what a
 * dispatch must contain by names rather than ids.
 */
module org.diplotext.testkit {
    requires transitive org.diplotext.parsers;
    requires com.fasterxml.jackson.databind;
    requires org.opentest4j;

    exports org.diplotext.testkit;
}
