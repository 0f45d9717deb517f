package org.diplotext.json;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Article;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Organisation;
import org.diplotext.model.OrganisationKind;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.Section;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.model.Span;

/** Dispatches for the JSON tests: one with every part filled, one with nothing but its format. */
final class Samples {
    static final String TEXT = "Ukraine\nMoscou exige des garanties de l'OTAN\n"
            + "Genève - Sergueï Lavrov a écrit à l'OSCE. « Nous attendons une réponse », a-t-il dit.\n"
            + "ats/pym";

    private Samples() {
    }

    static Span span(String text) {
        int start = TEXT.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("not in the sample text: " + text);
        }
        return Span.of(TEXT, start, start + text.length());
    }

    static Dispatch full() {
        Article article = Article.builder("ats-web")
                .agency("ATS")
                .credit("ATS")
                .credit("Keystone-SDA")
                .kicker("Ukraine")
                .headline("Moscou exige des garanties de l'OTAN")
                .published(Published.at(LocalDate.of(2022, 2, 9), LocalTime.of(17, 17), ZoneOffset.ofHours(1)))
                .dateline("Genève")
                .lead("Sergueï Lavrov a écrit à l'OSCE.")
                .caption("Le ministre russe à Genève")
                .section(Section.untitled(List.of("« Nous attendons une réponse », a-t-il dit.")))
                .section(Section.titled("Réponse", List.of("Pas encore.")))
                .signature("ats/pym")
                .build();
        List<Segment> segments = List.of(
                new Segment(SegmentKind.KICKER, span("Ukraine")),
                new Segment(SegmentKind.HEADLINE, span("Moscou exige des garanties de l'OTAN")),
                new Segment(SegmentKind.DATELINE, span("Genève -")),
                new Segment(SegmentKind.SIGNATURE, span("ats/pym")));
        List<Actor> actors = List.of(
                new Actor("a1", ActorType.STATE, "Russie", List.of("Moscou"), Optional.of("RU"), Optional.empty(),
                        Optional.empty(), List.of(span("Moscou")), Optional.empty()),
                new Actor("a2", ActorType.PERSON, "Sergueï Lavrov", List.of("le ministre russe"), Optional.of("RU"),
                        Optional.of("chef de la diplomatie"), Optional.of("a1"), List.of(span("Sergueï Lavrov")),
                        Optional.empty()),
                new Actor("a3", ActorType.ORGANISATION, "OSCE", List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(span("OSCE")),
                        Optional.of(new Organisation("Organisation pour la sécurité et la coopération en Europe",
                                Optional.of("OSCE"), List.of(), OrganisationKind.INTERGOVERNMENTAL))),
                new Actor("a4", ActorType.ORGANISATION, "OTAN", List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(span("OTAN")), Optional.empty()));
        List<Communication> communications = List.of(
                new Communication("c1", CommunicationType.LETTER, Optional.of("a2"), List.of("a3"), List.of("a1"),
                        Optional.of(LocalDate.of(2022, 2, 9)), Optional.empty(),
                        List.of(span("Sergueï Lavrov a écrit à l'OSCE."))),
                new Communication("c2", CommunicationType.STATEMENT, Optional.of("a2"), List.of(), List.of(),
                        Optional.empty(), Optional.of("Nous attendons une réponse"),
                        List.of(span("« Nous attendons une réponse », a-t-il dit."))));
        List<Demand> demands = List.of(
                new Demand("d1", Optional.of("a1"), Optional.of("a4"), "des garanties", false,
                        Optional.of(LocalDate.of(2022, 2, 9)), List.of(span("Moscou exige des garanties"))),
                new Demand("d2", Optional.empty(), Optional.empty(), "une réponse", true, Optional.empty(),
                        List.of()));
        List<ParseIssue> issues = List.of(
                new ParseIssue(ParseIssue.Severity.WARNING, 0, 7, "kicker without headline mark"),
                new ParseIssue(ParseIssue.Severity.INFO, TEXT.length(), TEXT.length(), "end of text"));
        return new Dispatch(article, segments, actors, communications, demands, issues);
    }

    static Dispatch minimal() {
        return Dispatch.of(Article.builder("generic").build(), List.of(), List.of());
    }
}
