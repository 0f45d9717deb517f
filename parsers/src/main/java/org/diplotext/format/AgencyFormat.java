package org.diplotext.format;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;

/**
 * A text format of dispatches: an agency's feed or web page, or dated news articles. All share
 * the {@link TextReader}; they differ in how they recognise a text and in the time zone of their
 * stamps. Immutable and thread-safe.
 */
final class AgencyFormat implements DispatchFormat {
    private final String id;
    private final ToIntFunction<Evidence> score;
    private final TextReader reader;
    private final FormatLexicon lexicon;

    AgencyFormat(String id, Optional<ZoneId> zone, ToIntFunction<Evidence> score, FormatLexicon lexicon) {
        this.id = Objects.requireNonNull(id);
        this.score = Objects.requireNonNull(score);
        this.lexicon = lexicon;
        this.reader = new TextReader(id, zone, lexicon);
    }

    /** The ATS / Keystone-SDA web text: by-line {@code ATS}, stamp {@code 9.2.2022 - 17:17}. */
    static AgencyFormat atsWeb(FormatLexicon lexicon) {
        return agency("ats-web", "ATS", lexicon, e -> e.headerStamp ? 40 : 0);
    }

    static AgencyFormat afp(FormatLexicon lexicon) {
        return agency("afp", "AFP", lexicon, e -> 0);
    }

    static AgencyFormat reuters(FormatLexicon lexicon) {
        return agency("reuters", "Reuters", lexicon, e -> 0);
    }

    static AgencyFormat belga(FormatLexicon lexicon) {
        return agency("belga", "Belga", lexicon, e -> 0);
    }

    static AgencyFormat presseCanadienne(FormatLexicon lexicon) {
        return agency("presse-canadienne", "La Presse Canadienne", lexicon,
                e -> (e.capsDashDateline ? 30 : 0) + (e.parenPlaceDateline ? 30 : 0));
    }

    /** Dated news articles (Wikinews): a headline, then a lead opening with {@code 4 juillet 2012. -}. */
    static AgencyFormat datedNews(FormatLexicon lexicon) {
        return new AgencyFormat("dated-news", Optional.empty(), e -> e.datedPrefix ? 60 : 0, lexicon);
    }

    private static AgencyFormat agency(String id, String agency, FormatLexicon lexicon, ToIntFunction<Evidence> extra) {
        Optional<ZoneId> zone = lexicon.agencies.stream().filter(a -> a.name().equals(agency)).findFirst()
                .flatMap(FormatLexicon.Agency::zone);
        return new AgencyFormat(id, zone, e -> {
            int base = e.agencyScore(agency);
            int more = extra.applyAsInt(e);
            return base == 0 && more == 0 ? 0 : base + more;
        }, lexicon);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int confidence(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return Math.min(100, score.applyAsInt(Evidence.of(text, lexicon)));
    }

    /**
     * Reads each dispatch of the text. When a text holds several (a ticker mixing agencies), each
     * is read by the built-in text format most confident of it, this one on a tie.
     */
    @Override
    public List<Layout> read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<int[]> ranges = Splitter.split(text, lexicon);
        List<Layout> out = new ArrayList<>();
        for (int[] range : ranges) {
            AgencyFormat format = ranges.size() == 1 ? this : bestFor(text, range[0], range[1]);
            out.add(format.reader.read(text, range[0], range[1]));
        }
        return out;
    }

    private AgencyFormat bestFor(String text, int from, int to) {
        Evidence evidence = Evidence.of(text, from, to, lexicon);
        AgencyFormat best = this;
        int bestScore = score.applyAsInt(evidence);
        for (AgencyFormat other : textFormats(lexicon)) {
            int s = other.score.applyAsInt(evidence);
            if (s > bestScore) {
                best = other;
                bestScore = s;
            }
        }
        return best;
    }

    /** The built-in text formats, most specific first. */
    static List<AgencyFormat> textFormats(FormatLexicon lexicon) {
        return List.of(atsWeb(lexicon), afp(lexicon), reuters(lexicon), belga(lexicon), presseCanadienne(lexicon),
                datedNews(lexicon));
    }

    @Override
    public String toString() {
        return "format " + id;
    }
}
