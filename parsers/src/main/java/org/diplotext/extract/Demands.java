package org.diplotext.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.model.Span;
import org.diplotext.text.Folding;

/**
 * Reads what a demand verb asks and of whom: {@code demander à X de A et de B},
 * {@code exhorter X à A}, {@code appeler à A}, {@code exiger A, B et C},
 * {@code demander que …}; splits coordinated demands and merges the same demand reported twice.
 */
final class Demands {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Dates dates;
    private final String input;
    private final LocalDate reference;
    final List<Draft.Demand> demands = new ArrayList<>();

    Demands(Lexicon lexicon, Syntax syntax, Dates dates, String input, LocalDate reference) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.dates = dates;
        this.input = input;
        this.reference = reference;
    }

    void fromVerb(Sentence s, Sentence.Cue c, Draft.Actor source, Draft.Actor cliticTarget) {
        if (source == null) {
            return; // a demand nobody makes is a misreading ("communiqué affirmant", "Je veux demander")
        }
        int j = syntax.skipAdverbs(s, c.last + 1);
        Draft.Actor target = cliticTarget;
        boolean infinitive = false;
        boolean clause = false;
        String lastForm = s.word(c.last);
        String lemma = Folding.fold(c.verb.lemma()).split(" ")[0];
        boolean withA = c.verb.takesA() || lexicon.is(lemma, "DEMAND_WITH_A");
        boolean consumedA = c.verb.takesA() && (lastForm.equals("a") || lastForm.equals("au") || lastForm.equals("aux"));
        if (withA && !consumedA && (s.word(j).equals("a") || s.word(j).equals("au") || s.word(j).equals("aux"))) {
            lastForm = s.word(j);
            consumedA = true;
            j = syntax.skipAdverbs(s, j + 1);
        }
        if (!consumedA) {
            Mention object = s.mentionAt(skipArticle(s, j));
            String w = s.word(j);
            if (object != null && object.actor != null && object.kind != Mention.Kind.PRONOUN) {
                int after = skipComplements(s, object.last + 1);
                String next = s.word(after);
                if (next.equals("a") || next.equals("de") || next.equals("d")) {
                    target = object.actor;
                    j = after + 1;
                    if (s.word(j).equals("'")) {
                        j++;
                    }
                    infinitive = next.equals("de") || next.equals("d") || !syntax.is(s, j, "ARTICLE");
                } else if (next.equals("afin") || next.equals("pour")) {
                    // "solliciter X afin d'obtenir Y": X is asked, Y is what the purpose verb names
                    int k = after + 1;
                    if (s.word(k).equals("de") || s.word(k).equals("d")) {
                        k++;
                    }
                    if (s.word(k).equals("'")) {
                        k++;
                    }
                    if (!looksInfinitive(s, k)) {
                        return;
                    }
                    target = object.actor;
                    j = k + 1;
                } else if (!withA && (after >= s.size() || !s.token(after).isWord())) {
                    return; // the content would be the asked actor alone
                } else if (withA) {
                    return; // "appeler quelqu'un quelque chose" names, it does not ask
                }
            } else if (withA) {
                return;
            } else if (w.equals("a") || w.equals("au") || w.equals("aux")) {
                Mention m = syntax.objectAt(s, j + 1, s.size());
                if (m != null) {
                    target = m.actor;
                    int after = skipComplements(s, m.last + 1);
                    if (s.word(after).equals("de") || s.word(after).equals("d")) {
                        j = after + 1;
                        if (s.word(j).equals("'")) {
                            j++;
                        }
                        infinitive = true;
                    } else {
                        j = after;
                    }
                }
            } else if (w.equals("de") || w.equals("d")) {
                j++;
                if (s.word(j).equals("'")) {
                    j++;
                }
                infinitive = true;
            } else if (w.equals("a") && s.word(j + 1).equals("ce") && (s.word(j + 2).equals("que") || s.word(j + 2).equals("qu"))) {
                j += 3; // "demander à ce que"
                if (s.word(j).equals("'")) {
                    j++;
                }
                clause = true;
            } else if (w.equals("que") || w.equals("qu")) {
                j++;
                if (s.word(j).equals("'")) {
                    j++;
                }
                clause = true;
            }
        } else {
            infinitive = !syntax.is(s, j, "ARTICLE") && !syntax.is(s, j, "DETERMINER") && !lastForm.equals("au") && !lastForm.equals("aux");
        }
        if (!infinitive && !clause && !consumedA && looksInfinitive(s, j)) {
            return; // "souhaiter faire": wanting to do oneself is not asking
        }
        int end = contentEnd(s, j, c);
        if (end < j) {
            return;
        }
        List<int[]> parts = clause ? List.of(new int[] {j, end}) : split(s, j, end, infinitive);
        boolean direct = s.inQuote(c.first);
        LocalDate date = dates.of(s, c.first, reference);
        for (int[] part : parts) {
            int from = s.token(part[0]).start();
            int to = s.token(part[1]).end();
            String content = input.substring(from, to).strip();
            if (content.isEmpty() || part[1] < part[0]) {
                continue;
            }
            add(s, source, target, content, direct, date, Span.of(input, s.token(c.first).start(), to));
        }
    }

    private boolean looksInfinitive(Sentence s, int j) {
        String w = s.word(j);
        return s.token(j < s.size() ? j : 0).isWord() && !s.token(Math.min(j, s.size() - 1)).capitalised() && s.mentionAt(j) == null
                && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re") || w.endsWith("oir")) && !lexicon.is(w, "DETERMINER")
                && !lexicon.is(w, "PREPOSITION") && !lexicon.is(w, "ARTICLE") && w.length() > 3;
    }

    private int skipArticle(Sentence s, int j) {
        if (s.word(j).equals("la") || s.word(j).equals("le") || s.word(j).equals("les")) {
            return j + 1;
        }
        if (s.word(j).equals("l") && s.word(j + 1).equals("'")) {
            return j + 2;
        }
        return j;
    }

    /** Skips the complements of a target: "au Conseil de sécurité de l'ONU". */
    private int skipComplements(Sentence s, int j) {
        for (int guard = 0; guard < 4; guard++) {
            Mention named = s.mentionAt(j);
            if (named != null && named.link != null && named.link.actor == named.actor) {
                j = named.last + 1; // the name after its title
                continue;
            }
            if (s.word(j).equals("(")) {
                int k = j;
                while (k < s.size() && !s.word(k).equals(")") && k < j + 8) {
                    k++;
                }
                if (s.word(k).equals(")")) {
                    j = k + 1;
                    continue;
                }
            }
            if (s.word(j).equals("de") || s.word(j).equals("du") || s.word(j).equals("des") || s.word(j).equals("d")) {
                int k = j + 1;
                if (s.word(k).equals("'")) {
                    k++;
                }
                Mention m = s.mentionAt(skipArticle(s, k));
                if (m != null && m.kind != Mention.Kind.PRONOUN) {
                    j = m.last + 1;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /** The last token of what is demanded, starting at {@code from}. */
    private int contentEnd(Sentence s, int from, Sentence.Cue c) {
        int quote = s.quoteOf[c.first];
        int last = from - 1;
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (quote >= 0 && s.quoteOf[k] != quote) {
                break;
            }
            if (quote < 0 && s.inQuote(k) && k > 0 && !s.inQuote(k - 1) && (s.word(k - 2).equals(",") || s.word(k - 2).equals(":"))) {
                break;
            }
            if (w.equals(";") || w.equals(":") || w.equals("[") || w.equals("!") || w.equals("?") || w.equals("\u2013")) {
                break;
            }
            if (w.equals(".") && k == s.size() - 1) {
                break;
            }
            if (w.equals(",")) {
                int n = k + 1;
                if (syntax.is(s, n, "CLAUSE_BREAK") || syntax.is(s, n, "AUXILIARY") || syntax.is(s, n, "PRONOUN_SINGULAR")
                        || syntax.is(s, n, "PRONOUN_PLURAL") || s.word(n).equals("on") || s.inQuote(n) && quote < 0
                        || (s.cueAt(n) != null && s.cueAt(n).isVerb())
                        || syntax.is(s, n, "PREPOSITION") && !syntax.is(s, n, "ARTICLE") && !s.word(n).equals("a")) {
                    break;
                }
            }
            if (syntax.is(s, k, "HARD_BREAK") && k > from) {
                break;
            }
            if (w.equals("et") && k > from && s.cueAt(k + 1) != null && s.cueAt(k + 1).isVerb()) {
                break; // "réclament la gratuité et indiquent"
            }
            if (w.equals("\u00bb") || w.equals("\u201d")) {
                last = k;
                continue;
            }
            last = k;
        }
        while (last >= from && (s.word(last).equals(",") || s.word(last).equals("."))) {
            last--;
        }
        return last;
    }

    /** Cuts coordinated demands: "de A et de B"; "la fin de X, le rejet de Y et le retrait de Z". */
    private List<int[]> split(Sentence s, int from, int end, boolean infinitive) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int k = from; k <= end; k++) {
            String w = s.word(k);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
            }
            if (depth > 0 || k == from || !(w.equals(",") || w.equals("et"))) {
                continue;
            }
            int n = k + 1;
            if (w.equals(",") && s.word(n).equals("et")) {
                n++;
            }
            boolean cut;
            int next;
            if (infinitive) {
                cut = (s.word(n).equals("de") || s.word(n).equals("d")) && !s.token(n + (s.word(n + 1).equals("'") ? 2 : 1)).capitalised()
                        && !syntax.is(s, n + (s.word(n + 1).equals("'") ? 2 : 1), "ARTICLE");
                next = n + (s.word(n + 1).equals("'") ? 2 : 1);
            } else {
                int after = n + (s.word(n + 1).equals("'") ? 2 : 1);
                cut = (s.word(n).equals("le") || s.word(n).equals("la") || s.word(n).equals("les") || s.word(n).equals("l")
                        || s.word(n).equals("un") || s.word(n).equals("une") || s.word(n).equals("du"))
                        && after < s.size() && !s.token(after).capitalised() && s.token(after).isWord()
                        && s.mentionAt(after) == null;
                next = n;
            }
            if (cut && next <= end) {
                parts.add(new int[] {start, trimEnd(s, start, k - 1)});
                start = next;
                k = next - 1;
            }
        }
        parts.add(new int[] {start, trimEnd(s, start, end)});
        return parts;
    }

    private int trimEnd(Sentence s, int from, int last) {
        while (last > from && (s.word(last).equals(",") || s.word(last).equals("et"))) {
            last--;
        }
        return last;
    }

    private void add(Sentence s, Draft.Actor source, Draft.Actor target, String content, boolean direct, LocalDate date, Span evidence) {
        String head = head(content);
        for (int k = Math.max(0, demands.size() - 200); k < demands.size(); k++) {
            Draft.Demand d = demands.get(k);
            if (d.sentence == s.index) {
                continue;
            }
            boolean sameSource = d.source == source || d.source == null || source == null;
            boolean sameTarget = d.target == target || d.target == null || target == null;
            if (sameSource && sameTarget && d.head.equals(head) && !head.isEmpty()) {
                d.evidence.add(evidence);
                if (d.source == null) {
                    d.source = source;
                }
                if (d.target == null) {
                    d.target = target;
                }
                if (direct && !d.direct) {
                    d.direct = true;
                }
                if (d.date == null) {
                    d.date = date;
                }
                return;
            }
        }
        Draft.Demand d = new Draft.Demand(source, target, content, direct);
        d.head = head;
        d.date = date;
        d.evidence.add(evidence);
        d.sentence = s.index;
        demands.add(d);
    }

    /** The first meaningful word of a demand, light verbs aside: "procéder à une désescalade" gives "desesc". */
    private String head(String content) {
        for (String w : NON_WORD.split(Folding.fold(content))) {
            if (w.length() >= 4 && !lexicon.is(w, "LIGHT_VERB") && !lexicon.is(w, "DETERMINER") && !lexicon.is(w, "PREPOSITION")
                    && !lexicon.is(w, "ADVERB")) {
                return w.length() > 6 ? w.substring(0, 6) : w;
            }
        }
        return "";
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return !common.isEmpty() && common.size() * 3 >= union.size();
    }

    private Set<String> stems(String content) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(Folding.fold(content))) {
            if (w.length() >= 4 && !lexicon.is(w, "ADVERB") && !lexicon.is(w, "DETERMINER") && !lexicon.is(w, "PREPOSITION")
                    && !w.equals("avec") && !w.equals("dans") && !w.equals("leur") && !w.equals("notre")) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
