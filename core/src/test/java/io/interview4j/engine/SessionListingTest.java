package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.AccessDeniedException;
import io.interview4j.InvalidInputException;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionSummary;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Listing sessions through the engine: reviewers their organisation's, candidates their own, page by page. */
class SessionListingTest {

    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).clock(clock)
            .build();

    @Test
    void should_list_an_organisations_sessions_for_its_reviewer_when_candidates_start_there() {
        // given
        String a1 = start(Caller.candidate("alice", "acme"), null);
        String b1 = start(Caller.candidate("bob", "acme"), "backend-2026");
        String a2 = start(Caller.candidate("alice", "acme"), "backend-2026");
        start(Caller.candidate("carol", "globex"), null);
        start(Caller.candidate("dave"), null);
        Caller rita = Caller.reviewer("rita", "acme");

        // when
        var all = engine.sessions(rita, SessionQuery.byOrganisation("acme"));
        var firstPage = engine.sessions(rita, SessionQuery.byOrganisation("acme").page(0, 2));
        var secondPage = engine.sessions(rita, SessionQuery.byOrganisation("acme").page(2, 2));
        var byKey = engine.sessions(rita, SessionQuery.byOrganisation("acme").withGroupKey("backend-2026"));

        // then
        assertThat(all).extracting(SessionSummary::sessionId).containsExactly(a2, b1, a1);
        assertThat(firstPage).extracting(SessionSummary::sessionId).containsExactly(a2, b1);
        assertThat(secondPage).extracting(SessionSummary::sessionId).containsExactly(a1);
        assertThat(byKey).extracting(SessionSummary::sessionId).containsExactly(a2, b1);
        assertThat(engine.sessions(Caller.candidate("alice"), SessionQuery.byCandidate("alice")))
                .extracting(SessionSummary::sessionId).containsExactly(a2, a1);
    }

    @Test
    void should_refuse_listing_when_the_query_is_not_the_callers_own() {
        assertThatThrownBy(() -> engine.sessions(Caller.reviewer("oscar", "globex"), SessionQuery.byOrganisation("acme")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("oscar");
        assertThatThrownBy(() -> engine.sessions(Caller.candidate("mallory", "acme"), SessionQuery.byOrganisation("acme")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engine.sessions(Caller.candidate("mallory"), SessionQuery.byCandidate("alice")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engine.sessions(Caller.reviewer("rita", "acme"), SessionQuery.byCandidate("alice")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_name_the_problem_when_a_query_is_invalid() {
        assertThatThrownBy(() -> new SessionQuery(null, null, null, null, 0, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("candidateId or an organisationId");
        assertThatThrownBy(() -> SessionQuery.byOrganisation(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("organisationId");
        assertThatThrownBy(() -> SessionQuery.byOrganisation("acme").page(-1, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> SessionQuery.byOrganisation("acme").page(0, 1001))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> SessionQuery.byCandidate("alice").withGroupKey(""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("groupKey");
    }

    private String start(Caller caller, String groupKey) {
        clock.advance(Duration.ofMinutes(1));
        PresetOptions options = groupKey == null ? PresetOptions.defaults() : PresetOptions.defaults().withGroupKey(groupKey);
        return engine.start(caller, Presets.campusPlacement(options)).sessionId();
    }
}
