package org.diplotext.testkit;

import java.util.stream.Collectors;
import org.diplotext.model.Actor;
import org.diplotext.model.Communication;
import org.diplotext.model.Demand;
import org.diplotext.model.Dispatch;

/** One-line readable forms of a dispatch's items, for failure messages. */
final class Describe {
    private Describe() {
    }

    static String dispatch(Dispatch d) {
        StringBuilder out = new StringBuilder();
        out.append("  actors:\n");
        d.actors().forEach(a -> out.append("    ").append(actor(a, d)).append('\n'));
        out.append("  communications:\n");
        d.communications().forEach(c -> out.append("    ").append(communication(c, d)).append('\n'));
        out.append("  demands:\n");
        d.demands().forEach(x -> out.append("    ").append(demand(x, d)).append('\n'));
        return out.toString();
    }

    static String actor(Actor a, Dispatch d) {
        return a.id() + " " + a.type() + " \"" + a.name() + "\""
                + (a.aliases().isEmpty() ? "" : " aka " + a.aliases())
                + a.country().map(c -> " [" + c + "]").orElse("")
                + a.role().map(r -> " role \"" + r + "\"").orElse("")
                + a.affiliation().map(r -> " of " + name(r, d)).orElse("");
    }

    static String communication(Communication c, Dispatch d) {
        return c.id() + " " + c.type() + " from " + c.sender().map(s -> name(s, d)).orElse("?") + " to "
                + c.recipients().stream().map(r -> name(r, d)).collect(Collectors.joining(", ", "[", "]"))
                + c.date().map(x -> " on " + x).orElse("")
                + c.quote().map(q -> " «" + shorten(q) + "»").orElse("")
                + (c.evidence().isEmpty() ? "" : " \"" + shorten(c.evidence().get(0).text()) + "\"");
    }

    static String demand(Demand x, Dispatch d) {
        return x.id() + " \"" + shorten(x.content()) + "\" by " + x.source().map(s -> name(s, d)).orElse("?") + " of "
                + x.target().map(t -> name(t, d)).orElse("?") + (x.direct() ? " direct" : "")
                + x.date().map(v -> " on " + v).orElse("");
    }

    private static String name(String id, Dispatch d) {
        return d.actor(id).map(a -> "\"" + a.name() + "\"").orElse(id);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
