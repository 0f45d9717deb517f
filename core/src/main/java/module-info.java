/**
 * The diplotext domain model and its JSON form. It parses no text: see the
 * {@code org.diplotext.parsers} module for that.
 */
module org.diplotext.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.diplotext.model;
    exports org.diplotext.json;
}
