package org.diplotext.model;

import java.util.Objects;

/**
 * Something odd the parser met in the input and how it dealt with it: a line set aside as noise,
 * a missing headline, an unclosed quotation. Issues never stop a parse.
 *
 * @param severity how much the issue may affect the result
 * @param start    index in the input where the issue begins, at least 0
 * @param end      index in the input where it ends, at least {@code start}
 * @param message  what was found and done, in English
 */
public record ParseIssue(Severity severity, int start, int end, String message) {

    /** How much an issue may affect the result. */
    public enum Severity {
        /** Noted for the record; the result is complete ({@code a repeated caption was set aside}). */
        INFO,
        /** Part of the result may be missing or wrong. */
        WARNING,
        /** A part of the input could not be read at all. */
        ERROR
    }

    /** Checks the positions and message. */
    public ParseIssue {
        Objects.requireNonNull(severity, "severity must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("positions must satisfy 0 <= start <= end, were " + start + ".." + end);
        }
        Checks.requireText(message, "message");
    }

    /** An issue at one span of the input. */
    public static ParseIssue at(Severity severity, Span span, String message) {
        Objects.requireNonNull(span, "span must not be null");
        return new ParseIssue(severity, span.start(), span.end(), message);
    }
}
