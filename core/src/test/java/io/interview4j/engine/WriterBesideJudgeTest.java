package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.scoring.Provenance;
import io.interview4j.session.QuestionSource;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.testkit.ManualClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At most one model call on a turn's critical path: the next main question is written on the host's executor while
 * the answer is judged, and a writer slower than the judge gives way to the bank. Ordering is proven with latches and
 * a record of call starts and ends, never with wall-clock limits.
 */
class WriterBesideJudgeTest {

    private static final long WAIT = 10;

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ManualClock clock = new ManualClock();
    private final Caller candidate = Caller.candidate("ada");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(WAIT, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void should_have_the_judge_and_the_writer_in_flight_at_once_and_end_the_turn_when_the_judge_ends() {
        // given a first question written on the caller's thread (the executor runs only the turn's writer), then a
        // turn where each call waits for the other
        CountDownLatch writerStarted = new CountDownLatch(1);
        CountDownLatch judgeStarted = new CountDownLatch(1);
        CountDownLatch writerTaskDone = new CountDownLatch(1);
        Replies.Routed model = new Replies.Routed()
                .then("interview_question", r -> Replies.question(r, QuestionWriterTest.Q1, QuestionWriterTest.POINTS))
                .then("interview_question", r -> {
                    events.add("writer started");
                    writerStarted.countDown();
                    await(judgeStarted, "the judge to start while the writer is in flight");
                    events.add("writer ended");
                    return Replies.question(r, QuestionWriterTest.Q2, QuestionWriterTest.POINTS);
                })
                .then("answer_evaluation", r -> {
                    events.add("judge started");
                    judgeStarted.countDown();
                    await(writerStarted, "the writer to start while the judge is in flight");
                    await(writerTaskDone, "the written question to be checked");
                    events.add("judge ended");
                    return Replies.judgement(r, 0.7, List.of("How would you detect a duplicate payment?"));
                });
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(task -> pool.execute(() -> {
                    task.run();
                    writerTaskDone.countDown();
                })).build();
        TurnResult start = engine.start(candidate, QuestionWriterTest.technical(3));

        // when
        TurnResult turn = engine.submitAnswer(candidate,
                AnswerSubmission.of(start.sessionId(), start.nextQuestion().id(), Answers.STRONG));

        // then both were in flight at once, the writer inside the judge's span: the turn took the judge's time
        assertThat(events).hasSize(4);
        assertThat(events.subList(0, 2)).containsExactlyInAnyOrder("writer started", "judge started");
        assertThat(events.subList(2, 4)).containsExactly("writer ended", "judge ended");
        assertThat(turn.evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(turn.nextQuestion().text()).isEqualTo(QuestionWriterTest.Q2);
        assertThat(turn.nextQuestion().source()).isEqualTo(QuestionSource.MODEL);
        assertThat(start.nextQuestion().source()).isEqualTo(QuestionSource.MODEL);
    }

    @Test
    void should_ask_the_banks_question_without_waiting_for_a_writer_slower_than_the_judge() {
        // given a writer that cannot finish until the turn has returned
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writerStarted = new CountDownLatch(1);
        CountDownLatch writerReturned = new CountDownLatch(1);
        Replies.Routed model = new Replies.Routed()
                .then("interview_question", r -> Replies.question(r, QuestionWriterTest.Q1, QuestionWriterTest.POINTS))
                .then("interview_question", r -> {
                    writerStarted.countDown();
                    await(release, "the test to release the slow writer");
                    writerReturned.countDown();
                    return Replies.question(r, QuestionWriterTest.Q2, QuestionWriterTest.POINTS);
                })
                .then("answer_evaluation", r -> {
                    await(writerStarted, "the writer to start");
                    return Replies.judgement(r, 0.7, List.of());
                });
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(pool).build();
        TurnResult start = engine.start(candidate, QuestionWriterTest.technical(3));

        // when
        TurnResult turn = engine.submitAnswer(candidate,
                AnswerSubmission.of(start.sessionId(), start.nextQuestion().id(), Answers.STRONG));

        // then the turn returned while the writer was still blocked
        assertThat(writerReturned.getCount()).as("the writer has not returned").isEqualTo(1);
        release.countDown();
        assertThat(turn.nextQuestion().source()).isEqualTo(QuestionSource.BANK);
        assertThat(turn.evaluation().provenance()).isEqualTo(Provenance.MODEL);
    }

    @Test
    void should_write_the_next_main_question_during_the_follow_ups_and_ask_it_when_they_end() {
        // given every answer followed up twice, and a writer answering at once
        Replies.Routed model = new Replies.Routed()
                .then("interview_question", r -> Replies.question(r, QuestionWriterTest.Q1, QuestionWriterTest.POINTS))
                .then("interview_question", r -> Replies.question(r, QuestionWriterTest.Q2, QuestionWriterTest.POINTS))
                .otherwise("answer_evaluation", r -> Replies.judgement(r, 0.7,
                        List.of("How would you detect a duplicate payment?", "What happens when the broker restarts?")));
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).clock(clock).languageModel(model)
                .executor(pool).build();
        var plan = QuestionWriterTest.technical(2).toBuilder()
                .rounds(List.of(QuestionWriterTest.followedUp(QuestionWriterTest.technical(2).rounds().get(0)))).build();
        TurnResult turn = engine.start(candidate, plan);

        // when the main answer and its two follow-ups are answered
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            turn = engine.submitAnswer(candidate,
                    AnswerSubmission.of(turn.sessionId(), turn.nextQuestion().id(), Answers.STRONG));
            asked.add(turn.nextQuestion().text());
        }

        // then the second main question was written once, beside the first judge, and asked after the follow-ups
        assertThat(asked).containsExactly("How would you detect a duplicate payment?",
                "What happens when the broker restarts?", QuestionWriterTest.Q2);
        assertThat(turn.nextQuestion().source()).isEqualTo(QuestionSource.MODEL);
        assertThat(model.requests("interview_question")).hasSize(2);
    }
}
