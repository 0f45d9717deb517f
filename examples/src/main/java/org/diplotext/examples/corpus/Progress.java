package org.diplotext.examples.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress display on standard error: a bar redrawn in place with {@code \r} on a terminal,
 * plain lines elsewhere (a log file, a CI console), or nothing. Redraws at most a few times a
 * second whatever the rate of updates. Not thread-safe: call it from one thread.
 */
final class Progress {
    /** How progress is shown. */
    enum Mode {
        BAR, LINES, NONE;

        /** A bar when standard error is a terminal, else lines. */
        static Mode auto() {
            return stderrIsTerminal() ? BAR : LINES;
        }
    }

    private static final long BAR_INTERVAL_NANOS = 250_000_000L;
    private static final long LINE_INTERVAL_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final Mode mode;
    private final LongSupplier nanoTime;
    private final int total;
    private final long started;
    private long lastDraw = Long.MIN_VALUE;
    private int lastLength;
    private int done;

    Progress(PrintStream err, Mode mode, LongSupplier nanoTime, int total) {
        this.err = err;
        this.mode = mode;
        this.nanoTime = nanoTime;
        this.total = total;
        this.started = nanoTime.getAsLong();
    }

    /** Records that {@code count} items are done, drawing if it is time. */
    void update(int count) {
        this.done = count;
        long now = nanoTime.getAsLong();
        long interval = mode == Mode.BAR ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
        if (mode != Mode.NONE && (count == total || lastDraw == Long.MIN_VALUE || now - lastDraw >= interval)) {
            draw(now);
        }
    }

    /** Prints a line of its own (a failure), keeping the bar below it. */
    void message(String line) {
        if (mode == Mode.BAR && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.println(line);
            draw(nanoTime.getAsLong());
        } else {
            err.println(line);
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (mode == Mode.BAR && lastLength > 0) {
            err.println();
        }
        err.flush();
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (nanoTime.getAsLong() - started) / 1e9;
    }

    private void draw(long now) {
        lastDraw = now;
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        double rate = done / seconds;
        String eta = done == 0 ? "--:--" : clock((total - done) / Math.max(rate, 1e-9));
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (mode == Mode.BAR) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String text = String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.1f files/s  ETA %s",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, percent, rate, eta);
            String padded = text.length() < lastLength ? text + " ".repeat(lastLength - text.length()) : text;
            err.print("\r" + padded);
            err.flush();
            lastLength = text.length();
        } else {
            err.println(String.format(Locale.ROOT, "progress: %d/%d files (%d%%), %.1f files/s, ETA %s",
                    done, total, percent, rate, eta));
        }
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Whether file descriptor 2 is a terminal: on Linux from /proc, elsewhere from the console. */
    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
