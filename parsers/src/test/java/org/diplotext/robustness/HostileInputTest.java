package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.diplotext.Diplotext;
import org.diplotext.DiplotextParser;
import org.diplotext.model.DiplotextException;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and mutated input: parsing must return (or throw only {@link DiplotextException}),
 * within a bounded time, without running out of stack, and give a result whose spans all match
 * the input. Inputs are generated from a fixed seed so that a failure can be replayed.
 */
class HostileInputTest {
    private static final long SEED = 20_261_128L;
    private static final Duration SMALL = Duration.ofSeconds(30);
    private static final Duration LARGE = Duration.ofSeconds(60);
    /**
     * The 10 MB line: about 25 s on two idle cores with the full extraction (100 s on a machine
     * shared with other builds); the bound is there to catch a hang, not to time the parser.
     */
    private static final Duration HUGE = Duration.ofSeconds(180);
    private static final String HOSTILE_CHARS = "«»“”\"'’()[]{}-–—.,;:!?…/\\|*#@%&0123456789 \t\n\r\u00a0\u202f"
            + "\u0000\u0007\u001b\u007f\u0085\u200b\u200e\u200f\u202e\u2028\u2029\ufeff\ufffd\ud800\udfff"
            + "ÉéèàçÇœŒ" + "Россия" + "北京" + "تهران" + "עברית";

    private final DiplotextParser parser = Diplotext.parser();

    /** Every base text mutated in every way, one test per base text and kind of mutation. */
    @TestFactory
    Stream<DynamicTest> mutatedDispatches() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> base : Texts.fixturesAndSeed().entrySet()) {
            String name = base.getKey();
            String text = base.getValue();
            tests.add(group(name + " truncated at every 97th offset", SMALL, () -> truncations(text)));
            tests.add(group(name + " with shuffled lines", SMALL, () -> shuffledLines(text, random(name, 1))));
            tests.add(group(name + " with random edits", SMALL, () -> edits(text, random(name, 2))));
            tests.add(group(name + " with unbalanced guillemets", SMALL, () -> unbalancedQuotes(text, random(name, 3))));
            tests.add(group(name + " with other line ends", SMALL, () -> lineEnds(text)));
            tests.add(group(name + " repeated 200 times", SMALL, () -> List.of(text.repeat(200))));
        }
        return tests.stream();
    }

    /** Texts built to hurt: degenerate, huge, deeply nested, in every script. */
    @TestFactory
    Stream<DynamicTest> degenerateTexts() {
        String words = Texts.fixtures().values().stream().reduce("", String::concat).replaceAll("\\s+", " ");
        return Stream.of(
                group("empty and blank", SMALL, () -> List.of("", " ", "\n", "\r\n\r\n", "\t \u00a0\u202f\u2007\ufeff\u2028\u2029\u3000",
                        " \n".repeat(500_000), "\u00a0".repeat(100_000))),
                group("control characters", SMALL, () -> List.of("\u0000".repeat(10_000), controls(), "ATS\u0000\n\n9.2.2022\u0007 - 17:17\n\u001b[31mrouge\u001b[0m",
                        "\b\f\u000b".repeat(10_000))),
                group("lone surrogates", SMALL, () -> List.of("\ud800", "\udc00", "a\ud800b", "Titre \ud83c", "\udc00\ud800".repeat(10_000),
                        "« \ud83d » ".repeat(5_000), "😀".repeat(10_000).substring(1))),
                group("mixed scripts", SMALL, () -> List.of(mixedScripts(), mixedScripts().repeat(200),
                        "e\u0301".repeat(50_000), "\u202e".repeat(10_000) + "Russie", "Ｌ'ＵＥ ｉｎｖｉｔｅ ｌａ Ｒｕｓｓｉｅ")),
                group("very long words", LARGE, () -> List.of("a".repeat(1_000_000), "Anticonstitutionnellement".repeat(40_000),
                        "ONU".repeat(300_000), "d'".repeat(300_000), "Titre\n\n" + "x-".repeat(300_000),
                        "https://example.org/" + "a/".repeat(200_000))),
                group("deep nesting", SMALL, () -> List.of("(".repeat(50_000) + "x" + ")".repeat(50_000),
                        "«".repeat(50_000) + "Nous demandons" + "»".repeat(50_000),
                        "« (".repeat(30_000) + "x" + ") »".repeat(30_000), "[{(«“\"'".repeat(20_000),
                        "\"".repeat(100_000), ")".repeat(100_000) + "(".repeat(100_000))),
                group("thousands of guillemets", SMALL, () -> List.of("Titre\n\nLa France a demandé " + "«".repeat(10_000),
                        "«a» ".repeat(20_000), "« » ".repeat(20_000), "« Nous demandons à la Russie ".repeat(5_000),
                        "» ".repeat(20_000) + "«", "Titre\n\n" + "L'UE a exigé «un retrait», a dit M. Borrell. ".repeat(20_000))),
                group("structure lines repeated", LARGE, () -> List.of("ATS\n\n".repeat(5_000), "9.2.2022 - 17:17\n\n".repeat(5_000),
                        "GENÈVE (ATS) - La Suisse a convoqué l'ambassadeur.\n\n".repeat(2_000), "ats/pym\n".repeat(5_000),
                        "(Photo, AFP/Archives)\n".repeat(5_000), "Keystone-SDA\n".repeat(5_000),
                        "22 mai 2012. - ".repeat(5_000))),
                group("a 10 MB line with no newline", HUGE, () -> List.of(toSize(words, 10 * 1024 * 1024))),
                group("random texts", SMALL, () -> randomTexts(new Random(SEED))));
    }

    /** A file that is not UTF-8 is refused with the library's exception, naming the file. */
    @Test
    void aFileThatIsNotUtf8IsRefusedWithDiplotextException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'G', 'e', 'n', (byte) 0xe8, 'v', 'e', (byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(DiplotextException.class)
                .hasMessageContaining("latin1.txt");
    }

    /** A missing file is refused with the library's exception, not an I/O exception. */
    @Test
    void aMissingFileIsRefusedWithDiplotextException(@TempDir Path dir) {
        Path file = dir.resolve("absent.txt");
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(DiplotextException.class)
                .hasMessageContaining("absent.txt");
    }

    /** Hostile text read through a Reader gives the same dispatch as the same text as a String. */
    @Test
    void hostileTextThroughAReaderGivesTheSameDispatch() {
        String text = mixedScripts() + "\n\n" + "«".repeat(1000) + "\ud800\n" + controls();
        Dispatch fromString = assertTimeoutPreemptively(SMALL, () -> parser.parse(text));
        Dispatch fromReader = assertTimeoutPreemptively(SMALL, () -> parser.parse(new java.io.StringReader(text)));
        assertThat(fromReader).isEqualTo(fromString);
        assertThat(Invariants.violations(text, List.of(fromString))).isEmpty();
    }

    private DynamicTest group(String name, Duration limit, Supplier<List<String>> inputs) {
        return DynamicTest.dynamicTest(name, () -> {
            List<String> texts = inputs.get();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String label = String.format(Locale.ROOT, "%s, input %d (%d chars, starts %s)",
                        name, i, text.length(), Invariants.clip(text));
                failures.addAll(check(label, text, limit));
            }
            assertThat(failures).as(name).isEmpty();
        });
    }

    private List<String> check(String label, String text, Duration limit) {
        List<Dispatch> result;
        try {
            result = assertTimeoutPreemptively(limit, () -> parseTolerantly(text),
                    () -> label + ": parse did not return within " + limit);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            // StackOverflowError, IllegalArgumentException from a model constructor, anything
            // but the documented exception.
            throw new AssertionError(label + ": parse threw " + e, e);
        }
        List<String> failures = new ArrayList<>();
        for (String violation : Invariants.violations(text, result)) {
            failures.add(label + ": " + violation);
        }
        return failures;
    }

    private List<Dispatch> parseTolerantly(String text) {
        try {
            List<Dispatch> all = parser.parseAll(text);
            if (text.length() < 100_000) {
                // parse(String), what most callers use, must agree with parseAll's first result.
                assertThat(parser.parse(text).segments()).isEqualTo(all.get(0).segments());
            }
            return all;
        } catch (DiplotextException documented) {
            return List.of();
        }
    }

    private static Random random(String name, int kind) {
        return new Random(SEED + 31L * name.hashCode() + kind);
    }

    static List<String> truncations(String text) {
        List<String> out = new ArrayList<>();
        for (int end = 0; end < text.length(); end += 97) {
            out.add(text.substring(0, end));
            out.add(text.substring(end));
        }
        return out;
    }

    static List<String> shuffledLines(String text, Random random) {
        List<String> out = new ArrayList<>();
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(lines, random);
            out.add(String.join("\n", lines));
        }
        return out;
    }

    static List<String> edits(String text, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder s = new StringBuilder(text);
            int count = 1 + random.nextInt(20);
            for (int e = 0; e < count; e++) {
                int at = random.nextInt(s.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> s.insert(at, HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length())));
                    case 1 -> {
                        if (at < s.length()) {
                            s.deleteCharAt(at);
                        }
                    }
                    case 2 -> {
                        int end = Math.min(s.length(), at + random.nextInt(200));
                        s.insert(at, s.substring(at, end));
                    }
                    default -> {
                        int end = Math.min(s.length(), at + random.nextInt(200));
                        s.delete(at, end);
                    }
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    static List<String> unbalancedQuotes(String text, Random random) {
        List<String> out = new ArrayList<>();
        out.add(text.replace("»", ""));
        out.add(text.replace("«", ""));
        out.add(text.replace("»", "«"));
        String quotes = "«»“”\"‹›";
        for (int i = 0; i < 10; i++) {
            StringBuilder s = new StringBuilder(text);
            for (int q = 1 + random.nextInt(5); q > 0; q--) {
                s.insert(random.nextInt(s.length() + 1), quotes.charAt(random.nextInt(quotes.length())));
            }
            out.add(s.toString());
        }
        return out;
    }

    static List<String> lineEnds(String text) {
        return List.of(text.replace("\n", "\r\n"), text.replace("\n", "\r"), text.replace("\n", "\u2028"),
                text.replace("\n", "\u0085"), text.replace("\n", " "), text.replace("\n", "\n\n\n\n"),
                "\ufeff" + text, text.replace(" ", "\u00a0"));
    }

    static String controls() {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            s.append(c).append("ATS ");
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            s.append(c).append("Genève ");
        }
        return s.toString();
    }

    static String mixedScripts() {
        return "Москва и Киев / موسكو وكييف / מוסקבה / 莫斯科与基辅 / मास्को / Μόσχα\n\n"
                + "GENÈVE (ATS) - L'ONU (الأمم المتحدة) a invité la Россия à des pourparlers 😀👨‍👩‍👧 "
                + "\u200f« نطالب »\u200e, a déclaré M. 王毅 à 日内瓦.\n\nats/pym";
    }

    /** {@code words} repeated up to {@code chars} characters, on one line. */
    static String toSize(String words, int chars) {
        StringBuilder s = new StringBuilder(chars);
        while (s.length() < chars) {
            s.append(words).append(' ');
        }
        s.setLength(chars);
        return s.toString();
    }

    static List<String> randomTexts(Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int length = random.nextInt(5_000);
            StringBuilder s = new StringBuilder(length);
            for (int c = 0; c < length; c++) {
                s.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x10000)
                        : HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length())));
            }
            out.add(s.toString());
        }
        return out;
    }
}
