package io.interview4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.engine.TurnResult;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.session.SessionEvent.SessionStarted;
import io.interview4j.session.SessionStatus;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmarks' state does what their javadoc says; run once, never timed. */
class BenchmarkStateTest {

    @Test
    void should_record_each_turn_as_the_answer_alone_then_its_evaluation_when_recording_an_interview() {
        // when
        RecordedInterview interview = RecordedInterview.record();

        // then
        assertThat(interview.turnCount()).isGreaterThanOrEqualTo(12);
        assertThat(interview.startAppends("s-1").get(0).get(0))
                .isInstanceOfSatisfying(SessionStarted.class, s -> assertThat(s.sessionId()).isEqualTo("s-1"));
        for (int t = 0; t < interview.turnCount(); t++) {
            assertThat(interview.turn(t)).hasSize(2);
            assertThat(interview.turn(t).get(0)).singleElement().isInstanceOf(AnswerSubmitted.class);
            assertThat(interview.turn(t).get(1).get(0)).isInstanceOf(AnswerEvaluated.class);
        }
    }

    @Test
    void should_grow_sessions_to_one_interview_and_then_start_a_new_one_when_running_the_sqlite_store() throws Exception {
        // given
        StoreBenchmark bench = new StoreBenchmark();
        bench.database = "sqlite";
        bench.open();
        try {
            bench.reset();
            int turns = bench.turnsPerSession();
            Set<String> ids = new HashSet<>();
            Session last = null;

            // when
            for (int i = 0; i <= turns; i++) {
                bench.ensureSession();
                last = bench.appendAndLoad();
                ids.add(last.id());
                if (i == turns - 1) {
                    // then: the first session holds the whole interview
                    assertThat(last.turns()).hasSize(turns);
                    assertThat(last.status()).isEqualTo(SessionStatus.COMPLETED);
                }
            }

            // then: the next turn went to a new session
            assertThat(ids).hasSize(2);
            assertThat(last.turns()).hasSize(2);
            assertThat(last.turns().get(0).evaluation()).isNotNull();
        } finally {
            bench.close();
        }
    }

    @Test
    void should_take_the_property_first_and_fail_naming_both_settings_when_no_postgres_url_is_set() {
        assertThat(StoreBenchmark.postgresUrl("jdbc:postgresql://a/b", "jdbc:postgresql://c/d")).isEqualTo("jdbc:postgresql://a/b");
        assertThat(StoreBenchmark.postgresUrl(" ", "jdbc:postgresql://c/d")).isEqualTo("jdbc:postgresql://c/d");
        assertThatThrownBy(() -> StoreBenchmark.postgresUrl(null, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(StoreBenchmark.POSTGRES_URL_PROPERTY)
                .hasMessageContaining(StoreBenchmark.POSTGRES_URL_ENV);
    }

    @Test
    void should_answer_turn_after_turn_and_start_a_new_session_when_one_completes_in_the_engine_benchmark() {
        // given
        EngineTurnBenchmark bench = new EngineTurnBenchmark();
        bench.answers = "mixed";
        bench.reset();
        Set<String> ids = new HashSet<>();
        int completed = 0;
        TurnResult last = null;

        // when
        for (int i = 0; i < 40; i++) {
            bench.ensureSession();
            last = bench.submitAnswer();
            ids.add(last.sessionId());
            assertThat(last.evaluation()).isNotNull();
            completed += last.completed() ? 1 : 0;
        }

        // then: every completed session was followed by a new one
        assertThat(completed).isPositive();
        assertThat(ids).hasSize(last.completed() ? completed : completed + 1);
    }
}
