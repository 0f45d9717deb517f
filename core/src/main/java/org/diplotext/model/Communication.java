package org.diplotext.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One act of communication: a statement, letter, invitation, call or meeting.
 *
 * @param id             identifier unique within its dispatch ({@code c1})
 * @param type           what kind of act it is
 * @param sender         id of the actor who spoke, wrote, invited, called or convened, if known
 * @param recipients     ids of the actors addressed (for a meeting: the other participants)
 * @param intermediaries ids of the actors it passed through ({@code remis à l'ambassadeur})
 * @param date           the day it took place, resolved against the dispatch's date, if known
 * @param quote          the verbatim words, without guillemets, for a quotation
 * @param evidence       the spans of input that report it
 */
public record Communication(
        String id,
        CommunicationType type,
        Optional<String> sender,
        List<String> recipients,
        List<String> intermediaries,
        Optional<LocalDate> date,
        Optional<String> quote,
        List<Span> evidence) {

    /** Checks every part and copies the lists. */
    public Communication {
        Checks.requireText(id, "id");
        Objects.requireNonNull(type, "type must not be null");
        sender = Checks.presentText(sender, "sender");
        recipients = Checks.copyTexts(recipients, "recipients");
        intermediaries = Checks.copyTexts(intermediaries, "intermediaries");
        date = Checks.present(date, "date");
        quote = Checks.presentText(quote, "quote");
        evidence = Checks.copy(evidence, "evidence");
    }

    /** Every actor id the communication refers to: sender, recipients and intermediaries. */
    public List<String> actorIds() {
        return java.util.stream.Stream.of(sender.stream(), recipients.stream(), intermediaries.stream())
                .flatMap(s -> s).toList();
    }
}
