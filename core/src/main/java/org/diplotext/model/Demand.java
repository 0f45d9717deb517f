package org.diplotext.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One thing that one actor asks of another.
 *
 * @param id       identifier unique within its dispatch ({@code d1})
 * @param source   id of the actor who demands, if known
 * @param target   id of the actor of whom it is demanded, if known
 * @param content  what is demanded, as written ({@code procéder à une désescalade})
 * @param direct   whether it stands in the source's own quoted words
 * @param date     the day it was made, resolved against the dispatch's date, if known
 * @param evidence the spans of input that report it; the same demand reported twice has two
 */
public record Demand(
        String id,
        Optional<String> source,
        Optional<String> target,
        String content,
        boolean direct,
        Optional<LocalDate> date,
        List<Span> evidence) {

    /** Checks every part and copies the evidence. */
    public Demand {
        Checks.requireText(id, "id");
        source = Checks.presentText(source, "source");
        target = Checks.presentText(target, "target");
        Checks.requireText(content, "content");
        date = Checks.present(date, "date");
        evidence = Checks.copy(evidence, "evidence");
    }

    /** Every actor id the demand refers to: source and target. */
    public List<String> actorIds() {
        return java.util.stream.Stream.concat(source.stream(), target.stream()).toList();
    }
}
