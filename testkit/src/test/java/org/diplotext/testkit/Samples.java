package org.diplotext.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;

/** A small hand-built dispatch, independent of the parser's extraction. */
final class Samples {
    static final String TEXT = "Berne convoque l'ambassadeur\nLe DFAE a convoqué mardi l'ambassadeur de Russie et exige le retrait des troupes.";

    private Samples() {
    }

    static Span span(String words) {
        int at = TEXT.indexOf(words);
        return Span.of(TEXT, at, at + words.length());
    }

    static Dispatch dispatch(String firstId, int shift) {
        Actor dfae = new Actor(firstId, ActorType.ORGANISATION, "DFAE", List.of(), Optional.of("CH"), Optional.empty(),
                Optional.empty(), List.of(shifted(span("DFAE"), shift)), Optional.empty());
        Actor russia = new Actor(firstId + "x", ActorType.STATE, "Russie", List.of("Moscou"), Optional.of("RU"),
                Optional.empty(), Optional.empty(), List.of(shifted(span("Russie"), shift)), Optional.empty());
        Actor ambassador = new Actor(firstId + "y", ActorType.PERSON, "ambassadeur de Russie", List.of(), Optional.of("RU"),
                Optional.of("ambassadeur"), Optional.of(russia.id()), List.of(shifted(span("ambassadeur de Russie"), shift)),
                Optional.empty());
        Communication meeting = new Communication("c1", CommunicationType.MEETING, Optional.of(dfae.id()),
                List.of(ambassador.id()), List.of(), Optional.of(LocalDate.of(2024, 3, 12)), Optional.empty(),
                List.of(shifted(span("a convoqué mardi l'ambassadeur de Russie"), shift)));
        Demand demand = new Demand("d1", Optional.of(dfae.id()), Optional.of(russia.id()), "le retrait des troupes", false,
                Optional.of(LocalDate.of(2024, 3, 12)), List.of(shifted(span("exige le retrait des troupes"), shift)));
        Article article = Article.builder("test").headline("Berne convoque l'ambassadeur")
                .published(Published.on(LocalDate.of(2024, 3, 12))).build();
        return new Dispatch(article, List.of(new Segment(SegmentKind.HEADLINE, shifted(span("Berne convoque l'ambassadeur"), shift))),
                List.of(dfae, russia, ambassador), List.of(meeting), List.of(demand), List.of());
    }

    private static Span shifted(Span s, int shift) {
        return new Span(s.start() + shift, s.end() + shift, s.text());
    }
}
