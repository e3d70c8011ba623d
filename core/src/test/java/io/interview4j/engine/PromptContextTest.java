package io.interview4j.engine;

import io.interview4j.testkit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Session;
import io.interview4j.store.InMemorySessionStore;
import org.junit.jupiter.api.Test;

class PromptContextTest {

    private final ManualClock clock = new ManualClock();
    private final InterviewEngine engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).clock(clock).build();
    private final Caller candidate = Caller.candidate("ana");

    @Test
    void should_sum_up_earlier_turns_as_skipped_rather_than_as_scoring_zero_when_none_was_answered() {
        // given six skipped questions: two fall out of the recent window
        TurnResult r = engine.start(candidate, Presets.structured(PresetOptions.defaults()));
        for (int i = 0; i < PromptContext.RECENT_TURNS + 2; i++) {
            r = engine.skip(candidate, r.sessionId(), r.nextQuestion().id());
        }

        // when
        String context = PromptContext.of(engine.session(candidate, r.sessionId()), clock.instant());

        // then
        assertThat(context).contains("Earlier: 2 questions, all skipped").doesNotContain("average score");
    }

    @Test
    void should_give_the_average_of_earlier_scored_answers() {
        // given six answered questions
        TurnResult r = engine.start(candidate, Presets.structured(PresetOptions.defaults()));
        for (int i = 0; i < PromptContext.RECENT_TURNS + 2; i++) {
            r = engine.submitAnswer(candidate, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(), Answers.STRONG));
        }
        Session s = engine.session(candidate, r.sessionId());
        int earlier = (int) s.turns().stream().filter(t -> t.evaluation() != null).count() - PromptContext.RECENT_TURNS;
        long average = Math.round(s.turns().stream().filter(t -> t.evaluation() != null).limit(earlier)
                .mapToDouble(t -> t.evaluation().score()).average().orElseThrow());

        // when
        String context = PromptContext.of(s, clock.instant());

        // then
        assertThat(context).contains("Earlier: " + earlier + " questions, average score " + average + "/100");
    }
}
