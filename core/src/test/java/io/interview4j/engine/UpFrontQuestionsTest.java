package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Level;
import io.interview4j.SessionNotFoundException;
import io.interview4j.SessionStateException;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.rules.StructuredRules;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.QuestionsDrawn;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionSummary;
import io.interview4j.testkit.ManualClock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's question list: the structured preset draws its 10-15 main questions when the session is created,
 * asks them in that order, and keeps follow-ups adaptive; a session created and not begun is {@code CREATED}.
 */
class UpFrontQuestionsTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(new ManualClock()).build();
    private final Caller alice = Caller.candidate("alice", "acme");

    @ParameterizedTest
    @EnumSource(Level.class)
    void should_draw_the_seeds_count_of_distinct_main_questions_when_a_structured_session_is_created(Level level) {
        // given
        InterviewPlan plan = Presets.structured(PresetOptions.defaults().withLevel(level)
                .withInterviewType(StructuredRules.InterviewType.MIXED));

        // when
        Session created = engine.create(alice, plan);

        // then
        List<Question> drawn = engine.questions(alice, created.id());
        assertThat(created.status()).isEqualTo(SessionStatus.CREATED);
        assertThat(drawn).hasSize(StructuredRules.questionCount(level)).hasSizeBetween(10, 15);
        assertThat(drawn).allSatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.MAIN));
        assertThat(drawn.stream().map(Question::bankId).distinct()).hasSize(drawn.size());
        assertThat(drawn.stream().map(Question::id).distinct()).hasSize(drawn.size());
        assertThat(drawn).extracting(Question::round).isSorted();
        assertThat(created.turns()).isEmpty();
        assertThat(store.list(SessionQuery.byCandidate("alice"))).extracting(SessionSummary::status)
                .containsExactly(SessionStatus.CREATED);
    }

    @Test
    void should_ask_the_drawn_questions_in_order_with_follow_ups_between_them_when_the_session_runs() {
        // given
        Session created = engine.create(alice, Presets.structured(PresetOptions.defaults().withLevel(Level.JUNIOR)));
        List<Question> drawn = engine.questions(alice, created.id());
        assertThatThrownBy(() -> engine.submitAnswer(alice, AnswerSubmission.of(created.id(), drawn.get(0).id(),
                Answers.STRONG))).isInstanceOf(SessionStateException.class).hasMessageContaining("has not begun");

        // when: a weak answer first (a follow-up is due), then strong ones
        TurnResult t = engine.begin(alice, created.id());
        assertThat(engine.begin(alice, created.id()).nextQuestion().id()).isEqualTo(t.nextQuestion().id());
        boolean first = true;
        while (!t.completed()) {
            Question q = t.nextQuestion();
            String answer = first ? "I am not sure, maybe a list." : Answers.STRONG;
            first = false;
            t = engine.submitAnswer(alice, AnswerSubmission.of(t.sessionId(), q.id(), answer));
        }

        // then
        Session done = engine.session(alice, created.id());
        List<String> mainsAsked = done.turns().stream().map(Turn::question).filter(q -> q.type() == QuestionType.MAIN)
                .map(Question::id).toList();
        assertThat(mainsAsked).containsExactlyElementsOf(drawn.stream().map(Question::id).toList());
        assertThat(done.turns()).anySatisfy(turn -> {
            assertThat(turn.question().type()).isEqualTo(QuestionType.FOLLOW_UP);
            assertThat(turn.question().parentId()).isEqualTo(drawn.get(0).id());
        });
        assertThat(done.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(engine.questions(alice, created.id())).isEqualTo(drawn);
    }

    @Test
    void should_give_the_same_list_when_the_event_log_is_replayed() {
        // given
        TurnResult t = engine.start(alice, Presets.structured(PresetOptions.defaults()));

        // when
        List<SessionEvent> events = store.get(t.sessionId()).events();
        Session replayed = Session.replay(events);

        // then
        assertThat(events.get(1)).isInstanceOf(QuestionsDrawn.class);
        assertThat(replayed.drawnQuestions()).isEqualTo(engine.questions(alice, t.sessionId()));
        assertThat(replayed.turns().get(0).question()).isEqualTo(replayed.drawnQuestions().get(0));
        assertThat(replayed.status()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void should_show_the_list_to_the_owner_and_the_organisations_reviewers_only() {
        // given
        Session created = engine.create(alice, Presets.structured(PresetOptions.defaults()));

        // then
        assertThat(engine.questions(Caller.reviewer("rita", "acme"), created.id())).isNotEmpty();
        assertThatThrownBy(() -> engine.questions(Caller.candidate("mallory"), created.id()))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> engine.questions(Caller.reviewer("oscar", "globex"), created.id()))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> engine.begin(Caller.reviewer("rita", "acme"), created.id()))
                .isInstanceOf(io.interview4j.AccessDeniedException.class);
    }

    @Test
    void should_draw_nothing_when_the_plan_does_not_draw_up_front() {
        // given
        InterviewPlan plan = Presets.campusPlacement(PresetOptions.defaults());

        // when
        Session created = engine.create(alice, plan);
        TurnResult begun = engine.begin(alice, created.id());

        // then
        assertThat(plan.drawQuestionsUpFront()).isFalse();
        assertThat(engine.questions(alice, created.id())).isEmpty();
        assertThat(begun.nextQuestion()).isNotNull();
        assertThat(engine.session(alice, created.id()).status()).isEqualTo(SessionStatus.IN_PROGRESS);
        Set<String> ids = new HashSet<>();
        store.get(created.id()).events().forEach(e -> ids.add(e.getClass().getSimpleName()));
        assertThat(ids).doesNotContain("QuestionsDrawn");
    }
}
