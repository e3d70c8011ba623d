package io.interview4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Question;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The terminal says when a timed interview runs out of time, and which answer came after the limit. */
class TimeUpScreenTest {

    @Test
    void should_say_time_is_up_and_name_the_late_answer_when_the_limit_passes_mid_answer() {
        // given: a 10-minute screen whose candidate takes 6 minutes per answer
        ManualClock clock = new ManualClock();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).clock(clock).build();
        Caller ana = Caller.candidate("ana");
        TurnResult first = engine.start(ana, Presets.timedScreen(PresetOptions.defaults()
                .withTimeLimit(Duration.ofMinutes(10)), BuiltInQuestionBank.get()));
        AnswerSource slow = new AnswerSource() {
            @Override
            public Optional<Reply> next(Question question) {
                clock.advance(Duration.ofMinutes(6));
                return Optional.of(Reply.answer("I would profile the service first, find the slow query, add an index "
                        + "on the filtered column and measure p99 latency before and after the change.", null));
            }

            @Override
            public boolean interactive() {
                return false;
            }
        };
        ByteArrayOutputStream screen = new ByteArrayOutputStream();

        // when
        new InterviewLoop(engine, ana, slow, new PrintStream(screen, true, StandardCharsets.UTF_8)).run(first);

        // then
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Time is up: the interview reached its 10-minute limit.")
                .contains("came after the limit: it is stored and flagged LATE.").contains("Interview complete.");
        assertThat(ReportOutput.text(engine.report(ana, first.sessionId())))
                .contains("Time ran out: the interview ended at its time limit.")
                .contains("Submitted after the time was up (stored, flagged LATE): Q1 Follow-up 1");
    }
}
