package org.diplotext.examples.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplotext.model.Actor;
import org.diplotext.model.ActorType;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;

/**
 * The actors of many dispatches, merged by type and name, and who communicated with or demanded
 * of whom, counted. Built once, then read; not thread-safe while built.
 */
final class Network {
    /** An actor across dispatches. */
    static final class Node {
        final String key;
        final String label;
        final ActorType type;
        final Optional<String> country;
        int mentions;
        int dispatches;
        double x;
        double y;

        Node(String key, Actor a) {
            this.key = key;
            this.label = label(a);
            this.type = a.type();
            this.country = a.country();
        }
    }

    /** Who addressed whom, with how many communications and demands. */
    static final class Edge {
        final Node from;
        final Node to;
        int communications;
        int demands;
        boolean affiliation;

        Edge(Node from, Node to) {
            this.from = from;
            this.to = to;
        }

        /** Communications and demands; an affiliation alone weighs 1 in the layout. */
        int weight() {
            return communications + demands;
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    /** Adds the actors and relations of one dispatch. */
    void add(Dispatch d) {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Actor a : d.actors()) {
            Node n = nodes.computeIfAbsent(key(a), k -> new Node(k, a));
            n.mentions += Math.max(1, a.mentions().size());
            n.dispatches++;
            byId.put(a.id(), n);
        }
        for (Actor a : d.actors()) {
            Node member = byId.get(a.id());
            Node body = a.affiliation().map(byId::get).orElse(null);
            if (body != null && body != member) {
                edge(member, body).affiliation = true;
            }
        }
        for (Communication c : d.communications()) {
            Node from = c.sender().map(byId::get).orElse(null);
            for (String r : c.recipients()) {
                Node to = byId.get(r);
                if (from != null && to != null && from != to) {
                    edge(from, to).communications++;
                }
            }
        }
        for (Demand x : d.demands()) {
            Node from = x.source().map(byId::get).orElse(null);
            Node to = x.target().map(byId::get).orElse(null);
            if (from != null && to != null && from != to) {
                edge(from, to).demands++;
            }
        }
    }

    /** The node an actor of a dispatch belongs to. */
    Node node(Actor a) {
        return nodes.get(key(a));
    }

    private Edge edge(Node from, Node to) {
        return edges.computeIfAbsent(from.key + "\u0000" + to.key, k -> new Edge(from, to));
    }

    static String key(Actor a) {
        String name = Normalizer.normalize(a.name(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
        return a.type() + ":" + name.replaceAll("\\s+", " ").strip();
    }

    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    List<Edge> edges() {
        return List.copyOf(edges.values());
    }

    /**
     * The nodes to draw: those linked by an edge, most connected first, then the most mentioned,
     * at most {@code max}.
     */
    List<Node> drawn(int max) {
        Map<Node, Integer> degree = new LinkedHashMap<>();
        edges.values().forEach(e -> {
            degree.merge(e.from, Math.max(1, e.weight()), Integer::sum);
            degree.merge(e.to, Math.max(1, e.weight()), Integer::sum);
        });
        List<Node> all = new ArrayList<>(nodes.values());
        all.sort(Comparator.<Node>comparingInt(n -> degree.getOrDefault(n, 0)).reversed()
                .thenComparing(Comparator.<Node>comparingInt(n -> n.mentions).reversed())
                .thenComparing(n -> n.key));
        return List.copyOf(all.subList(0, Math.min(max, all.size())));
    }

    /**
     * Places the nodes with a force-directed layout (Fruchterman-Reingold) in a {@code width} by
     * {@code height} box; deterministic, since nodes start on a circle in a fixed order.
     */
    static void layout(List<Node> drawn, List<Edge> edges, double width, double height, int iterations) {
        int n = drawn.size();
        if (n == 0) {
            return;
        }
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.min(width, height) * 0.38;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            drawn.get(i).x = cx + radius * Math.cos(angle);
            drawn.get(i).y = cy + radius * Math.sin(angle);
        }
        if (n == 1) {
            drawn.get(0).x = cx;
            drawn.get(0).y = cy;
            return;
        }
        Map<Node, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(drawn.get(i), i);
        }
        double k = Math.sqrt(width * height / n) * 0.4;
        double temperature = width / 10;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = drawn.get(i).x - drawn.get(j).x;
                    double ey = drawn.get(i).y - drawn.get(j).y;
                    double dist = Math.max(Math.hypot(ex, ey), 0.01);
                    double force = k * k / dist;
                    dx[i] += ex / dist * force;
                    dy[i] += ey / dist * force;
                    dx[j] -= ex / dist * force;
                    dy[j] -= ey / dist * force;
                }
            }
            for (Edge e : edges) {
                Integer a = index.get(e.from);
                Integer b = index.get(e.to);
                if (a == null || b == null) {
                    continue;
                }
                double ex = drawn.get(a).x - drawn.get(b).x;
                double ey = drawn.get(a).y - drawn.get(b).y;
                double dist = Math.max(Math.hypot(ex, ey), 0.01);
                double force = dist * dist / k * (1 + Math.log(Math.max(1, e.weight())));
                dx[a] -= ex / dist * force;
                dy[a] -= ey / dist * force;
                dx[b] += ex / dist * force;
                dy[b] += ey / dist * force;
            }
            for (int i = 0; i < n; i++) {
                Node v = drawn.get(i);
                // gravity keeps unlinked nodes from drifting to the border
                dx[i] += (cx - v.x) * 0.6;
                dy[i] += (cy - v.y) * 0.9;
                double len = Math.max(Math.hypot(dx[i], dy[i]), 0.01);
                v.x += dx[i] / len * Math.min(len, temperature);
                v.y += dy[i] / len * Math.min(len, temperature);
                v.x = Math.min(width - 120, Math.max(120, v.x));
                v.y = Math.min(height - 50, Math.max(40, v.y));
            }
            temperature = Math.max(temperature * 0.97, 0.5);
        }
    }

    /** How an actor is named in the drawing: a long official name crowds it, an acronym is what readers know. */
    static String label(Actor a) {
        return a.organisation().flatMap(o -> o.acronym()).orElse(a.name());
    }
}
