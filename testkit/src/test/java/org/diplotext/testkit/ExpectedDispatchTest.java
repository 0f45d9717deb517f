package org.diplotext.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExpectedDispatchTest {
    private final Dispatch dispatch = Samples.dispatch("a1", 0);

    @Test
    void matchesByNamesAliasesAndDetails() {
        ExpectedDispatch.builder()
                .actor(ActorType.STATE, "moscou", a -> a.country("RU"))
                .actor(ActorType.PERSON, "ambassadeur de Russie", a -> a.role("ambassadeur").affiliation("Russie"))
                .communication(CommunicationType.MEETING, c -> c.sender("DFAE").recipient("ambassadeur de Russie")
                        .date(LocalDate.of(2024, 3, 12)).evidenceContains("convoqué"))
                .demand("retrait", d -> d.source("DFAE").target("Moscou").direct(false))
                .build()
                .assertFoundIn(dispatch);
    }

    @Test
    void listsWhatIsMissingAndWhatTheDispatchHolds() {
        ExpectedDispatch expected = ExpectedDispatch.builder()
                .communication(CommunicationType.CALL, c -> c.sender("DFAE"))
                .demand("cessez-le-feu", d -> d.source("DFAE"))
                .build();
        assertThatThrownBy(() -> expected.assertFoundIn(dispatch))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("2 expectations not met")
                .hasMessageContaining("missing communication CALL from \"DFAE\"")
                .hasMessageContaining("missing demand \"cessez-le-feu\" by \"DFAE\"")
                .hasMessageContaining("c1 MEETING from \"DFAE\" to [\"ambassadeur de Russie\"] on 2024-03-12");
    }

    @Test
    void exactlyRejectsExtras() {
        ExpectedDispatch onlyDfae = ExpectedDispatch.builder().actor(ActorType.ORGANISATION, "DFAE").build();
        onlyDfae.assertFoundIn(dispatch);
        assertThatThrownBy(() -> onlyDfae.assertExactly(dispatch))
                .hasMessageContaining("unexpected actor a1x STATE \"Russie\"")
                .hasMessageContaining("unexpected demand d1");
    }

    @Test
    void eachExpectationNeedsItsOwnItem() {
        ExpectedDispatch twice = ExpectedDispatch.builder()
                .actor(ActorType.STATE, "Russie")
                .actor(ActorType.STATE, "Moscou")
                .build();
        assertThatThrownBy(() -> twice.assertFoundIn(dispatch)).hasMessageContaining("missing actor STATE \"Moscou\"");
    }
}
