package org.diplotext.format;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses wire XML with the JDK's own parser locked down: a DOCTYPE is refused outright (so no
 * entity can be declared, expanded or fetched), external DTDs, schemas and XInclude are off,
 * and secure processing bounds what is left (element depth, attribute and text sizes). Nothing
 * is ever read from the file system or the network, and errors are never printed.
 */
final class SafeXml {
    private static final String MAX_DEPTH = "jdk.xml.maxElementDepth";
    private static final String ENTITY_LIMIT = "jdk.xml.entityExpansionLimit";

    private SafeXml() {
    }

    /** Why a document was refused: the parser's message and, where known, the position. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Refused(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }
    }

    static Document parse(String xml) throws Refused {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop the reading and are not worth an issue
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new Refused(describe(e.getMessage()), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException | IOException e) {
            throw new Refused(describe(e.getMessage()), -1, -1, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe: " + e.getMessage(), e);
        }
    }

    private static String describe(String message) {
        if (message == null) {
            return "malformed XML";
        }
        return message.length() > 300 ? message.substring(0, 297) + "..." : message;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(MAX_DEPTH, "256");
        f.setAttribute(ENTITY_LIMIT, "0");
        return f;
    }
}
