package org.diplotext.examples.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.Span;

/**
 * Renders dispatches as one self-contained HTML page: the network of actors as SVG, a timeline,
 * tables linking to the evidence, and each dispatch's text with the evidence highlighted. CSS,
 * script and drawings are inline; the page loads nothing from the network. Every text from the
 * dispatches is HTML-escaped.
 */
final class HtmlReport {
    static final int MAX_NODES = 60;
    private static final int NET_W = 1100;
    private static final int NET_H = 640;
    private static final int TL_W = 1100;
    private static final Map<ActorType, String> TYPE_COLOURS = Map.of(ActorType.PERSON, "#e8a33d",
            ActorType.STATE, "#3d7be8", ActorType.ORGANISATION, "#3da86b", ActorType.GROUP, "#9b59b6");

    /** One dispatch and where it came from. */
    record Doc(String source, Dispatch dispatch) {
    }

    /** An event of the timeline and the tables: a communication or a demand. */
    private record Event(int doc, String id, String kind, Optional<LocalDate> date, String from, String to, String what,
            String anchor) {
    }

    private final List<Doc> docs;
    private final String title;
    private final Network network = new Network();
    private final List<Event> events = new ArrayList<>();

    HtmlReport(List<Doc> docs, String title) {
        this.docs = List.copyOf(docs);
        this.title = title;
        for (int i = 0; i < docs.size(); i++) {
            Dispatch d = docs.get(i).dispatch();
            network.add(d);
            Optional<LocalDate> published = d.article().published().map(Published::date);
            for (Communication c : d.communications()) {
                events.add(new Event(i, c.id(), c.type().name(), c.date().or(() -> published), name(d, c.sender()),
                        c.recipients().stream().map(r -> name(d, Optional.of(r))).reduce((a, b) -> a + ", " + b).orElse("–"),
                        c.quote().map(q -> "« " + q + " »").orElse(c.evidence().isEmpty() ? "" : c.evidence().get(0).text()),
                        anchor(i, c.id(), 0)));
            }
            for (Demand x : d.demands()) {
                events.add(new Event(i, x.id(), "DEMAND", x.date().or(() -> published), name(d, x.source()),
                        name(d, x.target()), x.content() + (x.direct() ? " (direct)" : ""), anchor(i, x.id(), 0)));
            }
        }
    }

    private static String name(Dispatch d, Optional<String> id) {
        return id.flatMap(d::actor).map(Network::label).orElse("–");
    }

    static String anchor(int doc, String itemId, int evidence) {
        return "d" + doc + "-" + itemId + "-" + evidence;
    }

    String render() {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1><p class=\"meta\">")
                .append(docs.size()).append(docs.size() == 1 ? " dispatch, " : " dispatches, ")
                .append(network.nodes().size()).append(" actors, ")
                .append(events.stream().filter(e -> !"DEMAND".equals(e.kind())).count()).append(" communications, ")
                .append(events.stream().filter(e -> "DEMAND".equals(e.kind())).count()).append(" demands")
                .append("</p><nav><a href=\"#network\">Network</a> · <a href=\"#timeline\">Timeline</a> · ")
                .append("<a href=\"#communications\">Communications</a> · <a href=\"#demands\">Demands</a> · ")
                .append("<a href=\"#actors\">Actors</a> · <a href=\"#dispatches\">Dispatches</a></nav>")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter the tables…\" aria-label=\"Filter the tables\">")
                .append("</header>\n<main>\n");
        networkSection(h);
        timelineSection(h);
        communicationsTable(h);
        demandsTable(h);
        actorsTable(h);
        dispatchesSection(h);
        h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void networkSection(StringBuilder h) {
        h.append("<section id=\"network\"><h2>Network of actors</h2>\n");
        List<Network.Node> drawn = network.drawn(MAX_NODES);
        List<Network.Edge> edges = network.edges().stream().filter(e -> drawn.contains(e.from) && drawn.contains(e.to))
                .toList();
        if (drawn.isEmpty()) {
            h.append("<p class=\"empty\">No actors were found in these dispatches.</p></section>\n");
            return;
        }
        Network.layout(drawn, edges, NET_W, NET_H, 300);
        h.append("<p class=\"meta\">Arrows go from the sender or the source of a demand to the recipient or target; "
                + "their width grows with the count. Blue: communications; red: demands; purple: both; "
                + "dashed grey: acts for (affiliation).");
        if (network.nodes().size() > drawn.size()) {
            h.append(" The ").append(drawn.size()).append(" most connected of ").append(network.nodes().size())
                    .append(" actors are drawn.");
        }
        h.append("</p>\n");
        h.append("<svg id=\"network-svg\" viewBox=\"0 0 ").append(NET_W).append(' ').append(NET_H)
                .append("\" role=\"img\" aria-label=\"Network of actors\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<defs>");
        for (String[] m : new String[][] {{"comm", "#3d6fb6"}, {"demand", "#c0392b"}, {"both", "#8e44ad"}}) {
            h.append("<marker id=\"arrow-").append(m[0]).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                    + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
                    .append(m[1]).append("\"/></marker>");
        }
        h.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#fbfbfd\"/>\n<g class=\"edges\">\n");
        Map<Network.Node, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            ids.put(drawn.get(i), i);
        }
        for (Network.Edge e : edges) {
            if (e.weight() == 0) {
                h.append(String.format(Locale.ROOT, "<line class=\"edge affiliation\" data-from=\"n%d\" data-to=\"n%d\" "
                        + "x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"><title>%s</title></line>%n",
                        ids.get(e.from), ids.get(e.to), e.from.x, e.from.y, e.to.x, e.to.y,
                        esc(e.from.label + " acts for " + e.to.label)));
                continue;
            }
            String kind = e.communications > 0 && e.demands > 0 ? "both" : e.demands > 0 ? "demand" : "comm";
            double width = 1.2 + 1.6 * Math.log(1 + e.weight()) / Math.log(2);
            double x1 = e.from.x;
            double y1 = e.from.y;
            double x2 = e.to.x;
            double y2 = e.to.y;
            double len = Math.max(Math.hypot(x2 - x1, y2 - y1), 1);
            double r2 = radius(e.to) + 3;
            // stop at the target's circle, and bend so A->B and B->A do not overlap
            double ex = x2 - (x2 - x1) / len * r2;
            double ey = y2 - (y2 - y1) / len * r2;
            double mx = (x1 + ex) / 2 + (ey - y1) / len * 25;
            double my = (y1 + ey) / 2 - (ex - x1) / len * 25;
            h.append(String.format(Locale.ROOT, "<path class=\"edge %s\" data-from=\"n%d\" data-to=\"n%d\" "
                    + "d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" stroke-width=\"%.1f\" marker-end=\"url(#arrow-%s)\">",
                    kind, ids.get(e.from), ids.get(e.to), x1, y1, mx, my, ex, ey, width, kind));
            h.append("<title>").append(esc(e.from.label + " → " + e.to.label + ": " + e.communications
                    + (e.communications == 1 ? " communication, " : " communications, ") + e.demands
                    + (e.demands == 1 ? " demand" : " demands"))).append("</title></path>\n");
        }
        h.append("</g>\n<g class=\"nodes\">\n");
        for (Network.Node n : drawn) {
            h.append(String.format(Locale.ROOT, "<g class=\"node\" id=\"n%d\" transform=\"translate(%.1f,%.1f)\">"
                    + "<circle r=\"%.1f\" fill=\"%s\"/><text y=\"%.1f\" text-anchor=\"middle\">%s</text>"
                    + "<title>%s</title></g>\n",
                    ids.get(n), n.x, n.y, radius(n), TYPE_COLOURS.get(n.type), -radius(n) - 4, esc(shorten(n.label, 32)),
                    esc(n.label + " (" + n.type.name().toLowerCase(Locale.ROOT) + n.country.map(c -> ", " + c).orElse("")
                            + "): " + n.mentions + " mentions in " + n.dispatches
                            + (n.dispatches == 1 ? " dispatch" : " dispatches"))));
        }
        h.append("</g>\n");
        int lx = 12;
        for (ActorType t : ActorType.values()) {
            h.append(String.format(Locale.ROOT, "<g class=\"legend\" transform=\"translate(%d,%d)\"><circle r=\"6\" fill=\"%s\"/>"
                    + "<text x=\"10\" y=\"4\">%s</text></g>", lx + 6, NET_H - 14, TYPE_COLOURS.get(t),
                    t.name().toLowerCase(Locale.ROOT)));
            lx += 120;
        }
        h.append("\n</svg>\n</section>\n");
    }

    private static double radius(Network.Node n) {
        return 6 + 3 * Math.sqrt(n.mentions);
    }

    private void timelineSection(StringBuilder h) {
        h.append("<section id=\"timeline\"><h2>Timeline</h2>\n");
        List<Event> dated = events.stream().filter(e -> e.date().isPresent()).toList();
        if (dated.isEmpty()) {
            h.append("<p class=\"empty\">No dated communication or demand.</p></section>\n");
            return;
        }
        LocalDate first = dated.stream().map(e -> e.date().get()).min(Comparator.naturalOrder()).get();
        LocalDate last = dated.stream().map(e -> e.date().get()).max(Comparator.naturalOrder()).get();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<String> lanes = new ArrayList<>();
        for (CommunicationType t : CommunicationType.values()) {
            lanes.add(t.name());
        }
        lanes.add("DEMAND");
        int left = 110;
        int right = 30;
        int laneH = 34;
        int height = 40 + lanes.size() * laneH;
        double span = TL_W - left - right;
        h.append("<p class=\"meta\">From ").append(first).append(" to ").append(last).append("; ")
                .append(events.size() - dated.size()).append(" undated. Each dot links to its evidence.</p>\n");
        h.append("<svg id=\"timeline-svg\" viewBox=\"0 0 ").append(TL_W).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Timeline\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fbfbfd\"/>\n");
        for (int i = 0; i < lanes.size(); i++) {
            int y = 20 + i * laneH + laneH / 2;
            h.append(String.format(Locale.ROOT, "<line class=\"lane\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                    + "<text class=\"lane-label\" x=\"%d\" y=\"%d\">%s</text>\n", left, y, TL_W - right, y, 8, y + 4,
                    lanes.get(i).toLowerCase(Locale.ROOT)));
        }
        TreeSet<LocalDate> ticks = new TreeSet<>(List.of(first, last));
        long step = Math.max(1, days / 6);
        for (LocalDate t = first.plusDays(step); t.isBefore(last); t = t.plusDays(step)) {
            ticks.add(t);
        }
        int axis = height - 14;
        for (LocalDate t : ticks) {
            double x = left + span * ChronoUnit.DAYS.between(first, t) / days;
            String anchor = t.equals(first) ? "start" : t.equals(last) ? "end" : "middle";
            h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>\n",
                    x, axis, anchor, t));
        }
        Map<String, Integer> stack = new LinkedHashMap<>();
        for (Event e : dated) {
            int lane = lanes.indexOf(e.kind());
            long day = ChronoUnit.DAYS.between(first, e.date().get());
            int k = stack.merge(lane + ":" + day, 1, Integer::sum) - 1;
            double x = left + span * day / days + (k % 5) * 5;
            double y = 20 + lane * laneH + laneH / 2.0 - 8 + (k / 5 % 4) * 5;
            h.append(String.format(Locale.ROOT, "<a href=\"#%s\"><circle class=\"dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\">"
                    + "<title>%s</title></circle></a>\n", e.anchor(), "DEMAND".equals(e.kind()) ? "demand" : "comm", x, y + 8,
                    esc(e.date().get() + " " + e.kind().toLowerCase(Locale.ROOT) + ": " + e.from() + " → " + e.to()
                            + (e.what().isEmpty() ? "" : " — " + shorten(e.what(), 120)))));
        }
        h.append("</svg>\n</section>\n");
    }

    private void communicationsTable(StringBuilder h) {
        h.append("<section id=\"communications\"><h2>Communications</h2>\n");
        table(h, events.stream().filter(e -> !"DEMAND".equals(e.kind())).toList(),
                new String[] {"Date", "Type", "From", "To", "Quote or evidence", ""});
    }

    private void demandsTable(StringBuilder h) {
        h.append("<section id=\"demands\"><h2>Demands</h2>\n");
        table(h, events.stream().filter(e -> "DEMAND".equals(e.kind())).toList(),
                new String[] {"Date", "", "Source", "Target", "Content", ""});
    }

    private void table(StringBuilder h, List<Event> rows, String[] header) {
        if (rows.isEmpty()) {
            h.append("<p class=\"empty\">None found.</p></section>\n");
            return;
        }
        h.append("<table class=\"filterable\"><thead><tr>");
        for (String c : header) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("<th>Dispatch</th></tr></thead><tbody>\n");
        List<Event> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Event e) -> e.date().orElse(LocalDate.MAX)).thenComparingInt(Event::doc));
        for (Event e : sorted) {
            h.append("<tr><td>").append(e.date().map(LocalDate::toString).orElse("–")).append("</td>");
            if (!header[1].isEmpty()) {
                h.append("<td>").append(esc(e.kind().toLowerCase(Locale.ROOT))).append("</td>");
            } else {
                h.append("<td></td>");
            }
            h.append("<td>").append(esc(e.from())).append("</td><td>").append(esc(e.to())).append("</td><td>")
                    .append(esc(shorten(e.what(), 300))).append("</td><td><a href=\"#").append(e.anchor())
                    .append("\">sentence ↗</a></td><td><a href=\"#d").append(e.doc()).append("\">")
                    .append(esc(shorten(docs.get(e.doc()).source(), 40))).append("</a></td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private void actorsTable(StringBuilder h) {
        h.append("<section id=\"actors\"><h2>Actors</h2>\n");
        List<Network.Node> nodes = new ArrayList<>(network.nodes());
        if (nodes.isEmpty()) {
            h.append("<p class=\"empty\">None found.</p></section>\n");
            return;
        }
        nodes.sort(Comparator.<Network.Node>comparingInt(n -> n.mentions).reversed().thenComparing(n -> n.key));
        h.append("<table class=\"filterable\"><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Mentions</th>"
                + "<th>Dispatches</th></tr></thead><tbody>\n");
        for (Network.Node n : nodes) {
            h.append("<tr><td>").append(esc(n.label)).append("</td><td>").append(n.type.name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(esc(n.country.orElse("–"))).append("</td><td class=\"num\">")
                    .append(n.mentions).append("</td><td class=\"num\">").append(n.dispatches).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private void dispatchesSection(StringBuilder h) {
        h.append("<section id=\"dispatches\"><h2>Dispatches</h2>\n");
        for (int i = 0; i < docs.size(); i++) {
            Doc doc = docs.get(i);
            Dispatch d = doc.dispatch();
            h.append("<article class=\"dispatch\" id=\"d").append(i).append("\"><h3>")
                    .append(esc(d.article().headline().orElse("(no headline)"))).append("</h3><p class=\"meta\">")
                    .append(esc(doc.source())).append(" · format ").append(esc(d.article().format()))
                    .append(d.article().agency().map(a -> " · " + esc(a)).orElse(""))
                    .append(d.article().published().map(p -> " · " + esc(p.toString())).orElse("")).append("</p>\n");
            List<Marked> marks = marks(i, d);
            for (Segment s : d.segments()) {
                h.append("<p class=\"seg ").append(s.kind().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"kind\">")
                        .append(s.kind().name().toLowerCase(Locale.ROOT)).append("</span>");
                highlighted(h, s.span(), marks);
                h.append("</p>\n");
            }
            // anchors of evidence outside every segment still need a target
            for (Marked m : marks) {
                boolean inSegment = d.segments().stream().anyMatch(s -> s.span().contains(m.span()));
                if (!inSegment) {
                    h.append("<p class=\"seg orphan\"><a class=\"anchor\" id=\"").append(m.anchor()).append("\"></a><mark class=\"")
                            .append(m.css()).append("\">").append(esc(m.span().text())).append("</mark></p>\n");
                }
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private record Marked(Span span, String anchor, String css, String title) {
    }

    private static List<Marked> marks(int doc, Dispatch d) {
        List<Marked> marks = new ArrayList<>();
        for (Communication c : d.communications()) {
            for (int k = 0; k < c.evidence().size(); k++) {
                marks.add(new Marked(c.evidence().get(k), anchor(doc, c.id(), k), "ev-comm",
                        c.type().name().toLowerCase(Locale.ROOT) + " " + c.id()));
            }
        }
        for (Demand x : d.demands()) {
            for (int k = 0; k < x.evidence().size(); k++) {
                marks.add(new Marked(x.evidence().get(k), anchor(doc, x.id(), k), "ev-demand", "demand " + x.id()));
            }
        }
        return marks;
    }

    /** The segment's text, cut at every evidence boundary, covered pieces in marks, anchors at starts. */
    private static void highlighted(StringBuilder h, Span segment, List<Marked> marks) {
        List<Marked> inside = marks.stream().filter(m -> segment.contains(m.span())).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(segment.start(), segment.end()));
        inside.forEach(m -> {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            for (Marked m : inside) {
                if (m.span().start() == from) {
                    h.append("<a class=\"anchor\" id=\"").append(m.anchor()).append("\"></a>");
                }
            }
            int a = from;
            int b = to;
            List<Marked> covering = inside.stream().filter(m -> m.span().start() <= a && m.span().end() >= b).toList();
            String text = esc(segment.text().substring(from - segment.start(), to - segment.start()));
            if (covering.isEmpty()) {
                h.append(text);
            } else {
                String css = covering.stream().map(Marked::css).distinct().reduce((x, y) -> x + " " + y).orElse("");
                String title = covering.stream().map(Marked::title).reduce((x, y) -> x + "; " + y).orElse("");
                h.append("<mark class=\"").append(css).append("\" title=\"").append(esc(title)).append("\">").append(text)
                        .append("</mark>");
            }
            from = to;
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { --fg: #1d2330; --muted: #667; --line: #dde; --comm: #3d6fb6; --demand: #c0392b; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
            header { padding: 16px 28px 10px; border-bottom: 1px solid var(--line); background: #f4f6fb; position: sticky; top: 0; z-index: 2; }
            header h1 { margin: 0 0 2px; font-size: 22px; }
            nav a { color: var(--comm); text-decoration: none; }
            #filter { margin-top: 6px; padding: 4px 8px; width: 320px; border: 1px solid #ccd; border-radius: 4px; }
            main { padding: 0 28px 40px; max-width: 1200px; }
            h2 { margin-top: 28px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
            .meta { color: var(--muted); font-size: 13px; margin: 2px 0 8px; }
            .empty { color: var(--muted); font-style: italic; }
            svg { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
            .edge { fill: none; opacity: 0.75; }
            .edge.comm { stroke: var(--comm); } .edge.demand { stroke: var(--demand); } .edge.both { stroke: #8e44ad; }
            .edge.affiliation { stroke: #aab; stroke-dasharray: 4 4; stroke-width: 1.2; }
            .edge.dim, .node.dim { opacity: 0.12; }
            .node circle { stroke: #fff; stroke-width: 1.5; }
            .node text, .legend text { font-size: 12px; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
            .lane { stroke: var(--line); } .lane-label, .tick { font-size: 12px; fill: var(--muted); }
            .dot.comm { fill: var(--comm); } .dot.demand { fill: var(--demand); } .dot:hover { stroke: #000; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
            th { background: #f4f6fb; } td.num { text-align: right; }
            tr.hidden { display: none; }
            .dispatch { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 14px 0; }
            .dispatch h3 { margin: 4px 0; }
            .seg { margin: 4px 0; white-space: pre-wrap; }
            .seg .kind { display: inline-block; min-width: 84px; font-size: 11px; color: var(--muted); text-transform: uppercase; }
            .seg.headline { font-weight: 600; }
            .seg.set_aside { color: #aaa; }
            mark.ev-comm { background: #dce8fb; } mark.ev-demand { background: #fbdcdc; }
            mark.ev-comm.ev-demand { background: #ead9f5; }
            mark.flash { outline: 3px solid #f1c40f; }
            a.anchor { scroll-margin-top: 130px; }
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var filter = document.getElementById('filter');
              filter.addEventListener('input', function () {
                var q = filter.value.toLowerCase();
                document.querySelectorAll('table.filterable tbody tr').forEach(function (tr) {
                  tr.classList.toggle('hidden', q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0);
                });
              });
              function flash() {
                document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
                var id = decodeURIComponent(location.hash.slice(1));
                var a = id ? document.getElementById(id) : null;
                var m = a && a.nextElementSibling;
                if (m && m.tagName === 'MARK') { m.classList.add('flash'); }
              }
              window.addEventListener('hashchange', flash);
              flash();
              var edges = document.querySelectorAll('#network-svg .edge');
              document.querySelectorAll('#network-svg .node').forEach(function (node) {
                node.addEventListener('mouseenter', function () {
                  edges.forEach(function (e) {
                    var linked = e.getAttribute('data-from') === node.id || e.getAttribute('data-to') === node.id;
                    e.classList.toggle('dim', !linked);
                  });
                });
                node.addEventListener('mouseleave', function () {
                  edges.forEach(function (e) { e.classList.remove('dim'); });
                });
              });
              document.documentElement.setAttribute('data-report-ready', 'ok');
            })();
            """;
}
