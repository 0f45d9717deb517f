package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArticleTest {
    private static final Published PUBLISHED = Published.at(LocalDate.of(2022, 2, 9), LocalTime.of(17, 17));

    static Article full() {
        return Article.builder("ats-web")
                .agency("ATS")
                .credit("ATS")
                .credit("Keystone-SDA")
                .kicker("Ukraine")
                .headline("L'UE répond à la Russie")
                .published(PUBLISHED)
                .dateline("Genève")
                .lead("L'UE a répondu mercredi.")
                .caption("Josep Borrell à Bruxelles")
                .section(Section.untitled(List.of("Premier paragraphe.")))
                .section(Section.titled("Intertitre", List.of("Deuxième.", "Troisième.")))
                .signature("ats/pym")
                .build();
    }

    @Test
    void builderSetsEveryPart() {
        Article a = full();
        assertThat(a.format()).isEqualTo("ats-web");
        assertThat(a.agency()).contains("ATS");
        assertThat(a.credits()).containsExactly("ATS", "Keystone-SDA");
        assertThat(a.kicker()).contains("Ukraine");
        assertThat(a.headline()).contains("L'UE répond à la Russie");
        assertThat(a.published()).contains(PUBLISHED);
        assertThat(a.dateline()).contains("Genève");
        assertThat(a.lead()).contains("L'UE a répondu mercredi.");
        assertThat(a.captions()).containsExactly("Josep Borrell à Bruxelles");
        assertThat(a.sections()).hasSize(2);
        assertThat(a.signature()).contains("ats/pym");
        assertThat(a.paragraphs()).containsExactly("Premier paragraphe.", "Deuxième.", "Troisième.");
    }

    @Test
    void onlyTheFormatIsRequired() {
        Article a = Article.builder("generic").build();
        assertThat(a).isEqualTo(new Article("generic", Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty()));
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void builderIgnoresRepeatedCreditsAndCaptions() {
        Article a = Article.builder("afp").credit("AFP").credit("AFP").caption("Photo").caption("Photo").build();
        assertThat(a.credits()).containsExactly("AFP");
        assertThat(a.captions()).containsExactly("Photo");
    }

    @Test
    void builderNullClearsAnOptionalPart() {
        Article a = full().toBuilder().agency(null).kicker(null).headline(null).published(null).dateline(null)
                .lead(null).signature(null).build();
        assertThat(List.of(a.agency(), a.kicker(), a.headline(), a.dateline(), a.lead(), a.signature()))
                .allMatch(Optional::isEmpty);
        assertThat(a.published()).isEmpty();
        assertThat(a.credits()).containsExactly("ATS", "Keystone-SDA");
    }

    @Test
    void toBuilderCopiesEveryPart() {
        Article a = full();
        assertThat(a.toBuilder().build()).isEqualTo(a);
        Article changed = a.toBuilder().format("afp").headline("Autre titre").build();
        assertThat(changed.format()).isEqualTo("afp");
        assertThat(changed.headline()).contains("Autre titre");
        assertThat(changed.toBuilder().format("ats-web").headline("L'UE répond à la Russie").build()).isEqualTo(a);
    }

    @Test
    void builderReplacesSections() {
        Article a = full().toBuilder().sections(List.of(Section.untitled(List.of("Seul.")))).build();
        assertThat(a.paragraphs()).containsExactly("Seul.");
    }

    @Test
    void builderRejectsNulls() {
        assertThatThrownBy(() -> Article.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("format must not be null");
        Article.Builder b = Article.builder("generic");
        assertThatThrownBy(() -> b.format(null)).hasMessage("format must not be null");
        assertThatThrownBy(() -> b.credit(null)).hasMessage("credit must not be null");
        assertThatThrownBy(() -> b.caption(null)).hasMessage("caption must not be null");
        assertThatThrownBy(() -> b.section(null)).hasMessage("section must not be null");
        assertThatThrownBy(() -> b.sections(null)).hasMessage("sections must not be null");
        assertThatThrownBy(() -> b.sections(Arrays.asList(Section.untitled(List.of()), null)))
                .hasMessage("section must not be null");
    }

    @Test
    void rejectsBlankTexts() {
        expectBlank(() -> Article.builder(" ").build(), "format must not be blank");
        expectBlank(() -> Article.builder("x").agency("").build(), "agency must not be blank");
        expectBlank(() -> Article.builder("x").credit(" ").build(), "credits must not contain a blank string (index 0)");
        expectBlank(() -> Article.builder("x").kicker("\n").build(), "kicker must not be blank");
        expectBlank(() -> Article.builder("x").headline(" ").build(), "headline must not be blank");
        expectBlank(() -> Article.builder("x").dateline(" ").build(), "dateline must not be blank");
        expectBlank(() -> Article.builder("x").lead(" ").build(), "lead must not be blank");
        expectBlank(() -> Article.builder("x").caption("A").caption(" ").build(),
                "captions must not contain a blank string (index 1)");
        expectBlank(() -> Article.builder("x").signature(" ").build(), "signature must not be blank");
    }

    private static void expectBlank(Executable build, String message) {
        assertThatThrownBy(build::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void constructorRejectsRepeatedCreditsAndCaptions() {
        assertThatThrownBy(() -> new Article("afp", Optional.empty(), List.of("AFP", "Reuters", "AFP"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credits must not repeat 'AFP' (index 2)");
        assertThatThrownBy(() -> new Article("afp", Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("Photo", "Photo"), List.of(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("captions must not repeat 'Photo' (index 1)");
    }

    @Test
    void constructorRejectsNullParts() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new Article(null, none, List.of(), none, none, Optional.empty(), none, none,
                List.of(), List.of(), none)).isInstanceOf(NullPointerException.class).hasMessage("format must not be null");
        assertThatThrownBy(() -> new Article("x", null, List.of(), none, none, Optional.empty(), none, none,
                List.of(), List.of(), none)).hasMessage("agency must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Article("x", none, null, none, none, Optional.empty(), none, none,
                List.of(), List.of(), none)).hasMessage("credits must not be null");
        assertThatThrownBy(() -> new Article("x", none, List.of(), none, none, null, none, none,
                List.of(), List.of(), none)).hasMessage("published must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Article("x", none, List.of(), none, none, Optional.empty(), none, none,
                List.of(), Arrays.asList((Section) null), none)).hasMessage("sections must not contain null (index 0)");
        assertThatThrownBy(() -> new Article("x", none, List.of(), none, none, Optional.empty(), none, none,
                null, List.of(), none)).hasMessage("captions must not be null");
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> credits = new ArrayList<>(List.of("ATS"));
        Article a = new Article("x", Optional.empty(), credits, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
        credits.add("AFP");
        assertThat(a.credits()).containsExactly("ATS");
        assertThatThrownBy(() -> a.credits().add("AFP")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> full().paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
