package org.diplotext.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A unified diff of two texts by lines, for failure messages. */
final class LineDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** The diff from {@code expected} to {@code actual}, empty when they are equal. */
    static String unified(String expected, String actual, int maxLines) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        List<Op> ops = ops(a, b);
        StringBuilder out = new StringBuilder();
        int lines = 0;
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            int lastChange = i;
            while (to < ops.size() && (ops.get(to).kind != ' ' || to - lastChange <= 2 * CONTEXT)) {
                if (ops.get(to).kind != ' ') {
                    lastChange = to;
                }
                to++;
            }
            to = Math.min(ops.size(), lastChange + CONTEXT + 1);
            Op first = ops.get(from);
            out.append(String.format(Locale.ROOT, "@@ -%d +%d @@%n", first.expectedLine + 1, first.actualLine + 1));
            for (int k = from; k < to; k++) {
                if (lines++ >= maxLines) {
                    out.append("... (diff cut after ").append(maxLines).append(" lines)\n");
                    return out.toString();
                }
                out.append(ops.get(k).kind).append(' ').append(ops.get(k).text).append('\n');
            }
            i = to;
        }
        return out.toString();
    }

    private record Op(char kind, String text, int expectedLine, int actualLine) {
    }

    /** Edit script: common prefix and suffix, then a longest common subsequence of the middle. */
    private static List<Op> ops(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < pre; k++) {
            ops.add(new Op(' ', a.get(k), k, k));
        }
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        if ((long) n * m <= MAX_CELLS) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(pre + x).equals(b.get(pre + y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(pre + x).equals(b.get(pre + y))) {
                    ops.add(new Op(' ', a.get(pre + x), pre + x, pre + y));
                    x++;
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(new Op('-', a.get(pre + x), pre + x, pre + y));
                    x++;
                } else {
                    ops.add(new Op('+', b.get(pre + y), pre + x, pre + y));
                    y++;
                }
            }
        } else {
            for (int x = 0; x < n; x++) {
                ops.add(new Op('-', a.get(pre + x), pre + x, pre));
            }
            for (int y = 0; y < m; y++) {
                ops.add(new Op('+', b.get(pre + y), pre + n, pre + y));
            }
        }
        for (int k = 0; k < suf; k++) {
            ops.add(new Op(' ', a.get(a.size() - suf + k), a.size() - suf + k, b.size() - suf + k));
        }
        return ops;
    }
}
