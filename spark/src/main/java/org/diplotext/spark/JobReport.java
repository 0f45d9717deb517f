package org.diplotext.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The counts of one run of {@link DispatchJob}: what came in, what was parsed, and the rows each
 * output holds as read back from storage after writing.
 *
 * @param inputs         documents read from the input
 * @param parsed         documents parsed
 * @param errors         documents that could not be parsed, each a row of the errors table
 * @param dispatches     dispatches found in the parsed documents (a text may hold several)
 * @param jsonLines      lines read back from the JSON Lines output
 * @param communications rows read back from the communications table
 * @param demands        rows read back from the demands table
 * @param errorRows      rows read back from the errors table
 * @param expectedCommunications communications the parse stage produced
 * @param expectedDemands        demands the parse stage produced
 */
public record JobReport(
        long inputs,
        long parsed,
        long errors,
        long dispatches,
        long jsonLines,
        long communications,
        long demands,
        long errorRows,
        long expectedCommunications,
        long expectedDemands) {

    /** What does not add up; empty when no row was lost or duplicated. */
    public List<String> mismatches() {
        List<String> out = new ArrayList<>();
        check(out, inputs == parsed + errors, "documents in (%d) != parsed (%d) + errors (%d)", inputs, parsed, errors);
        check(out, jsonLines == dispatches, "JSON lines written (%d) != dispatches parsed (%d)", jsonLines, dispatches);
        check(out, errorRows == errors, "error rows written (%d) != errors (%d)", errorRows, errors);
        check(out, communications == expectedCommunications, "communication rows written (%d) != communications (%d)",
                communications, expectedCommunications);
        check(out, demands == expectedDemands, "demand rows written (%d) != demands (%d)", demands, expectedDemands);
        return List.copyOf(out);
    }

    /** Whether every count adds up. */
    public boolean consistent() {
        return mismatches().isEmpty();
    }

    private static void check(List<String> out, boolean ok, String format, Object... values) {
        if (!ok) {
            out.add(String.format(Locale.ROOT, format, values));
        }
    }

    /** A few lines for the console. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "documents in: %d = parsed %d + errors %d%s%n", inputs, parsed, errors,
                inputs == parsed + errors ? " (ok)" : " (MISMATCH)"));
        b.append(String.format(Locale.ROOT, "  dispatches      %10d JSON lines%n", jsonLines));
        b.append(String.format(Locale.ROOT, "  communications  %10d rows%n", communications));
        b.append(String.format(Locale.ROOT, "  demands         %10d rows%n", demands));
        b.append(String.format(Locale.ROOT, "  errors          %10d rows%n", errorRows));
        for (String m : mismatches()) {
            b.append("MISMATCH: ").append(m).append(System.lineSeparator());
        }
        return b.toString();
    }
}
