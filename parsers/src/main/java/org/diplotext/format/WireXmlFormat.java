package org.diplotext.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.diplotext.model.ParseIssue;
import org.diplotext.model.Published;
import org.diplotext.model.Segment;
import org.diplotext.model.SegmentKind;
import org.diplotext.spi.DispatchFormat;
import org.diplotext.spi.Layout;
import org.diplotext.text.Lines;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Wire XML: NITF documents and IPTC NewsML-G2 news items (whose body is inline NITF or XHTML).
 * Reads headline, by-line, dateline, dates, body paragraphs, captions and agency; the markup and
 * metadata between them are set aside. The XML is parsed by {@link SafeXml}: a document it
 * refuses (a DOCTYPE, malformed XML) is read by the generic format instead, with an error issue
 * naming the problem. Immutable and thread-safe.
 */
final class WireXmlFormat implements DispatchFormat {
    private static final int SNIFF = 4096;
    private static final DateTimeFormatter BASIC_OFFSET = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[xx][XXX]", Locale.ROOT);
    private static final DateTimeFormatter BASIC_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm[ss]", Locale.ROOT);
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final FormatLexicon lexicon;
    private final GenericFormat fallback = new GenericFormat();

    WireXmlFormat(FormatLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "wire-xml";
    }

    @Override
    public int confidence(String text) {
        Objects.requireNonNull(text, "text must not be null");
        int start = 0;
        while (start < text.length() && Lines.isSpace(text.charAt(start))) {
            start++;
        }
        if (!text.startsWith("<", start)) {
            return 0;
        }
        String head = text.substring(start, Math.min(text.length(), start + SNIFF));
        if (head.contains("<nitf") || head.contains("<newsItem") || head.contains("<newsMessage")
                || head.contains(":newsItem") || head.contains(":nitf")) {
            return 95;
        }
        return head.startsWith("<?xml") ? 60 : 0;
    }

    @Override
    public List<Layout> read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Document document;
        try {
            document = SafeXml.parse(text);
        } catch (SafeXml.Refused e) {
            return refused(text, e);
        }
        List<Element> items = newsItems(document);
        if (items.size() <= 1) {
            return List.of(new Walk(text, document.getDocumentElement(), 0, text.length()).read());
        }
        // a NewsML-G2 newsMessage holding several items: one dispatch each, the markup between
        // them going to the item before
        XmlLocator finder = new XmlLocator(text);
        int[] starts = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Optional<XmlLocator.Located> at = finder.next(items.get(k).getTagName(), false);
            if (at.isEmpty()) {
                return List.of(new Walk(text, document.getDocumentElement(), 0, text.length()).read());
            }
            starts[k] = k == 0 ? 0 : at.get().tagStart();
        }
        List<Layout> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int end = k + 1 < items.size() ? starts[k + 1] : text.length();
            out.add(new Walk(text, items.get(k), starts[k], end).read());
        }
        return out;
    }

    private static List<Element> newsItems(Document document) {
        List<Element> items = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (!"newsMessage".equals(localName(root))) {
            return items;
        }
        org.w3c.dom.NodeList all = root.getElementsByTagNameNS("*", "newsItem");
        for (int k = 0; k < all.getLength(); k++) {
            items.add((Element) all.item(k));
        }
        return items;
    }

    /** The generic reading of a refused document, with the error first among its issues. */
    private List<Layout> refused(String text, SafeXml.Refused e) {
        String where = e.line > 0 ? " (line " + e.line + ", column " + e.column + ")" : "";
        ParseIssue error = new ParseIssue(ParseIssue.Severity.ERROR, 0, text.length(),
                "wire XML refused" + where + ": " + e.getMessage() + "; read as plain text instead");
        List<Layout> layouts = fallback.read(text);
        List<Layout> out = new ArrayList<>();
        for (int k = 0; k < layouts.size(); k++) {
            Layout l = layouts.get(k);
            List<ParseIssue> issues = new ArrayList<>();
            if (k == 0) {
                issues.add(error);
            }
            issues.addAll(l.issues());
            out.add(new Layout(l.article(), l.segments(), issues));
        }
        return out;
    }

    /** One reading of a parsed document, element after element in document order. */
    private final class Walk {
        private final String xml;
        private final Element root;
        private final int from;
        private final int to;
        private final XmlLocator locator;
        private boolean lost;
        private final LayoutBuilder out;
        private final List<int[]> content = new ArrayList<>();
        private boolean headline;
        private boolean lead;
        private Published firstCreated;
        private Published otherDate;

        /** A walk over {@code root}'s elements, whose layout covers {@code xml[from, to)}. */
        Walk(String xml, Element root, int from, int to) {
            this.xml = xml;
            this.root = root;
            this.from = from;
            this.to = to;
            this.locator = new XmlLocator(xml);
            this.locator.skipTo(from);
            this.out = new LayoutBuilder(xml, id());
        }

        Layout read() {
            Node node = root;
            while (node != null) {
                boolean descend = true;
                if (node instanceof Element e) {
                    descend = element(e);
                }
                node = next(node, descend);
            }
            Published published = firstCreated != null ? firstCreated : otherDate;
            if (published != null) {
                out.article.published(published);
            }
            setAsideMarkup();
            return out.build();
        }

        /** The node after {@code node} in document order, its children skipped unless {@code descend}. */
        private Node next(Node node, boolean descend) {
            if (descend && node.getFirstChild() != null) {
                return node.getFirstChild();
            }
            Node n = node;
            while (n != null && n != root) {
                if (n.getNextSibling() != null) {
                    return n.getNextSibling();
                }
                n = n.getParentNode();
            }
            return null;
        }

        /** Reads one element; answers whether to walk into its children. */
        private boolean element(Element e) {
            String name = localName(e);
            boolean text = isTextElement(e, name);
            if (lost) {
                return false;
            }
            Optional<XmlLocator.Located> at = locator.next(e.getTagName(), text);
            if (at.isEmpty()) {
                // searching on would cost a scan per element: stop, and say so once
                lost = true;
                out.issue(ParseIssue.Severity.WARNING, from, to, "could not locate <" + e.getTagName()
                        + "> in the source; the rest of the document is set aside");
                return false;
            }
            XmlLocator.Located loc = at.get();
            dates(e, name, loc);
            agency(e, name);
            if (!text) {
                return true;
            }
            locator.skipTo(loc.end());
            String value = normalised(e.getTextContent());
            int[] span = trimmed(loc.contentStart(), loc.contentEnd());
            if (value.isEmpty() || span == null) {
                return false;
            }
            switch (name) {
                case "hl1", "headline", "h1" -> {
                    if (!headline) {
                        headline = true;
                        out.article.headline(value);
                        add(SegmentKind.HEADLINE, span);
                    } else {
                        heading(value, span);
                    }
                }
                case "hl2", "h2", "h3" -> heading(value, span);
                case "byline", "by" -> {
                    add(SegmentKind.BYLINE, span);
                    Optional<FormatLexicon.Agency> a = lexicon.agencyByCode(value).or(() -> LineKind.bylineAgency(value, lexicon));
                    a.ifPresent(x -> {
                        out.agency(x.name());
                        out.article.credit(x.name());
                    });
                }
                case "distributor", "creditline" -> {
                    add(SegmentKind.CREDIT, span);
                    out.article.credit(value);
                    lexicon.agencyByCode(value).ifPresent(x -> out.agency(x.name()));
                }
                case "location", "dateline" -> {
                    add(SegmentKind.DATELINE, span);
                    out.article.dateline(place(value));
                }
                case "media-caption" -> {
                    add(SegmentKind.CAPTION, span);
                    out.article.caption(value);
                }
                case "tagline" -> {
                    add(SegmentKind.SIGNATURE, span);
                    out.signature(value);
                }
                case "story.date" -> add(SegmentKind.STAMP, span);
                default -> paragraph(value, span);
            }
            return false;
        }

        /** Elements whose text is a part of the dispatch (and whose children are inline markup). */
        private boolean isTextElement(Element e, String name) {
            switch (name) {
                case "hl1", "headline", "h1", "hl2", "h2", "h3", "byline", "by", "distributor", "creditline",
                        "media-caption", "tagline", "story.date", "p" -> {
                    if ("headline".equals(name) || "hl2".equals(name)) {
                        return !"hedline".equals(parentName(e)) || "hl1".equals(name);
                    }
                    return true;
                }
                case "location" -> {
                    return "dateline".equals(parentName(e));
                }
                case "dateline" -> {
                    return !hasElementChildren(e);
                }
                default -> {
                    return false;
                }
            }
        }

        private void heading(String value, int[] span) {
            if (lead) {
                out.heading(value);
                add(SegmentKind.HEADING, span);
            } else {
                paragraph(value, span);
            }
        }

        private void paragraph(String value, int[] span) {
            if (!lead) {
                lead = true;
                out.article.lead(value);
                add(SegmentKind.LEAD, span);
            } else {
                out.paragraph(value);
                add(SegmentKind.PARAGRAPH, span);
            }
        }

        private void dates(Element e, String name, XmlLocator.Located loc) {
            String value = switch (name) {
                case "date.issue", "date.release", "story.date" -> e.getAttribute("norm");
                case "firstCreated", "versionCreated", "contentCreated" -> e.getTextContent();
                default -> "";
            };
            if (value == null || value.isBlank()) {
                return;
            }
            Optional<Published> p = published(value.strip());
            if (p.isEmpty()) {
                out.issue(ParseIssue.Severity.WARNING, loc.tagStart(), loc.tagEnd(), "unreadable date in <"
                        + e.getTagName() + ">: '" + TextReader.abbreviate(value.strip()) + "'");
                return;
            }
            if ("firstCreated".equals(name) || "date.issue".equals(name)) {
                firstCreated = firstCreated == null ? p.get() : firstCreated;
            } else if (otherDate == null) {
                otherDate = p.get();
            }
        }

        private void agency(Element e, String name) {
            if ("provider".equals(name)) {
                String code = e.getAttribute("literal").isBlank() ? e.getAttribute("qcode") : e.getAttribute("literal");
                int colon = code.indexOf(':');
                String bare = colon >= 0 ? code.substring(colon + 1) : code;
                lexicon.agencyByCode(bare).ifPresent(a -> {
                    out.agency(a.name());
                    out.article.credit(a.name());
                });
            }
        }

        private void add(SegmentKind kind, int[] span) {
            out.segment(kind, span[0], span[1]);
            content.add(span);
        }

        private int[] trimmed(int start, int end) {
            while (start < end && Lines.isSpace(xml.charAt(start))) {
                start++;
            }
            while (end > start && Lines.isSpace(xml.charAt(end - 1))) {
                end--;
            }
            return start < end ? new int[] {start, end} : null;
        }

        /** Sets aside every stretch of markup and metadata between the parts, under one issue. */
        private void setAsideMarkup() {
            content.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> gaps = new ArrayList<>();
            int at = from;
            for (int[] c : content) {
                addGap(gaps, at, c[0]);
                at = Math.max(at, c[1]);
            }
            addGap(gaps, at, to);
            if (gaps.isEmpty()) {
                return;
            }
            for (int[] g : gaps) {
                out.segment(SegmentKind.SET_ASIDE, g[0], g[1]);
            }
            out.issue(ParseIssue.Severity.INFO, gaps.get(0)[0], gaps.get(gaps.size() - 1)[1], "set aside "
                    + gaps.size() + " stretches of XML markup and metadata");
        }

        private void addGap(List<int[]> gaps, int start, int end) {
            int[] g = start < end ? trimmed(start, end) : null;
            if (g != null) {
                gaps.add(g);
            }
        }
    }

    private String place(String dateline) {
        Optional<Dateline> d = Dateline.read(dateline + " -", lexicon);
        if (d.isPresent() && d.get().place().isPresent()) {
            return d.get().place().get();
        }
        int cut = dateline.length();
        for (char c : new char[] {',', '('}) {
            int k = dateline.indexOf(c);
            if (k > 0) {
                cut = Math.min(cut, k);
            }
        }
        return dateline.substring(0, cut).strip();
    }

    private static String localName(Element e) {
        String n = e.getLocalName();
        return n != null ? n : e.getTagName();
    }

    private static String parentName(Element e) {
        Node p = e.getParentNode();
        return p instanceof Element pe ? localName(pe) : "";
    }

    private static boolean hasElementChildren(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** White space runs as one space, trimmed: how XML text reads. */
    static String normalised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** ISO-8601 extended or basic forms: {@code 2023-11-22T14:05:00+01:00}, {@code 20231122T140500+0100}. */
    static Optional<Published> published(String s) {
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s);
            return Optional.of(Published.at(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s, BASIC_OFFSET);
            return Optional.of(Published.at(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset()));
        } catch (DateTimeException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, BASIC_LOCAL}) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(s, f);
                return Optional.of(Published.at(ldt.toLocalDate(), ldt.toLocalTime()));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, BASIC_DATE}) {
            try {
                return Optional.of(Published.on(LocalDate.parse(s, f)));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "format wire-xml";
    }
}
