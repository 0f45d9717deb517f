package org.diplotext.spark;

import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;

/**
 * The parsers of this JVM: one per time zone, built on first use and shared by every task the
 * executor runs. Building a parser loads the lexicons, so doing it per record (or shipping one
 * from the driver) would cost far more than the parsing; parsers are immutable and thread-safe.
 */
final class ParserHolder {
    private static final ConcurrentMap<ZoneId, DiplotextParser> PARSERS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private ParserHolder() {
    }

    static DiplotextParser parser(ZoneId zone) {
        return PARSERS.computeIfAbsent(zone, z -> {
            BUILT.incrementAndGet();
            return Diplotext.builder().zone(z).build();
        });
    }

    /** How many parsers this JVM has built, for tests. */
    static int built() {
        return BUILT.get();
    }
}
