package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.SessionStateException;
import io.interview4j.llm.ChatRequest;
import io.interview4j.llm.ChatResponse;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.TokenUsage;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.scoring.Provenance;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import io.interview4j.store.InMemorySessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous turn: the answer is stored before {@code submitAnswerAsync} returns, and hundreds of turns wait
 * for a slow model at once on a pool of four threads, the model completing its futures later from a scheduler.
 * Ordering is proven by holding the model's replies until every submission has returned, never by timings.
 */
class AsyncTurnsTest {

    private static final int TURNS = 500;

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    /** A model whose replies come only when released, each from the scheduler; the synchronous call is refused. */
    private class SlowModel implements LanguageModel {
        private final ConcurrentLinkedQueue<Map.Entry<ChatRequest, CompletableFuture<ChatResponse>>> pending =
                new ConcurrentLinkedQueue<>();
        private final AtomicInteger calls = new AtomicInteger();
        private volatile boolean released;
        volatile String questionText = QuestionWriterTest.Q2;

        @Override
        public ChatResponse chat(ChatRequest request) {
            throw new AssertionError("the asynchronous turn must not make a blocking model call");
        }

        @Override
        public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
            calls.incrementAndGet();
            CompletableFuture<ChatResponse> f = new CompletableFuture<>();
            if (released) {
                reply(request, f);
            } else {
                pending.add(Map.entry(request, f));
            }
            return f;
        }

        void release() {
            released = true;
            for (var e = pending.poll(); e != null; e = pending.poll()) {
                reply(e.getKey(), e.getValue());
            }
        }

        private void reply(ChatRequest request, CompletableFuture<ChatResponse> f) {
            int delay = calls.get() % 7;
            String text = "interview_question".equals(request.schemaName())
                    ? Replies.question(request, questionText, QuestionWriterTest.POINTS)
                    : Replies.judgement(request, 0.5, List.of());
            scheduler.schedule(() -> f.complete(new ChatResponse(text,
                    new TokenUsage(100, 50, 0), "slow-1", ChatResponse.FinishReason.STOP, "slow")), delay, TimeUnit.MILLISECONDS);
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 6_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private InterviewEngine engine(LanguageModel model) {
        return InterviewEngine.builder().sessionStore(store).languageModel(model).questionWriter(null).executor(pool)
                .build();
    }

    private static InterviewPlan plan() {
        return Presets.campusPlacement(PresetOptions.defaults()).toBuilder().generateQuestions(false).build();
    }

    @Test
    void should_store_every_answer_before_returning_and_complete_500_turns_in_flight_on_four_threads() throws Exception {
        // given 500 interviews, each with its first question, and a model that holds every reply
        SlowModel model = new SlowModel();
        InterviewEngine engine = engine(model);
        List<Caller> callers = new ArrayList<>();
        List<TurnResult> firsts = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            Caller c = Caller.candidate("candidate-" + i);
            callers.add(c);
            firsts.add(engine.start(c, plan()));
        }

        // when every answer is submitted
        List<CompletableFuture<TurnResult>> futures = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            TurnResult first = firsts.get(i);
            futures.add(engine.submitAnswerAsync(callers.get(i), AnswerSubmission.of(first.sessionId(),
                    first.nextQuestion().id(), answer(i))));
        }

        // then each answer is stored before its turn completes, all 500 judgements wait on the model at once, and the
        // four threads are free
        for (int i = 0; i < TURNS; i++) {
            Turn open = lastTurn(engine.session(callers.get(i), firsts.get(i).sessionId()));
            assertThat(open.answer()).isEqualTo(answer(i));
            assertThat(open.evaluation()).isNull();
        }
        waitFor(() -> model.pending.size() == TURNS, "every judgement waiting on the model");
        waitFor(() -> pool.getActiveCount() == 0, "no pool thread waiting for the model");
        assertThat(futures).noneMatch(CompletableFuture::isDone);

        // when the model answers, each reply from the scheduler
        model.release();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        // then every future completed with its evaluation by the model, and every answer is in its session, scored
        for (int i = 0; i < TURNS; i++) {
            TurnResult r = futures.get(i).join();
            assertThat(r.answeredQuestionId()).isEqualTo(firsts.get(i).nextQuestion().id());
            assertThat(r.nextQuestion()).isNotNull();
            Session s = engine.session(callers.get(i), firsts.get(i).sessionId());
            Turn answered = s.turn(r.answeredQuestionId()).orElseThrow();
            assertThat(answered.answer()).isEqualTo(answer(i));
            assertThat(answered.evaluation()).isNotNull();
            assertThat(answered.evaluation().provenance()).isEqualTo(Provenance.MODEL);
            assertThat(lastTurn(s).question().id()).isEqualTo(r.nextQuestion().id());
        }
        assertThat(model.calls.get()).isEqualTo(TURNS);
    }

    @Test
    void should_run_whole_interviews_through_the_async_api_and_lose_nothing() throws Exception {
        // given a model that replies later, from the scheduler
        SlowModel model = new SlowModel();
        model.release();
        InterviewEngine engine = engine(model);
        int sessions = 20;
        List<CompletableFuture<Integer>> interviews = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Caller c = Caller.candidate("runner");

        // when each interview answers every question as soon as the last turn completes
        for (int i = 0; i < sessions; i++) {
            TurnResult first = engine.start(c, plan());
            ids.add(first.sessionId());
            interviews.add(next(engine, c, first, 0));
        }
        CompletableFuture.allOf(interviews.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        // then every interview completed with every answer stored and scored
        for (int i = 0; i < sessions; i++) {
            Session s = engine.session(c, ids.get(i));
            assertThat(s.turns()).hasSize(interviews.get(i).join());
            assertThat(s.turns()).allSatisfy(t -> {
                assertThat(t.answer()).startsWith("answer to ");
                assertThat(t.evaluation()).isNotNull();
            });
        }
    }

    private CompletableFuture<Integer> next(InterviewEngine engine, Caller c, TurnResult r, int answered) {
        if (r.completed()) {
            return CompletableFuture.completedFuture(answered);
        }
        return engine.submitAnswerAsync(c, AnswerSubmission.of(r.sessionId(), r.nextQuestion().id(),
                        "answer to " + r.nextQuestion().text() + " with a cache, an index and a queue in front of it"))
                .thenCompose(done -> next(engine, c, done, answered + 1));
    }

    @Test
    void should_skip_asynchronously_and_refuse_a_wrong_question_on_the_calling_thread() throws Exception {
        // given an interview
        SlowModel model = new SlowModel();
        InterviewEngine engine = engine(model);
        Caller c = Caller.candidate("skipper");
        TurnResult first = engine.start(c, plan());

        // when the wrong question is skipped, then the call itself refuses it
        assertThatThrownBy(() -> engine.skipAsync(c, first.sessionId(), "no-such-question"))
                .isInstanceOf(SessionStateException.class);

        // when the asked question is skipped
        TurnResult skipped = engine.skipAsync(c, first.sessionId(), first.nextQuestion().id()).get(60, TimeUnit.SECONDS);

        // then the skip is stored with the next question, and no model was called
        Session s = engine.session(c, first.sessionId());
        assertThat(s.turn(first.nextQuestion().id()).orElseThrow().skipped()).isTrue();
        assertThat(lastTurn(s).question().id()).isEqualTo(skipped.nextQuestion().id());
        assertThat(model.calls.get()).isZero();
    }

    @Test
    void should_write_the_next_question_beside_the_judge_on_the_async_call_with_no_thread_waiting() throws Exception {
        // given interviews whose first question the model wrote at once (a turn with no other model call waits for
        // its writer), then a model that holds every asynchronous reply
        int sessions = 40;
        SlowModel held = new SlowModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse(Replies.question(request, QuestionWriterTest.Q1, QuestionWriterTest.POINTS),
                        new TokenUsage(100, 50, 0), "slow-1", ChatResponse.FinishReason.STOP, "slow");
            }
        };
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).languageModel(held).executor(pool).build();
        List<Caller> callers = new ArrayList<>();
        List<TurnResult> firsts = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            callers.add(Caller.candidate("writer-" + i));
            firsts.add(engine.start(callers.get(i), QuestionWriterTest.technical(3)));
        }
        assertThat(firsts).allSatisfy(f -> assertThat(f.nextQuestion().text()).isEqualTo(QuestionWriterTest.Q1));

        // when every first question is answered
        List<CompletableFuture<TurnResult>> futures = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            TurnResult f = firsts.get(i);
            futures.add(engine.submitAnswerAsync(callers.get(i), AnswerSubmission.of(f.sessionId(), f.nextQuestion().id(),
                    answer(0))));
        }

        // then each turn's judge and its next question's writer wait on the model at once, and no thread waits
        waitFor(() -> held.pending.size() == 2 * sessions, "every judge and every writer waiting on the model");
        waitFor(() -> pool.getActiveCount() == 0, "no pool thread waiting for the model");
        assertThat(held.pending).extracting(e -> e.getKey().schemaName())
                .containsOnly("interview_question", "answer_evaluation");

        // when the model answers (the writer's question is a new one)
        held.questionText = QuestionWriterTest.Q2;
        held.release();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        // then every turn completed and its answer is stored and scored
        for (int i = 0; i < sessions; i++) {
            Session s = engine.session(callers.get(i), firsts.get(i).sessionId());
            Turn first = s.turn(firsts.get(i).nextQuestion().id()).orElseThrow();
            assertThat(first.answer()).isEqualTo(answer(0));
            assertThat(first.evaluation()).isNotNull();
            assertThat(futures.get(i).join().nextQuestion()).isNotNull();
        }
    }

    @Test
    void should_score_offline_when_the_model_never_answers_within_the_turn_deadline() throws Exception {
        // given a model whose asynchronous replies never come, and a 200 ms turn deadline
        SlowModel silent = new SlowModel();
        InterviewEngine engine = InterviewEngine.builder().sessionStore(store).languageModel(silent).questionWriter(null)
                .executor(pool).turnDeadline(java.time.Duration.ofMillis(200)).build();
        Caller c = Caller.candidate("waiting");
        TurnResult first = engine.start(c, plan());

        // when
        TurnResult r = engine.submitAnswerAsync(c, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(),
                answer(1))).get(60, TimeUnit.SECONDS);

        // then the turn completed with the offline score, flagged, and the answer is stored
        assertThat(r.evaluation().provenance()).isEqualTo(Provenance.FALLBACK);
        assertThat(r.evaluation().flags()).contains(io.interview4j.scoring.AnswerFlag.MODEL_FAILED);
        assertThat(engine.session(c, first.sessionId()).turn(first.nextQuestion().id()).orElseThrow().answer())
                .isEqualTo(answer(1));
        assertThat(silent.pending).hasSize(1);
    }

    @Test
    void should_repair_an_unusable_reply_on_the_async_call() throws Exception {
        // given a model whose first asynchronous reply holds no JSON, the second a valid judgement
        AtomicInteger n = new AtomicInteger();
        LanguageModel model = new LanguageModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                throw new AssertionError("no blocking call expected");
            }

            @Override
            public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
                String text = n.incrementAndGet() == 1 ? "I would give it a four." : Replies.judgement(request, 0.5, List.of());
                CompletableFuture<ChatResponse> f = new CompletableFuture<>();
                scheduler.schedule(() -> f.complete(new ChatResponse(text, new TokenUsage(10, 5, 0), "m",
                        ChatResponse.FinishReason.STOP, "p")), 1, TimeUnit.MILLISECONDS);
                return f;
            }
        };
        InterviewEngine engine = engine(model);
        Caller c = Caller.candidate("repaired");
        TurnResult first = engine.start(c, plan());

        // when
        TurnResult r = engine.submitAnswerAsync(c, AnswerSubmission.of(first.sessionId(), first.nextQuestion().id(),
                answer(2))).get(60, TimeUnit.SECONDS);

        // then two calls, the second repairing the first, gave the model's evaluation
        assertThat(n.get()).isEqualTo(2);
        assertThat(r.evaluation().provenance()).isEqualTo(Provenance.MODEL);
        assertThat(r.evaluation().modelCalls()).isEqualTo(2);
    }

    private static String answer(int i) {
        return "Answer " + i + ": I would put a cache in front of the database, measure the hit rate, and invalidate "
                + "entries on writes so that readers never see stale data for long.";
    }

    private static Turn lastTurn(Session s) {
        return s.turns().get(s.turns().size() - 1);
    }
}
