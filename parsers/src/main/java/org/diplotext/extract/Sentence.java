package org.diplotext.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplotext.model.SegmentKind;
import org.diplotext.text.Quotation;
import org.diplotext.text.Token;

/** One sentence of a dispatch, its tokens and what the stages found in it. */
final class Sentence {
    final int index;
    final int start;
    final int end;
    final SegmentKind kind;
    final List<Token> tokens;
    final List<Quote> quotes;
    /** Index into {@link #quotes} of the quotation each token lies in, or -1. */
    final int[] quoteOf;
    final List<Mention> mentions = new ArrayList<>();
    /** Index into {@link #mentions} of the mention each token belongs to, or -1. */
    int[] mentionOf;
    final List<Cue> cues = new ArrayList<>();

    Sentence(int index, int start, int end, SegmentKind kind, List<Token> tokens, List<Quote> quotes) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.tokens = tokens;
        this.quotes = quotes;
        this.quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        int q = 0;
        for (int i = 0; i < tokens.size() && q < quotes.size(); i++) {
            Token t = tokens.get(i);
            while (q < quotes.size() && quotes.get(q).quotation.close() <= t.start()) {
                q++;
            }
            if (q < quotes.size() && t.start() > quotes.get(q).quotation.open()) {
                quoteOf[i] = q;
            }
        }
        this.mentionOf = new int[tokens.size()];
        Arrays.fill(mentionOf, -1);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }

    boolean inQuote(int i) {
        return i >= 0 && i < quoteOf.length && quoteOf[i] >= 0;
    }

    Mention mentionAt(int i) {
        return i >= 0 && i < mentionOf.length && mentionOf[i] >= 0 ? mentions.get(mentionOf[i]) : null;
    }

    void indexMentions() {
        mentions.sort((a, b) -> Integer.compare(a.first, b.first));
        Arrays.fill(mentionOf, -1);
        for (int m = 0; m < mentions.size(); m++) {
            for (int i = mentions.get(m).first; i <= mentions.get(m).last; i++) {
                mentionOf[i] = m;
            }
        }
    }

    /** Index of the first token at or after char offset {@code offset}. */
    int tokenAt(int offset) {
        return tokenAt(tokens, offset);
    }

    /** Index of the first of {@code tokens} at or after char offset {@code offset}, or their number. */
    static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private Cue[] cueOf;

    Cue cueAt(int i) {
        if (cueOf == null || i < 0 || i >= cueOf.length) {
            return null;
        }
        return cueOf[i];
    }

    void indexCues() {
        cueOf = new Cue[tokens.size()];
        for (Cue c : cues) {
            for (int i = c.first; i <= c.last; i++) {
                cueOf[i] = c;
            }
        }
    }

    /** A quotation of this sentence and whether it reads as a statement. */
    static final class Quote {
        final Quotation quotation;
        final boolean statement;
        Draft.Actor speaker;
        int attribution = -1;
        /** A few words only: reported only when someone is found to have said them. */
        boolean brief;
        /** The day the words were spoken, once their statement is dated; demands made in them date from it. */
        java.time.LocalDate date;

        Quote(Quotation quotation, boolean statement) {
            this.quotation = quotation;
            this.statement = statement;
        }
    }

    /** A verb or noun of an act found at some tokens. */
    static final class Cue {
        final int first;
        final int last;
        final org.diplotext.lexicon.Lexicon.VerbForm verb;
        final org.diplotext.lexicon.Entries.Noun noun;
        /** The verb's lemma folded ({@code s'entretenir}, {@code appeler a}), or "" for a noun; read by many rules, folded once. */
        final String lemma;
        /** The first word of {@link #lemma} ({@code appeler} for {@code appeler a}), or "" for a noun. */
        final String lemmaHead;
        boolean used;

        Cue(int first, int last, org.diplotext.lexicon.Lexicon.VerbForm verb, org.diplotext.lexicon.Entries.Noun noun) {
            this.first = first;
            this.last = last;
            this.verb = verb;
            this.noun = noun;
            this.lemma = verb == null ? "" : org.diplotext.text.Folding.fold(verb.lemma());
            this.lemmaHead = headOf(lemma);
        }

        /** The first word of a folded lemma ({@code appeler} for {@code appeler a}). */
        static String headOf(String foldedLemma) {
            int space = foldedLemma.indexOf(' ');
            return space < 0 ? foldedLemma : foldedLemma.substring(0, space);
        }

        boolean isVerb() {
            return verb != null;
        }

        boolean has(org.diplotext.lexicon.Entries.Act act) {
            return verb != null ? verb.acts().contains(act) : noun.act() == act;
        }
    }
}
