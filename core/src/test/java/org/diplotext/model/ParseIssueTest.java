package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diplotext.model.ParseIssue.Severity;
import org.junit.jupiter.api.Test;

class ParseIssueTest {

    @Test
    void holdsItsParts() {
        ParseIssue issue = new ParseIssue(Severity.WARNING, 3, 9, "no headline found");
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.start()).isEqualTo(3);
        assertThat(issue.end()).isEqualTo(9);
        assertThat(issue.message()).isEqualTo("no headline found");
    }

    @Test
    void anEmptyRangeMarksAPosition() {
        assertThat(new ParseIssue(Severity.INFO, 0, 0, "empty input").end()).isZero();
    }

    @Test
    void atTakesTheSpansOffsets() {
        assertThat(ParseIssue.at(Severity.ERROR, new Span(4, 7, "abc"), "unreadable"))
                .isEqualTo(new ParseIssue(Severity.ERROR, 4, 7, "unreadable"));
        assertThatThrownBy(() -> ParseIssue.at(Severity.ERROR, null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("span must not be null");
    }

    @Test
    void rejectsBadPositions() {
        assertThatThrownBy(() -> new ParseIssue(Severity.INFO, -1, 2, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positions must satisfy 0 <= start <= end, were -1..2");
        assertThatThrownBy(() -> new ParseIssue(Severity.INFO, 5, 4, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positions must satisfy 0 <= start <= end, were 5..4");
    }

    @Test
    void rejectsBadSeverityAndMessage() {
        assertThatThrownBy(() -> new ParseIssue(null, 0, 1, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("severity must not be null");
        assertThatThrownBy(() -> new ParseIssue(Severity.INFO, 0, 1, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("message must not be blank");
        assertThatThrownBy(() -> new ParseIssue(Severity.INFO, 0, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message must not be null");
    }
}
