package org.diplotext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexiconSnapshotTest {
    private static Lexicon fromFiles;
    private static String described;

    @BeforeAll
    static void readTheFiles() {
        fromFiles = LexiconLoader.fromFiles(List.of());
        described = describe(fromFiles);
    }

    @Test
    void aSnapshotReadsBackAsTheLexiconItWasMadeFrom() {
        byte[] snapshot = LexiconSnapshot.write(fromFiles, 42L);

        assertThat(LexiconSnapshot.read(snapshot, 42L)).hasValueSatisfying(back -> assertThat(describe(back)).isEqualTo(described));
    }

    @Test
    void theSnapshotOnTheClassPathIsTheLexiconOfTheFiles() {
        assumeTrue(LexiconSnapshot.class.getResource(LexiconSnapshot.RESOURCE) != null,
                "no lexicon snapshot on the class path: the build's process-classes phase writes it");

        assertThat(LexiconSnapshot.read()).hasValueSatisfying(back -> assertThat(describe(back)).isEqualTo(described));
        assertThat(describe(LexiconLoader.load(List.of()))).isEqualTo(described);
    }

    @Test
    void aSnapshotOfOtherFilesIsNotUsed() {
        byte[] snapshot = LexiconSnapshot.write(fromFiles, 42L);

        assertThat(LexiconSnapshot.read(snapshot, 43L)).isEmpty();
    }

    @Test
    void aDamagedSnapshotIsNotUsed() {
        byte[] snapshot = LexiconSnapshot.write(fromFiles, 42L);

        assertThat(LexiconSnapshot.read(Arrays.copyOf(snapshot, snapshot.length / 2), 42L)).isEmpty();
        assertThat(LexiconSnapshot.read(new byte[3], 42L)).isEmpty();
    }

    @Test
    void theSnapshotKeepsWordsBeyondLatin1() {
        assertThat(described).containsPattern("[^\\x00-\\xff]");
    }

    /** Everything a lexicon holds, as sorted lines of text: two lexicons are the same when these are. */
    static String describe(Lexicon lexicon) {
        List<String> lines = new ArrayList<>();
        List<String> classes = lexicon.grammarClasses.names();
        lines.add("classes " + classes);
        List<Lexeme> lexemes = new ArrayList<>(lexicon.lexemes.all());
        lexemes.sort(Comparator.comparing(Lexeme::folded));
        List<PhraseIndex<?>> indexes = lexicon.indexes();
        for (Lexeme lexeme : lexemes) {
            List<String> grammar = new ArrayList<>();
            lexeme.classNumbers().forEach(bit -> grammar.add(classes.get(bit)));
            lines.add("lexeme " + lexeme.folded + " " + grammar + " grammar word " + (lexicon.grammarWords.get(lexeme.folded) == lexeme));
            for (int slot = 0; slot < indexes.size(); slot++) {
                List<? extends PhraseIndex.Phrase<?>> starts = indexes.get(slot).startsOf(lexeme);
                if (starts != null) {
                    lines.add("starts " + slot + " " + lexeme.folded + " " + phrases(starts));
                }
            }
            Map<String, Object[]> pairs = new TreeMap<>();
            lexeme.pairs.forEach((second, bySlot) -> pairs.put(second.folded, bySlot));
            pairs.forEach((second, bySlot) -> {
                for (int slot = 0; slot < bySlot.length; slot++) {
                    if (bySlot[slot] != null) {
                        lines.add("pair " + slot + " " + lexeme.folded + " " + second + " " + phrases((List<?>) bySlot[slot]));
                    }
                }
            });
        }
        for (PhraseIndex<?> index : indexes) {
            lines.add("index size " + index.size());
        }
        lines.add("grammar values " + new TreeMap<>(lexicon.grammarValues));
        lines.add("first names " + new TreeSet<>(lexicon.firstNames));
        lines.add("states " + lexicon.states);
        lines.add("organisations " + lexicon.organisations);
        lines.add("persons " + lexicon.persons);
        lines.add("state adjectives " + new TreeMap<>(lexicon.stateAdjectives));
        lines.add("state places " + new TreeMap<>(lexicon.statePlaces));
        lines.add("organisation adjectives " + new TreeMap<>(lexicon.organisationAdjectives));
        return String.join("\n", lines);
    }

    private static String phrases(List<?> phrases) {
        StringBuilder out = new StringBuilder();
        for (Object o : phrases) {
            PhraseIndex.Phrase<?> p = (PhraseIndex.Phrase<?>) o;
            Object value = p.value() instanceof Lexicon.VerbForm verb
                    ? verb.lemma() + new TreeSet<>(verb.acts()) + verb.takesA()
                    : p.value();
            out.append(Arrays.toString(p.words())).append(Arrays.toString(p.shapes())).append('=').append(value).append("; ");
        }
        return out.toString();
    }
}
