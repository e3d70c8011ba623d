package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a turn reads from the store, with and without the engine's session cache. */
class SessionCacheLoadTest {

    private static final int TURNS = 80;

    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("cand-long");
    private final InterviewPlan plan = InterviewPlan.builder()
            .round(RoundPlan.of("Coding", "dsa", 40))
            .round(RoundPlan.of("Behavioral", "behavioral", 40))
            .round(RoundPlan.of("Design", "system_design", 40))
            .generateQuestions(false).build();

    /** What the last of {@link #TURNS} turns read. */
    private record LastTurn(int loads, int events, long versionBefore, long cachedVersion) {
    }

    private LastTurn runTo80(CountingStore store, InterviewEngine engine) {
        TurnResult r = engine.start(candidate, plan);
        long versionBeforePrevious = 0;
        long versionBeforeLast = 0;
        for (int turn = 1; turn <= TURNS; turn++) {
            assertThat(r.completed()).as("completed before turn " + turn).isFalse();
            versionBeforePrevious = versionBeforeLast;
            versionBeforeLast = store.get(r.sessionId()).version();
            int loadsBefore = store.eventsPerLoad.size();
            clock.advance(Duration.ofSeconds(30));
            String answer = turn % 4 == 0 ? Answers.SHORT_VAGUE : Answers.STRONG;
            r = engine.submitAnswer(candidate, new AnswerSubmission(r.sessionId(), r.nextQuestion().id(), answer,
                    "k" + turn, Duration.ofSeconds(30)));
            if (turn == TURNS) {
                List<Integer> read = store.eventsPerLoad.subList(loadsBefore, store.eventsPerLoad.size());
                return new LastTurn(read.size(), read.stream().mapToInt(Integer::intValue).sum(), versionBeforeLast,
                        versionBeforePrevious);
            }
        }
        throw new AssertionError("unreachable");
    }

    @Test
    void should_read_only_the_events_after_the_cached_version_when_the_80th_turn_seed000() {
        // given: an engine with the session cache (the default)
        CountingStore store = new CountingStore();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).build();

        // when
        LastTurn last = runTo80(store, engine);

        // then: one load, returning only what the 79th turn appended after the version the cache held
        assertThat(last.loads()).isEqualTo(1);
        assertThat(last.events()).isEqualTo(last.versionBefore() - last.cachedVersion());
        assertThat(last.events()).isBetween(1, 6);
        assertThat(last.versionBefore()).isGreaterThan(200);
        assertThat(store.wholeLoads - TURNS).as("whole loads besides the test's own: the first turn's").isEqualTo(1);
    }

    @Test
    void should_read_every_event_on_the_80th_turn_when_the_cache_is_off_seed000() {
        // given
        CountingStore store = new CountingStore();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).cachedSessions(0).build();

        // when
        LastTurn last = runTo80(store, engine);

        // then
        assertThat(last.loads()).isEqualTo(1);
        assertThat(last.events()).isEqualTo(last.versionBefore());
        assertThat(store.tailLoads).isZero();
    }
}
