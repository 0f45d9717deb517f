package org.diplotext.examples.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.examples.communique.CommuniqueFormat;
import org.diplotext.examples.communique.ConvocationExtractor;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.diplotext.model.Span;
import org.diplotext.spi.DispatchEditor;
import org.diplotext.spi.Extractor;
import org.diplotext.testkit.Fixtures;

/**
 * Dispatches with actors, communications and demands that do not depend on the built-in
 * extraction: the example extension on the communiqué fixtures, and a hostile text whose
 * relations come from a small extractor of this test.
 */
final class ReportFixtures {
    static final Path COMMUNIQUES = Path.of("src/test/resources/org/diplotext/examples/communique");
    static final String HOSTILE = "<script>alert('x')</script> & « guillemets »\n"
            + "La Suisse exige de <b>Moscou</b> la fin des frappes. Berne a appelé Moscou jeudi.\n";

    private ReportFixtures() {
    }

    /** Adds a demand and a call between "Suisse" and "Moscou" wherever both words appear. */
    static final Extractor RELATIONS = (input, soFar) -> {
        DispatchEditor editor = DispatchEditor.of(soFar);
        for (Span s : input.sentences()) {
            int swiss = s.text().indexOf("Suisse");
            int moscow = s.text().indexOf("Moscou");
            if (swiss >= 0 && moscow >= 0) {
                var from = editor.findOrAddActor(ActorType.STATE, "Suisse", input.span(s.start() + swiss, s.start() + swiss + 6));
                var to = editor.findOrAddActor(ActorType.STATE, "Moscou", input.span(s.start() + moscow, s.start() + moscow + 6));
                editor.demand("la fin des frappes <script>").source(from).target(to).evidence(s).add();
                editor.communication(CommunicationType.CALL).sender(from).recipient(to)
                        .date(java.time.LocalDate.of(2024, 3, 14)).evidence(s).add();
            }
        }
        return editor.build();
    };

    static List<HtmlReport.Doc> docs() {
        DiplotextParser parser = Diplotext.builder().discoverServices(false).format(new CommuniqueFormat())
                .extractor(new ConvocationExtractor()).extractor(RELATIONS).build();
        List<HtmlReport.Doc> docs = new ArrayList<>();
        for (Fixtures.Case c : Fixtures.cases(COMMUNIQUES)) {
            docs.add(new HtmlReport.Doc(c.input().getFileName().toString(), parser.parse(Fixtures.text(c.input()))));
        }
        Dispatch hostile = parser.parse(HOSTILE);
        docs.add(new HtmlReport.Doc("hostile <name>.txt", hostile));
        return docs;
    }
}
