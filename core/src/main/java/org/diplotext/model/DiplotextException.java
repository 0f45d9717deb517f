package org.diplotext.model;

/**
 * The one exception type of diplotext: raised when a source cannot be read at all (an I/O
 * failure, bytes that are not UTF-8, a hostile XML document, a JSON document that is not in the
 * contract). Odd content never raises it: it yields a partial result with {@link ParseIssue}s.
 */
public class DiplotextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message naming the source and what went wrong. */
    public DiplotextException(String message) {
        super(message);
    }

    /** An exception with a message and the failure that caused it. */
    public DiplotextException(String message, Throwable cause) {
        super(message, cause);
    }
}
