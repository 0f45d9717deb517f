package org.diplotext.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;

/**
 * The fallback for text in no known format: first line headline, then the lead and paragraphs,
 * with credits, noise and datelines recognised as in the agency formats.
 */
final class GenericFormat implements DispatchFormat {
    private final FormatLexicon lexicon = FormatLexicon.get();
    private final TextReader reader = new TextReader("generic", Optional.empty(), lexicon);

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public int confidence(String text) {
        return 1;
    }

    @Override
    public List<Layout> read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<Layout> out = new ArrayList<>();
        for (int[] range : Splitter.split(text, lexicon)) {
            out.add(reader.read(text, range[0], range[1]));
        }
        return out;
    }
}
