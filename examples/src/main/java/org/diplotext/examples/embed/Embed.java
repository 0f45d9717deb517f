package org.diplotext.examples.embed;

import java.nio.file.Path;
import org.diplotext.Diplotext;
import org.diplotext.model.Actor;
import org.diplotext.model.Dispatch;

/** The smallest useful program: parse a dispatch, print who demanded what of whom. Copy it. */
public final class Embed {
    private Embed() {
    }

    /**
     * Prints the headline, the demands and the communications of one dispatch.
     *
     * @param args the path of a UTF-8 dispatch
     */
    public static void main(String[] args) {
        Dispatch d = Diplotext.parse(Path.of(args[0]));
        System.out.println(d.article().headline().orElse("(no headline)"));
        d.demands().forEach(x -> System.out.println("demand: " + name(d, x.source().orElse(null)) + " -> "
                + name(d, x.target().orElse(null)) + ": " + x.content()));
        d.communications().forEach(c -> System.out.println(c.type() + ": " + name(d, c.sender().orElse(null))
                + c.date().map(day -> " on " + day).orElse("")));
        d.issues().forEach(i -> System.err.println("issue: " + i.severity() + " " + i.message()));
    }

    private static String name(Dispatch d, String id) {
        return id == null ? "?" : d.actor(id).map(Actor::name).orElse(id);
    }
}
