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

    /** An alarm on the test's clock: it rings what is due when the test says the clock moved. */
    private static final class ManualAlarm implements TimeUpAlarm {
        private final ManualClock clock;
        private final java.util.List<java.util.Map.Entry<java.time.Instant, Runnable>> set = new java.util.ArrayList<>();
        int cancelled;

        ManualAlarm(ManualClock clock) {
            this.clock = clock;
        }

        @Override
        public Runnable at(java.time.Instant when, Runnable notice) {
            var entry = java.util.Map.entry(when, notice);
            set.add(entry);
            return () -> {
                if (set.remove(entry)) {
                    cancelled++;
                }
            };
        }

        void ringWhatIsDue() {
            for (var it = set.iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getKey().isAfter(clock.instant())) {
                    it.remove();
                    e.getValue().run();
                }
            }
        }
    }

    @Test
    void should_say_at_once_that_time_is_up_while_the_candidate_is_still_typing() {
        // given: a 10-minute screen; the first answer takes 4 minutes, the second is still being typed at 11
        ManualClock clock = new ManualClock();
        ManualAlarm alarm = new ManualAlarm(clock);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(new InMemorySessionStore()).clock(clock).build();
        Caller ana = Caller.candidate("ana");
        TurnResult first = engine.start(ana, Presets.timedScreen(PresetOptions.defaults()
                .withTimeLimit(Duration.ofMinutes(10)), BuiltInQuestionBank.get()));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        java.util.List<String> shownWhileTyping = new java.util.ArrayList<>();
        AnswerSource typing = new AnswerSource() {
            private int answered;

            @Override
            public Optional<Reply> next(Question question) {
                int before = screen.size();
                clock.advance(Duration.ofMinutes(answered == 0 ? 4 : 7));
                alarm.ringWhatIsDue();
                byte[] all = screen.toByteArray();
                shownWhileTyping.add(new String(all, before, all.length - before, StandardCharsets.UTF_8));
                answered++;
                return Optional.of(Reply.answer("I would profile the service first, find the slow query, add an index "
                        + "on the filtered column and measure p99 latency before and after the change.", null));
            }

            @Override
            public boolean interactive() {
                return true;
            }
        };

        // when
        new InterviewLoop(engine, ana, typing, new PrintStream(screen, true, StandardCharsets.UTF_8), clock, alarm)
                .run(first);

        // then: nothing at 4 minutes, the notice at once when 11 minutes passed, before the answer was submitted
        assertThat(shownWhileTyping).hasSize(2);
        assertThat(shownWhileTyping.get(0)).isEmpty();
        assertThat(shownWhileTyping.get(1)).isEqualTo(System.lineSeparator() + InterviewLoop.TIME_UP_WHILE_TYPING
                + System.lineSeparator());
        assertThat(alarm.cancelled).as("the first question's alarm is silenced once answered").isEqualTo(1);
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown.indexOf(InterviewLoop.TIME_UP_WHILE_TYPING))
                .isLessThan(shown.indexOf("Time is up: the interview reached its 10-minute limit."));
        assertThat(shown).contains("came after the limit: it is stored and flagged LATE.").contains("Interview complete.");
    }
}
