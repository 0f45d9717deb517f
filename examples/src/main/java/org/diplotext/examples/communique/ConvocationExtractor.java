package org.diplotext.examples.communique;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;
import org.diplotext.spi.DispatchEditor;
import org.diplotext.spi.ExtractionInput;
import org.diplotext.spi.Extractor;

/**
 * Recognises the summoning of a foreign envoy in a ministry's press release: {@code Le DFAE a
 * convoqué mardi l'ambassadeur de Russie} becomes a {@code MEETING} communication from the
 * summoning body to the envoy, with the envoy (a PERSON, role {@code ambassadeur}) affiliated to
 * the envoy's state. The built-in extraction reads a summoned diplomat as a meeting too; this
 * extractor completes what it leaves out (the acronym of the sender, the envoy's state).
 *
 * <p>The subject before the verb is the sender; a parenthesised acronym after it
 * ({@code (DFAE)}) becomes an alias. The date is the weekday named in the sentence resolved
 * against the publication date ({@code mardi} = the last Tuesday on or before it), else the
 * publication date. When an earlier stage already reported a meeting in the same sentence, it is
 * refined (sender and envoy filled in) rather than reported twice.
 *
 * <p>An example of a user-written {@link Extractor}: it reads only the public API and derives its
 * result with a {@link DispatchEditor}. Stateless and thread-safe.
 */
public final class ConvocationExtractor implements Extractor {
    private static final Pattern CONVOCATION = Pattern.compile(
            "(?<verb>\\b(?iu:" + Words.FR.alternatives("convoke") + "))\\b"
                    + "(?<between>[^.;:]{0,40}?)\\s*"
                    + "(?<envoy>(?iu:" + Words.FR.alternatives("envoy") + "))\\s+"
                    + "(?<of>(?iu:" + Words.FR.alternatives("of") + "))\\s*"
                    + "(?<state>\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+(?:de|du|des|d['’])\\s*\\p{Lu}[\\p{L}\\p{M}-]*)*)");
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\((?<acronym>\\p{Lu}{2,10})\\)\\s*$");
    private static final Pattern TODAY = Pattern.compile(Words.FR.alternatives("today"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An extractor with the French words of its resource file. */
    public ConvocationExtractor() {
    }

    @Override
    public String name() {
        return "convocation";
    }

    @Override
    public Dispatch extract(ExtractionInput input, Dispatch soFar) {
        DispatchEditor editor = DispatchEditor.of(soFar);
        boolean changed = false;
        for (Span sentence : input.sentences()) {
            Matcher m = CONVOCATION.matcher(sentence.text());
            if (m.find()) {
                changed |= add(input, editor, sentence, m);
            }
        }
        return changed ? editor.build() : soFar;
    }

    private boolean add(ExtractionInput input, DispatchEditor editor, Span sentence, Matcher m) {
        int base = sentence.start();
        Optional<Span> subject = subject(input, sentence, m.start("verb"));
        if (subject.isEmpty()) {
            return false;
        }
        Span senderSpan = subject.get();
        String senderName = senderSpan.text();
        Optional<String> acronym = Optional.empty();
        Matcher a = ACRONYM.matcher(senderName);
        if (a.find()) {
            acronym = Optional.of(a.group("acronym"));
            senderName = senderName.substring(0, a.start()).strip();
            senderSpan = input.span(senderSpan.start(), senderSpan.start() + senderName.length());
        }
        Actor named = findOrAdd(editor, ActorType.ORGANISATION, senderName, acronym, senderSpan);
        if (acronym.isPresent()) {
            int at = senderSpan.start() + a.start("acronym");
            named = editor.addMention(named, input.span(at, at + acronym.get().length()));
        }
        Actor sender = named;

        Span stateSpan = input.span(base + m.start("state"), base + m.end("state"));
        Actor state = findOrAddState(editor, stateSpan);

        Span envoySpan = input.span(base + m.start("envoy"), base + m.end("state"));
        String role = Words.FR.pairs("envoy").get(Words.lower(m.group("envoy")).replaceAll("\\s+", " "));
        String envoyName = (role + envoySpan.text().substring(m.group("envoy").length())).replaceAll("\\s+", " ");
        Actor envoy = findOrAddEnvoy(editor, envoyName, role, state, envoySpan);

        LocalDate date = date(input, sentence.text()).orElse(null);
        Optional<Communication> same = editor.communications().stream()
                .filter(c -> c.type() == CommunicationType.MEETING)
                .filter(c -> c.evidence().stream().anyMatch(sentence::overlaps)
                        || c.sender().filter(sender.id()::equals).isPresent() && c.recipients().contains(envoy.id()))
                .findFirst();
        if (same.isPresent()) {
            Communication c = same.get();
            List<String> recipients = c.recipients().contains(envoy.id()) ? c.recipients()
                    : Stream.concat(c.recipients().stream(), Stream.of(envoy.id())).toList();
            List<Span> evidence = c.evidence().stream().anyMatch(sentence::overlaps) ? c.evidence()
                    : Stream.concat(c.evidence().stream(), Stream.of(sentence)).sorted().toList();
            editor.replace(new Communication(c.id(), c.type(), c.sender().or(() -> Optional.of(sender.id())), recipients,
                    c.intermediaries(), c.date().or(() -> Optional.ofNullable(date)), c.quote(), evidence));
        } else {
            editor.communication(CommunicationType.MEETING).sender(sender).recipient(envoy).date(date)
                    .evidence(sentence).add();
        }
        return true;
    }

    private static Actor findOrAdd(DispatchEditor editor, ActorType type, String name, Optional<String> acronym,
            Span mention) {
        Optional<Actor> known = editor.actorNamed(name).or(() -> acronym.flatMap(editor::actorNamed));
        Actor actor = known.map(k -> editor.addMention(k, mention)).orElseGet(() -> editor.addActor(type, name, mention));
        actor = editor.addAlias(actor, name);
        if (acronym.isPresent()) {
            actor = editor.addAlias(actor, acronym.get());
        }
        return actor;
    }

    /** The state named, or one named by its last word ({@code Russie} for {@code Fédération de Russie}). */
    private static Actor findOrAddState(DispatchEditor editor, Span mention) {
        String name = mention.text().replaceAll("\\s+", " ");
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        Optional<Actor> known = editor.actorNamed(name).or(() -> editor.actorNamed(lastWord));
        Actor state = known.map(k -> editor.addMention(k, mention))
                .orElseGet(() -> editor.addActor(ActorType.STATE, name, mention));
        return editor.addAlias(state, name);
    }

    /** The envoy named, or an envoy of the same role and state already known. */
    private static Actor findOrAddEnvoy(DispatchEditor editor, String name, String role, Actor state, Span mention) {
        Optional<Actor> known = editor.actorNamed(name).or(() -> editor.actors().stream()
                .filter(a -> a.type() == ActorType.PERSON && a.role().filter(role::equals).isPresent()
                        && a.affiliation().filter(state.id()::equals).isPresent())
                .findFirst());
        Actor envoy = known.map(k -> editor.addMention(k, mention))
                .orElseGet(() -> editor.addActor(ActorType.PERSON, name, mention));
        envoy = editor.addAlias(envoy, name);
        return editor.replaceActor(new Actor(envoy.id(), envoy.type(), envoy.name(), envoy.aliases(),
                envoy.country().or(state::country), envoy.role().or(() -> Optional.of(role)),
                envoy.affiliation().or(() -> Optional.of(state.id())), envoy.mentions(), envoy.organisation()));
    }

    /**
     * The subject before the verb: from the sentence start, or the last comma, to the verb,
     * without a leading article.
     */
    private static Optional<Span> subject(ExtractionInput input, Span sentence, int verbStart) {
        String before = sentence.text().substring(0, verbStart);
        int from = Math.max(before.lastIndexOf(','), -1) + 1;
        String lower = Words.lower(before);
        int to = before.length();
        while (from < to && Character.isWhitespace(before.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(before.charAt(to - 1))) {
            to--;
        }
        for (String article : Words.FR.values("article")) {
            String withSpace = article.endsWith("'") ? article : article + " ";
            if (lower.startsWith(withSpace, from) && to - from > withSpace.length()) {
                from += withSpace.length();
                break;
            }
        }
        if (to <= from || to - from > 90) {
            return Optional.empty();
        }
        return Optional.of(input.span(sentence.start() + from, sentence.start() + to));
    }

    private static Optional<LocalDate> date(ExtractionInput input, String sentence) {
        Optional<LocalDate> reference = input.referenceDate();
        if (reference.isEmpty() || TODAY.matcher(sentence).find()) {
            return reference;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> day : Words.FR.pairs("weekday").entrySet()) {
            if (Pattern.compile("\\b" + day.getKey() + "\\b", Pattern.UNICODE_CASE).matcher(lower).find()) {
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(day.getValue()));
                return Optional.of(reference.get().with(TemporalAdjusters.previousOrSame(dow)));
            }
        }
        return reference;
    }
}
