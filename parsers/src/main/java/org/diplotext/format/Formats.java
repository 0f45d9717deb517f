package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import org.diplotext.spi.DispatchFormat;

/** The built-in dispatch formats, and the choice of the format that reads a text. */
public final class Formats {
    private Formats() {
    }

    /**
     * The formats that come with diplotext: ATS / Keystone-SDA web text, AFP, Reuters, Belga,
     * La Presse Canadienne, dated news articles, wire XML (NITF, NewsML-G2), and the generic
     * fallback last.
     */
    public static List<DispatchFormat> builtIn() {
        FormatLexicon lexicon = FormatLexicon.get();
        List<DispatchFormat> all = new ArrayList<>(AgencyFormat.textFormats(lexicon));
        all.add(new WireXmlFormat(lexicon));
        all.add(new GenericFormat());
        return List.copyOf(all);
    }

    /**
     * The format most confident of reading {@code text}; on a tie, the earliest in {@code formats}.
     * The parser puts user formats before the built-in ones, so they win ties; with
     * no format at all, the generic one reads the text.
     */
    public static DispatchFormat choose(String text, List<DispatchFormat> formats) {
        DispatchFormat best = new GenericFormat();
        int bestScore = Integer.MIN_VALUE;
        for (DispatchFormat f : formats) {
            int score = f.confidence(text);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }
}
