package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.ConcurrentSessionModificationException;
import io.interview4j.IdempotencyConflictException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Question;
import io.interview4j.session.SessionEvent;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionStore;
import io.interview4j.store.SessionSummary;
import io.interview4j.store.StoredSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An idempotency key binds the submission it first came with: the same submission again gets the stored result,
 * anything else under the key is refused by name, also when it loses a race to the first.
 */
class IdempotencyTest {

    private static final String OTHER = "I would shard by tenant id, keep a directory of tenants to shards, and move"
            + " hot tenants with a dual-write window before switching reads.";

    private final InMemorySessionStore shared = new InMemorySessionStore();
    private final RacingStore racing = new RacingStore(shared);
    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(racing).clock(clock).build();
    /** Another process on the same store. */
    private final InterviewEngine other = InterviewEngine.builder().sessionStore(shared).clock(clock).build();
    private final Caller owner = Caller.candidate("alice", "acme");
    private final InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

    @Test
    void should_refuse_the_same_key_with_another_answer_naming_the_session_and_question() {
        // given
        TurnResult first = engine.start(owner, plan);
        Question q = first.nextQuestion();
        engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(), Answers.STRONG, "k1", null));
        long version = shared.get(first.sessionId()).version();

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(), OTHER, "k1", null)))
                .isExactlyInstanceOf(IdempotencyConflictException.class)
                .hasMessageContaining("session " + first.sessionId()).hasMessageContaining(q.label() + " (question " + q.id() + ")")
                .hasMessageNotContaining(OTHER).hasMessageNotContaining(Answers.STRONG)
                .satisfies(e -> {
                    assertThat(((IdempotencyConflictException) e).sessionId()).isEqualTo(first.sessionId());
                    assertThat(((IdempotencyConflictException) e).questionId()).isEqualTo(q.id());
                });
        assertThat(shared.get(first.sessionId()).version()).isEqualTo(version);
        assertThat(engine.session(owner, first.sessionId()).turn(q.id()).orElseThrow().answer()).isEqualTo(Answers.STRONG);
    }

    @Test
    void should_refuse_the_same_key_and_answer_sent_for_another_question() {
        // given the key used for the first question, the second now open
        TurnResult first = engine.start(owner, plan);
        TurnResult second = engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), first.nextQuestion().id(),
                Answers.STRONG, "k1", null));

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(),
                second.nextQuestion().id(), Answers.STRONG, "k1", null)))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining(first.nextQuestion().label());
    }

    @Test
    void should_return_the_stored_result_for_the_same_submission_after_the_session_moved_on() {
        // given
        TurnResult first = engine.start(owner, plan);
        AnswerSubmission again = new AnswerSubmission(first.sessionId(), first.nextQuestion().id(), Answers.STRONG, "k1", null);
        TurnResult once = engine.submitAnswer(owner, again);
        engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), once.nextQuestion().id(), OTHER, "k2", null));
        long version = shared.get(first.sessionId()).version();

        // when
        TurnResult twice = engine.submitAnswer(owner, again);

        // then
        assertThat(twice.evaluation()).isEqualTo(once.evaluation());
        assertThat(twice.nextQuestion()).isEqualTo(once.nextQuestion());
        assertThat(shared.get(first.sessionId()).version()).isEqualTo(version);
    }

    @Test
    void should_refuse_not_answer_with_the_winners_result_when_a_race_is_lost_under_the_same_key() {
        // given another process stores a different answer under the same key just before this one appends
        TurnResult first = engine.start(owner, plan);
        Question q = first.nextQuestion();
        racing.beforeNextAppend = () -> other.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(), OTHER,
                "shared-key", null));

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(),
                Answers.STRONG, "shared-key", null)))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining(q.label());
        assertThat(engine.session(owner, first.sessionId()).turn(q.id()).orElseThrow().answer()).isEqualTo(OTHER);
    }

    @Test
    void should_report_a_lost_race_when_the_winner_used_another_key() {
        // given
        TurnResult first = engine.start(owner, plan);
        Question q = first.nextQuestion();
        racing.beforeNextAppend = () -> other.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(), OTHER,
                "winner", null));

        // when / then
        assertThatThrownBy(() -> engine.submitAnswer(owner, new AnswerSubmission(first.sessionId(), q.id(),
                Answers.STRONG, "loser", null))).isInstanceOf(ConcurrentSessionModificationException.class);
        assertThat(engine.session(owner, first.sessionId()).turn(q.id()).orElseThrow().answer()).isEqualTo(OTHER);
        assertThat(engine.session(owner, first.sessionId()).questionForKey("loser")).isEmpty();
    }

    @Test
    void should_return_the_stored_result_when_the_same_submission_wins_the_race_elsewhere() {
        // given the same submission (a retry) stored by another process just before this one appends
        TurnResult first = engine.start(owner, plan);
        AnswerSubmission same = new AnswerSubmission(first.sessionId(), first.nextQuestion().id(), Answers.STRONG, "k1", null);
        racing.beforeNextAppend = () -> other.submitAnswer(owner, same);

        // when
        TurnResult result = engine.submitAnswer(owner, same);

        // then
        assertThat(result.answeredQuestionId()).isEqualTo(first.nextQuestion().id());
        assertThat(result.evaluation()).isEqualTo(engine.session(owner, first.sessionId()).turns().get(0).evaluation());
    }

    /** Runs a hook once before the next append reaches the store, as another process writing first would. */
    private static final class RacingStore implements SessionStore {
        private final SessionStore delegate;
        Runnable beforeNextAppend;

        RacingStore(SessionStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public long append(String sessionId, long expectedVersion, List<SessionEvent> events) {
            Runnable hook = beforeNextAppend;
            beforeNextAppend = null;
            if (hook != null) {
                hook.run();
            }
            return delegate.append(sessionId, expectedVersion, events);
        }

        @Override
        public Optional<StoredSession> find(String sessionId) {
            return delegate.find(sessionId);
        }

        @Override
        public List<SessionSummary> list(SessionQuery query) {
            return delegate.list(query);
        }

        @Override
        public int deleteCandidate(String candidateId) {
            return delegate.deleteCandidate(candidateId);
        }
    }
}
