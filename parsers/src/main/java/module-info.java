/**
 * Reads French news dispatches into the diplotext model. Start at {@link org.diplotext.Diplotext};
 * extend through the interfaces of {@link org.diplotext.spi}, registered on the builder or
 * provided as services.
 */
module org.diplotext.parsers {
    requires transitive org.diplotext.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.lang3;
    requires org.slf4j;
    requires java.xml;

    exports org.diplotext;
    exports org.diplotext.spi;

    uses org.diplotext.spi.DispatchFormat;
    uses org.diplotext.spi.Extractor;
    uses org.diplotext.spi.LexiconSource;
}
