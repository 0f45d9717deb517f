package org.diplotext.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.model.Dispatch;

/** A readable table of parsed dispatches, one row each, columns sized to fit. */
final class SummaryTable {
    private static final String[] HEADER = {"source", "headline", "agency", "published", "actors", "comms", "demands"};
    private static final int HEADLINE_WIDTH = 60;

    private final List<String[]> rows = new ArrayList<>();

    void add(String source, Dispatch d) {
        var a = d.article();
        rows.add(new String[] {
            oneLine(source),
            shorten(oneLine(a.headline().orElse("-"))),
            oneLine(a.agency().orElse("-")),
            a.published().map(Object::toString).orElse("-"),
            Integer.toString(d.actors().size()),
            Integer.toString(d.communications().size()),
            Integer.toString(d.demands().size())});
    }

    /** At most {@code HEADLINE_WIDTH} characters, never cutting a character in two. */
    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= HEADLINE_WIDTH) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, HEADLINE_WIDTH - 1)) + "…";
    }

    /** Control characters (tabs, line breaks) would break the table's rows and columns. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    }

    void print(PrintStream out) {
        int[] width = new int[HEADER.length];
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                int pad = width[i] - cell.codePointCount(0, cell.length());
                boolean numeric = i >= 4;
                if (numeric) {
                    line.append(" ".repeat(pad)).append(cell);
                } else {
                    line.append(cell).append(" ".repeat(pad));
                }
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(rows.size() + (rows.size() == 1 ? " dispatch" : " dispatches"));
    }
}
